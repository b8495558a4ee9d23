package org.jixiao.evaluation.adapter.in.web;

import java.util.Map;
import java.util.UUID;

import org.jixiao.evaluation.port.in.FileSelfEvaluationCommand;
import org.jixiao.evaluation.port.in.SelfEvaluationUseCase;
import org.jixiao.evaluation.port.in.SelfEvaluationView;
import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jixiao.sharedkernel.access.ResourceFirst;
import org.jixiao.sharedkernel.access.ResourceIds;
import org.jixiao.sharedkernel.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/evaluations/self/{targetId}")
@Tag(name = "Evaluation (绩效评价)", description = "Self-evaluations, spot checks, department and key evaluations after the year")
class SelfEvaluationController implements ResourceFirst {

    private final SelfEvaluationUseCase evaluations;

    SelfEvaluationController(SelfEvaluationUseCase evaluations) {
        this.evaluations = evaluations;
    }

    @PutMapping
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT})
    @Operation(operationId = "fileSelfEvaluation",
            summary = "File or change a self-evaluation (单位自评): the owning unit (a department for its overall "
            + "target), ADMIN",
            description = "The unit evaluates its target in force after the year: the adjusted budget and the amount "
            + "executed, and for every indicator of the target exactly once its actualValue (a plain decimal in the "
            + "indicator's unit for a quantitative indicator; text for a qualitative one) or, for a qualitative "
            + "indicator, the achievement band (ACHIEVED 80–100, PARTLY_ACHIEVED 60–79.99, NOT_ACHIEVED 0–59.99) "
            + "and a score inside it in percent of the indicator's points; a deviation reason where it deviates. "
            + "It is scored at once by the rules in force in the unit's region (evaluation.blockPoints, "
            + "evaluation.gradeBands): budget execution 10 × min(1, executed ÷ budget); output 50, benefit 30, "
            + "satisfaction 10 (benefit 40 without a satisfaction indicator), shared inside a block by the "
            + "indicators' weights; the answer shows the breakdown line by line with the formula and the rules "
            + "applied, and the breakdown adds up to the score. A draft may be filed again until it is submitted "
            + "(then 409); it never counts. Every rule the body breaks is named in one 400.")
    ResponseEntity<SelfEvaluationView> file(@PathVariable UUID targetId,
            @Valid @RequestBody SelfEvaluationRequests.Filing request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(evaluations.file(new FileSelfEvaluationCommand(targetId, request.budgetAmount(),
                request.executedAmount(), request.indicators().stream()
                .map(i -> new FileSelfEvaluationCommand.Line(i.indicatorId(), i.actualValue(), i.achievement(),
                        i.score(), i.deviationReason())).toList()), ExpectedVersion.of(ifMatch, request.version())));
    }

    @PostMapping("/submit")
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT})
    @Operation(operationId = "submitSelfEvaluation",
            summary = "Submit a self-evaluation (提交自评): the owning unit, ADMIN",
            description = "DRAFT → SUBMITTED. From now on the self-evaluation counts (its effective score is the "
            + "self-score until a reviewer scores it) and is published as the event EvaluationCompleted for result "
            + "application; the unit can no longer change it. Submitted already → 409.")
    ResponseEntity<SelfEvaluationView> submit(@PathVariable UUID targetId,
            @RequestBody(required = false) SelfEvaluationRequests.@Nullable Submit request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(evaluations.submit(targetId,
                ExpectedVersion.of(ifMatch, request == null ? null : request.version())));
    }

    @PostMapping("/department-review")
    @AllowedRoles(Role.DEPARTMENT)
    @Operation(operationId = "reviewSelfEvaluationByDepartment",
            summary = "Score a submitted self-evaluation as its department (主管部门评分): DEPARTMENT, ADMIN",
            description = "The competent department of the unit scores the submitted self-evaluation (0–100, two "
            + "decimals) with its opinion, replacing its earlier score. Unless finance has finalised, the "
            + "department's score becomes the effective score, and the change is published as EvaluationCompleted. "
            + "A draft → 409.")
    ResponseEntity<SelfEvaluationView> reviewByDepartment(@PathVariable UUID targetId,
            @Valid @RequestBody SelfEvaluationRequests.Review request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(evaluations.reviewByDepartment(targetId, request.score(), request.opinion(),
                ExpectedVersion.of(ifMatch, request.version())));
    }

    @PostMapping("/finalise")
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "finaliseSelfEvaluation",
            summary = "Finalise a submitted self-evaluation (财政复核定分): FINANCE of the region, ADMIN",
            description = "Finance scores the submitted self-evaluation (0–100, two decimals) with its opinion; "
            + "its score is the effective score from now on (finalising again replaces it), graded by the bands "
            + "applied, and a change is published as EvaluationCompleted. A draft → 409.")
    ResponseEntity<SelfEvaluationView> finalise(@PathVariable UUID targetId,
            @Valid @RequestBody SelfEvaluationRequests.Review request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(evaluations.finalise(targetId, request.score(), request.opinion(),
                ExpectedVersion.of(ifMatch, request.version())));
    }

    @GetMapping
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR})
    @Operation(operationId = "getSelfEvaluation",
            summary = "One self-evaluation (单位自评)",
            description = "A self-evaluation of the caller's subtree: the target as evaluated, the unit's inputs, the "
            + "score with its breakdown and the rules applied (key, value, source, version), the reviewers' scores "
            + "and the effective score, with version as ETag. None filed yet → 404.")
    ResponseEntity<SelfEvaluationView> get(@PathVariable UUID targetId) {
        return withEtag(evaluations.get(targetId));
    }

    private static ResponseEntity<SelfEvaluationView> withEtag(SelfEvaluationView view) {
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    @Override
    public void requireVisible(Map<String, String> path) {
        ResourceIds.uuid(path.get("targetId")).ifPresent(evaluations::requireVisible);
    }
}
