package org.jixiao.assessment.port.in;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.jixiao.assessment.domain.Dimension;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** Finance or an assigned expert files one assessor's score sheet. */
@PrimaryPort
public interface ScoreAssessmentUseCase {

    /** @param expectedVersion the version the caller last read, or null; stale → 409 */
    AssessmentView score(UUID assessmentId, String assessor, Map<Dimension, BigDecimal> scores,
            Map<Dimension, String> findings, @Nullable Long expectedVersion);
}
