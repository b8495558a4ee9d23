package org.jixiao.assessment.port.in;

import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** Finance gives an EXPERT account (a third-party agency or expert) access to one assessment. */
@PrimaryPort
public interface AssignExpertUseCase {

    /**
     * @param commissionedBy the organisation that engaged the agency; an assessment of a body inside its subtree
     *                       is refused with 409
     */
    AssessmentView assign(UUID assessmentId, String username, String commissionedBy, @Nullable Long expectedVersion);
}
