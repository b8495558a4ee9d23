package org.jixiao.evaluation.adapter.in.web;

import java.net.URI;
import java.util.UUID;

import org.jixiao.evaluation.port.in.RescoreUseCase;
import org.jixiao.evaluation.port.in.RescoreView;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jixiao.sharedkernel.access.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/evaluations/rescore")
@Tag(name = "Evaluation (绩效评价)", description = "Self-evaluations, spot checks, department and key evaluations after the year")
class RescoreController {

    private final RescoreUseCase rescores;

    RescoreController(RescoreUseCase rescores) {
        this.rescores = rescores;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "rescoreEvaluations",
            summary = "Score a region's self-evaluations again (重新计分): FINANCE of the region, ADMIN",
            description = "Scores every self-evaluation (drafts too) of the year in the region's subtree again with "
            + "the rules in force now in each unit's region (after finance changed evaluation.blockPoints or "
            + "evaluation.gradeBands, say), in the background, page by page: answers 202 at once with the job and "
            + "its Location; GET it to follow its progress. Each self-evaluation whose effective score or grade "
            + "changes is published as EvaluationCompleted. A rescore of the same region and year that is running "
            + "already is answered instead of a second one; one the service did not finish carries on when it "
            + "starts again.")
    ResponseEntity<RescoreView> start(@Valid @RequestBody EvaluationRequests.Rescore request) {
        RescoreView job = rescores.start(request.fiscalYear(), request.regionCode());
        return ResponseEntity.accepted().location(URI.create("/api/v1/evaluations/rescore/" + job.id())).body(job);
    }

    @GetMapping("/{id}")
    @AllowedRoles({Role.FINANCE, Role.AUDITOR})
    @Operation(operationId = "getRescore",
            summary = "A rescore and its progress (重新计分进度)",
            description = "How far a rescore of a region of the caller's subtree is: the self-evaluations read, "
            + "rescored (score, breakdown or rules changed) and changed (effective score or grade), and whether it "
            + "is RUNNING, DONE or FAILED.")
    RescoreView get(@PathVariable UUID id) {
        return rescores.get(id);
    }
}
