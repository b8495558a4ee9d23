package org.jixiao.evaluation.adapter.in.web;

import org.jixiao.evaluation.port.in.EvaluationResultsUseCase;
import org.jixiao.evaluation.port.in.PublicEvaluation;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Published self-evaluation results for everyone, without credentials (绩效评价结果公开). */
@RestController
@Tag(name = "Public: evaluation results (绩效评价结果公开)", description = "Published evaluation results; no credentials needed")
class PublicEvaluationController {

    private final EvaluationResultsUseCase results;

    PublicEvaluationController(EvaluationResultsUseCase results) {
        this.results = results;
    }

    @GetMapping("/api/v1/public/evaluations")
    @Operation(operationId = "listPublicEvaluations",
            summary = "Published self-evaluation results of a year and region: project, money, score and grade",
            description = "Anonymous: the published self-evaluations of a year in a region's subtree (every region's "
            + "without regionCode), in unit and project order, each with its project, budget, executed amount and "
            + "effective score and grade; no opinions, inputs or accounts. An unknown region is an empty page. Page "
            + "numbers reach the first 10,000 entries; `page.next` continues from any page (send it as `after`).")
    Page<PublicEvaluation> published(@RequestParam int fiscalYear, @RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String after) {
        return results.published(fiscalYear, regionCode, PageQuery.of(page, size, after).requireShallow());
    }
}
