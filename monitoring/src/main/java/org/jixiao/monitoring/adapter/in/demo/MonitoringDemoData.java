package org.jixiao.monitoring.adapter.in.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jixiao.monitoring.domain.Achievement;
import org.jixiao.monitoring.domain.Likelihood;
import org.jixiao.monitoring.domain.RoundScope;
import org.jixiao.monitoring.events.ReviewAction;
import org.jixiao.monitoring.port.in.AssessRoundUseCase;
import org.jixiao.monitoring.port.in.FileReportCommand;
import org.jixiao.monitoring.port.in.FileReportUseCase;
import org.jixiao.monitoring.port.in.OpenRoundCommand;
import org.jixiao.monitoring.port.in.ReportView;
import org.jixiao.monitoring.port.in.ReviewReportUseCase;
import org.jixiao.monitoring.port.in.RoundUseCase;
import org.jixiao.monitoring.port.in.RoundView;
import org.jixiao.monitoring.port.in.TargetProjectionUseCase;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.PageQuery;
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
 * Demo data (profile {@code demo}): Urumqi county's September 2020 project round over the demo targets in force,
 * filed by their units, assessed, and reviewed in part — the school's renovation spends 30 % by September (a red
 * execution light, a warning that finance has reviewed: RECTIFY, with the department's opinion), the archive's
 * digitisation spends on time but lags its targets (a gap warning, not reviewed yet). The targets in force are kept
 * into monitoring's copy first (what the listener does, at once), so the round's snapshot finds them. Created
 * once, through the use cases, after targeting's demo data.
 */
@Component
@Profile("demo")
@Order(40)
class MonitoringDemoData implements ApplicationRunner {

    private static final String COUNTY = "/650000/650100/650121/";
    private static final Caller FINANCE = new Caller("finance-county", Role.FINANCE, OrgCode.of("650121"),
            OrgPath.parse(COUNTY));
    private static final Caller DEPARTMENT = new Caller("dept-edu", Role.DEPARTMENT, OrgCode.of("D650121-EDU"),
            OrgPath.parse(COUNTY + "D650121-EDU/"));
    /** The demo projects' values to date, in the order of their seven indicators (see targeting's demo data). */
    private static final Map<String, List<String>> PROGRESS = Map.of(
            "XJ2020-EDU-001", List.of("70", "96", "70", "85", "600", "PARTLY_ACHIEVED", "88"),
            "XJ2020-ARCH-001", List.of("40", "60", "40", "105", "300", "NOT_ACHIEVED", "70"));

    private final CallerContext callers;
    private final TargetsInForce targets;
    private final TargetProjectionUseCase projection;
    private final RoundUseCase rounds;
    private final FileReportUseCase filings;
    private final AssessRoundUseCase assessments;
    private final ReviewReportUseCase reviews;

    MonitoringDemoData(CallerContext callers, TargetsInForce targets, TargetProjectionUseCase projection,
            RoundUseCase rounds, FileReportUseCase filings, AssessRoundUseCase assessments,
            ReviewReportUseCase reviews) {
        this.callers = callers;
        this.targets = targets;
        this.projection = projection;
        this.rounds = rounds;
        this.filings = filings;
        this.assessments = assessments;
        this.reviews = reviews;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean present = callers.runAs(FINANCE, () -> rounds.list(2020, "650121", RoundScope.PROJECT,
                PageQuery.of(0, 1)).page().totalElements() > 0);
        if (present) {
            return;
        }
        Map<String, TargetApproved> projects = new TreeMap<>();
        for (TargetApproved target : targets.after(Scope.subtree(OrgPath.parse(COUNTY)), null, TargetsInForce.MAX_PAGE)) {
            projection.keep(target);
            String code = target.projectCode();
            if (target.header().fiscalYear() == 2020 && code != null && PROGRESS.containsKey(code)) {
                projects.put(code, target);
            }
        }
        RoundView round = callers.runAs(FINANCE, () -> rounds.open(new OpenRoundCommand(2020, "650121", 9,
                RoundScope.PROJECT, LocalDate.of(2020, 10, 20))));
        projects.forEach((code, target) -> {
            boolean school = code.startsWith("XJ2020-EDU");
            BigDecimal budget = target.budgetAmount();
            BigDecimal executed = budget.multiply(new BigDecimal(school ? "0.30" : "0.72")).setScale(2);
            Caller unit = new Caller(school ? "unit-school1" : "unit-archive", Role.UNIT,
                    OrgCode.of(target.header().unitCode()), OrgPath.parse(target.header().unitPath()));
            UUID id = target.header().aggregateId();
            ReportView report = callers.runAs(unit, () -> filings.get(round.id(), id));
            List<String> values = PROGRESS.getOrDefault(code, List.of());
            List<FileReportCommand.Line> lines = new ArrayList<>();
            for (int i = 0; i < report.indicators().size(); i++) {
                ReportView.Indicator indicator = report.indicators().get(i);
                boolean qualitative = !indicator.operator().isQuantitative();
                lines.add(new FileReportCommand.Line(indicator.indicatorId(), qualitative ? null : values.get(i),
                        qualitative ? Achievement.valueOf(values.get(i)) : null, indicator.targetValue(),
                        school ? Likelihood.CERTAIN : Likelihood.POSSIBLE, school ? "秋季学期集中完成，进度快于时间进度"
                        : "扫描设备到货延迟，进度滞后"));
            }
            callers.runAs(unit, () -> filings.file(new FileReportCommand(round.id(), id, budget, executed, null, lines,
                    school ? "工程款按节点支付，10 月集中结算" : "加快设备安装，增加扫描班次"), null));
        });
        callers.runAs(FINANCE, () -> assessments.assess(round.id()));
        TargetApproved renovation = projects.get("XJ2020-EDU-001");
        if (renovation != null) {
            UUID id = renovation.header().aggregateId();
            callers.runAs(DEPARTMENT, () -> reviews.addDepartmentOpinion(round.id(), id, "已督促学校按节点支付工程款", null));
            callers.runAs(FINANCE, () -> reviews.review(round.id(), id, new ReviewReportUseCase.ReviewCommand(
                    new BigDecimal("62.50"), "预算执行明显滞后于时间进度，请于 11 月底前整改", ReviewAction.RECTIFY, null), null));
        }
    }
}
