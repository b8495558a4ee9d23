package org.jixiao.targeting.adapter.in.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jixiao.sharedkernel.BodyRules;
import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.InvalidInputException.FieldViolation;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jixiao.sharedkernel.access.ResourceFirst;
import org.jixiao.sharedkernel.access.ResourceIds;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.targeting.domain.TargetStatus;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.TargetKind;
import org.jixiao.targeting.port.in.DraftTargetUseCase;
import org.jixiao.targeting.port.in.PublishTargetUseCase;
import org.jixiao.targeting.port.in.ReviewTargetUseCase;
import org.jixiao.targeting.port.in.TargetContentCommand.IndicatorCommand;
import org.jixiao.targeting.port.in.TargetListItem;
import org.jixiao.targeting.port.in.TargetQueries;
import org.jixiao.targeting.port.in.TargetQueries.TargetFilter;
import org.jixiao.targeting.port.in.TargetRevisionView;
import org.jixiao.targeting.port.in.TargetStatistics;
import org.jixiao.targeting.port.in.TargetView;
import org.jspecify.annotations.Nullable;
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

/** An EXPERT is assigned assessments and evaluations, never targets: it may call none of these endpoints. */
@RestController
@RequestMapping("/api/v1/targets")
@Tag(name = "Performance targets (绩效目标)", description = "Targets, indicator trees, review and approval (批复)")
class TargetController implements ResourceFirst, BodyRules {

    private final DraftTargetUseCase drafts;
    private final ReviewTargetUseCase reviews;
    private final PublishTargetUseCase publications;
    private final TargetQueries queries;
    private final TargetWebMapper mapper;

    TargetController(DraftTargetUseCase drafts, ReviewTargetUseCase reviews, PublishTargetUseCase publications,
            TargetQueries queries, TargetWebMapper mapper) {
        this.drafts = drafts;
        this.reviews = reviews;
        this.publications = publications;
        this.queries = queries;
        this.mapper = mapper;
    }

    @PostMapping
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createTarget",
            summary = "Create a target (填报绩效目标): the UNIT for itself, a DEPARTMENT for its own overall target",
            description = "Opens a target as DRAFT for the caller's own organisation: a PROJECT or POLICY target names its "
            + "projectCode, a DEPARTMENT_OVERALL one does not. Indicators may copy a library entry (libraryId) "
            + "and override its fields. Answers 201 with the target, its Location and ETag.")
    ResponseEntity<TargetView> create(@Valid @RequestBody TargetRequests.Create request) {
        TargetView view = drafts.create(mapper.toCommand(request));
        return ResponseEntity.created(URI.create("/api/v1/targets/" + view.id()))
                .eTag(Long.toString(view.version())).body(view);
    }

    @GetMapping("/{id}")
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR})
    @Operation(operationId = "getTarget",
            summary = "One target with its indicators and reviews (查询绩效目标)",
            description = "The target as it stands: the working revision's content and indicators, the revision in force "
            + "(inForceRevision, null until approved), every review, and version for If-Match.")
    ResponseEntity<TargetView> get(@PathVariable UUID id) {
        return withEtag(queries.get(id));
    }

    @PutMapping("/{id}")
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT})
    @Operation(operationId = "editTarget",
            summary = "Edit a DRAFT or RETURNED target (修改绩效目标); indicators sent with their id keep it",
            description = "Replaces the content and indicators of a DRAFT or RETURNED target (or of an open adjustment). "
            + "An indicator sent with its id keeps it; one without gets a new id; one left out is removed. A "
            + "stale If-Match or version is a 409.")
    ResponseEntity<TargetView> edit(@PathVariable UUID id, @Valid @RequestBody TargetRequests.Content request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(drafts.edit(id, mapper.toContent(request), ExpectedVersion.of(ifMatch, request.version())));
    }

    @PostMapping("/{id}/submit")
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT})
    @Operation(operationId = "submitTarget",
            summary = "Submit for review (提交审核); a barred target cannot be submitted (409)",
            description = "DRAFT or RETURNED → SUBMITTED. A target graded POOR (差) is barred and cannot be submitted again "
            + "(409 target.barred); the ex-ante assessment gate applies later, at finance's approval (409 "
            + "target.assessmentMissing or target.assessmentRejected).")
    ResponseEntity<TargetView> submit(@PathVariable UUID id,
            @RequestBody(required = false) TargetRequests.Submit request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(drafts.submit(id, ExpectedVersion.of(ifMatch, request == null ? null : request.version())));
    }

    @PostMapping("/{id}/reviews")
    @AllowedRoles({Role.DEPARTMENT, Role.FINANCE})
    @Operation(operationId = "reviewTarget",
            summary = "Review (审核): the department first where there is one, then finance (批复); the grade decides",
            description = "Files the next review due: the department's (DEPARTMENT_APPROVED or RETURNED) where the unit "
            + "has a department, then finance's (APPROVED or RETURNED). The grade decides over the decision: FAIR "
            + "(中) and POOR (差) return the target, and POOR also bars it; a review out of turn is a 409.")
    ResponseEntity<TargetView> review(@PathVariable UUID id, @Valid @RequestBody TargetRequests.Review request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(reviews.review(id, mapper.toCommand(request), ExpectedVersion.of(ifMatch, request.version())));
    }

    @PostMapping("/{id}/adjustments")
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT})
    @Operation(operationId = "adjustTarget",
            summary = "Adjust an approved target (调整): opens revision n+1 as a draft; the approved one stays in force",
            description = "Opens revision n+1 of an APPROVED or PUBLISHED target as a draft, with the reason; the approved "
            + "revision stays in force (and keeps being counted) until the adjustment itself is approved.")
    ResponseEntity<TargetView> adjust(@PathVariable UUID id,
            @Valid @RequestBody(required = false) TargetRequests.Adjust request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(drafts.adjust(id, request == null ? null : request.reason(),
                ExpectedVersion.of(ifMatch, request == null ? null : request.version())));
    }

    @GetMapping("/{id}/revisions")
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR})
    @Operation(operationId = "listTargetRevisions",
            summary = "Every revision of a target, oldest first, paged (历次版本)",
            description = "Each revision (0, then one per adjustment), oldest first, with its adjustment reason, content, "
            + "indicators and quantification rate, and whether it is the revision in force and the published "
            + "one.")
    Page<TargetRevisionView> revisions(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageQuery query = PageQuery.of(page, size);
        return Page.slice(queries.revisions(id), query);
    }

    @PostMapping("/{id}/publish")
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "publishTarget",
            summary = "Publish an approved target (公开): the revision in force becomes public",
            description = "APPROVED → PUBLISHED: the revision in force is shown at /api/v1/public/targets (while an "
            + "adjustment is under way, the adjustment keeps its state). With nothing approved left unpublished it "
            + "is a 409 (target.notPublishable).")
    ResponseEntity<TargetView> publish(@PathVariable UUID id,
            @RequestBody(required = false) TargetRequests.Publish request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(publications.publish(id, ExpectedVersion.of(ifMatch, request == null ? null : request.version())));
    }

    @GetMapping
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR})
    @Operation(operationId = "listTargets",
            summary = "Targets in the caller's subtree (绩效目标列表)",
            description = "Targets of the caller's subtree, latest year first, then by unit and project code, "
            + "filtered by year, region, unit, status, kind and fund source. Each entry carries the budget and the "
            + "number of indicators, not the indicators. Page numbers reach the first 10,000 entries; "
            + "`page.next` continues from any page (send it as `after`).")
    Page<TargetListItem> list(@RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) TargetStatus status, @RequestParam(required = false) TargetKind kind,
            @RequestParam(required = false) FundSource fundSource,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String after) {
        return queries.list(new TargetFilter(fiscalYear, regionCode, unitCode, status, kind, fundSource),
                PageQuery.of(page, size, after).requireShallow());
    }

    @GetMapping("/statistics")
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR})
    @Operation(operationId = "getTargetStatistics",
            summary = "Targets in force (APPROVED or PUBLISHED) of a subtree and year (绩效目标统计): units, targets, budget, quantification rate",
            description = "Counts targets whose revision in force is APPROVED or PUBLISHED: units, targets, indicators, "
            + "quantified indicators and their rate, and budget in yuan, for a year and a region's subtree "
            + "(the caller's by default), optionally by fund source and kind.")
    TargetStatistics statistics(@RequestParam int fiscalYear, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) FundSource fundSource, @RequestParam(required = false) TargetKind kind) {
        return queries.statistics(fiscalYear, regionCode, fundSource, kind);
    }

    private static ResponseEntity<TargetView> withEtag(TargetView view) {
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    /** The rules a create or edit body breaks beside its shape; an indicator with a malformed part is left out. */
    @Override
    public List<FieldViolation> ruleViolations(Object body) {
        if (body instanceof TargetRequests.Create create) {
            return drafts.ruleViolations(create.kind(), create.projectCode(), create.budgetAmount(),
                    wellFormed(create.indicators()));
        }
        if (body instanceof TargetRequests.Content content) {
            return drafts.ruleViolations(null, null, content.budgetAmount(), wellFormed(content.indicators()));
        }
        return List.of();
    }

    @SuppressWarnings("NullAway") // the shape was refused: parts typed present may be null here
    private List<@Nullable IndicatorCommand> wellFormed(@Nullable List<TargetRequests.IndicatorRequest> indicators) {
        if (indicators == null) {
            return List.of();
        }
        List<@Nullable IndicatorCommand> commands = new ArrayList<>();
        for (TargetRequests.IndicatorRequest indicator : indicators) {
            boolean complete = indicator != null && indicator.basis() != null && indicator.weight() != null
                    && indicator.targetValue() != null;
            commands.add(complete ? mapper.toCommand(indicator) : null);
        }
        return commands;
    }

    /** The target named in the path, for 404 and 403 before a body is judged. */
    @Override
    public void requireVisible(Map<String, String> path) {
        ResourceIds.uuid(path.get("id")).ifPresent(queries::get);
    }
}
