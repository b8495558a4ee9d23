package org.jixiao.evaluation.domain;

import java.util.UUID;

import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What a department or key evaluation evaluates: a target in force of a project or a policy (its unit owns it), or
 * a department's overall expenditure ({@code targetId} and the project null, the unit the department).
 */
@ValueObject
public record KeySubject(SubjectType type, @Nullable UUID targetId, String unitCode, OrgPath unitPath,
                         RegionCode region, @Nullable String projectCode, String name) {
}
