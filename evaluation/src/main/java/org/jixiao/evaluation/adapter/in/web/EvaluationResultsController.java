package org.jixiao.evaluation.adapter.in.web;

import java.math.BigDecimal;

import org.jixiao.evaluation.port.in.EvaluationResultsUseCase;
import org.jixiao.evaluation.port.in.EvaluationSummary;
import org.jixiao.evaluation.port.in.PublicationView;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jixiao.sharedkernel.access.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** A region's self-evaluation results of a year: the summary, and their publication. */
@RestController
@RequestMapping("/api/v1/evaluations")
@Tag(name = "Evaluation (绩效评价)", description = "Self-evaluations, spot checks, department and key evaluations after the year")
class EvaluationResultsController {

    private final EvaluationResultsUseCase results;

    EvaluationResultsController(EvaluationResultsUseCase results) {
        this.results = results;
    }

    @GetMapping("/summary")
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR})
    @Operation(operationId = "getEvaluationSummary",
            summary = "The self-evaluation results of a region and year (自评结果汇总)",
            description = "Over the submitted self-evaluations (their effective scores; a draft never counts) of the "
            + "year in the region, or in the part of it the caller sees (a department its units, a unit its own): "
            + "how many, the targets in force and the coverage (evaluated ÷ targets × 100), the budgets and the "
            + "executed amounts, the average score, those scoring under `threshold` (default 80) with their money, "
            + "and how many of each grade. A region apart from the caller → 403. Read from totals kept as "
            + "evaluations change, so a province answers as fast as a county.")
    EvaluationSummary summary(@RequestParam int fiscalYear, @RequestParam String regionCode,
            @RequestParam(defaultValue = "80") BigDecimal threshold) {
        return results.summary(fiscalYear, regionCode, threshold);
    }

    @PostMapping("/publish")
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "publishEvaluations",
            summary = "Publish a region's self-evaluation results (评价结果公开): FINANCE of the region, ADMIN",
            description = "Makes the submitted self-evaluations of the year in the region's subtree public at "
            + "/api/v1/public/evaluations: their projects, money and effective scores and grades, never opinions, "
            + "inputs or accounts. Those submitted later are published by publishing again; the public list shows "
            + "a published evaluation's effective score as it stands. Answers how many this act published.")
    PublicationView publish(@Valid @RequestBody EvaluationRequests.Publish request) {
        return results.publish(request.fiscalYear(), request.regionCode());
    }
}
