package org.jixiao.monitoring.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jixiao.monitoring.domain.Achievement;
import org.jixiao.monitoring.domain.DepartmentOpinion;
import org.jixiao.monitoring.domain.Filing;
import org.jixiao.monitoring.domain.IndicatorFiling;
import org.jixiao.monitoring.domain.Likelihood;
import org.jixiao.monitoring.domain.MonitoringReport;
import org.jixiao.monitoring.domain.ReportResult;
import org.jixiao.monitoring.domain.ReportStatus;
import org.jixiao.monitoring.domain.Review;
import org.jixiao.monitoring.events.Light;
import org.jixiao.monitoring.events.ReviewAction;
import org.jixiao.monitoring.events.WarningReason;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetKind;
import org.jspecify.annotations.Nullable;

/**
 * A monitoring report as the API shows it: the target as the round's snapshot took it and what the unit filed
 * (the filed fields are absent until it is; {@code version} 0 means never filed).
 *
 * @param approvedBudget the budget of the revision in force when the round was opened
 * @param budgetAmount   the adjusted full-year budget the unit reported
 * @param late           filed after the end of the round's due date (Asia/Shanghai)
 * @param assessment     what the round's last assessment computed for the report; null before one, and after a
 *                       correction until finance assesses again
 * @param status         NOT_FILED, FILED (the unit may correct it) or REVIEWED (closed to corrections)
 * @param review         finance's review, null until there is one
 */
public record ReportView(UUID roundId, UUID targetId, TargetKind kind, String unitCode, @Nullable String departmentCode,
                         @Nullable String projectCode, String projectName, FundSource fundSource,
                         BigDecimal approvedBudget, boolean filed, @Nullable BigDecimal budgetAmount,
                         @Nullable BigDecimal executedAmount, @Nullable String executionNote, @Nullable String measures,
                         @Nullable String filedBy, @Nullable Instant filedAt, boolean late, List<Indicator> indicators,
                         @Nullable Assessment assessment, ReportStatus status, @Nullable ReviewResult review,
                         @Nullable DepartmentOpinionView departmentOpinion, long version) {

    /** An indicator of the target beside what was reported for it, and its light when the round was assessed. */
    public record Indicator(UUID indicatorId, Level1 level1, Level2 level2, String name, Operator operator,
                            String targetValue, @Nullable String unit, BigDecimal weight,
                            @Nullable String actualToDate, @Nullable Achievement achievement,
                            @Nullable String expectedYearEnd, @Nullable Likelihood likelihood,
                            @Nullable String deviationReason, @Nullable Light light) {
    }

    /**
     * Lights, rates and warning of a report (DOMAIN.md "Monitoring"); rates in percent with two decimals. A report
     * not filed at assessment has only the warning NOT_FILED; a zero budget has no execution rate or light.
     *
     * @param gap |execution rate − target completion rate| in percentage points
     */
    public record Assessment(@Nullable BigDecimal executionRate, BigDecimal timeProgress,
                             @Nullable Light executionLight, @Nullable Light targetLight,
                             @Nullable BigDecimal targetCompletionRate, @Nullable BigDecimal gap, boolean warning,
                             List<WarningReason> reasons) {
    }

    /** Finance's review: a score 0–100, the action and the money it moves (ADJUST_BUDGET, RECALL_FUNDS). */
    public record ReviewResult(BigDecimal score, @Nullable String opinion, ReviewAction action,
                               @Nullable BigDecimal amount, String reviewedBy, Instant reviewedAt) {
    }

    /** The competent department's opinion (主管部门意见). */
    public record DepartmentOpinionView(String opinion, String givenBy, Instant givenAt) {
    }

    public static ReportView of(MonitoringReport report) {
        return of(report, report.version());
    }

    /** The report as it is at {@code version} (a save has just produced it). */
    public static ReportView of(MonitoringReport report, long version) {
        MonitoringReport.Snapshot s = report.snapshot();
        Filing f = s.filing();
        List<Indicator> indicators = s.indicators().stream().map(i -> {
            IndicatorFiling x = i.filing();
            return new Indicator(i.indicatorId(), i.level1(), i.level2(), i.name(), i.operator(), i.targetValue(),
                    i.unit(), i.weight(), x == null || x.actualToDate() == null ? null : x.actualToDate().stripTrailingZeros().toPlainString(),
                    x == null ? null : x.achievement(), x == null ? null : x.expectedYearEnd(),
                    x == null ? null : x.likelihood(), x == null ? null : x.deviationReason(), i.light());
        }).toList();
        return new ReportView(s.id().round().value(), s.id().target(), s.kind(), s.unitCode(), s.departmentCode(),
                s.projectCode(), s.projectName(), s.fundSource(), s.approvedBudget().yuan(), f != null,
                f == null ? null : f.budget().yuan(), f == null ? null : f.executed().yuan(),
                f == null ? null : f.executionNote(), f == null ? null : f.measures(), f == null ? null : f.filedBy(),
                f == null ? null : f.filedAt(), f != null && f.late(), indicators, assessment(s.result()),
                report.status(), review(s.review()), departmentOpinion(s.departmentOpinion()), version);
    }

    private static @Nullable ReviewResult review(@Nullable Review r) {
        return r == null ? null : new ReviewResult(r.score().setScale(2), r.opinion(), r.action(),
                r.amount() == null ? null : r.amount().yuan(), r.reviewedBy(), r.reviewedAt());
    }

    private static @Nullable DepartmentOpinionView departmentOpinion(@Nullable DepartmentOpinion d) {
        return d == null ? null : new DepartmentOpinionView(d.opinion(), d.givenBy(), d.givenAt());
    }

    private static @Nullable Assessment assessment(@Nullable ReportResult r) {
        return r == null ? null : new Assessment(r.executionRate() == null ? null : r.executionRate().percent(),
                r.timeProgress().percent(), r.executionLight(), r.targetLight(),
                r.targetCompletionRate() == null ? null : r.targetCompletionRate().percent(), r.gap(), r.warning(),
                r.reasons().stream().sorted().toList());
    }
}
