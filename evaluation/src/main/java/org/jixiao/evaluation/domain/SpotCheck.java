package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.evaluation.events.SpotCheckFlagged;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.Score;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * A spot check (抽审复核): finance draws a reproducible sample of a region's submitted self-evaluations of a year
 * ({@link SpotCheckSample}: the same population and seed always give the same sample) and reviews each drawn one;
 * an item whose review lies more than the threshold (rule {@code evaluation.spotCheckGap}) from its self-score is
 * flagged, for rectification.
 *
 * @see SpotCheckSample the algorithm, reproducible outside the system
 */
public final class SpotCheck implements AggregateRoot<SpotCheck, SpotCheckId> {

    private final Snapshot s;
    private final List<SpotCheckItem> items;

    /**
     * Everything a spot check is, as stored.
     *
     * @param ratio        percent of the population drawn
     * @param population   the submitted self-evaluations of the region and year when it was drawn
     * @param gapThreshold points of gap above which an item is flagged
     * @param appliedRules the rules it applied (ratio when defaulted, gap)
     * @param items        the sample, in the order drawn
     */
    public record Snapshot(SpotCheckId id, FiscalYear fiscalYear, RegionCode region, OrgPath regionPath,
                           BigDecimal ratio, long seed, int population, BigDecimal gapThreshold,
                           List<AppliedRule> appliedRules, List<SpotCheckItem> items, String createdBy,
                           Instant createdAt, long version) {

        public Snapshot {
            appliedRules = List.copyOf(appliedRules);
            items = List.copyOf(items);
        }
    }

    private SpotCheck(Snapshot snapshot) {
        this.s = snapshot;
        this.items = new ArrayList<>(snapshot.items());
    }

    public static SpotCheck rebuild(Snapshot snapshot) {
        return new SpotCheck(snapshot);
    }

    /**
     * Draws the sample of a population: ceil(population × ratio ÷ 100) of them, at least one, by the seed.
     *
     * @param population the submitted self-evaluations of the region and year, by target id
     */
    public static SpotCheck draw(SpotCheckId id, FiscalYear year, RegionCode region, OrgPath regionPath,
            BigDecimal ratio, long seed, Map<UUID, SpotCheckItem> population, BigDecimal gapThreshold,
            List<AppliedRule> applied, String by, Instant now) {
        if (population.isEmpty()) {
            throw new StateConflictException("spotCheck.nothingSubmitted", "EMPTY");
        }
        List<SpotCheckItem> sample = SpotCheckSample.draw(population.keySet(), ratio, seed).stream()
                .map(target -> Objects.requireNonNull(population.get(target))).toList();
        return new SpotCheck(new Snapshot(id, year, region, regionPath, ratio, seed, population.size(), gapThreshold,
                applied, sample, by, now, 0));
    }

    /**
     * Finance reviews a drawn self-evaluation (0–100, two decimals), replacing an earlier review of it.
     *
     * @return the event when the gap exceeds the threshold
     */
    public Optional<SpotCheckFlagged> review(UUID target, Score score, @Nullable String opinion, String by,
            Instant now) {
        int position = -1;
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).targetId().equals(target)) {
                position = k;
            }
        }
        if (position < 0) {
            throw new NotFoundException("spotCheckItem", target);
        }
        SpotCheckItem reviewed = items.get(position).reviewed(score.points(), opinion, s.gapThreshold(), by, now);
        items.set(position, reviewed);
        if (!reviewed.flagged()) {
            return Optional.empty();
        }
        EventHeader header = EventHeader.of(now, s.fiscalYear().value(), s.region().value(), reviewed.unitCode(),
                reviewed.unitPath().toString(), s.id().value(), s.version() + 1);
        return Optional.of(new SpotCheckFlagged(header, s.id().value(), target, reviewed.projectCode(),
                reviewed.projectName(), reviewed.selfScore(), score.points(), Objects.requireNonNull(reviewed.gap()),
                s.gapThreshold(), opinion));
    }

    public Snapshot snapshot() {
        return new Snapshot(s.id(), s.fiscalYear(), s.region(), s.regionPath(), s.ratio(), s.seed(), s.population(),
                s.gapThreshold(), s.appliedRules(), items, s.createdBy(), s.createdAt(), s.version());
    }

    public OrgPath regionPath() {
        return s.regionPath();
    }

    public long version() {
        return s.version();
    }

    @Override
    public SpotCheckId getId() {
        return s.id();
    }
}
