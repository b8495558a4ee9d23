package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jixiao.monitoring.events.Light;
import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jixiao.monitoring.events.ReviewAction;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.InvalidInputException.FieldViolation;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.TargetKind;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * A monitoring report (监控表): one target's in one round, as the round's snapshot took it, and what its unit filed —
 * budget execution and, for every indicator of the snapshot exactly once, its progress ("双监控"). A unit may file
 * late (the report says so) and correct its report by filing again.
 */
public final class MonitoringReport implements AggregateRoot<MonitoringReport, ReportId> {

    /** Asia/Shanghai: a report is late when filed after the end of the due date there. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ReportId id;
    private final TargetKind kind;
    private final RegionCode region;
    private final String unitCode;
    private final OrgPath unitPath;
    private final @Nullable String departmentCode;
    private final @Nullable String projectCode;
    private final String projectName;
    private final FundSource fundSource;
    private final Money approvedBudget;
    private List<ReportIndicator> indicators;
    private @Nullable Filing filing;
    private @Nullable ReportResult result;
    private @Nullable Review review;
    private @Nullable DepartmentOpinion departmentOpinion;
    private final long version;

    /**
     * Everything a report is, as stored; {@code version} 0 until it is filed; {@code result} what the last
     * assessment of the round computed for it, null before one and after a correction (until the next);
     * {@code region} the region the unit belongs to.
     */
    public record Snapshot(ReportId id, TargetKind kind, RegionCode region, String unitCode, OrgPath unitPath,
                           @Nullable String departmentCode, @Nullable String projectCode, String projectName,
                           FundSource fundSource, Money approvedBudget, List<ReportIndicator> indicators,
                           @Nullable Filing filing, @Nullable ReportResult result, @Nullable Review review,
                           @Nullable DepartmentOpinion departmentOpinion, long version) {

        public Snapshot {
            indicators = List.copyOf(indicators);
        }
    }

    /** One indicator line as the unit sends it. */
    public record Line(UUID indicatorId, @Nullable BigDecimal actualToDate, @Nullable Achievement achievement,
                       @Nullable String expectedYearEnd, @Nullable Likelihood likelihood,
                       @Nullable String deviationReason) {
    }

    private MonitoringReport(Snapshot s) {
        this.id = s.id();
        this.kind = s.kind();
        this.region = s.region();
        this.unitCode = s.unitCode();
        this.unitPath = s.unitPath();
        this.departmentCode = s.departmentCode();
        this.projectCode = s.projectCode();
        this.projectName = s.projectName();
        this.fundSource = s.fundSource();
        this.approvedBudget = s.approvedBudget();
        this.indicators = s.indicators();
        this.filing = s.filing();
        this.result = s.result();
        this.review = s.review();
        this.departmentOpinion = s.departmentOpinion();
        this.version = s.version();
    }

    public static MonitoringReport rebuild(Snapshot snapshot) {
        return new MonitoringReport(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, kind, region, unitCode, unitPath, departmentCode, projectCode, projectName, fundSource,
                approvedBudget, indicators, filing, result, review, departmentOpinion, version);
    }

    /**
     * The unit files (or corrects) its report. Every rule a body breaks is named at once: each indicator of the
     * snapshot exactly once, a value to date for a quantitative one and an achievement for a qualitative one, a
     * likelihood for each; an execution note when executed exceeds the budget; a deviation reason for an
     * indicator lit blue (ahead of the year's pace by the round's bands) or IMPOSSIBLE to reach. Once finance has
     * reviewed the report it is closed to corrections (409).
     *
     * @param rules the round's time progress with the bands in force, to see which indicators are blue
     * @param dueDate the round's due date: filing after its end in Asia/Shanghai is late
     */
    public void file(Money budget, Money executed, @Nullable String executionNote, List<Line> lines,
            @Nullable String measures, ReportRules rules, LocalDate dueDate, String by, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        if (executed.isGreaterThan(budget) && (executionNote == null || executionNote.isBlank())) {
            violations.add(FieldViolation.of("executionNote", "report.executionNoteRequired"));
        }
        Map<UUID, Integer> positions = new HashMap<>();
        for (int p = 0; p < indicators.size(); p++) {
            positions.put(indicators.get(p).indicatorId(), p);
        }
        Map<UUID, Integer> given = new HashMap<>();
        List<ReportIndicator> filed = new ArrayList<>(indicators);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String field = "indicators[" + i + "]";
            Integer position = positions.get(line.indicatorId());
            if (position == null) {
                violations.add(FieldViolation.of(field + ".indicatorId", "report.unknownIndicator", line.indicatorId()));
                continue;
            }
            if (given.put(line.indicatorId(), i) != null) {
                violations.add(FieldViolation.of(field + ".indicatorId", "report.indicatorTwice", line.indicatorId()));
                continue;
            }
            ReportIndicator indicator = indicators.get(position);
            boolean quantitative = indicator.operator().isQuantitative();
            if (quantitative && line.actualToDate() == null) {
                violations.add(FieldViolation.of(field + ".actualToDate", "indicator.actualRequired"));
                continue;
            }
            if (!quantitative && line.achievement() == null) {
                violations.add(FieldViolation.of(field + ".achievement", "indicator.achievementRequired"));
                continue;
            }
            if (line.likelihood() == null) {
                violations.add(FieldViolation.of(field + ".likelihood", "report.likelihoodRequired"));
                continue;
            }
            IndicatorFiling filing = new IndicatorFiling(line.indicatorId(), quantitative ? line.actualToDate() : null,
                    quantitative ? null : line.achievement(), line.expectedYearEnd(), line.likelihood(),
                    line.deviationReason());
            boolean blue = rules.indicatorLight(indicator.progress(filing)) == Light.BLUE;
            if ((blue || line.likelihood() == Likelihood.IMPOSSIBLE)
                    && (line.deviationReason() == null || line.deviationReason().isBlank())) {
                violations.add(FieldViolation.of(field + ".deviationReason",
                        blue ? "report.deviationReasonForBlue" : "report.deviationReasonForImpossible"));
                continue;
            }
            filed.set(position, indicator.withFiling(filing));
        }
        for (ReportIndicator indicator : indicators) {
            if (!given.containsKey(indicator.indicatorId())) {
                violations.add(FieldViolation.of("indicators", "report.indicatorMissing", indicator.name()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (review != null) {
            throw new StateConflictException("report.reviewed", ReportStatus.REVIEWED.name());
        }
        boolean late = now.atZone(CHINA).toLocalDate().isAfter(dueDate);
        this.indicators = List.copyOf(filed);
        this.filing = new Filing(budget, executed, executionNote, measures, by, now, late);
        this.result = null; // what the round's assessment said no longer holds: finance assesses again
    }

    /**
     * Finance reviews the filed report: a score 0–100, an opinion and an action. ADJUST_BUDGET and RECALL_FUNDS
     * need the amount they move, at most the reported budget; the other actions move no money and take none.
     * Reviewing again replaces the review. From the first review on the unit can no longer correct the report.
     *
     * @param round the report's round, for the event
     * @return the event for result application
     */
    public MonitoringReviewed review(MonitoringRound round, BigDecimal score, @Nullable String opinion,
            ReviewAction action, @Nullable Money amount, String by, Instant now) {
        if (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0) {
            throw InvalidInputException.of("score", "review.scoreOutOfRange");
        }
        if (action.movesMoney() && amount == null) {
            throw InvalidInputException.of("amount", "review.amountRequired", action.name());
        }
        if (!action.movesMoney() && amount != null) {
            throw InvalidInputException.of("amount", "review.amountNotMoved", action.name());
        }
        Filing filed = requireFiled();
        if (amount != null && amount.isGreaterThan(filed.budget())) {
            throw InvalidInputException.of("amount", "review.amountAboveBudget", filed.budget().yuan().toPlainString());
        }
        this.review = new Review(score, opinion, action, amount, by, now);
        EventHeader header = EventHeader.of(now, round.fiscalYear().value(), region.value(), unitCode,
                unitPath.toString(), id.uuid(), version + 1);
        return new MonitoringReviewed(header, id.uuid(), id.round().value(), id.target(), round.cutoff().cutoffMonth(),
                departmentCode, projectCode, projectName, filed.budget().yuan(), filed.executed().yuan(), score, action,
                amount == null ? null : amount.yuan(), opinion, result == null ? null : result.warning(),
                result == null ? List.of() : result.reasons().stream().sorted().toList());
    }

    /** The unit's department adds (or replaces) its opinion on the filed report; it never holds anything up. */
    public void addDepartmentOpinion(String opinion, String by, Instant now) {
        requireFiled();
        this.departmentOpinion = new DepartmentOpinion(opinion, by, now);
    }

    private Filing requireFiled() {
        if (filing == null) {
            throw new StateConflictException("report.notFiled", ReportStatus.NOT_FILED.name());
        }
        return filing;
    }

    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    public ReportStatus status() {
        return review != null ? ReportStatus.REVIEWED : filing != null ? ReportStatus.FILED : ReportStatus.NOT_FILED;
    }

    @Override
    public ReportId getId() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public OrgPath unitPath() {
        return unitPath;
    }

    public @Nullable Filing filing() {
        return filing;
    }

    public @Nullable ReportResult result() {
        return result;
    }

    public @Nullable Review review() {
        return review;
    }

    public RegionCode region() {
        return region;
    }

    public List<ReportIndicator> indicators() {
        return indicators;
    }

    public long version() {
        return version;
    }
}
