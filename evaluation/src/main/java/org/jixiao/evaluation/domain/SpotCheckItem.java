package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jixiao.sharedkernel.OrgPath;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * One self-evaluation drawn for a spot check: who it is, its self-score when drawn, and finance's review of it once
 * given ({@code reviewScore}, {@code gap} = review − self, {@code flagged} when the gap exceeds the check's
 * threshold).
 */
@ValueObject
public record SpotCheckItem(UUID targetId, String unitCode, OrgPath unitPath, @Nullable String projectCode,
                            String projectName, BigDecimal selfScore, @Nullable BigDecimal reviewScore,
                            @Nullable String opinion, @Nullable BigDecimal gap, boolean flagged,
                            @Nullable String reviewedBy, @Nullable Instant reviewedAt) {

    /** A drawn self-evaluation, not reviewed yet. */
    public static SpotCheckItem drawn(UUID targetId, String unitCode, OrgPath unitPath, @Nullable String projectCode,
            String projectName, BigDecimal selfScore) {
        return new SpotCheckItem(targetId, unitCode, unitPath, projectCode, projectName, selfScore, null, null, null,
                false, null, null);
    }

    SpotCheckItem reviewed(BigDecimal score, @Nullable String opinion, BigDecimal threshold, String by, Instant at) {
        BigDecimal gap = score.subtract(selfScore);
        return new SpotCheckItem(targetId, unitCode, unitPath, projectCode, projectName, selfScore, score, opinion, gap,
                gap.abs().compareTo(threshold) > 0, by, at);
    }
}
