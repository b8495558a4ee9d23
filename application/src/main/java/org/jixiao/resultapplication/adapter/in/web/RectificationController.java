package org.jixiao.resultapplication.adapter.in.web;

import java.util.Map;
import java.util.UUID;

import org.jixiao.resultapplication.domain.RectificationSource;
import org.jixiao.resultapplication.domain.RectificationStatus;
import org.jixiao.resultapplication.port.in.RectificationUseCase;
import org.jixiao.resultapplication.port.in.RectificationView;
import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jixiao.sharedkernel.access.ResourceFirst;
import org.jixiao.sharedkernel.access.ResourceIds;
import org.jixiao.sharedkernel.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/rectifications")
@Tag(name = "Result application (结果应用)", description = "Budget proposals, next year's ceilings and rectifications")
class RectificationController implements ResourceFirst {

    private final RectificationUseCase rectifications;

    RectificationController(RectificationUseCase rectifications) {
        this.rectifications = rectifications;
    }

    @GetMapping
    @AllowedRoles({Role.FINANCE, Role.AUDITOR, Role.DEPARTMENT, Role.UNIT})
    @Operation(operationId = "listRectifications",
            summary = "Rectification tasks (整改), newest deadline first",
            description = "The tasks of the caller's subtree: a unit sees its own, a department its units', finance "
            + "and auditors their region's. They open by themselves, once per source: a FAIR or POOR evaluation "
            + "result (EVALUATION), a monitoring review deciding RECTIFY or SUSPEND_FUNDING (MONITORING), a flagged "
            + "spot-check item (SPOT_CHECK). `fiscalYear` is the source's year. `status` OVERDUE selects the OPEN and "
            + "RESPONDED tasks whose deadline day has ended in Asia/Shanghai; OPEN and RESPONDED select the others.")
    Page<RectificationView> list(@RequestParam(required = false) @Nullable Integer fiscalYear,
            @RequestParam(required = false) @Nullable RectificationStatus status,
            @RequestParam(required = false) @Nullable String unitCode,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable RectificationSource source,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return rectifications.list(fiscalYear, status, unitCode, regionCode, source,
                PageQuery.of(page, size).requireShallow());
    }

    @GetMapping("/{id}")
    @AllowedRoles({Role.FINANCE, Role.AUDITOR, Role.DEPARTMENT, Role.UNIT})
    @Operation(operationId = "getRectification",
            summary = "A rectification task (整改) with its responses and verifications",
            description = "The problem, the responsible unit, the opening date and the deadline (opening date + the "
            + "rule application.rectificationDays, 30 days by default), the responses and verifications in order, and "
            + "the status shown (OVERDUE once the deadline day has ended in Asia/Shanghai and it is not verified), "
            + "with version as ETag.")
    ResponseEntity<RectificationView> get(@PathVariable UUID id) {
        return withETag(rectifications.get(id));
    }

    @PostMapping("/{id}/responses")
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT})
    @Operation(operationId = "respondToRectification",
            summary = "Answer a rectification (整改反馈): the responsible UNIT or its DEPARTMENT, ADMIN",
            description = "What the unit did (`text`) and, where it has evidence, a reference to it "
            + "(`attachmentRef`: a document number or a link into the unit's document store; the API takes no "
            + "files). → RESPONDED; the unit may answer again until finance verifies. The deadline does not move: "
            + "a task answered late is still shown OVERDUE until it is verified. A verified task → 409.")
    ResponseEntity<RectificationView> respond(@PathVariable UUID id,
            @Valid @RequestBody RectificationRequests.Response request,
            @RequestHeader(name = "If-Match", required = false) @Nullable ExpectedVersion ifMatch) {
        return withETag(rectifications.respond(id, request.text(), request.attachmentRef(),
                ExpectedVersion.of(ifMatch, request.version())));
    }

    @PostMapping("/{id}/verify")
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "verifyRectification",
            summary = "Verify a rectification (整改核销): FINANCE of the region, ADMIN",
            description = "Finance's verdict on the latest response: accepted → VERIFIED (closed; it no longer "
            + "lowers next year's proposed amount), not accepted → back to OPEN with the same deadline. A task "
            + "without a response, or verified already → 409.")
    ResponseEntity<RectificationView> verify(@PathVariable UUID id,
            @Valid @RequestBody RectificationRequests.Verification request,
            @RequestHeader(name = "If-Match", required = false) @Nullable ExpectedVersion ifMatch) {
        return withETag(rectifications.verify(id, request.accepted(), request.opinion(),
                ExpectedVersion.of(ifMatch, request.version())));
    }

    private static ResponseEntity<RectificationView> withETag(RectificationView view) {
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    @Override
    public void requireVisible(Map<String, String> path) {
        ResourceIds.uuid(path.get("id")).ifPresent(rectifications::get);
    }
}
