package org.jixiao.targeting.adapter.in.web;

import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.targeting.port.in.PublicTarget;
import org.jixiao.targeting.port.in.TargetQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Published targets for everyone, without credentials (绩效目标公开). */
@RestController
@Tag(name = "Public: performance targets (绩效目标公开)", description = "Published targets; no credentials needed")
class PublicTargetController {

    private final TargetQueries queries;

    PublicTargetController(TargetQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/public/targets")
    @Operation(operationId = "listPublicTargets",
            summary = "Published targets of a region's subtree and year: goals, budget, indicators; nothing internal",
            description = "Anonymous: the published revision of each target of a year and region, with goals, budget and "
            + "indicators; no reviews, accounts or internal states. An unknown region is an empty page. Page numbers "
            + "reach the first 10,000 entries; `page.next` continues from any page (send it as `after`).")
    Page<PublicTarget> published(@RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String after) {
        return queries.published(fiscalYear, regionCode, PageQuery.of(page, size, after).requireShallow());
    }
}
