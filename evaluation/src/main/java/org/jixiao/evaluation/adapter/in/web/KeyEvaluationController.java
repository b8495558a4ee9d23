package org.jixiao.evaluation.adapter.in.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.jixiao.evaluation.port.in.CommissionKeyEvaluationCommand;
import org.jixiao.evaluation.port.in.KeyEvaluationUseCase;
import org.jixiao.evaluation.port.in.KeyEvaluationView;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/evaluations/key")
@Tag(name = "Evaluation (绩效评价)", description = "Self-evaluations, spot checks, department and key evaluations after the year")
class KeyEvaluationController implements ResourceFirst {

    private final KeyEvaluationUseCase evaluations;

    KeyEvaluationController(KeyEvaluationUseCase evaluations) {
        this.evaluations = evaluations;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({Role.FINANCE, Role.DEPARTMENT})
    @Operation(operationId = "commissionKeyEvaluation",
            summary = "Commission a department or key evaluation (部门评价 / 财政重点评价): FINANCE, DEPARTMENT, ADMIN",
            description = "Finance (财政重点评价, evaluatorType FINANCE) or a department (部门评价, DEPARTMENT) "
            + "evaluates a subject of its subtree — a PROJECT or POLICY target (targetId) or a department's overall "
            + "expenditure (DEPARTMENT_OVERALL, unitCode) — itself, or commissions a third-party agency "
            + "(THIRD_PARTY: agency, and the EXPERT account of the commissioning body's region that evaluates for it; "
            + "the agency may not evaluate the body that commissioned it, 409). The weights of DECISION / PROCESS / "
            + "OUTPUT / BENEFIT sum to 100 with OUTPUT + BENEFIT at least 60. With scores (each at most its weight), "
            + "findings and report the evaluation is recorded as done; without, the evaluator files them later.")
    ResponseEntity<KeyEvaluationView> commission(@Valid @RequestBody EvaluationRequests.Key request) {
        KeyEvaluationView view = evaluations.commission(new CommissionKeyEvaluationCommand(request.fiscalYear(),
                request.subjectType(), request.targetId(), request.unitCode(), request.evaluatorType(),
                request.agency(), request.expert(), request.weights(), request.scores(), request.findings(),
                request.report()));
        return ResponseEntity.created(URI.create("/api/v1/evaluations/key/" + view.id()))
                .eTag(Long.toString(view.version())).body(view);
    }

    @PutMapping("/{id}/scores")
    @AllowedRoles({Role.FINANCE, Role.DEPARTMENT, Role.EXPERT})
    @Operation(operationId = "scoreKeyEvaluation",
            summary = "File the scores of a department or key evaluation (评价打分): the evaluator, ADMIN",
            description = "The evaluator — the assigned agency's EXPERT account, or the commissioning body's staff — "
            + "files (or replaces) the scores of DECISION / PROCESS / OUTPUT / BENEFIT, each at most its weight, "
            + "with the findings and the report. The score is their sum, graded by evaluation.gradeBands in force "
            + "for the subject's region and year.")
    ResponseEntity<KeyEvaluationView> score(@PathVariable UUID id,
            @Valid @RequestBody EvaluationRequests.KeyScores request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        KeyEvaluationView view = evaluations.score(id, request.scores(), request.findings(), request.report(),
                ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    @GetMapping("/{id}")
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR, Role.EXPERT})
    @Operation(operationId = "getKeyEvaluation",
            summary = "One department or key evaluation",
            description = "An evaluation the caller sees: an EXPERT only its assignments; the others one whose "
            + "subject or commissioning body lies in their subtree. With version as ETag.")
    ResponseEntity<KeyEvaluationView> get(@PathVariable UUID id) {
        KeyEvaluationView view = evaluations.get(id);
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    @GetMapping
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR, Role.EXPERT})
    @Operation(operationId = "listKeyEvaluations",
            summary = "Department and key evaluations, newest year first",
            description = "The evaluations the caller sees (an EXPERT its assignments; the others those whose "
            + "subject or commissioning body lies in their subtree), of a year or of all years.")
    Page<KeyEvaluationView> list(@RequestParam(required = false) Integer fiscalYear,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return evaluations.list(fiscalYear, PageQuery.of(page, size).requireShallow());
    }

    @Override
    public void requireVisible(Map<String, String> path) {
        ResourceIds.uuid(path.get("id")).ifPresent(evaluations::get);
    }
}
