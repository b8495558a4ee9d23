package org.jixiao.client;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jixiao.client.api.EvaluationApi;
import org.jixiao.client.api.ExAnteAssessmentApi;
import org.jixiao.client.api.MonitoringApi;
import org.jixiao.client.api.PerformanceTargetsApi;
import org.jixiao.client.api.PublicPerformanceTargetsApi;
import org.jixiao.client.api.ResultApplicationApi;
import org.jixiao.client.model.AssessmentConcludeRequest;
import org.jixiao.client.model.AssessmentCreateRequest;
import org.jixiao.client.model.AssessmentKind;
import org.jixiao.client.model.AssessmentScoresRequest;
import org.jixiao.client.model.AssessmentScoresRequestScores;
import org.jixiao.client.model.AssessmentStatus;
import org.jixiao.client.model.AssessmentView;
import org.jixiao.client.model.Basis;
import org.jixiao.client.model.BudgetCategory;
import org.jixiao.client.model.Conclusion;
import org.jixiao.client.model.EvaluationKeyRequest;
import org.jixiao.client.model.EvaluationKeyScoresRequest;
import org.jixiao.client.model.EvaluationKeyScoresRequestScores;
import org.jixiao.client.model.EvaluationSpotCheckRequest;
import org.jixiao.client.model.EvaluationSpotCheckReviewRequest;
import org.jixiao.client.model.EvaluatorType;
import org.jixiao.client.model.FundSource;
import org.jixiao.client.model.Grade;
import org.jixiao.client.model.KeyEvaluationStatus;
import org.jixiao.client.model.KeyEvaluationView;
import org.jixiao.client.model.Level1;
import org.jixiao.client.model.Level2;
import org.jixiao.client.model.Likelihood;
import org.jixiao.client.model.Operator;
import org.jixiao.client.model.Problem;
import org.jixiao.client.model.RectificationResponseRequest;
import org.jixiao.client.model.RectificationSource;
import org.jixiao.client.model.RectificationStatus;
import org.jixiao.client.model.RectificationVerificationRequest;
import org.jixiao.client.model.RectificationView;
import org.jixiao.client.model.ReportView;
import org.jixiao.client.model.ReviewDecision;
import org.jixiao.client.model.PageWarningView;
import org.jixiao.client.model.ReportStatus;
import org.jixiao.client.model.ReviewAction;
import org.jixiao.client.model.RoundDepartmentOpinionRequest;
import org.jixiao.client.model.RoundIndicatorRequest;
import org.jixiao.client.model.RoundOpenRequest;
import org.jixiao.client.model.RoundReportRequest;
import org.jixiao.client.model.RoundReviewRequest;
import org.jixiao.client.model.RoundScope;
import org.jixiao.client.model.RoundSummary;
import org.jixiao.client.model.RoundView;
import org.jixiao.client.model.SelfEvaluationBreakdownLine;
import org.jixiao.client.model.SelfEvaluationFilingRequest;
import org.jixiao.client.model.SelfEvaluationIndicatorRequest;
import org.jixiao.client.model.SelfEvaluationStatus;
import org.jixiao.client.model.SelfEvaluationView;
import org.jixiao.client.model.SpotCheckView;
import org.jixiao.client.model.SubjectType;
import org.jixiao.client.model.WarningView;
import org.jixiao.client.model.TargetCreateRequest;
import org.jixiao.client.model.TargetIndicatorRequest;
import org.jixiao.client.model.TargetKind;
import org.jixiao.client.model.TargetReviewRequest;
import org.jixiao.client.model.TargetStatistics;
import org.jixiao.client.model.TargetStatus;
import org.jixiao.client.model.TargetView;

/**
 * The targeting and assessment workflows as a department system walks them, through the client generated from the
 * served document only: a target created, submitted, reviewed by the department and approved by finance, counted in
 * the statistics, published and read anonymously from the public list; an assessment scored and concluded; and a
 * 409 read as a typed Problem; a monitoring round opened, read and listed, the unit's report filed, the round
 * assessed, the report given the department's opinion and reviewed by finance, the round summed up and its
 * warnings walked by cursor; the target self-evaluated and submitted, drawn in a spot check and reviewed, and
 * evaluated by a third-party agency's expert; the rectification the flagged gap opened answered and verified. Any
 * failure exits non-zero. Each later stage adds its workflow here.
 */
public final class Workflow {

    private static final String PASSWORD = "Jixiao@2026";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int year = 2026;
        String suffix = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

        PerformanceTargetsApi unit = new PerformanceTargetsApi(client(base, "unit-school1"));
        PerformanceTargetsApi department = new PerformanceTargetsApi(client(base, "dept-edu"));
        PerformanceTargetsApi finance = new PerformanceTargetsApi(client(base, "finance-county"));

        TargetView created = unit.createTarget(new TargetCreateRequest().fiscalYear(year).kind(TargetKind.PROJECT)
                .unitCode("U650121-EDU-01").projectCode("CI-" + suffix).projectName("客户端联调项目")
                .budgetCategory(BudgetCategory.GENERAL_PUBLIC).fundSource(FundSource.ANNUAL_BUDGET)
                .budgetAmount(new BigDecimal("480000.00")).overallGoal("改善办学条件").annualGoal("完成校舍维修")
                .indicators(List.of(
                        indicator(Level1.OUTPUT, Level2.QUANTITY, "维修面积", Operator.GE, "600", "平方米", 60),
                        indicator(Level1.BENEFIT, Level2.SOCIAL, "受益学生", Operator.GE, "500", "人", 40))), null);
        UUID id = created.getId();
        expect(created.getStatus() == TargetStatus.DRAFT, "a new target is a DRAFT");
        expect(created.getInForceRevision() == null, "nothing is in force before approval");

        expect(unit.submitTarget(id, null, null, null).getStatus() == TargetStatus.SUBMITTED, "submitted");
        TargetView reviewed = department.reviewTarget(id, new TargetReviewRequest().decision(ReviewDecision.APPROVE)
                .grade(Grade.GOOD).comments("同意"), null, null);
        expect(reviewed.getStatus() == TargetStatus.DEPARTMENT_APPROVED, "the department approved");
        TargetView approved = finance.reviewTarget(id, new TargetReviewRequest().decision(ReviewDecision.APPROVE)
                .grade(Grade.EXCELLENT), null, "en");
        expect(approved.getStatus() == TargetStatus.APPROVED && Integer.valueOf(0).equals(approved.getInForceRevision()),
                "finance approved revision 0");

        TargetStatistics statistics = finance.getTargetStatistics(year, "650121", null, null, null);
        expect(statistics.getTargets() >= 1, "the approved target is counted");
        expect(walk(cursor -> finance.listTargets(year, "650121", null, null, null, null, null, 1, cursor, null),
                        page -> page.getPage().getNext(),
                        page -> page.getContent().stream().anyMatch(target -> target.getId().equals(id))),
                "the list shows it, page after page by cursor");

        expect(finance.publishTarget(id, null, null, null).getStatus() == TargetStatus.PUBLISHED, "published");
        PublicPerformanceTargetsApi publicTargets = new PublicPerformanceTargetsApi(anonymous(base));
        expect(walk(cursor -> publicTargets.listPublicTargets(year, "650121", null, 1, cursor, null),
                        page -> page.getPage().getNext(),
                        page -> page.getContent().stream().anyMatch(target -> target.getId().equals(id))),
                "the public list shows it, without credentials, page after page by cursor");

        try {
            unit.submitTarget(id, null, "en", null);
            throw new AssertionError("a published target was submitted again");
        } catch (ApiException e) {
            Problem problem = new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
            expect(e.getCode() == 409 && problem.getStatus() == 409, "a conflict is a 409");
            expect("urn:jixiao:problem:conflict".equals(problem.getType().toString()), "typed as a conflict");
            expect("PUBLISHED".equals(problem.getCurrentState()), "naming the state it is in");
        }

        ExAnteAssessmentApi assessments = new ExAnteAssessmentApi(client(base, "finance-county"));
        AssessmentView open = assessments.createAssessment(new AssessmentCreateRequest().fiscalYear(year)
                .kind(AssessmentKind.PROJECT).unitCode("U650121-EDU-01").projectCode("CI-A-" + suffix)
                .projectName("客户端联调评估").requestedAmount(new BigDecimal("1200000.00")), null);
        expect(open.getStatus() == AssessmentStatus.OPEN && open.getTotalScore() == null, "an open assessment");
        BigDecimal points = new BigDecimal("18.50");
        AssessmentScoresRequestScores scores = new AssessmentScoresRequestScores().NECESSITY(points).ECONOMY(points)
                .TARGET_REASONABLENESS(points).FEASIBILITY(points).FUNDING_COMPLIANCE(points); // all five, typed
        assessments.scoreAssessment(open.getId(), new AssessmentScoresRequest().assessor("评审专家").scores(scores),
                null, null);
        AssessmentView concluded = assessments.concludeAssessment(open.getId(), null, null,
                new AssessmentConcludeRequest().suggestions("予以支持"));
        expect(concluded.getStatus() == AssessmentStatus.CONCLUDED, "concluded");
        expect(concluded.getConclusion() == Conclusion.SUPPORT && concluded.getGrade() == Grade.EXCELLENT,
                "92.50 is SUPPORT and EXCELLENT");
        expect(walk(cursor -> assessments.listAssessments(year, "650121", null, null, 1, cursor, null),
                        page -> page.getPage().getNext(),
                        page -> page.getContent().stream().anyMatch(item -> item.getId().equals(open.getId()))),
                "the assessment list shows it, page after page by cursor");

        // a monitoring round over the target approved above; a month already opened (a rerun) answers 409
        MonitoringApi monitoring = new MonitoringApi(client(base, "finance-county"));
        RoundView round = null;
        for (int month = 1; round == null && month <= 12; month++) {
            try {
                round = monitoring.openMonitoringRound(new RoundOpenRequest().fiscalYear(year).regionCode("650121")
                        .cutoffMonth(month).scope(RoundScope.PROJECT).dueDate(LocalDate.of(year, month, 28)), null);
            } catch (ApiException e) {
                expect(e.getCode() == 409, "a month already opened is a 409");
            }
        }
        expect(round != null && round.getReports() >= 1, "the round took the approved target");
        UUID roundId = round.getId();
        expect(monitoring.getMonitoringRound(roundId, null).getTimeProgress().compareTo(BigDecimal.ZERO) > 0,
                "the round has its time progress");
        expect(monitoring.listMonitoringRounds(year, "650121", RoundScope.PROJECT, 0, 50, null).getContent().stream()
                .anyMatch(item -> item.getId().equals(roundId)), "the round list shows it");
        MonitoringApi school = new MonitoringApi(client(base, "unit-school1"));
        ReportView blank = school.getMonitoringReport(roundId, id, null);
        expect(!blank.getFiled() && blank.getIndicators().size() == 2, "the report waits for the unit");
        ReportView filed = school.fileMonitoringReport(roundId, id, new RoundReportRequest()
                .budgetAmount(new BigDecimal("480000.00")).executedAmount(new BigDecimal("120000.00"))
                .indicators(blank.getIndicators().stream().map(i -> new RoundIndicatorRequest()
                        .indicatorId(i.getIndicatorId()).actualToDate("40").likelihood(Likelihood.POSSIBLE)).toList())
                .measures("加快进度"), null, null);
        expect(filed.getFiled() && filed.getVersion() == 1, "the unit filed its report");
        expect(monitoring.assessMonitoringRound(roundId, null).getAssessedAt() != null, "finance assessed the round");
        ReportView assessed = monitoring.getMonitoringReport(roundId, id, null);
        expect(assessed.getAssessment() != null && assessed.getAssessment().getExecutionLight() != null
                && assessed.getIndicators().stream().allMatch(i -> i.getLight() != null),
                "the report has its lights, rates and warning");
        ReportView opinion = new MonitoringApi(client(base, "dept-edu")).addMonitoringDepartmentOpinion(roundId, id,
                new RoundDepartmentOpinionRequest().opinion("已督促学校加快执行"), null, null);
        expect(opinion.getDepartmentOpinion() != null && opinion.getStatus() == ReportStatus.FILED,
                "the department added its opinion, which holds nothing up");
        ReportView judged = monitoring.reviewMonitoringReport(roundId, id, new RoundReviewRequest()
                .score(new BigDecimal("57.85")).opinion("执行滞后，收回部分资金").action(ReviewAction.RECALL_FUNDS)
                .amount(new BigDecimal("100000.00")).version(opinion.getVersion()), null, null);
        expect(judged.getStatus() == ReportStatus.REVIEWED
                && judged.getReview().getAmount().compareTo(new BigDecimal("100000.00")) == 0,
                "finance reviewed the report and recalled money");
        try {
            monitoring.reviewMonitoringReport(roundId, id, new RoundReviewRequest().score(new BigDecimal("60"))
                    .action(ReviewAction.ADJUST_BUDGET), null, null);
            expect(false, "an adjustment without an amount is refused");
        } catch (ApiException e) {
            Problem problem = new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
            expect(e.getCode() == 400 && problem.getErrors().get(0).getField().equals("amount"),
                    "an adjustment without an amount is a 400 naming amount");
        }
        RoundSummary summary = monitoring.getMonitoringRoundSummary(roundId, null);
        expect(summary.getReviewed() >= 1 && summary.getAverageReviewScore() != null
                && summary.getByFundSource().size() == 4, "the round's summary has its reviews, by fund source");
        long listed = 0;
        String cursor = null;
        do {
            PageWarningView page = monitoring.listMonitoringWarnings(roundId, null, null, null, null, 1, cursor, null);
            listed += page.getContent().stream().filter(WarningView::getWarning).count();
            cursor = page.getPage().getNext();
        } while (cursor != null);
        expect(listed == summary.getWarnings(), "the warning list, walked by cursor, holds the summary's warnings");

        // after the year: the school self-evaluates the target once evaluation's copy holds it (within seconds)
        EvaluationApi schoolEvaluation = new EvaluationApi(client(base, "unit-school1"));
        SelfEvaluationFilingRequest filing = new SelfEvaluationFilingRequest().budgetAmount(new BigDecimal("480000.00"))
                .executedAmount(new BigDecimal("432000.00")).indicators(approved.getIndicators().stream()
                        .map(i -> new SelfEvaluationIndicatorRequest().indicatorId(i.getId())
                                .actualValue(i.getName().equals("维修面积") ? "540" : "520")).toList());
        SelfEvaluationView draft = null;
        for (int attempt = 0; draft == null; attempt++) {
            try {
                draft = schoolEvaluation.fileSelfEvaluation(id, filing, null, null);
            } catch (ApiException e) {
                expect(e.getCode() == 404 && attempt < 50, "the approval reaches evaluation within seconds");
                Thread.sleep(200);
            }
        }
        // 9.00 execution + 50 × 540 ÷ 600 = 45.00 + 40.00 (no satisfaction indicator: benefit has 40)
        expect(draft.getScore().compareTo(new BigDecimal("94.00")) == 0 && draft.getGrade() == Grade.EXCELLENT
                && draft.getStatus() == SelfEvaluationStatus.DRAFT, "the draft is scored at once: 94.00, EXCELLENT");
        expect(draft.getBreakdown().stream().map(SelfEvaluationBreakdownLine::getScore)
                        .reduce(draft.getExecutionScore(), BigDecimal::add).compareTo(draft.getScore()) == 0,
                "its breakdown adds up to the score");
        SelfEvaluationView submitted = schoolEvaluation.submitSelfEvaluation(id, null, null, null);
        expect(submitted.getStatus() == SelfEvaluationStatus.SUBMITTED
                && submitted.getEffectiveScore().compareTo(new BigDecimal("94.00")) == 0, "submitted, it counts");

        EvaluationApi financeEvaluation = new EvaluationApi(client(base, "finance-county"));
        SpotCheckView check = financeEvaluation.drawSpotCheck(new EvaluationSpotCheckRequest().fiscalYear(year)
                .regionCode("650121").ratio(new BigDecimal("100")).seed(42L), null);
        expect(check.getSeed() == 42L && check.getItems().stream().anyMatch(item -> item.getTargetId().equals(id)),
                "a spot check of all the county's submitted self-evaluations drew it, with the seed stored");
        SpotCheckView reviewedCheck = financeEvaluation.reviewSpotCheckItem(check.getId(), id,
                new EvaluationSpotCheckReviewRequest().reviewScore(new BigDecimal("80")).opinion("佐证不足"), null, null);
        expect(reviewedCheck.getItems().stream().filter(item -> item.getTargetId().equals(id))
                        .allMatch(item -> item.getFlagged() && item.getGap().compareTo(new BigDecimal("-14.00")) == 0),
                "a review 14 points under the self-score is flagged");

        // the flagged gap opens a rectification by itself (within seconds); the school answers, finance verifies
        ResultApplicationApi schoolApplication = new ResultApplicationApi(client(base, "unit-school1"));
        RectificationView task = null;
        for (int attempt = 0; task == null; attempt++) {
            task = schoolApplication.listRectifications(year, null, null, null, RectificationSource.SPOT_CHECK, 0, 500,
                    null).getContent().stream().filter(r -> r.getTargetId().equals(id)).findFirst().orElse(null);
            expect(task != null || attempt < 50, "the flagged gap reaches result application within seconds");
            Thread.sleep(task == null ? 200 : 0);
        }
        expect(task.getStatus() == RectificationStatus.OPEN && task.getDeadline().isAfter(task.getOpenedOn()),
                "a rectification is open, with its deadline");
        RectificationView answered = schoolApplication.respondToRectification(task.getId(),
                new RectificationResponseRequest().text("补充验收资料").attachmentRef("教财〔2026〕1号")
                        .version(task.getVersion()), null, null);
        expect(answered.getStatus() == RectificationStatus.RESPONDED, "the school answered it");
        RectificationView verified = new ResultApplicationApi(client(base, "finance-county")).verifyRectification(
                task.getId(), new RectificationVerificationRequest().accepted(true).opinion("整改到位"), null, null);
        expect(verified.getStatus() == RectificationStatus.VERIFIED, "finance verified it");

        KeyEvaluationView commissioned = financeEvaluation.commissionKeyEvaluation(new EvaluationKeyRequest()
                .fiscalYear(year).subjectType(SubjectType.PROJECT).targetId(id).evaluatorType(EvaluatorType.THIRD_PARTY)
                .agency("客户端联调评价机构").expert("expert-agency").weights(new EvaluationKeyScoresRequestScores()
                        .DECISION(new BigDecimal("15")).PROCESS(new BigDecimal("20")).OUTPUT(new BigDecimal("35"))
                        .BENEFIT(new BigDecimal("30"))), null);
        expect(commissioned.getStatus() == KeyEvaluationStatus.ASSIGNED, "finance commissioned an agency");
        KeyEvaluationView scored = new EvaluationApi(client(base, "expert-agency")).scoreKeyEvaluation(
                commissioned.getId(), new EvaluationKeyScoresRequest().scores(new EvaluationKeyScoresRequestScores()
                        .DECISION(new BigDecimal("13")).PROCESS(new BigDecimal("16.5")).OUTPUT(new BigDecimal("30"))
                        .BENEFIT(new BigDecimal("24"))).findings("资金拨付滞后").report("第三方评价报告"), null, null);
        expect(scored.getStatus() == KeyEvaluationStatus.SCORED && scored.getScore().compareTo(new BigDecimal("83.50")) == 0
                && scored.getGrade() == Grade.GOOD, "the agency's expert scored it: 83.50, GOOD");

        System.out.println("generated-client workflows passed: target " + id + ", assessment " + open.getId()
                + ", monitoring round " + roundId + ", spot check " + check.getId() + ", key evaluation "
                + commissioned.getId() + ", rectification " + task.getId());
    }

    private static TargetIndicatorRequest indicator(Level1 level1, Level2 level2, String name, Operator operator,
            String value, String unit, int weight) {
        return new TargetIndicatorRequest().level1(level1).level2(level2).name(name).operator(operator)
                .targetValue(value).unit(unit).basis(Basis.PLAN).weight(BigDecimal.valueOf(weight));
    }

    /** A client authenticated with HTTP Basic, the document's basicAuth scheme. */
    private static ApiClient client(String base, String username) {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        ApiClient client = anonymous(base);
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        return client;
    }

    private static ApiClient anonymous(String base) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base);
        return client;
    }

    /** A page call that may throw, as the generated operations do. */
    private interface PageCall<P> {
        P get(String cursor) throws ApiException;
    }

    /**
     * Whether {@code found} holds for some page of a list read one entry a page from the first, following
     * {@code page.next} as a client walking a whole province would.
     */
    private static <P> boolean walk(PageCall<P> call, Function<P, String> next, Predicate<P> found)
            throws ApiException {
        String cursor = null;
        do {
            P page = call.get(cursor);
            if (found.test(page)) {
                return true;
            }
            cursor = next.apply(page);
        } while (cursor != null);
        return false;
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("generated-client workflow: expected " + what);
        }
        System.out.println("ok: " + what);
    }
}
