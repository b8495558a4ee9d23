package org.jixiao.targeting.adapter.in.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.targeting.domain.Basis;
import org.jixiao.targeting.domain.ReviewCriterion;
import org.jixiao.targeting.domain.ReviewDecision;
import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetKind;
import org.jixiao.targeting.port.in.CreateTargetCommand;
import org.jixiao.targeting.port.in.DraftTargetUseCase;
import org.jixiao.targeting.port.in.PublishTargetUseCase;
import org.jixiao.targeting.port.in.ReviewCommand;
import org.jixiao.targeting.port.in.ReviewTargetUseCase;
import org.jixiao.targeting.port.in.TargetContentCommand;
import org.jixiao.targeting.port.in.TargetContentCommand.IndicatorCommand;
import org.jixiao.targeting.port.in.TargetQueries;
import org.jixiao.targeting.port.in.TargetQueries.TargetFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data (profile {@code demo}): 2020 targets of the Urumqi county demo units in each state of the review chain
 * — draft, submitted, approved by the department, returned, approved (批复; the archive's digitisation project,
 * which passes the ex-ante gate on its 2020 assessment), published (公开), and a published target with an
 * adjustment (调整) open as revision 1 — including an overall expenditure target of a unit directly under the
 * county; and the county's 834 approved projects of 2019, the year evaluation's demo data evaluates. Created once,
 * through the use cases.
 */
@Component
@Profile("demo")
@Order(30)
class TargetDemoData implements ApplicationRunner {

    private static final Caller SCHOOL1 = unit("unit-school1", "U650121-EDU-01", "/650000/650100/650121/D650121-EDU/U650121-EDU-01/");
    private static final Caller SCHOOL2 = unit("unit-school2", "U650121-EDU-02", "/650000/650100/650121/D650121-EDU/U650121-EDU-02/");
    private static final Caller ARCHIVE = unit("unit-archive", "U650121-ARCH", "/650000/650100/650121/U650121-ARCH/");
    private static final Caller DEPARTMENT = new Caller("dept-edu", Role.DEPARTMENT, OrgCode.of("D650121-EDU"),
            OrgPath.parse("/650000/650100/650121/D650121-EDU/"));
    private static final Caller FINANCE = new Caller("finance-county", Role.FINANCE, OrgCode.of("650121"),
            OrgPath.parse("/650000/650100/650121/"));

    private final CallerContext callers;
    private final DraftTargetUseCase drafts;
    private final ReviewTargetUseCase reviews;
    private final PublishTargetUseCase publications;
    private final TargetQueries queries;

    TargetDemoData(CallerContext callers, DraftTargetUseCase drafts, ReviewTargetUseCase reviews,
            PublishTargetUseCase publications, TargetQueries queries) {
        this.callers = callers;
        this.drafts = drafts;
        this.reviews = reviews;
        this.publications = publications;
        this.queries = queries;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (none(2019)) {
            history();
        }
        if (none(2020)) {
            chain();
        }
    }

    private boolean none(int year) {
        return callers.runAs(FINANCE, () -> queries.list(new TargetFilter(year, "650121", null, null, null, null),
                PageQuery.of(0, 1)).page().totalElements() == 0);
    }

    /** Units of the 2019 history, in turn, and who approves their targets before finance. */
    private static final List<Caller> HISTORY_UNITS = List.of(SCHOOL1, SCHOOL2, ARCHIVE);

    private static final List<String> HISTORY_NAMES = List.of("校舍维修改造", "教学设备购置", "学生资助", "教师培训",
            "档案数字化", "校园安全", "营养改善", "信息化建设", "体育设施", "图书采购", "校车运营", "课后服务");

    /**
     * Urumqi county's 2019 projects (the seeds' self-evaluation report): 834 approved targets of 12.07亿元 in all,
     * {@code XJ2019-P0001} … {@code XJ2019-P0834}. The first 120 hold 12,309.00万元 between them: the projects the
     * county's self-evaluation scored under 80 (evaluation's demo data evaluates them so). Budgets are whole
     * hundreds of yuan, drawn with a fixed seed.
     */
    private void history() {
        List<BigDecimal> budgets = new ArrayList<>();
        budgets.addAll(spread(120, new BigDecimal("123090000.00"), new Random(2019)));
        budgets.addAll(spread(714, new BigDecimal("1083910000.00"), new Random(2020)));
        for (int i = 0; i < budgets.size(); i++) {
            Caller unit = HISTORY_UNITS.get(i % HISTORY_UNITS.size());
            String name = HISTORY_NAMES.get(i % HISTORY_NAMES.size()) + "项目（" + (i + 1) + "）";
            UUID target = create(2019, unit, TargetKind.PROJECT, "XJ2019-P%04d".formatted(i + 1), name,
                    budgets.get(i).toPlainString());
            submit(unit, target);
            if (unit != ARCHIVE) {
                review(DEPARTMENT, target, ReviewDecision.APPROVE, Grade.GOOD);
            }
            review(FINANCE, target, ReviewDecision.APPROVE, Grade.GOOD);
        }
    }

    /** {@code count} amounts of whole hundreds of yuan between 0.4 and 1.6 times the mean, summing to {@code total}. */
    static List<BigDecimal> spread(int count, BigDecimal total, Random random) {
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = 0.4 + 1.2 * random.nextDouble();
            sum += weights[i];
        }
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal left = total;
        for (int i = 0; i < count - 1; i++) {
            BigDecimal amount = total.multiply(BigDecimal.valueOf(weights[i] / sum)).divide(hundred, 0,
                    RoundingMode.DOWN).multiply(hundred).setScale(2);
            amounts.add(amount);
            left = left.subtract(amount);
        }
        amounts.add(left);
        return amounts;
    }

    private void chain() {
        UUID approved = create(SCHOOL1, TargetKind.PROJECT, "XJ2020-EDU-001", "校舍维修改造项目", "5200000.00");
        submit(SCHOOL1, approved);
        review(DEPARTMENT, approved, ReviewDecision.APPROVE, Grade.GOOD);
        review(FINANCE, approved, ReviewDecision.APPROVE, Grade.EXCELLENT);
        callers.runAs(FINANCE, () -> publications.publish(approved, null));
        callers.runAs(SCHOOL1, () -> drafts.adjust(approved, "年中追加资金，扩大改造面积", null));

        UUID departmentApproved = create(SCHOOL1, TargetKind.PROJECT, "XJ2020-EDU-002", "智慧校园建设项目", "3036300.00");
        submit(SCHOOL1, departmentApproved);
        review(DEPARTMENT, departmentApproved, ReviewDecision.APPROVE, Grade.GOOD);

        submit(SCHOOL2, create(SCHOOL2, TargetKind.PROJECT, "XJ2020-EDU-003", "学生营养改善计划", "4500000.00"));

        UUID returned = create(SCHOOL2, TargetKind.POLICY, "XJ2020-EDU-POL-02", "教师培训补助政策", "800000.00");
        submit(SCHOOL2, returned);
        review(DEPARTMENT, returned, ReviewDecision.APPROVE, Grade.FAIR);

        create(SCHOOL1, TargetKind.PROJECT, "XJ2020-EDU-005", "校园安防提升项目", "650000.00");

        UUID overall = create(ARCHIVE, TargetKind.DEPARTMENT_OVERALL, null, "乌鲁木齐县档案馆整体支出", "1500000.00");
        submit(ARCHIVE, overall);
        review(FINANCE, overall, ReviewDecision.APPROVE, Grade.GOOD);
        callers.runAs(FINANCE, () -> publications.publish(overall, null));

        UUID approvedOnly = create(ARCHIVE, TargetKind.PROJECT, "XJ2020-ARCH-001", "档案数字化项目", "1500000.00");
        submit(ARCHIVE, approvedOnly);
        review(FINANCE, approvedOnly, ReviewDecision.APPROVE, Grade.GOOD);
    }

    private UUID create(Caller unit, TargetKind kind, @Nullable String project, String name, String amount) {
        return create(2020, unit, kind, project, name, amount);
    }

    private UUID create(int year, Caller unit, TargetKind kind, @Nullable String project, String name, String amount) {
        TargetContentCommand content = new TargetContentCommand(name, BudgetCategory.GENERAL_PUBLIC,
                FundSource.ANNUAL_BUDGET, new BigDecimal(amount), "提升" + name + "的保障水平", "年内完成" + name, false,
                List.of(indicator(Level1.OUTPUT, Level2.QUANTITY, "完成任务数量", Operator.GE, "100", "%", 30),
                        indicator(Level1.OUTPUT, Level2.QUALITY, "验收合格率", Operator.GE, "95", "%", 20),
                        indicator(Level1.OUTPUT, Level2.TIMELINESS, "按期完成率", Operator.GE, "100", "%", 10),
                        indicator(Level1.COST, Level2.ECONOMIC_COST, "成本控制率", Operator.LE, "100", "%", 10),
                        indicator(Level1.BENEFIT, Level2.SOCIAL, "受益人数", Operator.GE, "800", "人", 10),
                        indicator(Level1.BENEFIT, Level2.SUSTAINABILITY, "长效机制", Operator.QUALITATIVE, "建立健全", null, 10),
                        indicator(Level1.SATISFACTION, Level2.SERVICE_RECIPIENT, "服务对象满意度", Operator.GE, "90", "%", 10)));
        String unitCode = Objects.requireNonNull(unit.org()).value();
        return callers.runAs(unit, () -> drafts.create(new CreateTargetCommand(year, kind, unitCode, project,
                content)).id());
    }

    private void submit(Caller unit, UUID target) {
        callers.runAs(unit, () -> drafts.submit(target, null));
    }

    private void review(Caller reviewer, UUID target, ReviewDecision decision, Grade grade) {
        callers.runAs(reviewer, () -> reviews.review(target, new ReviewCommand(decision, grade,
                Map.of(ReviewCriterion.COMPLETENESS, "要素齐全", ReviewCriterion.RELEVANCE, "与职责相关"),
                grade == Grade.FAIR ? "指标值偏低，请完善后重新提交" : "同意"), null));
    }

    private static IndicatorCommand indicator(Level1 level1, Level2 level2, String name, Operator operator, String value,
            @Nullable String unit, int weight) {
        return new IndicatorCommand(null, null, level1, level2, name, operator, value, unit, Basis.PLAN, BigDecimal.valueOf(weight));
    }

    private static Caller unit(String username, String code, String path) {
        return new Caller(username, Role.UNIT, OrgCode.of(code), OrgPath.parse(path));
    }
}
