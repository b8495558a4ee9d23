package org.jixiao.monitoring.adapter.in.web;

import java.util.Map;
import java.util.UUID;

import org.jixiao.monitoring.events.Light;
import org.jixiao.monitoring.port.in.RoundResultsUseCase;
import org.jixiao.monitoring.port.in.RoundResultsUseCase.WarningFilter;
import org.jixiao.monitoring.port.in.RoundSummary;
import org.jixiao.monitoring.port.in.RoundUseCase;
import org.jixiao.monitoring.port.in.WarningView;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jixiao.sharedkernel.access.ResourceFirst;
import org.jixiao.sharedkernel.access.ResourceIds;
import org.jixiao.sharedkernel.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/monitoring/rounds/{roundId}")
@Tag(name = "Monitoring (绩效运行监控)", description = "Rounds, reports, lights, warnings and reviews of in-year monitoring")
class RoundResultsController implements ResourceFirst {

    private final RoundResultsUseCase results;
    private final RoundUseCase rounds;

    RoundResultsController(RoundResultsUseCase results, RoundUseCase rounds) {
        this.results = results;
        this.rounds = rounds;
    }

    @GetMapping("/summary")
    @AllowedRoles({Role.FINANCE, Role.DEPARTMENT, Role.UNIT, Role.AUDITOR})
    @Operation(operationId = "getMonitoringRoundSummary",
            summary = "A monitoring round summed up (监控汇总)",
            description = "Over the part of the round the caller sees (all of it from the round's region or above; "
            + "a department its units, a unit its own): reports, filed and reviewed reports, the budget and executed "
            + "amount of the filed reports and the execution rate Σ executed ÷ Σ budget (unfiled reports are left "
            + "out of rates and averages), the mean review score of the reviewed reports, the warnings of the last "
            + "assessment with their budgets (an unfiled one's approved budget), in all and for every fund source.")
    RoundSummary summary(@PathVariable UUID roundId) {
        return results.summary(roundId);
    }

    @GetMapping("/warnings")
    @AllowedRoles({Role.FINANCE, Role.DEPARTMENT, Role.UNIT, Role.AUDITOR})
    @Operation(operationId = "listMonitoringWarnings",
            summary = "The warnings of a monitoring round (预警项目)",
            description = "The reports the round's last assessment flagged, in the part of the round the caller sees, "
            + "in unit and project order: optionally of a light (the execution light or the target light is it), "
            + "a unit, or a department's units (a unit or department outside the caller's part is a 403). Pages by "
            + "number reach the first 10,000 entries; `page.next` continues from any page (send it as `after`).")
    Page<WarningView> warnings(@PathVariable UUID roundId, @RequestParam(required = false) @Nullable Light light,
            @RequestParam(required = false) @Nullable String unitCode,
            @RequestParam(required = false) @Nullable String departmentCode,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) @Nullable String after) {
        return results.warnings(roundId, new WarningFilter(light, unitCode, departmentCode),
                PageQuery.of(page, size, after).requireShallow());
    }

    @Override
    public void requireVisible(Map<String, String> path) {
        ResourceIds.uuid(path.get("roundId")).ifPresent(rounds::get);
    }
}
