package org.jixiao.monitoring.adapter.in.web;

import java.net.URI;
import java.util.UUID;

import org.jixiao.monitoring.domain.RoundScope;
import org.jixiao.monitoring.port.in.AssessRoundUseCase;
import org.jixiao.monitoring.port.in.OpenRoundCommand;
import org.jixiao.monitoring.port.in.RoundUseCase;
import org.jixiao.monitoring.port.in.RoundView;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jixiao.sharedkernel.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/monitoring/rounds")
@Tag(name = "Monitoring (绩效运行监控)", description = "Rounds, reports, lights, warnings and reviews of in-year monitoring")
class RoundController {

    private final RoundUseCase rounds;
    private final AssessRoundUseCase assessments;

    RoundController(RoundUseCase rounds, AssessRoundUseCase assessments) {
        this.rounds = rounds;
        this.assessments = assessments;
    }

    @PostMapping
    @AllowedRoles(Role.FINANCE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "openMonitoringRound",
            summary = "Open a monitoring round (开展绩效运行监控): FINANCE, ADMIN",
            description = "Opens the round of a fiscal year, region of the caller's subtree, month-end cut-off and scope, "
            + "and takes its snapshot: one report for every target in force of the scope (PROJECT: projects and "
            + "policies; DEPARTMENT_OVERALL) in the region's subtree, at its revision in force. Answers 201 with its "
            + "Location; the same year, region, month and scope twice is a 409. Past cut-offs and due dates are "
            + "normal: history is entered late.")
    ResponseEntity<RoundView> open(@Valid @RequestBody RoundRequests.Open request) {
        RoundView round = rounds.open(new OpenRoundCommand(request.fiscalYear(), request.regionCode(),
                request.cutoffMonth(), request.scope(), request.dueDate()));
        return ResponseEntity.created(URI.create("/api/v1/monitoring/rounds/" + round.id()))
                .eTag(Long.toString(round.version())).body(round);
    }

    @PostMapping("/{roundId}/assess")
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "assessMonitoringRound",
            summary = "Assess a monitoring round (监控评价): FINANCE, ADMIN",
            description = "Computes, for every report of the round in one go, the execution rate against the time "
            + "progress and its light, every indicator's light (paced, reverse, equal-to-zero, qualitative), the "
            + "target's light (its worst indicator's), the target completion rate, the gap and the warning with its "
            + "reasons (EXECUTION_ABNORMAL, GAP_EXCEEDED, NOT_FILED for a report not filed yet), by the rules "
            + "monitoring.lightBands and monitoring.warningGap in force for the round's region and year, which the "
            + "round stores. May be rerun: a report corrected since shows no assessment until then.")
    ResponseEntity<RoundView> assess(@PathVariable UUID roundId) {
        RoundView round = assessments.assess(roundId);
        return ResponseEntity.ok().eTag(Long.toString(round.version())).body(round);
    }

    @GetMapping("/{roundId}")
    @AllowedRoles({Role.FINANCE, Role.DEPARTMENT, Role.UNIT, Role.AUDITOR})
    @Operation(operationId = "getMonitoringRound",
            summary = "One monitoring round (监控批次)",
            description = "A round of the caller's region, of a region above it, or of one below it; with version as "
            + "ETag, its time progress and how many reports its snapshot took.")
    ResponseEntity<RoundView> get(@PathVariable UUID roundId) {
        RoundView round = rounds.get(roundId);
        return ResponseEntity.ok().eTag(Long.toString(round.version())).body(round);
    }

    @GetMapping
    @AllowedRoles({Role.FINANCE, Role.DEPARTMENT, Role.UNIT, Role.AUDITOR})
    @Operation(operationId = "listMonitoringRounds",
            summary = "The monitoring rounds the caller can see (监控批次列表)",
            description = "Rounds of the caller's region, the regions above it and those below it, newest fiscal year "
            + "and latest cut-off first; optionally of one year, scope, or region (its rounds, those above and "
            + "below it).")
    Page<RoundView> list(@RequestParam(required = false) @Nullable Integer fiscalYear,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable RoundScope scope,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return rounds.list(fiscalYear, regionCode, scope, PageQuery.of(page, size).requireShallow());
    }
}
