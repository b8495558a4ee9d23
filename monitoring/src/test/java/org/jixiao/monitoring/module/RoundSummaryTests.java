package org.jixiao.monitoring.module;

import static jixiao.testsupport.TestOrgDirectory.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jixiao.testsupport.TestCallers;
import jixiao.testsupport.TestOrgDirectory;
import org.jixiao.monitoring.domain.Likelihood;
import org.jixiao.monitoring.domain.RoundScope;
import org.jixiao.monitoring.events.Light;
import org.jixiao.monitoring.events.ReviewAction;
import org.jixiao.monitoring.events.WarningReason;
import org.jixiao.monitoring.port.in.AssessRoundUseCase;
import org.jixiao.monitoring.port.in.FileReportCommand;
import org.jixiao.monitoring.port.in.FileReportUseCase;
import org.jixiao.monitoring.port.in.OpenRoundCommand;
import org.jixiao.monitoring.port.in.ReviewReportUseCase;
import org.jixiao.monitoring.port.in.RoundResultsUseCase;
import org.jixiao.monitoring.port.in.RoundResultsUseCase.WarningFilter;
import org.jixiao.monitoring.port.in.RoundSummary;
import org.jixiao.monitoring.port.in.RoundUseCase;
import org.jixiao.monitoring.port.in.RoundView;
import org.jixiao.monitoring.port.in.TargetProjectionUseCase;
import org.jixiao.monitoring.port.in.WarningView;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.targeting.events.BudgetCategory;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.events.TargetApproved;
import org.jixiao.targeting.events.TargetApproved.ApprovedIndicator;
import org.jixiao.targeting.events.TargetKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Urumqi county's September 2020 project monitoring (seed 002): 718 projects, 148 special transfers of 27,007.36万元
 * executed at 46.03 %, 570 other projects of 52,865.42万元 at 37.41 %, an average review score of 57.85 and 111
 * warnings carrying 12,349.20万元 — filed, assessed and reviewed through the use cases, then summed up.
 *
 * <p>Each project has one indicator ≥ 100 whose value to date is its completion in percent. Warnings have budgets
 * of 1,112,000.00 (one of 1,172,000.00): 106 spend 5 % or 10 % (red, EXECUTION_ABNORMAL), 5 special transfers
 * spend 60 % with 30 % done (GAP_EXCEEDED). Every other project spends about 46 % with its completion beside it, one
 * of them exactly 20 points apart (no warning). Reviews: 700 × 58.00, 17 × 52.00, 1 × 52.30.
 */
@SpringJUnitConfig(MonitoringTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundSummaryTests {

    /** The year 2020 stands in for; other tests of this JVM's database have targets of 2020 in the county. */
    static final int YEAR = 2080;

    @Autowired
    TestOrgDirectory directory;
    @Autowired
    TestCallers callers;
    @Autowired
    TargetProjectionUseCase projection;
    @Autowired
    RoundUseCase rounds;
    @Autowired
    FileReportUseCase filings;
    @Autowired
    AssessRoundUseCase assessments;
    @Autowired
    ReviewReportUseCase reviews;
    @Autowired
    RoundResultsUseCase results;
    @Autowired
    JdbcClient jdbc;

    OrgUnitRef county;
    final List<OrgUnitRef> departments = new ArrayList<>();
    final List<OrgUnitRef> units = new ArrayList<>();
    Caller finance;
    UUID round;

    /** One project as the test files it. */
    record Project(OrgUnitRef unit, FundSource fund, BigDecimal budget, BigDecimal executed, BigDecimal completion,
                   boolean warning, TargetApproved target) {
    }

    final List<Project> projects = new ArrayList<>();

    @BeforeAll
    void fileAssessAndReviewTheCountysSeptemberRound() {
        OrgUnitRef xinjiang = directory.region("650000", "新疆维吾尔自治区", null);
        OrgUnitRef city = directory.region("650100", "乌鲁木齐市", xinjiang);
        county = directory.region("650121", "乌鲁木齐县", city);
        for (int d = 1; d <= 6; d++) {
            OrgUnitRef department = directory.department("UQ-D" + d, "部门" + d, county);
            departments.add(department);
            for (int u = 1; u <= 4; u++) {
                units.add(directory.unit("UQ-D" + d + "-U" + u, "单位" + d + "-" + u, department));
            }
        }
        finance = caller("uq-finance", Role.FINANCE, county);

        // warnings: 11 special transfers (6 spending 10 %, 5 spending 60 % with 30 % done), 100 others spending 5 %
        for (int w = 0; w < 111; w++) {
            BigDecimal budget = new BigDecimal(w == 110 ? "1172000.00" : "1112000.00");
            if (w < 6) {
                add(FundSource.SPECIAL_TRANSFER, budget, percent(budget, 10), new BigDecimal("10"), true);
            } else if (w < 11) {
                add(FundSource.SPECIAL_TRANSFER, budget, percent(budget, 60), new BigDecimal("30"), true);
            } else {
                add(w % 3 == 0 ? FundSource.SUPPLEMENTARY : FundSource.ANNUAL_BUDGET, budget, percent(budget, 5),
                        new BigDecimal("5"), true);
            }
        }
        // the rest: special transfers up to 27,007.36万元 at 46.03 %, the others up to 52,865.42万元 at 37.41 %
        spread(FundSource.SPECIAL_TRANSFER, 137, new BigDecimal("1882000.00"), new BigDecimal("878000.00"),
                new BigDecimal("270073600.00"), new BigDecimal("124314878.08"));
        spread(FundSource.ANNUAL_BUDGET, 470, new BigDecimal("888000.00"), new BigDecimal("408000.00"),
                new BigDecimal("528654200.00"), new BigDecimal("197769536.22"));
        projects.forEach(p -> projection.keep(p.target()));

        RoundView opened = callers.runAs(finance, () -> rounds.open(new OpenRoundCommand(YEAR, "650121", 9,
                RoundScope.PROJECT, LocalDate.of(YEAR, 10, 15))));
        round = opened.id();
        assertThat(opened.reports()).isEqualTo(718);
        for (Project p : projects) {
            callers.runAs(caller("uq-" + p.unit().code().value(), Role.UNIT, p.unit()), () -> filings.file(
                    new FileReportCommand(round, p.target().header().aggregateId(), p.budget(), p.executed(), null,
                            List.of(new FileReportCommand.Line(p.target().indicators().get(0).id(),
                                    p.completion().toPlainString(), null, "100", Likelihood.POSSIBLE, "进度说明")),
                            null), null));
        }
        callers.runAs(finance, () -> assessments.assess(round));
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            BigDecimal score = new BigDecimal(i < 700 ? "58.00" : i < 717 ? "52.00" : "52.30");
            ReviewReportUseCase.ReviewCommand review = p.warning()
                    ? new ReviewReportUseCase.ReviewCommand(score, "执行滞后", ReviewAction.RECTIFY, null)
                    : new ReviewReportUseCase.ReviewCommand(score, null, ReviewAction.NONE, null);
            callers.runAs(finance, () -> reviews.review(round, p.target().header().aggregateId(), review, null));
        }
    }

    @Test
    void theSummaryGivesTheFiguresTheCountyReported() {
        RoundSummary summary = callers.runAs(finance, () -> results.summary(round));
        assertThat(summary.reports()).isEqualTo(718);
        assertThat(summary.filed()).isEqualTo(718);
        assertThat(summary.reviewed()).isEqualTo(718);
        assertThat(summary.averageReviewScore()).isEqualByComparingTo("57.85");
        assertThat(summary.warnings()).isEqualTo(111);
        assertThat(summary.warningBudgetAmount()).isEqualByComparingTo("123492000.00"); // 12,349.20万元
        assertThat(summary.budgetAmount()).isEqualByComparingTo("798727800.00");
        assertThat(summary.executedAmount()).isEqualByComparingTo("322084414.30");
        assertThat(summary.executionRate()).isEqualByComparingTo("40.32");
        assertThat(summary.assessedAt()).isNotNull();

        RoundSummary.ByFundSource special = fund(summary, FundSource.SPECIAL_TRANSFER);
        assertThat(special.reports()).isEqualTo(148);
        assertThat(special.budgetAmount()).isEqualByComparingTo("270073600.00"); // 27,007.36万元
        assertThat(special.executionRate()).isEqualByComparingTo("46.03");
        assertThat(special.warnings()).isEqualTo(11);
        RoundSummary.ByFundSource annual = fund(summary, FundSource.ANNUAL_BUDGET);
        RoundSummary.ByFundSource supplementary = fund(summary, FundSource.SUPPLEMENTARY);
        assertThat(annual.reports() + supplementary.reports()).isEqualTo(570);
        BigDecimal othersBudget = annual.budgetAmount().add(supplementary.budgetAmount());
        BigDecimal othersExecuted = annual.executedAmount().add(supplementary.executedAmount());
        assertThat(othersBudget).isEqualByComparingTo("528654200.00"); // 52,865.42万元
        assertThat(othersExecuted.multiply(BigDecimal.valueOf(100)).divide(othersBudget, 2, RoundingMode.HALF_UP))
                .isEqualByComparingTo("37.41");
        assertThat(fund(summary, FundSource.DIRECT_FUND).reports()).isZero();
        assertThat(fund(summary, FundSource.DIRECT_FUND).executionRate()).as("nothing budgeted: no rate").isNull();
    }

    @Test
    void theWarningListHoldsThe111WarningsAndReadsOnByCursor() {
        List<WarningView> all = new ArrayList<>();
        Page<WarningView> page = warnings(finance, new WarningFilter(null, null, null), PageQuery.of(0, 50));
        assertThat(page.page().totalElements()).isEqualTo(111);
        all.addAll(page.content());
        while (page.page().next() != null) {
            page = warnings(finance, new WarningFilter(null, null, null), PageQuery.of(0, 50, page.page().next()));
            all.addAll(page.content());
        }
        assertThat(all).hasSize(111).allMatch(WarningView::warning);
        assertThat(all.stream().map(WarningView::targetId).distinct()).hasSize(111);
        assertThat(all.stream().map(WarningView::budgetAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("123492000.00");
        assertThat(all.stream().filter(w -> w.reasons().contains(WarningReason.GAP_EXCEEDED)
                && !w.reasons().contains(WarningReason.EXECUTION_ABNORMAL))).hasSize(5)
                .allSatisfy(w -> assertThat(w.gap()).isEqualByComparingTo("30.00"));
        assertThat(all).extracting(w -> w.unitCode() + "|" + w.projectCode()).isSorted();
        assertThat(page(finance, new WarningFilter(Light.GREEN, null, null)).page().totalElements())
                .as("the 5 spending on time: green execution").isEqualTo(5);
        assertThat(page(finance, new WarningFilter(Light.RED, null, null)).page().totalElements())
                .as("red execution or red target").isEqualTo(111);
        assertThat(page(finance, new WarningFilter(Light.BLUE, null, null)).page().totalElements()).isZero();
    }

    @Test
    void aDepartmentAndAUnitSeeTheirPartOfTheRound() {
        OrgUnitRef department = departments.get(2);
        OrgUnitRef unit = units.get(9); // a unit of department 3
        List<Project> ofDepartment = projects.stream().filter(p -> p.unit().path().isWithin(department.path())).toList();
        List<Project> ofUnit = projects.stream().filter(p -> p.unit().equals(unit)).toList();
        Caller head = caller("uq-dept", Role.DEPARTMENT, department);
        Caller school = caller("uq-unit", Role.UNIT, unit);

        RoundSummary part = callers.runAs(head, () -> results.summary(round));
        assertThat(part.reports()).isEqualTo(ofDepartment.size());
        assertThat(part.budgetAmount()).isEqualByComparingTo(sum(ofDepartment, Project::budget));
        assertThat(part.executedAmount()).isEqualByComparingTo(sum(ofDepartment, Project::executed));
        assertThat(part.warnings()).isEqualTo(ofDepartment.stream().filter(Project::warning).count());
        assertThat(callers.runAs(finance, () -> results.summary(round)).reports()).isEqualTo(718);
        assertThat(callers.runAs(school, () -> results.summary(round)).budgetAmount())
                .isEqualByComparingTo(sum(ofUnit, Project::budget));

        long unitWarnings = ofUnit.stream().filter(Project::warning).count();
        assertThat(page(school, new WarningFilter(null, null, null)).page().totalElements()).isEqualTo(unitWarnings);
        assertThat(page(finance, new WarningFilter(null, unit.code().value(), null)).page().totalElements())
                .isEqualTo(unitWarnings);
        assertThat(page(finance, new WarningFilter(null, null, department.code().value())).content())
                .allMatch(w -> department.code().value().equals(w.departmentCode()))
                .hasSize((int) ofDepartment.stream().filter(Project::warning).count());
        assertThat(page(finance, new WarningFilter(null, unit.code().value(), departments.get(0).code().value()))
                .content()).as("a unit of another department").isEmpty();
        assertThatThrownBy(() -> page(head, new WarningFilter(null, null, departments.get(0).code().value())))
                .as("another department").isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> page(school, new WarningFilter(null, units.get(0).code().value(), null)))
                .isInstanceOf(ForbiddenException.class);
        Caller elsewhere = caller("uq-other", Role.FINANCE, directory.region("650102", "天山区",
                directory.region("650100", "乌鲁木齐市", directory.region("650000", "新疆维吾尔自治区", null))));
        assertThatThrownBy(() -> callers.runAs(elsewhere, () -> results.summary(round)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theTotalsTheTriggersKeepAreThoseOfTheRows() {
        String reports = """
                SELECT %s, r.fund_source, count(*), count(r.filed_at), COALESCE(sum(r.budget_amount), 0),
                       COALESCE(sum(r.executed_amount), 0), count(r.reviewed_at), COALESCE(sum(r.review_score), 0)""";
        String warnings = """
                , count(*) FILTER (WHERE x.warning), COALESCE(sum(x.budget_amount) FILTER (WHERE x.warning), 0),
                count(*) FILTER (WHERE x.warning AND 'RED' IN (x.execution_light, x.target_light)),
                count(*) FILTER (WHERE x.warning AND 'YELLOW' IN (x.execution_light, x.target_light)),
                count(*) FILTER (WHERE x.warning AND 'GREEN' IN (x.execution_light, x.target_light)),
                count(*) FILTER (WHERE x.warning AND 'BLUE' IN (x.execution_light, x.target_light))""";
        String grouped = """
                 FROM monitoring.report r
                LEFT JOIN monitoring.report_result x ON x.round_id = r.round_id AND x.target_id = r.target_id
                WHERE r.round_id = ? GROUP BY 1, 2 ORDER BY 1, 2""";
        List<String> units = rows(reports.formatted("r.unit_path") + grouped, 8);
        assertThat(units).hasSizeGreaterThan(24); // 24 units, most with more than one fund source
        assertThat(rows("""
                SELECT unit_path, fund_source, reports, filed, budget_amount, executed_amount, reviewed, review_score_sum
                FROM monitoring.report_total WHERE round_id = ? AND reports > 0 ORDER BY 1, 2""", 8)).isEqualTo(units);
        List<String> regions = rows(reports.formatted("monitoring.region_path(r.unit_path, r.region_code)") + warnings
                + grouped, 14);
        assertThat(regions).hasSizeGreaterThanOrEqualTo(2).allMatch(row -> row.startsWith("/650000/650100/650121/|"));
        assertThat(rows("""
                SELECT region_path, fund_source, reports, filed, budget_amount, executed_amount, reviewed,
                       review_score_sum, warnings, warning_budget_amount, red_warnings, yellow_warnings, green_warnings,
                       blue_warnings
                FROM monitoring.report_region_total WHERE round_id = ? AND reports > 0 ORDER BY 1, 2""", 14))
                .isEqualTo(regions);
    }

    /** Reports copied before V6 may carry their round's region, not their unit's: one statement over both. */
    @Test
    void aUnitsReportsWithTwoRegionCodesAreOneUnitRowInOneStatement() {
        UUID other = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO monitoring.round (id, fiscal_year, region_code, region_path, cutoff_month, scope, due_date,
                    opened_by, opened_at, reports, version)
                VALUES (?, ?, '650100', '/650000/650100/', 6, 'PROJECT', DATE '2080-07-10', 't', now(), 2, 1)""")
                .params(other, YEAR).update();
        jdbc.sql("""
                INSERT INTO monitoring.report (round_id, target_id, revision, kind, region_code, unit_code, unit_path,
                    project_name, fund_source, approved_budget)
                VALUES (?, gen_random_uuid(), 0, 'PROJECT', '650121', 'U2', '/650000/650100/650121/U2/', 'a',
                        'ANNUAL_BUDGET', 1.00),
                       (?, gen_random_uuid(), 0, 'PROJECT', '650100', 'U2', '/650000/650100/650121/U2/', 'b',
                        'ANNUAL_BUDGET', 2.00)""").params(other, other).update();
        assertThat(jdbc.sql("SELECT reports FROM monitoring.report_total WHERE round_id = ?").param(other)
                .query(Integer.class).list()).containsExactly(2);
        assertThat(jdbc.sql("SELECT sum(reports) FROM monitoring.report_region_total WHERE round_id = ?").param(other)
                .query(Integer.class).single()).isEqualTo(2);
    }

    private List<String> rows(String sql, int columns) {
        return jdbc.sql(sql).param(round).query((rs, n) -> {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= columns; c++) {
                Object value = rs.getObject(c);
                row.append(value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(value))
                        .append('|');
            }
            return row.toString();
        }).list();
    }

    private Page<WarningView> page(Caller caller, WarningFilter filter) {
        return warnings(caller, filter, PageQuery.of(0, 500));
    }

    private Page<WarningView> warnings(Caller caller, WarningFilter filter, PageQuery page) {
        return callers.runAs(caller, () -> results.warnings(round, filter, page));
    }

    private static RoundSummary.ByFundSource fund(RoundSummary summary, FundSource fund) {
        return summary.byFundSource().stream().filter(f -> f.fundSource() == fund).findFirst().orElseThrow();
    }

    private static BigDecimal sum(List<Project> projects, java.util.function.Function<Project, BigDecimal> amount) {
        return projects.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal percent(BigDecimal budget, int percent) {
        return budget.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * {@code count} projects without warnings of {@code fund}, each with {@code budget} and {@code executed} but the
     * last, which brings the fund's totals (warnings included) to {@code totalBudget} and {@code totalExecuted}.
     * Each one's completion is its execution rate, cut to whole percent; the first one's is 20 points below.
     */
    private void spread(FundSource fund, int count, BigDecimal budget, BigDecimal executed, BigDecimal totalBudget,
            BigDecimal totalExecuted) {
        boolean special = fund == FundSource.SPECIAL_TRANSFER;
        BigDecimal budgetSoFar = sum(projects.stream().filter(p -> special == (p.fund() == FundSource.SPECIAL_TRANSFER)).toList(), Project::budget);
        BigDecimal executedSoFar = sum(projects.stream().filter(p -> special == (p.fund() == FundSource.SPECIAL_TRANSFER)).toList(), Project::executed);
        for (int i = 0; i < count; i++) {
            boolean last = i == count - 1;
            BigDecimal b = last ? totalBudget.subtract(budgetSoFar) : budget;
            BigDecimal e = last ? totalExecuted.subtract(executedSoFar) : executed;
            BigDecimal rate = e.multiply(BigDecimal.valueOf(100)).divide(b, 2, RoundingMode.HALF_UP);
            BigDecimal completion = i == 0 ? rate.subtract(BigDecimal.valueOf(20)) : rate.setScale(0, RoundingMode.DOWN);
            add(special || i % 3 != 0 ? fund : FundSource.SUPPLEMENTARY, b, e, completion, false);
            budgetSoFar = budgetSoFar.add(b);
            executedSoFar = executedSoFar.add(e);
        }
    }

    private void add(FundSource fund, BigDecimal budget, BigDecimal executed, BigDecimal completion, boolean warning) {
        int n = projects.size();
        OrgUnitRef unit = units.get(n % units.size());
        UUID id = UUID.randomUUID();
        TargetApproved target = new TargetApproved(new EventHeader(UUID.randomUUID(), Instant.now(), YEAR,
                "650121", unit.code().value(), unit.path().toString(), id, 4), 0, null, TargetKind.PROJECT,
                unit.department() == null ? null : unit.department().value(), String.format("UQ2020-%03d", n),
                "项目" + n, BudgetCategory.GENERAL_PUBLIC, fund, budget,
                List.of(new ApprovedIndicator(UUID.randomUUID(), Level1.OUTPUT, Level2.QUANTITY, "完成量",
                        Operator.GE, "100", "%", BigDecimal.valueOf(100))));
        projects.add(new Project(unit, fund, budget, executed, completion, warning, target));
    }
}
