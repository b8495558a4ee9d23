package org.jixiao.assessment.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A unit (or finance on its behalf) asks for a new major project or policy to be assessed. */
@PrimaryPort
public interface CreateAssessmentUseCase {

    AssessmentView create(CreateAssessmentCommand command);
}
