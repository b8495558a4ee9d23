package org.jixiao.resultapplication.adapter.in.web;

import org.jixiao.resultapplication.port.in.ResultProjectionStatus;
import org.jixiao.resultapplication.port.in.ResultProjectionUseCase;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Result application's copy of the upstream results, for an operator: its size and a rebuild. */
@RestController
@RequestMapping("/api/v1/applications/projection")
@AllowedRoles({})
@Tag(name = "Result application (结果应用)", description = "Budget proposals, next year's ceilings and rectifications")
class ApplicationProjectionController {

    private final ResultProjectionUseCase projection;

    ApplicationProjectionController(ResultProjectionUseCase projection) {
        this.projection = projection;
    }

    @GetMapping
    @Operation(operationId = "getApplicationProjection",
            summary = "Result application's copy of the results (结果应用的评价与监控结果副本): ADMIN",
            description = "How many effective evaluation results, reviewed monitoring reports and flagged spot-check "
            + "items result application holds, how many rectifications they opened, and how the last rebuild of "
            + "each source went. The copy is kept from evaluation's and monitoring's events within seconds.")
    ResultProjectionStatus status() {
        return projection.status();
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "rebuildApplicationProjection",
            summary = "Rebuild the copy from evaluation and monitoring (重建结果副本): ADMIN",
            description = "Reads every effective evaluation result, reviewed monitoring report and flagged spot-check "
            + "item again, in the background, and answers 202 at once with the status; GET the projection to follow "
            + "it. Facts go through the same path as the events: a later version wins, and a rectification is "
            + "opened once per source, never twice. The service also rebuilds by itself when it starts on an empty "
            + "copy.")
    ResultProjectionStatus rebuild() {
        return projection.rebuild();
    }
}
