package org.jixiao.monitoring.adapter.in.web;

import org.jixiao.sharedkernel.events.ProjectionStatus;
import org.jixiao.monitoring.port.in.TargetProjectionUseCase;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Monitoring's copy of the targets in force, for an operator: its size and a rebuild from targeting. */
@RestController
@RequestMapping("/api/v1/monitoring/projection")
@AllowedRoles({})
@Tag(name = "Monitoring (绩效运行监控)", description = "Rounds, reports, lights, warnings and reviews of in-year monitoring")
class MonitoringProjectionController {

    private final TargetProjectionUseCase projection;

    MonitoringProjectionController(TargetProjectionUseCase projection) {
        this.projection = projection;
    }

    @GetMapping
    @Operation(operationId = "getMonitoringProjection",
            summary = "Monitoring's copy of the targets in force (监控的已批复目标副本): ADMIN",
            description = "How many targets in force and indicators monitoring holds for its rounds, and how its last "
            + "rebuild went. The copy is kept from targeting's approvals within seconds of each.")
    ProjectionStatus status() {
        return projection.status();
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "rebuildMonitoringProjection",
            summary = "Rebuild the copy from targeting (重建已批复目标副本): ADMIN",
            description = "Reads every target in force from targeting into monitoring's copy, in the background, and "
            + "answers 202 at once with the status; GET the projection to follow it. A rebuild already running is "
            + "not started twice. Approvals keep arriving meanwhile; a later revision always wins, so nothing is "
            + "lost or duplicated. The service also rebuilds by itself when it starts on an empty copy.")
    ProjectionStatus rebuild() {
        return projection.rebuild();
    }
}
