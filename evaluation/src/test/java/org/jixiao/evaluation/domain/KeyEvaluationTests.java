package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.junit.jupiter.api.Test;

/** Commissioning a department or key evaluation and scoring it over the framework. */
class KeyEvaluationTests {

    static final Instant NOW = Instant.parse("2020-05-20T02:00:00Z");
    static final KeySubject DEPARTMENT = new KeySubject(SubjectType.DEPARTMENT_OVERALL, null, "D01",
            OrgPath.parse("/650000/650100/650121/D01/"), RegionCode.of("650121"), null, "教育局");
    static final Map<FrameworkDimension, BigDecimal> WEIGHTS = Map.of(FrameworkDimension.DECISION, BigDecimal.valueOf(15),
            FrameworkDimension.PROCESS, BigDecimal.valueOf(20), FrameworkDimension.OUTPUT, BigDecimal.valueOf(35),
            FrameworkDimension.BENEFIT, BigDecimal.valueOf(30));

    static KeyEvaluation commission(EvaluatorType type, String commissioner, String agency, String expert,
            Map<FrameworkDimension, BigDecimal> weights) {
        return KeyEvaluation.commission(new KeyEvaluationId(UUID.randomUUID()), FiscalYear.of(2019), DEPARTMENT, type,
                OrgCode.of(commissioner), OrgPath.parse("/650000/650100/650121/"), agency, expert, weights, "f", NOW);
    }

    @Test
    void anAgencyMayNotEvaluateTheBodyThatCommissionedIt() {
        assertThatThrownBy(() -> commission(EvaluatorType.THIRD_PARTY, "D01", "某所", "agency", WEIGHTS))
                .isInstanceOf(StateConflictException.class);
        assertThat(commission(EvaluatorType.THIRD_PARTY, "650121", "某所", "agency", WEIGHTS).status())
                .isEqualTo(KeyEvaluationStatus.ASSIGNED);
        // a department evaluating its own overall expenditure is its own staff's work, not an agency's
        assertThat(commission(EvaluatorType.DEPARTMENT, "D01", null, null, WEIGHTS).status())
                .isEqualTo(KeyEvaluationStatus.ASSIGNED);
        assertThatThrownBy(() -> commission(EvaluatorType.THIRD_PARTY, "650121", " ", "agency", WEIGHTS))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("agency"));
        assertThatThrownBy(() -> commission(EvaluatorType.FINANCE, "650121", "某所", null, WEIGHTS))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theWeightsAreTheFrameworksAndTheScoreIsTheSumGradedByTheBands() {
        Map<FrameworkDimension, BigDecimal> fiftyNine = Map.of(FrameworkDimension.DECISION, BigDecimal.valueOf(21),
                FrameworkDimension.PROCESS, BigDecimal.valueOf(20), FrameworkDimension.OUTPUT, BigDecimal.valueOf(30),
                FrameworkDimension.BENEFIT, new BigDecimal("29"));
        assertThatThrownBy(() -> commission(EvaluatorType.FINANCE, "650121", null, null, fiftyNine))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("weights"));
        KeyEvaluation evaluation = commission(EvaluatorType.THIRD_PARTY, "650121", "某所", "agency", WEIGHTS);
        Map<FrameworkDimension, BigDecimal> scores = Map.of(FrameworkDimension.DECISION, BigDecimal.valueOf(13),
                FrameworkDimension.PROCESS, new BigDecimal("16.5"), FrameworkDimension.OUTPUT, BigDecimal.valueOf(30),
                FrameworkDimension.BENEFIT, new BigDecimal("20.49"));
        evaluation.score(scores, "资金拨付滞后", "报告", GradeBands.NATIONAL_DEFAULT, List.of(), "agency", NOW);
        assertThat(evaluation.snapshot().scored().score()).isEqualByComparingTo("79.99");
        assertThat(evaluation.snapshot().scored().grade()).isEqualTo(Grade.FAIR);
        assertThat(evaluation.status()).isEqualTo(KeyEvaluationStatus.SCORED);
        assertThat(evaluation.mayBeScoredBy("agency", null)).isTrue();
        assertThat(evaluation.mayBeScoredBy("finance-county", OrgCode.of("650121"))).isTrue();
        assertThat(evaluation.mayBeScoredBy("dept-edu", OrgCode.of("D01"))).isFalse();
        Map<FrameworkDimension, BigDecimal> above = new java.util.EnumMap<>(scores);
        above.put(FrameworkDimension.DECISION, new BigDecimal("15.01"));
        assertThatThrownBy(() -> evaluation.score(above, null, null, GradeBands.NATIONAL_DEFAULT, List.of(), "a", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("scores"));
    }
}
