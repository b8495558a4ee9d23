package org.jixiao.evaluation.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jixiao.evaluation.domain.SpotCheck;
import org.jixiao.evaluation.domain.SpotCheckItem;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jspecify.annotations.Nullable;

/**
 * A spot check as the API shows it: how it drew (ratio, seed, population; an auditor draws the same sample again
 * outside the system from them, README "Spot checks") and each drawn self-evaluation with its review.
 *
 * @param gapThreshold points of gap above which an item is flagged (rule evaluation.spotCheckGap)
 * @param reviewed     the items reviewed so far
 * @param flagged      the items flagged so far
 */
public record SpotCheckView(UUID id, int fiscalYear, String regionCode, BigDecimal ratio, long seed, int population,
                            int size, BigDecimal gapThreshold, int reviewed, int flagged, List<Item> items,
                            List<AppliedRule> appliedRules, String createdBy, Instant createdAt, long version) {

    /** A drawn self-evaluation; {@code gap} is review − self, null until reviewed. */
    public record Item(UUID targetId, String unitCode, @Nullable String projectCode, String projectName,
                       BigDecimal selfScore, @Nullable BigDecimal reviewScore, @Nullable BigDecimal gap,
                       boolean flagged, @Nullable String opinion, @Nullable String reviewedBy,
                       @Nullable Instant reviewedAt) {

        static Item of(SpotCheckItem i) {
            return new Item(i.targetId(), i.unitCode(), i.projectCode(), i.projectName(), i.selfScore(),
                    i.reviewScore(), i.gap(), i.flagged(), i.opinion(), i.reviewedBy(), i.reviewedAt());
        }
    }

    public static SpotCheckView of(SpotCheck check, long version) {
        SpotCheck.Snapshot s = check.snapshot();
        return new SpotCheckView(s.id().value(), s.fiscalYear().value(), s.region().value(), s.ratio(), s.seed(),
                s.population(), s.items().size(), s.gapThreshold(),
                (int) s.items().stream().filter(i -> i.reviewScore() != null).count(),
                (int) s.items().stream().filter(SpotCheckItem::flagged).count(),
                s.items().stream().map(Item::of).toList(), s.appliedRules(), s.createdBy(), s.createdAt(), version);
    }
}
