package org.jixiao.monitoring.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;

/** The competent department's opinion on a unit's report (主管部门意见): information for finance, never a gate. */
@ValueObject
public record DepartmentOpinion(String opinion, String givenBy, Instant givenAt) {
}
