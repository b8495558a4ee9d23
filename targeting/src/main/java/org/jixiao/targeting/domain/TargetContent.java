package org.jixiao.targeting.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.InvalidInputException.FieldViolation;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.Rate;
import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What a unit writes into a target and may edit while it is a draft or returned: goals, money and the indicator
 * tree. {@link #check()} reports every rule broken, each as a field error, at once.
 */
@ValueObject
public record TargetContent(String projectName, BudgetCategory budgetCategory, FundSource fundSource,
                            Money budgetAmount, @Nullable String overallGoal, @Nullable String annualGoal, boolean requiresAssessment,
                            List<Indicator> indicators) {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,18}(\\.\\d{1,6})?");

    public TargetContent {
        indicators = List.copyOf(indicators);
    }

    /** Checks the rules of DOMAIN.md "Performance target"; throws one InvalidInputException naming every field. */
    public TargetContent check() {
        List<FieldViolation> violations = violations(budgetAmount, indicators);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return this;
    }

    /**
     * Every rule of DOMAIN.md "Performance target" that an amount and indicators break. An absent amount or
     * indicator (null: malformed, already a field error of its own) is left out, and so are the rules it could
     * change (whether an output and a benefit indicator are present), so the list never names a field wrongly.
     */
    public static List<FieldViolation> violations(@Nullable Money budgetAmount, List<@Nullable Indicator> indicators) {
        List<FieldViolation> violations = new ArrayList<>();
        if (budgetAmount != null && budgetAmount.yuan().signum() <= 0) {
            violations.add(FieldViolation.of("budgetAmount", "Positive"));
        }
        Set<String> names = new HashSet<>();
        boolean output = false;
        boolean benefit = false;
        boolean complete = true;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator == null) {
                complete = false;
                continue;
            }
            String at = "indicators[" + i + "].";
            if (indicator.level2().level1() != indicator.level1()) {
                violations.add(FieldViolation.of(at + "level2", "target.level2OutsideLevel1", indicator.level2().name(),
                        indicator.level1().name()));
            }
            output |= indicator.level1() == Level1.OUTPUT;
            benefit |= indicator.level1() == Level1.BENEFIT;
            if (!names.add(indicator.name().strip())) {
                violations.add(FieldViolation.of(at + "name", "target.duplicateIndicatorName", indicator.name()));
            }
            if (indicator.weight().signum() < 0) {
                violations.add(FieldViolation.of(at + "weight", "PositiveOrZero"));
            }
            if (indicator.isQuantitative()) {
                if (!isNumber(indicator.targetValue())) {
                    violations.add(FieldViolation.of(at + "targetValue", "target.valueNotANumber", indicator.targetValue()));
                }
                if (indicator.unit() == null || indicator.unit().isBlank()) {
                    violations.add(FieldViolation.of(at + "unit", "target.unitRequired"));
                }
            } else if (indicator.targetValue() == null || indicator.targetValue().isBlank()) {
                violations.add(FieldViolation.of(at + "targetValue", "NotBlank"));
            }
        }
        if (complete && !output) {
            violations.add(FieldViolation.of("indicators", "target.outputRequired"));
        }
        if (complete && !benefit) {
            violations.add(FieldViolation.of("indicators", "target.benefitRequired"));
        }
        return violations;
    }

    /**
     * The content with every indicator identified against the target's {@code existing} ones: an indicator naming
     * the id of an existing one keeps it, one without an id gets a new one, an unknown id is a 400. Names and
     * target values are stripped.
     */
    public TargetContent identifiedAgainst(List<Indicator> existing) {
        Set<UUID> known = existing.stream().map(Indicator::id).collect(Collectors.toSet());
        List<Indicator> identified = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            UUID id = indicator.id();
            if (id != null && !known.contains(id)) {
                throw InvalidInputException.of("indicators[" + i + "].id", "target.unknownIndicator", id);
            }
            identified.add(new Indicator(id == null ? UUID.randomUUID() : id, indicator.level1(), indicator.level2(),
                    indicator.name().strip(), indicator.operator(),
                    indicator.targetValue() == null ? null : indicator.targetValue().strip(), indicator.unit(),
                    indicator.basis(), indicator.weight()));
        }
        return new TargetContent(projectName, budgetCategory, fundSource, budgetAmount, overallGoal, annualGoal,
                requiresAssessment, identified);
    }

    public long quantitativeIndicators() {
        return indicators.stream().filter(Indicator::isQuantitative).count();
    }

    /** 量化率: quantitative ÷ all level-3 indicators × 100, rounded once; zero without indicators. */
    public Rate quantificationRate() {
        return indicators.isEmpty() ? Rate.ZERO : Rate.ratio(quantitativeIndicators(), indicators.size());
    }

    /**
     * A plain non-negative decimal ("95", "12.5"): no sign, exponent or separators, so every later stage reads
     * the same number; indicator values are compared in their unit.
     */
    static boolean isNumber(@Nullable String value) {
        return value != null && PLAIN_DECIMAL.matcher(value.strip()).matches();
    }
}
