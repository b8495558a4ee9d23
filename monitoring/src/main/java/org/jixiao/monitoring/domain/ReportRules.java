package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jixiao.monitoring.events.Light;
import org.jixiao.monitoring.events.WarningReason;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.Rate;
import org.jixiao.sharedkernel.Rounding;
import org.jixiao.sharedkernel.TimeProgress;
import org.jspecify.annotations.Nullable;

/**
 * How a monitoring report is lit and judged at a cut-off (DOMAIN.md "Monitoring"), with a round's rules.
 * <ul>
 * <li>Execution rate = executed ÷ budget; its light compares execution rate ÷ time progress with the bands (never
 * blue). A zero budget has no rate and no execution light.</li>
 * <li>A positive indicator (≥ ＞, and ＝ a non-zero value) is lit by its pace, completion to date ÷ (target × time
 * progress); one whose target is 0 is green once the comparison holds, else red. A reverse one (≤ ＜) is green
 * while within its target, else red, never pro-rated. ＝ 0 is green only while the value is ≤ 0. A qualitative
 * one is green, yellow or red as achieved, partly or not.</li>
 * <li>The target's light is its worst indicator's (RED, YELLOW, GREEN, BLUE).</li>
 * <li>Target completion rate: per indicator the share of the annual target reached so far (positive: actual ÷
 * target capped at 100%; reverse: 100% within target, else target ÷ actual; ＝ 0: 100% or 0; qualitative 100 / 50 /
 * 0%), averaged with the weights (all weights zero: equally).</li>
 * <li>Warning: execution light red (EXECUTION_ABNORMAL), or |execution rate − target completion rate| above the
 * warning gap (GAP_EXCEEDED), both compared as rounded.</li>
 * </ul>
 * Every ratio is computed unrounded and rounded once, half-up, before a threshold compares it.
 */
public record ReportRules(TimeProgress timeProgress, LightBands bands, BigDecimal warningGap) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = BigDecimal.valueOf(50);
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    public ReportRules {
        Objects.requireNonNull(timeProgress, "timeProgress");
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(warningGap, "warningGap");
    }

    /** Executed ÷ budget; null for a zero budget. */
    public @Nullable Rate executionRate(Money budget, Money executed) {
        return budget.isZero() ? null : Rate.ratio(executed.yuan(), budget.yuan());
    }

    /** The execution light; null for a zero budget. */
    public @Nullable Light executionLight(Money budget, Money executed) {
        if (budget.isZero()) {
            return null;
        }
        BigDecimal pace = Rounding.round(pace(executed.yuan(), budget.yuan()));
        return bands.ofExecution(pace);
    }

    public Light indicatorLight(IndicatorProgress indicator) {
        if (indicator.achievement() != null) {
            return switch (indicator.achievement()) {
                case ACHIEVED -> Light.GREEN;
                case PARTLY_ACHIEVED -> Light.YELLOW;
                case NOT_ACHIEVED -> Light.RED;
            };
        }
        if (indicator.operator().isReverse() || indicator.isEqualToZero() || indicator.target().signum() == 0) {
            return indicator.holds() ? Light.GREEN : Light.RED;
        }
        BigDecimal pace = Rounding.round(pace(indicator.actual(), indicator.target()));
        return bands.of(pace);
    }

    /**
     * {@code part} as a percentage of the year's pace of {@code whole}: part × 100 × 12 ÷ (whole × month), one
     * division of exact products, so a pace exactly on a rounding boundary rounds the same here and in SQL whatever
     * the month (5 ÷ 12 has no finite decimal).
     */
    private BigDecimal pace(BigDecimal part, BigDecimal whole) {
        return Rounding.percent(part.multiply(MONTHS), whole.multiply(BigDecimal.valueOf(timeProgress.cutoffMonth())));
    }

    /** The share of the annual target reached so far, unrounded, 0–100. */
    public BigDecimal completion(IndicatorProgress indicator) {
        if (indicator.achievement() != null) {
            return switch (indicator.achievement()) {
                case ACHIEVED -> HUNDRED;
                case PARTLY_ACHIEVED -> HALF;
                case NOT_ACHIEVED -> BigDecimal.ZERO;
            };
        }
        if (indicator.operator().isReverse()) {
            if (indicator.holds()) {
                return HUNDRED;
            }
            // beyond the target: target ÷ actual; nothing is below ＜ 0, and 0 of it is no share at all
            return indicator.actual().signum() == 0 ? BigDecimal.ZERO
                    : Rounding.percent(indicator.target(), indicator.actual());
        }
        if (indicator.isEqualToZero() || indicator.target().signum() == 0) {
            return indicator.holds() ? HUNDRED : BigDecimal.ZERO;
        }
        return Rounding.percent(indicator.actual(), indicator.target()).min(HUNDRED);
    }

    /** The weighted mean of the indicators' completion, rounded once; equal weights when every weight is zero. */
    public Rate targetCompletionRate(List<IndicatorProgress> indicators) {
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("a target in force has indicators");
        }
        BigDecimal weights = indicators.stream().map(IndicatorProgress::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorProgress indicator : indicators) {
            BigDecimal weight = weights.signum() == 0 ? BigDecimal.ONE : indicator.weight();
            sum = sum.add(weight.multiply(completion(indicator)));
        }
        return Rate.of(Rounding.divide(sum, weights.signum() == 0 ? BigDecimal.valueOf(indicators.size()) : weights));
    }

    /** Everything the assessment of a round computes for one filed report. */
    public ReportResult assess(Money budget, Money executed, List<IndicatorProgress> indicators) {
        Rate execution = executionRate(budget, executed);
        Light executionLight = executionLight(budget, executed);
        List<Light> lights = new ArrayList<>();
        Light targetLight = Light.BLUE;
        for (IndicatorProgress indicator : indicators) {
            Light light = indicatorLight(indicator);
            lights.add(light);
            targetLight = targetLight.worse(light);
        }
        Rate completion = targetCompletionRate(indicators);
        BigDecimal gap = execution == null ? null : execution.pointsFrom(completion);
        Set<WarningReason> reasons = EnumSet.noneOf(WarningReason.class);
        if (executionLight == Light.RED) {
            reasons.add(WarningReason.EXECUTION_ABNORMAL);
        }
        if (gap != null && gap.compareTo(warningGap) > 0) {
            reasons.add(WarningReason.GAP_EXCEEDED);
        }
        return new ReportResult(execution, timeProgress.rate(), executionLight, lights, targetLight, completion, gap,
                reasons);
    }

    /** A report not filed when the round is assessed: a warning, left out of rates and averages. */
    public ReportResult notFiled() {
        return new ReportResult(null, timeProgress.rate(), null, List.of(), null, null, null,
                EnumSet.of(WarningReason.NOT_FILED));
    }
}
