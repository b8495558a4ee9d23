package org.jixiao.targeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetApproved;
import org.jixiao.targeting.events.TargetKind;
import org.jixiao.targeting.events.TargetPublished;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerformanceTargetTests {

    static final Instant NOW = Instant.parse("2020-01-10T02:00:00Z");
    static final Owner UNIT_IN_DEPARTMENT = new Owner(OrgCode.of("U1"), OrgPath.parse("/650000/650100/650121/D1/U1/"),
            RegionCode.of("650121"), OrgCode.of("D1"), true);
    static final Owner UNIT_UNDER_REGION = new Owner(OrgCode.of("U2"), OrgPath.parse("/650000/650100/650121/U2/"),
            RegionCode.of("650121"), null, false);

    static Indicator indicator(Level1 level1, Level2 level2, String name, Operator operator, String value, String unit,
            int weight) {
        return new Indicator(null, level1, level2, name, operator, value, unit, Basis.PLAN, BigDecimal.valueOf(weight));
    }

    static List<Indicator> tree() {
        return List.of(
                indicator(Level1.OUTPUT, Level2.QUANTITY, "改造校舍面积", Operator.GE, "1200", "平方米", 30),
                indicator(Level1.OUTPUT, Level2.QUALITY, "验收合格率", Operator.GE, "95", "%", 20),
                indicator(Level1.COST, Level2.ECONOMIC_COST, "单位面积成本", Operator.LE, "3500", "元/平方米", 10),
                indicator(Level1.BENEFIT, Level2.SOCIAL, "受益学生人数", Operator.GE, "800", "人", 20),
                indicator(Level1.BENEFIT, Level2.SUSTAINABILITY, "长效管护机制", Operator.QUALITATIVE, "建立健全", null, 10),
                indicator(Level1.SATISFACTION, Level2.SERVICE_RECIPIENT, "师生满意度", Operator.GE, "90", "%", 10));
    }

    static TargetContent content(List<Indicator> indicators) {
        return new TargetContent("校舍改造", BudgetCategory.GENERAL_PUBLIC, FundSource.ANNUAL_BUDGET,
                Money.of("1234567.89"), "改善办学条件", "完成1200平方米校舍改造", false, indicators);
    }

    static PerformanceTarget target(Owner owner) {
        return PerformanceTarget.draft(FiscalYear.of(2020), TargetKind.PROJECT, owner, "P-001", content(tree()), NOW);
    }

    static List<String> fieldsOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aDraftGetsIndicatorIdsAndItsQuantificationRate() {
        PerformanceTarget target = target(UNIT_IN_DEPARTMENT);
        assertThat(target.status()).isEqualTo(TargetStatus.DRAFT);
        assertThat(target.content().indicators()).allSatisfy(i -> assertThat(i.id()).isNotNull());
        assertThat(target.content().quantitativeIndicators()).isEqualTo(5);
        assertThat(target.content().quantificationRate().percent()).isEqualByComparingTo("83.33");
        assertThat(target.barred()).isFalse();
        assertThat(target.revision()).isZero();
        assertThat(target.inForceRevision()).isEmpty();
    }

    @Test
    void everyRuleBrokenIsAFieldError() {
        List<Indicator> broken = new ArrayList<>(List.of(
                indicator(Level1.OUTPUT, Level2.SOCIAL, "数量", Operator.GE, "10", "个", 10),
                indicator(Level1.OUTPUT, Level2.QUANTITY, "数量", Operator.GE, "ten", "个", -1),
                indicator(Level1.OUTPUT, Level2.QUALITY, "质量", Operator.EQ, "100", " ", 1),
                indicator(Level1.SATISFACTION, Level2.SERVICE_RECIPIENT, "满意", Operator.QUALITATIVE, " ", null, 1)));
        TargetContent content = new TargetContent("x", BudgetCategory.GENERAL_PUBLIC, FundSource.ANNUAL_BUDGET,
                Money.ZERO, "a", "b", false, broken);
        assertThat(fieldsOf(() -> PerformanceTarget.draft(FiscalYear.of(2020), TargetKind.PROJECT, UNIT_IN_DEPARTMENT,
                "P", content, NOW))).containsExactly(
                "budgetAmount:Positive",
                "indicators[0].level2:target.level2OutsideLevel1",
                "indicators[1].name:target.duplicateIndicatorName",
                "indicators[1].weight:PositiveOrZero",
                "indicators[1].targetValue:target.valueNotANumber",
                "indicators[2].unit:target.unitRequired",
                "indicators[3].targetValue:NotBlank",
                "indicators:target.benefitRequired");
    }

    @ParameterizedTest
    @CsvSource({"95, true", "12.5, true", "0, true", "' 1200 ', true", "1E3, false", "-5, false", "+5, false",
            "'1,200', false", ".5, false", "5., false", "九十五, false"})
    void aQuantitativeTargetValueIsAPlainNonNegativeDecimal(String value, boolean accepted) {
        assertThat(TargetContent.isNumber(value)).isEqualTo(accepted);
    }

    @Test
    void rulesLeaveOutWhatIsMalformedAndNameTheRestAtTheirIndex() {
        List<Indicator> noOutputSoFar = new java.util.ArrayList<>();
        noOutputSoFar.add(null); // malformed: its own field error, and it may be the output indicator
        noOutputSoFar.add(indicator(Level1.BENEFIT, Level2.QUALITY, "质量", Operator.GE, "九十", "%", 1));
        assertThat(TargetContent.violations(null, noOutputSoFar).stream().map(v -> v.field() + ":" + v.code()))
                .containsExactly("indicators[1].level2:target.level2OutsideLevel1",
                        "indicators[1].targetValue:target.valueNotANumber");
        assertThat(PerformanceTarget.projectCodeViolations(TargetKind.PROJECT, " ")).singleElement()
                .extracting(v -> v.field() + ":" + v.code()).isEqualTo("projectCode:NotBlank");
        assertThat(PerformanceTarget.projectCodeViolations(TargetKind.DEPARTMENT_OVERALL, null)).isEmpty();
    }

    @Test
    void costIsALevel1SinceTheCentralRulesOf2021AndALevel2UnderOutput() {
        assertThat(Level2.COST.level1()).isEqualTo(Level1.OUTPUT);
        assertThat(Level2.ECONOMIC_COST.level1()).isEqualTo(Level1.COST);
        List<Indicator> noOutput = List.of(indicator(Level1.COST, Level2.SOCIAL_COST, "社会成本", Operator.QUALITATIVE, "低", null, 1),
                indicator(Level1.BENEFIT, Level2.ECONOMIC, "增收", Operator.GT, "0", "万元", 1));
        assertThat(fieldsOf(() -> content(noOutput).check())).containsExactly("indicators:target.outputRequired");
    }

    @Test
    void anOverallTargetHasNoProjectCodeAndAProjectTargetNeedsOne() {
        assertThat(fieldsOf(() -> PerformanceTarget.draft(FiscalYear.of(2020), TargetKind.DEPARTMENT_OVERALL,
                UNIT_IN_DEPARTMENT, "P-1", content(tree()), NOW))).containsExactly("projectCode:target.overallHasNoProject");
        assertThat(fieldsOf(() -> PerformanceTarget.draft(FiscalYear.of(2020), TargetKind.POLICY, UNIT_IN_DEPARTMENT,
                " ", content(tree()), NOW))).containsExactly("projectCode:NotBlank");
        assertThat(PerformanceTarget.draft(FiscalYear.of(2020), TargetKind.DEPARTMENT_OVERALL, UNIT_IN_DEPARTMENT, null,
                content(tree()), NOW).projectCode()).isNull();
    }

    @Test
    void editsKeepIndicatorIds() {
        PerformanceTarget target = target(UNIT_IN_DEPARTMENT);
        Indicator first = target.content().indicators().get(0);
        List<Indicator> edited = new ArrayList<>(target.content().indicators());
        edited.set(0, new Indicator(first.id(), first.level1(), first.level2(), "改造校舍面积（调整）", first.operator(),
                "1300", first.unit(), first.basis(), first.weight()));
        edited.add(indicator(Level1.OUTPUT, Level2.TIMELINESS, "按期完工率", Operator.GE, "100", "%", 5));
        target.edit(content(edited));
        assertThat(target.content().indicators().get(0).id()).isEqualTo(first.id());
        assertThat(target.content().indicators().get(0).targetValue()).isEqualTo("1300");
        assertThat(target.content().indicators()).hasSize(7);
        assertThat(target.content().indicators().get(6).id()).isNotNull().isNotEqualTo(first.id());

        List<Indicator> stranger = new ArrayList<>(target.content().indicators());
        Indicator any = stranger.get(1);
        stranger.set(1, new Indicator(UUID.randomUUID(), any.level1(), any.level2(), any.name(), any.operator(),
                any.targetValue(), any.unit(), any.basis(), any.weight()));
        assertThat(fieldsOf(() -> target.edit(content(stranger)))).containsExactly("indicators[1].id:target.unknownIndicator");
    }

    @Test
    void theChainThroughTheDepartmentToFinance() {
        PerformanceTarget target = target(UNIT_IN_DEPARTMENT);
        target.submit();
        assertThat(target.expectedReviewer()).contains(Reviewer.DEPARTMENT);
        assertThatThrownBy(() -> review(target, Reviewer.FINANCE, ReviewDecision.APPROVE, Grade.GOOD))
                .isInstanceOfSatisfying(StateConflictException.class, e -> assertThat(e.currentState()).isEqualTo("SUBMITTED"));
        assertThat(review(target, Reviewer.DEPARTMENT, ReviewDecision.APPROVE, Grade.GOOD)).isEmpty();
        assertThat(target.status()).isEqualTo(TargetStatus.DEPARTMENT_APPROVED);
        Optional<TargetApproved> approved = review(target, Reviewer.FINANCE, ReviewDecision.APPROVE, Grade.EXCELLENT);
        assertThat(target.status()).isEqualTo(TargetStatus.APPROVED);
        assertThat(target.inForceRevision()).contains(0);
        assertThat(approved).hasValueSatisfying(event -> {
            assertThat(event.header().aggregateId()).isEqualTo(target.getId().value());
            assertThat(event.header().aggregateVersion()).isEqualTo(target.version() + 1);
            assertThat(event.header().unitCode()).isEqualTo("U1");
            assertThat(event.header().occurredAt()).isEqualTo(NOW);
            assertThat(event.isAdjustment()).isFalse();
            assertThat(event.kind()).isEqualTo(TargetKind.PROJECT);
            assertThat(event.indicators().get(0).operator()).isInstanceOf(Operator.class);
            assertThat(event.departmentCode()).isEqualTo("D1");
            assertThat(event.budgetAmount()).isEqualByComparingTo("1234567.89");
            assertThat(event.indicators()).hasSize(6);
            assertThat(event.indicators().get(0).id()).isEqualTo(target.content().indicators().get(0).id());
        });
        assertThat(target.reviews()).extracting(Review::resultingStatus)
                .containsExactly(TargetStatus.DEPARTMENT_APPROVED, TargetStatus.APPROVED);
        assertThatThrownBy(target::submit).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> target.edit(content(tree()))).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> review(target, Reviewer.FINANCE, ReviewDecision.APPROVE, Grade.GOOD))
                .isInstanceOfSatisfying(StateConflictException.class, e -> assertThat(e.currentState()).isEqualTo("APPROVED"));
    }

    @Test
    void aUnitDirectlyUnderARegionGoesStraightToFinance() {
        PerformanceTarget target = target(UNIT_UNDER_REGION);
        target.submit();
        assertThat(target.expectedReviewer()).contains(Reviewer.FINANCE);
        assertThatThrownBy(() -> review(target, Reviewer.DEPARTMENT, ReviewDecision.APPROVE, Grade.GOOD))
                .isInstanceOf(StateConflictException.class);
        assertThat(review(target, Reviewer.FINANCE, ReviewDecision.APPROVE, Grade.GOOD)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "APPROVE, EXCELLENT, DEPARTMENT_APPROVED, false", "APPROVE, GOOD, DEPARTMENT_APPROVED, false",
            "APPROVE, FAIR, RETURNED, false", "APPROVE, POOR, RETURNED, true",
            "RETURN, EXCELLENT, RETURNED, false", "RETURN, GOOD, RETURNED, false", "RETURN, POOR, RETURNED, true"})
    void theGradeDecidesOverTheDecision(ReviewDecision decision, Grade grade, TargetStatus next, boolean barred) {
        PerformanceTarget target = target(UNIT_IN_DEPARTMENT);
        target.submit();
        review(target, Reviewer.DEPARTMENT, decision, grade);
        assertThat(target.status()).isEqualTo(next);
        assertThat(target.barred()).isEqualTo(barred);
    }

    @Test
    void aReturnedTargetIsRevisedAndResubmittedButABarredOneCannotBe() {
        PerformanceTarget returned = target(UNIT_IN_DEPARTMENT);
        returned.submit();
        review(returned, Reviewer.DEPARTMENT, ReviewDecision.APPROVE, Grade.FAIR);
        returned.edit(content(tree()));
        returned.submit();
        assertThat(returned.status()).isEqualTo(TargetStatus.SUBMITTED);

        PerformanceTarget barred = target(UNIT_UNDER_REGION);
        barred.submit();
        review(barred, Reviewer.FINANCE, ReviewDecision.APPROVE, Grade.POOR);
        assertThatThrownBy(barred::submit)
                .isInstanceOfSatisfying(StateConflictException.class, e -> assertThat(e.code()).isEqualTo("target.barred"));
    }

    @ParameterizedTest
    @CsvSource({"NOT_CONCLUDED, target.assessmentMissing", "REJECTED, target.assessmentRejected"})
    void theExAnteGateStopsFinancesApprovalButNotAReturn(ExAnteClearance clearance, String code) {
        PerformanceTarget target = target(UNIT_UNDER_REGION);
        target.submit();
        ReviewOpinion good = new ReviewOpinion(Reviewer.FINANCE, "fin", Grade.GOOD, Map.of(), null);
        assertThatThrownBy(() -> target.approve(good, clearance, NOW))
                .isInstanceOfSatisfying(StateConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.currentState()).isEqualTo("SUBMITTED");
                });
        assertThat(target.status()).isEqualTo(TargetStatus.SUBMITTED);
        assertThat(target.reviews()).isEmpty();
        target.returnForRevision(good, NOW);
        assertThat(target.status()).isEqualTo(TargetStatus.RETURNED);
    }

    @Test
    void aSupportedOrUnrequiredTargetPassesTheGate() {
        for (ExAnteClearance clearance : new ExAnteClearance[] {ExAnteClearance.SUPPORTED, ExAnteClearance.NOT_REQUIRED}) {
            PerformanceTarget target = target(UNIT_UNDER_REGION);
            target.submit();
            assertThat(target.approve(new ReviewOpinion(Reviewer.FINANCE, "fin", Grade.GOOD, Map.of(), null),
                    clearance, NOW)).isNotEmpty();
        }
    }

    @Test
    void anAdjustmentOpensTheNextRevisionWhileTheApprovedOneStaysInForce() {
        PerformanceTarget target = target(UNIT_UNDER_REGION);
        target.submit();
        review(target, Reviewer.FINANCE, ReviewDecision.APPROVE, Grade.GOOD);
        TargetPublished published = target.publish(NOW);
        assertThat(published.revision()).isZero();
        assertThat(target.status()).isEqualTo(TargetStatus.PUBLISHED);
        assertThatThrownBy(() -> target.publish(NOW)).isInstanceOf(StateConflictException.class);

        List<UUID> ids = target.content().indicators().stream().map(Indicator::id).toList();
        target.adjust("年中追加资金，扩大改造面积", target.content());
        assertThat(target.revision()).isEqualTo(1);
        assertThat(target.status()).isEqualTo(TargetStatus.DRAFT);
        assertThat(target.inForceRevision()).contains(0);
        assertThat(target.publishedRevision()).contains(0);
        assertThatThrownBy(() -> target.adjust("again", target.content())).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> target.publish(NOW)).isInstanceOf(StateConflictException.class);

        target.edit(content(target.content().indicators()));
        assertThat(target.content().indicators()).extracting(Indicator::id).containsExactlyElementsOf(ids);
        target.submit();
        Optional<TargetApproved> adjusted = review(target, Reviewer.FINANCE, ReviewDecision.APPROVE, Grade.GOOD);
        assertThat(target.inForceRevision()).contains(1);
        assertThat(target.status()).isEqualTo(TargetStatus.APPROVED);
        assertThat(adjusted).as("one fact, one event").hasValueSatisfying(e -> {
            assertThat(e.revision()).isEqualTo(1);
            assertThat(e.replacedRevision()).isZero();
            assertThat(e.isAdjustment()).isTrue();
        });
        assertThat(target.publish(NOW).revision()).isEqualTo(1);
    }

    @Test
    void theRevisionInForceIsPublishedEvenWhileAnAdjustmentIsUnderWay() {
        PerformanceTarget target = target(UNIT_UNDER_REGION);
        target.submit();
        review(target, Reviewer.FINANCE, ReviewDecision.APPROVE, Grade.GOOD);
        target.adjust(null, target.content());
        assertThat(target.adjustmentReason()).isNull();
        target.submit();
        TargetPublished published = target.publish(NOW);
        assertThat(published.revision()).isZero();
        assertThat(target.status()).isEqualTo(TargetStatus.SUBMITTED);
        assertThat(target.publishedRevision()).contains(0);
        assertThatThrownBy(() -> target.publish(NOW)).isInstanceOf(StateConflictException.class);
        review(target, Reviewer.FINANCE, ReviewDecision.APPROVE, Grade.EXCELLENT);
        assertThat(target.status()).isEqualTo(TargetStatus.APPROVED);
        assertThat(target.publish(NOW).revision()).isEqualTo(1);
        assertThat(target.status()).isEqualTo(TargetStatus.PUBLISHED);
    }

    @Test
    void aPoorAdjustmentIsRefusedTheRevisionInForceStaysAndANewAdjustmentStartsFromIt() {
        PerformanceTarget target = target(UNIT_UNDER_REGION);
        target.submit();
        review(target, Reviewer.FINANCE, ReviewDecision.APPROVE, Grade.GOOD);
        TargetContent inForce = target.content();
        target.adjust("扩大规模", target.content());
        target.edit(content(List.of(inForce.indicators().get(0), inForce.indicators().get(3))));
        target.submit();
        review(target, Reviewer.FINANCE, ReviewDecision.APPROVE, Grade.POOR);
        assertThat(target.status()).isEqualTo(TargetStatus.RETURNED);
        assertThat(target.barred()).isTrue();
        assertThat(target.adjustmentRefused()).isTrue();
        assertThat(target.inForceRevision()).contains(0);
        assertThatThrownBy(target::submit).isInstanceOf(StateConflictException.class);

        target.adjust("按评审意见重新调整", inForce);
        assertThat(target.revision()).isEqualTo(2);
        assertThat(target.barred()).isFalse();
        assertThat(target.status()).isEqualTo(TargetStatus.DRAFT);
        assertThat(target.content()).isEqualTo(inForce);
        assertThat(target.inForceRevision()).contains(0);

        PerformanceTarget barredOriginal = target(UNIT_UNDER_REGION);
        barredOriginal.submit();
        review(barredOriginal, Reviewer.FINANCE, ReviewDecision.APPROVE, Grade.POOR);
        assertThat(barredOriginal.adjustmentRefused()).isFalse();
        assertThatThrownBy(() -> barredOriginal.adjust("x", barredOriginal.content()))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void onlyAnApprovedTargetIsAdjustedOrPublished() {
        PerformanceTarget target = target(UNIT_IN_DEPARTMENT);
        assertThatThrownBy(() -> target.adjust("x", target.content()))
                .isInstanceOfSatisfying(StateConflictException.class, e -> assertThat(e.currentState()).isEqualTo("DRAFT"));
        assertThatThrownBy(() -> target.publish(NOW))
                .isInstanceOfSatisfying(StateConflictException.class, e -> assertThat(e.code()).isEqualTo("target.notPublishable"));
    }

    @Test
    void aRebuiltTargetKnowsWhatChangedSinceItWasLoaded() {
        PerformanceTarget drafted = target(UNIT_UNDER_REGION);
        drafted.submit();
        review(drafted, Reviewer.FINANCE, ReviewDecision.APPROVE, Grade.GOOD);
        assertThat(drafted.contentChanged()).as("a new target writes its first revision").isTrue();
        PerformanceTarget stored = PerformanceTarget.rebuild(new PerformanceTarget.Snapshot(drafted.getId(),
                drafted.fiscalYear(), drafted.kind(), drafted.owner(), drafted.projectCode(), drafted.createdAt(),
                drafted.reviews(), drafted.content(), drafted.status(), drafted.barred(), drafted.revisions(),
                drafted.adjustmentReason(), 3));
        assertThat(stored.contentChanged()).isFalse();
        assertThat(stored.newReviews()).isEmpty();
        stored.publish(NOW);
        assertThat(stored.contentChanged()).as("a publication writes no indicator").isFalse();
        assertThat(stored.revisions()).isEqualTo(new Revisions(0, 0, 0));
        stored.adjust("追加", stored.content());
        assertThat(stored.contentChanged()).isTrue();
        assertThat(stored.revisions()).isEqualTo(new Revisions(1, 0, 0));
        stored.submit();
        review(stored, Reviewer.FINANCE, ReviewDecision.RETURN, Grade.GOOD);
        assertThat(stored.newReviews()).singleElement().satisfies(r -> {
            assertThat(r.decision()).isEqualTo(ReviewDecision.RETURN);
            assertThat(r.revision()).isEqualTo(1);
        });
    }

    @Test
    void quantificationRateOfNoIndicatorsIsZero() {
        assertThat(content(List.of()).quantificationRate().percent()).isEqualByComparingTo("0");
    }

    private static Optional<TargetApproved> review(PerformanceTarget target, Reviewer stage, ReviewDecision decision,
            Grade grade) {
        ReviewOpinion opinion = new ReviewOpinion(stage, "reviewer", grade, Map.of(ReviewCriterion.COMPLETENESS, "完整"),
                "意见");
        if (decision == ReviewDecision.APPROVE) {
            return target.approve(opinion, ExAnteClearance.NOT_REQUIRED, NOW);
        }
        target.returnForRevision(opinion, NOW);
        return Optional.empty();
    }
}
