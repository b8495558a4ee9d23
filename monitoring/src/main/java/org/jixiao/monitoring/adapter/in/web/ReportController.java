package org.jixiao.monitoring.adapter.in.web;

import java.util.Map;
import java.util.UUID;

import org.jixiao.monitoring.port.in.FileReportCommand;
import org.jixiao.monitoring.port.in.FileReportUseCase;
import org.jixiao.monitoring.port.in.ReportView;
import org.jixiao.monitoring.port.in.ReviewReportUseCase;
import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jixiao.sharedkernel.access.ResourceFirst;
import org.jixiao.sharedkernel.access.ResourceIds;
import org.jixiao.sharedkernel.access.Role;
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
@RequestMapping("/api/v1/monitoring/rounds/{roundId}/reports/{targetId}")
@Tag(name = "Monitoring (绩效运行监控)", description = "Rounds, reports, lights, warnings and reviews of in-year monitoring")
class ReportController implements ResourceFirst {

    private final FileReportUseCase reports;
    private final ReviewReportUseCase reviews;

    ReportController(FileReportUseCase reports, ReviewReportUseCase reviews) {
        this.reports = reports;
        this.reviews = reviews;
    }

    @PutMapping
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT})
    @Operation(operationId = "fileMonitoringReport",
            summary = "File or correct a monitoring report (填报监控表): the owning unit (a department for its "
            + "overall target), ADMIN",
            description = "The unit reports its target's budget execution by the round's cut-off (the adjusted "
            + "full-year budget and the amount executed; an execution note when executed exceeds the budget) and, "
            + "for every indicator of the target exactly once, its progress: actualToDate for a quantitative "
            + "indicator (a plain decimal in its unit), achievement for a qualitative one, the expected year-end "
            + "value, the likelihood, and a deviation reason when the indicator is ahead of the year's pace by the "
            + "blue band (≥ 120 %) or IMPOSSIBLE. Filing after the due date is accepted and marked late; filing "
            + "again corrects the report until finance reviews it (then 409). Every rule the body breaks is named "
            + "in one 400.")
    ResponseEntity<ReportView> file(@PathVariable UUID roundId, @PathVariable UUID targetId,
            @Valid @RequestBody RoundRequests.Report request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        ReportView report = reports.file(new FileReportCommand(roundId, targetId, request.budgetAmount(),
                request.executedAmount(), request.executionNote(), request.indicators().stream()
                .map(i -> new FileReportCommand.Line(i.indicatorId(), i.actualToDate(), i.achievement(),
                        i.expectedYearEnd(), i.likelihood(), i.deviationReason())).toList(), request.measures()),
                ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(Long.toString(report.version())).body(report);
    }

    @PostMapping("/review")
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "reviewMonitoringReport",
            summary = "Review a monitoring report (监控审核): FINANCE of the region, ADMIN",
            description = "Finance scores a filed report (0–100, two decimals), gives its opinion and decides the "
            + "action: NONE, RECTIFY (整改), SUSPEND_FUNDING (暂缓或停止拨款), ADJUST_BUDGET (调减) or RECALL_FUNDS "
            + "(收回). ADJUST_BUDGET and RECALL_FUNDS need the amount they move, at most the reported budget; the "
            + "other actions take no amount. From the review on, the unit can no longer correct the report; finance "
            + "may review again, which replaces the review. Every review is published as the event "
            + "MonitoringReviewed for result application. Not filed yet → 409.")
    ResponseEntity<ReportView> review(@PathVariable UUID roundId, @PathVariable UUID targetId,
            @Valid @RequestBody RoundRequests.Review request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        ReportView report = reviews.review(roundId, targetId, new ReviewReportUseCase.ReviewCommand(request.score(),
                request.opinion(), request.action(), request.amount()), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(Long.toString(report.version())).body(report);
    }

    @PostMapping("/department-opinion")
    @AllowedRoles(Role.DEPARTMENT)
    @Operation(operationId = "addMonitoringDepartmentOpinion",
            summary = "Add the department's opinion to a monitoring report (主管部门意见): DEPARTMENT, ADMIN",
            description = "The competent department of the unit adds (or replaces) its opinion on a filed report. "
            + "It is information for finance and never a gate: finance may review before or after it. Not filed "
            + "yet → 409.")
    ResponseEntity<ReportView> addDepartmentOpinion(@PathVariable UUID roundId, @PathVariable UUID targetId,
            @Valid @RequestBody RoundRequests.DepartmentOpinion request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        ReportView report = reviews.addDepartmentOpinion(roundId, targetId, request.opinion(),
                ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(Long.toString(report.version())).body(report);
    }

    @GetMapping
    @AllowedRoles({Role.UNIT, Role.DEPARTMENT, Role.FINANCE, Role.AUDITOR})
    @Operation(operationId = "getMonitoringReport",
            summary = "One monitoring report (监控表)",
            description = "A report of the caller's subtree: the target as the round's snapshot took it, and what "
            + "the unit filed (absent until it does; version 0 means never filed), with version as ETag.")
    ResponseEntity<ReportView> get(@PathVariable UUID roundId, @PathVariable UUID targetId) {
        ReportView report = reports.get(roundId, targetId);
        return ResponseEntity.ok().eTag(Long.toString(report.version())).body(report);
    }

    @Override
    public void requireVisible(Map<String, String> path) {
        ResourceIds.uuid(path.get("roundId")).ifPresent(round -> ResourceIds.uuid(path.get("targetId"))
                .ifPresent(target -> reports.get(round, target)));
    }
}
