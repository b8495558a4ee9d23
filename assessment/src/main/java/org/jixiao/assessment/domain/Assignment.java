package org.jixiao.assessment.domain;

import org.jixiao.sharedkernel.OrgCode;
import org.jmolecules.ddd.annotation.ValueObject;

/** An EXPERT account given access to an assessment, and the organisation that engaged it. */
@ValueObject
public record Assignment(String username, OrgCode commissionedBy) {
}
