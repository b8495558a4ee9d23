package org.jixiao.evaluation.adapter.in.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.jixiao.evaluation.port.in.SpotCheckListItem;
import org.jixiao.evaluation.port.in.SpotCheckUseCase;
import org.jixiao.evaluation.port.in.SpotCheckView;
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
@RequestMapping("/api/v1/evaluations/spot-checks")
@Tag(name = "Evaluation (绩效评价)", description = "Self-evaluations, spot checks, department and key evaluations after the year")
class SpotCheckController implements ResourceFirst {

    private final SpotCheckUseCase checks;

    SpotCheckController(SpotCheckUseCase checks) {
        this.checks = checks;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "drawSpotCheck",
            summary = "Draw a spot check (抽审复核): FINANCE of the region, ADMIN",
            description = "Draws a sample of the submitted self-evaluations of the year in the region's subtree: "
            + "ceil(population × ratio ÷ 100) of them, at least one; `ratio` in percent (the rule "
            + "evaluation.spotCheckRatio in force, 10 by default, when absent); `seed` of the draw (a random one "
            + "when absent). The check stores both: the same population and seed always give the same sample, and "
            + "an auditor draws it again outside the system (README \"Spot checks\": SHA-256 of \"<seed>:<target "
            + "id>\", in order). Each item shows the self-score at the draw. No submitted self-evaluation → 409.")
    ResponseEntity<SpotCheckView> draw(@Valid @RequestBody EvaluationRequests.SpotCheck request) {
        SpotCheckView check = checks.draw(request.fiscalYear(), request.regionCode(), request.ratio(), request.seed());
        return ResponseEntity.created(URI.create("/api/v1/evaluations/spot-checks/" + check.id()))
                .eTag(Long.toString(check.version())).body(check);
    }

    @PutMapping("/{id}/items/{targetId}")
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "reviewSpotCheckItem",
            summary = "Review a drawn self-evaluation (复核评分): FINANCE of the region, ADMIN",
            description = "Finance's review score (0–100, two decimals) and opinion of a drawn self-evaluation, "
            + "replacing an earlier review of it. The gap is review − self-score; a gap of more than the check's "
            + "threshold (rule evaluation.spotCheckGap, 10 points by default) flags the item and is published as "
            + "SpotCheckFlagged for rectification. The review does not change the evaluation's effective score: "
            + "finance finalises it for that. A target not drawn → 404.")
    ResponseEntity<SpotCheckView> review(@PathVariable UUID id, @PathVariable UUID targetId,
            @Valid @RequestBody EvaluationRequests.SpotCheckReview request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        SpotCheckView check = checks.review(id, targetId, request.reviewScore(), request.opinion(),
                ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(Long.toString(check.version())).body(check);
    }

    @GetMapping("/{id}")
    @AllowedRoles({Role.FINANCE, Role.AUDITOR})
    @Operation(operationId = "getSpotCheck",
            summary = "A spot check with its sample and reviews (抽审复核)",
            description = "A spot check of a region of the caller's subtree: its ratio, seed and population, and "
            + "every drawn self-evaluation with its self-score, review, gap and flag, with version as ETag.")
    ResponseEntity<SpotCheckView> get(@PathVariable UUID id) {
        SpotCheckView check = checks.get(id);
        return ResponseEntity.ok().eTag(Long.toString(check.version())).body(check);
    }

    @GetMapping
    @AllowedRoles({Role.FINANCE, Role.AUDITOR})
    @Operation(operationId = "listSpotChecks",
            summary = "Spot checks, newest first (抽审复核)",
            description = "The spot checks of the regions in the caller's subtree, of a year and a region's subtree "
            + "when given: how each drew and how far its review is; GET one for its items.")
    Page<SpotCheckListItem> list(@RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String regionCode, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return checks.list(fiscalYear, regionCode, PageQuery.of(page, size).requireShallow());
    }

    @Override
    public void requireVisible(Map<String, String> path) {
        ResourceIds.uuid(path.get("id")).ifPresent(checks::get);
    }
}
