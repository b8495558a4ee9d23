package org.jixiao.assessment.domain;

import java.util.Optional;

import org.jmolecules.ddd.types.Repository;

/** The assessments (a domain repository). */
public interface Assessments extends Repository<ExAnteAssessment, AssessmentId> {

    Optional<ExAnteAssessment> find(AssessmentId id);

    /**
     * Stores the assessment and returns its new version; 409 when someone else saved a newer version meanwhile, or
     * when the unit already has an assessment of the same project and year.
     */
    long save(ExAnteAssessment assessment);
}
