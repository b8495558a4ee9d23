package org.jixiao.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.TimeProgress;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * A monitoring round (监控批次): finance's month-end cut-off for one fiscal year, region and scope, with the date
 * reports are due. Opening it takes a snapshot — one report for every target in force of the scope in the region's
 * subtree, at its revision in force — which the persistence adapter writes in set statements; {@link #reports()} is
 * how many it took. One round per year, region, cut-off month and scope.
 */
public final class MonitoringRound implements AggregateRoot<MonitoringRound, RoundId> {

    private final RoundId id;
    private final FiscalYear fiscalYear;
    private final RegionCode region;
    private final OrgPath regionPath;
    private final TimeProgress cutoff;
    private final RoundScope scope;
    private final LocalDate dueDate;
    private final String openedBy;
    private final Instant openedAt;
    private final int reports;
    private final @Nullable Instant assessedAt;
    private final long version;

    /** Everything a round is, as stored. */
    public record Snapshot(RoundId id, FiscalYear fiscalYear, RegionCode region, OrgPath regionPath, TimeProgress cutoff,
                           RoundScope scope, LocalDate dueDate, String openedBy, Instant openedAt, int reports,
                           @Nullable Instant assessedAt, long version) {
    }

    private MonitoringRound(Snapshot s) {
        this.id = Objects.requireNonNull(s.id());
        this.fiscalYear = Objects.requireNonNull(s.fiscalYear());
        this.region = Objects.requireNonNull(s.region());
        this.regionPath = Objects.requireNonNull(s.regionPath());
        this.cutoff = Objects.requireNonNull(s.cutoff());
        this.scope = Objects.requireNonNull(s.scope());
        this.dueDate = Objects.requireNonNull(s.dueDate());
        this.openedBy = Objects.requireNonNull(s.openedBy());
        this.openedAt = Objects.requireNonNull(s.openedAt());
        this.reports = s.reports();
        this.assessedAt = s.assessedAt();
        this.version = s.version();
    }

    /** Finance opens a round; past cut-offs and due dates are normal (history is entered late). */
    public static MonitoringRound open(FiscalYear fiscalYear, RegionCode region, OrgPath regionPath, TimeProgress cutoff,
            RoundScope scope, LocalDate dueDate, String openedBy, Instant now) {
        return new MonitoringRound(new Snapshot(RoundId.create(), fiscalYear, region, regionPath, cutoff, scope, dueDate,
                openedBy, now, 0, null, 0));
    }

    public static MonitoringRound rebuild(Snapshot snapshot) {
        return new MonitoringRound(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, fiscalYear, region, regionPath, cutoff, scope, dueDate, openedBy, openedAt, reports,
                assessedAt, version);
    }

    @Override
    public RoundId getId() {
        return id;
    }

    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    public RegionCode region() {
        return region;
    }

    public OrgPath regionPath() {
        return regionPath;
    }

    public TimeProgress cutoff() {
        return cutoff;
    }

    public RoundScope scope() {
        return scope;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public int reports() {
        return reports;
    }

    public @Nullable Instant assessedAt() {
        return assessedAt;
    }

    public long version() {
        return version;
    }
}
