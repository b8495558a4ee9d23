package org.jixiao.assessment.adapter.in.demo;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jixiao.assessment.domain.Dimension;
import org.jixiao.assessment.events.AssessmentKind;
import org.jixiao.assessment.port.in.AssessmentQueries;
import org.jixiao.assessment.port.in.AssessmentView;
import org.jixiao.assessment.port.in.AssignExpertUseCase;
import org.jixiao.assessment.port.in.ConcludeAssessmentUseCase;
import org.jixiao.assessment.port.in.CreateAssessmentCommand;
import org.jixiao.assessment.port.in.CreateAssessmentUseCase;
import org.jixiao.assessment.port.in.ScoreAssessmentUseCase;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data (profile {@code demo}): Urumqi county's 2020 ex-ante assessments as the seed report gives them — 5
 * projects of 4 units, 2,023.63万元 requested, all rated 良 — and one open 2021 assessment assigned to
 * {@code expert-agency} for a newcomer to score and conclude. Created once, through the use cases.
 */
@Component
@Profile("demo")
@Order(20)
class AssessmentDemoData implements ApplicationRunner {

    private record Project(String unit, String code, String name, String amount, int first, int second) {
    }

    private static final List<Project> URUMQI_COUNTY_2020 = List.of(
            new Project("U650121-EDU-01", "XJ2020-EDU-001", "校舍维修改造项目", "5200000.00", 17, 18),
            new Project("U650121-EDU-01", "XJ2020-EDU-002", "智慧校园建设项目", "3036300.00", 17, 17),
            new Project("U650121-EDU-02", "XJ2020-EDU-003", "学生营养改善计划", "4500000.00", 18, 17),
            new Project("U650121-AGR-01", "XJ2020-AGR-001", "高标准农田建设项目", "6000000.00", 16, 18),
            new Project("U650121-ARCH", "XJ2020-ARCH-001", "档案数字化项目", "1500000.00", 17, 16));

    private final CallerContext callers;
    private final CreateAssessmentUseCase create;
    private final AssignExpertUseCase assign;
    private final ScoreAssessmentUseCase score;
    private final ConcludeAssessmentUseCase conclude;
    private final AssessmentQueries queries;

    AssessmentDemoData(CallerContext callers, CreateAssessmentUseCase create, AssignExpertUseCase assign,
            ScoreAssessmentUseCase score, ConcludeAssessmentUseCase conclude, AssessmentQueries queries) {
        this.callers = callers;
        this.create = create;
        this.assign = assign;
        this.score = score;
        this.conclude = conclude;
        this.queries = queries;
    }

    @Override
    public void run(ApplicationArguments args) {
        Caller finance = new Caller("finance-county", Role.FINANCE, OrgCode.of("650121"),
                OrgPath.parse("/650000/650100/650121/"));
        callers.runAs(finance, () -> {
            if (queries.list(null, "650121", null, PageQuery.of(0, 1)).page().totalElements() > 0) {
                return null;
            }
            for (Project project : URUMQI_COUNTY_2020) {
                AssessmentView view = create.create(new CreateAssessmentCommand(2020, AssessmentKind.PROJECT,
                        project.unit(), project.code(), project.name(), new BigDecimal(project.amount()),
                        "符合县“十三五”规划，群众需求迫切", "分阶段实施，进度安排合理", "县级一般公共预算安排"));
                score.score(view.id(), "评审专家甲", each(project.first()), Map.of(Dimension.NECESSITY, "立项依据充分"), null);
                score.score(view.id(), "评审专家乙", each(project.second()), Map.of(Dimension.ECONOMY, "成本测算偏粗"), null);
                conclude.conclude(view.id(), "细化绩效指标、完善成本测算后予以支持", null);
            }
            AssessmentView open = create.create(new CreateAssessmentCommand(2021, AssessmentKind.POLICY,
                    "U650121-EDU-02", "XJ2021-EDU-POL-01", "农村学生交通补助政策", new BigDecimal("2800000.00"),
                    "解决偏远地区学生上学难", "按学期发放补助", "县级财政与上级转移支付"));
            assign.assign(open.id(), "expert-agency", "D650121-AGR", null);
            return null;
        });
    }

    private static Map<Dimension, BigDecimal> each(int points) {
        Map<Dimension, BigDecimal> scores = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            scores.put(dimension, BigDecimal.valueOf(points));
        }
        return scores;
    }
}
