package org.jixiao.assessment.adapter.in.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.jixiao.assessment.events.Conclusion;
import org.jixiao.assessment.port.in.AssessmentListItem;
import org.jixiao.assessment.port.in.AssessmentQueries;
import org.jixiao.assessment.port.in.AssessmentReport;
import org.jixiao.assessment.port.in.AssessmentStatistics;
import org.jixiao.assessment.port.in.AssessmentView;
import org.jixiao.assessment.port.in.AssignExpertUseCase;
import org.jixiao.assessment.port.in.ConcludeAssessmentUseCase;
import org.jixiao.assessment.port.in.CreateAssessmentUseCase;
import org.jixiao.assessment.port.in.ScoreAssessmentUseCase;
import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jixiao.sharedkernel.access.ResourceFirst;
import org.jixiao.sharedkernel.access.ResourceIds;
import org.jixiao.sharedkernel.access.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Ex-ante assessment (事前绩效评估)", description = "Scoring new major projects and policies before they get money")
class AssessmentController implements ResourceFirst {

    private final CreateAssessmentUseCase create;
    private final AssignExpertUseCase assign;
    private final ScoreAssessmentUseCase score;
    private final ConcludeAssessmentUseCase conclude;
    private final AssessmentQueries queries;
    private final AssessmentWebMapper mapper;

    AssessmentController(CreateAssessmentUseCase create, AssignExpertUseCase assign, ScoreAssessmentUseCase score,
            ConcludeAssessmentUseCase conclude, AssessmentQueries queries, AssessmentWebMapper mapper) {
        this.create = create;
        this.assign = assign;
        this.score = score;
        this.conclude = conclude;
        this.queries = queries;
        this.mapper = mapper;
    }

    @PostMapping
    @AllowedRoles({Role.UNIT, Role.FINANCE})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createAssessment",
            summary = "Ask for an ex-ante assessment of a project or policy (申请事前绩效评估): the UNIT, or FINANCE",
            description = "Opens an ex-ante assessment (OPEN) of a project or policy of a unit, with the requested amount: "
            + "the UNIT for itself, or FINANCE of a region covering the unit. Answers 201 with its Location "
            + "and ETag.")
    ResponseEntity<AssessmentView> create(@Valid @RequestBody AssessmentRequests.Create request) {
        AssessmentView view = create.create(mapper.toCommand(request));
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + view.id()))
                .eTag(Long.toString(view.version())).body(view);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getAssessment",
            summary = "One assessment (查询评估): its sheets, assignments and, once concluded, the outcome",
            description = "The assessment with its score sheets, its expert assignments and, once CONCLUDED, the outcome "
            + "(total, grade, conclusion and the rules applied). An EXPERT sees only the assessments it is "
            + "assigned.")
    ResponseEntity<AssessmentView> get(@PathVariable UUID id) {
        return withEtag(queries.get(id));
    }

    @PostMapping("/{id}/assignments")
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "assignAssessmentExpert",
            summary = "Give an EXPERT account access (委托第三方/专家); commissionedBy is the engaging organisation",
            description = "FINANCE gives an EXPERT account inside its subtree access to one assessment, naming the "
            + "organisation that engaged it (commissionedBy). An agency may not assess a unit inside the "
            + "organisation that engaged it (409); a concluded assessment takes no assignments (409).")
    ResponseEntity<AssessmentView> assign(@PathVariable UUID id, @Valid @RequestBody AssessmentRequests.Assign request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(assign.assign(id, request.username(), request.commissionedBy(),
                ExpectedVersion.of(ifMatch, request.version())));
    }

    @PutMapping("/{id}/scores")
    @AllowedRoles({Role.FINANCE, Role.EXPERT})
    @Operation(operationId = "scoreAssessment",
            summary = "File an assessor's score sheet (评分): a second sheet of the same assessor replaces the first",
            description = "An assessor files points for the five dimensions; each is 0 to the dimension's weight in force. "
            + "A second sheet of the same assessor replaces the first. An EXPERT files only for its "
            + "assignments.")
    ResponseEntity<AssessmentView> score(@PathVariable UUID id, @Valid @RequestBody AssessmentRequests.Scores request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(score.score(id, request.assessor(), request.scores(),
                request.findings() == null ? Map.of() : request.findings(),
                ExpectedVersion.of(ifMatch, request.version())));
    }

    @PostMapping("/{id}/conclude")
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "concludeAssessment",
            summary = "Conclude (出具评估结论): total = mean of the sheets, grade and conclusion by the region's bands",
            description = "OPEN → CONCLUDED: the total is the mean of the sheets, rounded half-up to 2 decimals; the grade "
            + "and the conclusion (SUPPORT, SUPPORT_AFTER_REVISION, REJECT) follow the region's bands in "
            + "force, stored with the outcome. Needs at least one sheet.")
    ResponseEntity<AssessmentView> conclude(@PathVariable UUID id,
            @Valid @RequestBody(required = false) AssessmentRequests.Conclude request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(conclude.conclude(id, request == null ? null : request.suggestions(),
                ExpectedVersion.of(ifMatch, request == null ? null : request.version())));
    }

    @GetMapping("/{id}/report")
    @Operation(operationId = "getAssessmentReport",
            summary = "The report of a concluded assessment (事前绩效评估报告)",
            description = "The report of a CONCLUDED assessment: the project, each dimension's mean score over the sheets "
            + "with its weight and the assessors' findings, the total, grade, conclusion, suggestions and the "
            + "rule version applied. An open assessment has no report (409).")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "409", description = "Not concluded yet: `currentState` is OPEN")
    AssessmentReport report(@PathVariable UUID id) {
        return queries.report(id);
    }

    @GetMapping
    @Operation(operationId = "listAssessments",
            summary = "Assessments in the caller's subtree (评估列表), filtered by year, region and conclusion",
            description = "Assessments of the caller's subtree, latest year first, then by unit and project code, "
            + "filtered by year, region and conclusion. Page numbers reach the first 10,000 entries; `page.next` "
            + "continues from any page (send it as `after`).")
    Page<AssessmentListItem> list(@RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) Conclusion conclusion,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String after) {
        return queries.list(fiscalYear, regionCode, conclusion, PageQuery.of(page, size, after).requireShallow());
    }

    @GetMapping("/statistics")
    @Operation(operationId = "getAssessmentStatistics",
            summary = "Statistics of a region and year (评估统计): assessments, units, requested amount, by conclusion and grade",
            description = "For a year and a region's subtree: assessments, units and requested amount in yuan, and counts "
            + "by conclusion and by grade.")
    AssessmentStatistics statistics(@RequestParam int fiscalYear, @RequestParam String regionCode) {
        return queries.statistics(fiscalYear, regionCode);
    }

    private static ResponseEntity<AssessmentView> withEtag(AssessmentView view) {
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    /** The assessment named in the path, for 404 and 403 before a body is judged. */
    @Override
    public void requireVisible(Map<String, String> path) {
        ResourceIds.uuid(path.get("id")).ifPresent(queries::get);
    }
}
