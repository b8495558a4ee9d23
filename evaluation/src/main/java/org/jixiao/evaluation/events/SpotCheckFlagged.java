package org.jixiao.evaluation.events;

import java.math.BigDecimal;
import java.util.UUID;

import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.sharedkernel.events.StageEvent;
import org.jspecify.annotations.Nullable;

/**
 * A spot check (抽审复核) found a self-evaluation scored too far from finance's review: the gap exceeds the rule
 * {@code evaluation.spotCheckGap} in force when the check was drawn. For result application, which opens a
 * rectification of the self-evaluation. Reviewing the item again publishes again when it is still flagged; the
 * later one (the higher {@code header.aggregateVersion} of the same check) replaces the earlier. The header's
 * aggregate is the spot check; its unit the evaluated target's unit.
 *
 * @param gap         review score − self-score (negative: the unit scored itself higher)
 * @param gapThreshold the points of gap above which an item is flagged
 */
public record SpotCheckFlagged(EventHeader header, UUID spotCheckId, UUID targetId, @Nullable String projectCode,
                               String projectName, BigDecimal selfScore, BigDecimal reviewScore, BigDecimal gap,
                               BigDecimal gapThreshold, @Nullable String opinion) implements StageEvent {
}
