package org.jixiao.evaluation.adapter.in.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jixiao.evaluation.domain.AchievementBand;
import org.jixiao.evaluation.domain.EvaluatorType;
import org.jixiao.evaluation.domain.FrameworkDimension;
import org.jixiao.evaluation.domain.SubjectType;
import org.jixiao.evaluation.port.in.CommissionKeyEvaluationCommand;
import org.jixiao.evaluation.port.in.EvaluationResultsUseCase;
import org.jixiao.evaluation.port.in.FileSelfEvaluationCommand;
import org.jixiao.evaluation.port.in.KeyEvaluationUseCase;
import org.jixiao.evaluation.port.in.KeyEvaluationView;
import org.jixiao.evaluation.port.in.SelfEvaluationUseCase;
import org.jixiao.evaluation.port.in.SpotCheckUseCase;
import org.jixiao.evaluation.port.in.SpotCheckView;
import org.jixiao.evaluation.port.in.TargetProjectionUseCase;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.targeting.api.TargetsInForce;
import org.jixiao.targeting.events.TargetApproved;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data (profile {@code demo}): Urumqi county's 2019 self-evaluation as the seeds report it — 834 projects,
 * 12.07亿元 budget, 10.31亿元 executed, average 89.13, 120 projects under 80 with 12,309.00万元 budget and
 * 4,095.73万元 executed — filed and submitted by the units through the use cases over targeting's 2019 demo
 * targets (XJ2019-P0001 … P0120 are the projects under 80), then published; a spot check of 10 % drawn with seed
 * 2019 and two items reviewed (one flagged); and a key evaluation commissioned from the third-party agency
 * (expert-agency) and scored by it. The scores follow from the inputs by the national rules: each project's
 * inputs are chosen to land near its intended score and the filed score is what the rules give; the intended
 * scores of the later projects make up the running difference, so the average is the report's. Created once.
 */
@Component
@Profile("demo")
@Order(50)
class EvaluationDemoData implements ApplicationRunner {

    private static final String COUNTY = "/650000/650100/650121/";
    private static final Caller FINANCE = new Caller("finance-county", Role.FINANCE, OrgCode.of("650121"),
            OrgPath.parse(COUNTY));
    private static final Caller EXPERT = new Caller("expert-agency", Role.EXPERT, OrgCode.of("650121"),
            OrgPath.parse(COUNTY));
    private static final Map<String, String> USERNAMES = Map.of("U650121-EDU-01", "unit-school1", "U650121-EDU-02",
            "unit-school2", "U650121-ARCH", "unit-archive");
    private static final int UNDER_80 = 120;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** 834 × 89.13: the sum of the effective scores the report's average is. */
    private static final BigDecimal SCORE_SUM = new BigDecimal("74334.42");

    private final CallerContext callers;
    private final TargetsInForce targets;
    private final TargetProjectionUseCase projection;
    private final SelfEvaluationUseCase evaluations;
    private final EvaluationResultsUseCase results;
    private final SpotCheckUseCase spotChecks;
    private final KeyEvaluationUseCase keyEvaluations;

    EvaluationDemoData(CallerContext callers, TargetsInForce targets, TargetProjectionUseCase projection,
            SelfEvaluationUseCase evaluations, EvaluationResultsUseCase results, SpotCheckUseCase spotChecks,
            KeyEvaluationUseCase keyEvaluations) {
        this.callers = callers;
        this.targets = targets;
        this.projection = projection;
        this.evaluations = evaluations;
        this.results = results;
        this.spotChecks = spotChecks;
        this.keyEvaluations = keyEvaluations;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (callers.runAs(FINANCE, () -> results.summary(2019, "650121", BigDecimal.valueOf(80)).evaluations()) > 0) {
            return;
        }
        List<TargetApproved> projects = new ArrayList<>();
        UUID after = null;
        while (true) {
            List<TargetApproved> page = targets.after(Scope.subtree(OrgPath.parse(COUNTY)), after,
                    TargetsInForce.MAX_PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (TargetApproved target : page) {
                projection.keep(target); // what the listener does, at once: the copy holds them before they are filed
                if (target.header().fiscalYear() == 2019 && target.projectCode() != null
                        && target.projectCode().startsWith("XJ2019-P")) {
                    projects.add(target);
                }
            }
            after = page.get(page.size() - 1).header().aggregateId();
        }
        if (projects.size() <= UNDER_80) {
            return; // targeting's 2019 demo targets are missing
        }
        projects.sort(Comparator.comparing(TargetApproved::projectCode));
        List<TargetApproved> low = projects.subList(0, UNDER_80);
        List<TargetApproved> high = projects.subList(UNDER_80, projects.size());
        List<BigDecimal> executed = new ArrayList<>(executed(low, new BigDecimal("40957300.00"), 0.20, 0.45,
                new Random(2019)));
        executed.addAll(executed(high, new BigDecimal("990042700.00"), 0.86, 1.00, new Random(2020)));

        Random random = new Random(89_13);
        BigDecimal sum = BigDecimal.ZERO;
        UUID underEighty = null;
        for (int i = 0; i < projects.size(); i++) {
            TargetApproved target = projects.get(i);
            BigDecimal intended;
            if (i < UNDER_80) {
                intended = BigDecimal.valueOf(6200 + random.nextInt(1780), 2); // 62.00 … 79.79
            } else {
                // the rest of the report's sum spread over the projects left, within 80.50 … 99
                BigDecimal mean = SCORE_SUM.subtract(sum).divide(BigDecimal.valueOf(projects.size() - i), 2,
                        RoundingMode.HALF_UP);
                intended = mean.add(BigDecimal.valueOf(random.nextInt(600) - 300, 2))
                        .max(new BigDecimal("80.50")).min(new BigDecimal("99.00"));
            }
            BigDecimal scored = file(target, executed.get(i), intended);
            sum = sum.add(scored);
            if (i == 0) {
                underEighty = target.header().aggregateId();
            }
        }
        callers.runAs(FINANCE, () -> results.publish(2019, "650121"));

        SpotCheckView check = callers.runAs(FINANCE, () -> spotChecks.draw(2019, "650121", BigDecimal.TEN, 2019L));
        SpotCheckView.Item first = check.items().get(0);
        SpotCheckView.Item second = check.items().get(1);
        callers.runAs(FINANCE, () -> spotChecks.review(check.id(), first.targetId(),
                first.selfScore().subtract(new BigDecimal("3.50")), "佐证材料基本齐全，个别指标完成值偏高", null));
        callers.runAs(FINANCE, () -> spotChecks.review(check.id(), second.targetId(),
                second.selfScore().subtract(new BigDecimal("14.00")).max(BigDecimal.ZERO),
                "产出数量与验收资料不符，自评分明显偏高", null));

        UUID subject = underEighty;
        Map<FrameworkDimension, BigDecimal> weights = Map.of(FrameworkDimension.DECISION, BigDecimal.valueOf(15),
                FrameworkDimension.PROCESS, BigDecimal.valueOf(20), FrameworkDimension.OUTPUT, BigDecimal.valueOf(35),
                FrameworkDimension.BENEFIT, BigDecimal.valueOf(30));
        KeyEvaluationView key = callers.runAs(FINANCE, () -> keyEvaluations.commission(
                new CommissionKeyEvaluationCommand(2019, SubjectType.PROJECT, subject, null, EvaluatorType.THIRD_PARTY,
                        "新疆天山绩效评价咨询有限公司", "expert-agency", weights, null, null, null)));
        callers.runAs(EXPERT, () -> keyEvaluations.score(key.id(), Map.of(FrameworkDimension.DECISION,
                        new BigDecimal("12.50"), FrameworkDimension.PROCESS, new BigDecimal("13.00"),
                        FrameworkDimension.OUTPUT, new BigDecimal("24.50"), FrameworkDimension.BENEFIT,
                        new BigDecimal("21.00")),
                "立项依据充分；资金拨付滞后，预算执行率偏低；部分产出未按期验收", "乌鲁木齐县2019年重点项目第三方绩效评价报告", null));
    }

    /**
     * Files and submits a project's self-evaluation whose inputs land near the intended score: execution from the
     * money; quality, timeliness, cost, beneficiaries and satisfaction met (53.57 of the points); the rest from the
     * qualitative indicator (15) and the quantity indicator (21.43, ≥ 100), met less or more.
     *
     * @return the score the rules gave
     */
    private BigDecimal file(TargetApproved target, BigDecimal executed, BigDecimal intended) {
        BigDecimal budget = target.budgetAmount();
        BigDecimal execution = BigDecimal.TEN.multiply(executed.min(budget)).divide(budget, 2, RoundingMode.HALF_UP);
        BigDecimal rest = intended.subtract(execution).subtract(new BigDecimal("53.57"));
        BigDecimal qualitative = rest.min(BigDecimal.valueOf(15)).max(BigDecimal.ZERO);
        BigDecimal quantity = rest.subtract(qualitative).max(BigDecimal.ZERO).min(new BigDecimal("21.43"));
        BigDecimal percent = qualitative.multiply(HUNDRED).divide(BigDecimal.valueOf(15), 2, RoundingMode.HALF_UP);
        AchievementBand band = percent.compareTo(BigDecimal.valueOf(80)) >= 0 ? AchievementBand.ACHIEVED
                : percent.compareTo(BigDecimal.valueOf(60)) >= 0 ? AchievementBand.PARTLY_ACHIEVED
                : AchievementBand.NOT_ACHIEVED;
        // 21.43 points for 100 % of the quantity: 1500 × actual ÷ 7000
        String actual = quantity.multiply(BigDecimal.valueOf(7000)).divide(BigDecimal.valueOf(1500), 6,
                RoundingMode.HALF_UP).toPlainString();
        List<TargetApproved.ApprovedIndicator> i = target.indicators();
        List<String> values = List.of(actual, "96", "100", "98", "850", "已建立运维管护制度", "93");
        List<FileSelfEvaluationCommand.Line> lines = new ArrayList<>();
        for (int k = 0; k < i.size(); k++) {
            boolean qualitativeLine = !i.get(k).operator().isQuantitative();
            lines.add(new FileSelfEvaluationCommand.Line(i.get(k).id(), values.get(k),
                    qualitativeLine ? band : null, qualitativeLine ? percent : null,
                    k == 0 && quantity.compareTo(new BigDecimal("21.43")) < 0 ? "部分工程量顺延至下年度" : null));
        }
        String unitCode = target.header().unitCode();
        Caller unit = new Caller(USERNAMES.getOrDefault(unitCode, unitCode), Role.UNIT, OrgCode.of(unitCode),
                OrgPath.parse(target.header().unitPath()));
        UUID id = target.header().aggregateId();
        callers.runAs(unit, () -> evaluations.file(new FileSelfEvaluationCommand(id, budget, executed, lines), null));
        return callers.runAs(unit, () -> evaluations.submit(id, null)).score();
    }

    /**
     * Executed amounts of whole hundreds of yuan between {@code from} and {@code to} times each budget, summing to
     * {@code total} (the last ones take up what is left, never above their budget).
     */
    private static List<BigDecimal> executed(List<TargetApproved> projects, BigDecimal total, double from, double to,
            Random random) {
        List<BigDecimal> raw = new ArrayList<>();
        BigDecimal rawSum = BigDecimal.ZERO;
        for (TargetApproved p : projects) {
            BigDecimal amount = p.budgetAmount().multiply(BigDecimal.valueOf(from + (to - from) * random.nextDouble()));
            raw.add(amount);
            rawSum = rawSum.add(amount);
        }
        List<BigDecimal> executed = new ArrayList<>();
        BigDecimal left = total;
        for (int k = 0; k < projects.size(); k++) {
            BigDecimal budget = projects.get(k).budgetAmount();
            BigDecimal share = raw.get(k).multiply(total).divide(rawSum, 0, RoundingMode.DOWN)
                    .divide(HUNDRED, 0, RoundingMode.DOWN).multiply(HUNDRED).min(budget).setScale(2);
            executed.add(share);
            left = left.subtract(share);
        }
        for (int k = projects.size() - 1; k >= 0 && left.signum() > 0; k--) {
            BigDecimal room = projects.get(k).budgetAmount().subtract(executed.get(k)).min(left);
            executed.set(k, executed.get(k).add(room));
            left = left.subtract(room);
        }
        return executed;
    }
}
