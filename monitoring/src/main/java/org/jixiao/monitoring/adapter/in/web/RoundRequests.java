package org.jixiao.monitoring.adapter.in.web;

import java.time.LocalDate;

import org.jixiao.monitoring.domain.RoundScope;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request bodies of the monitoring API. */
final class RoundRequests {

    private RoundRequests() {
    }

    /** A round to open: the cut-off is the end of {@code cutoffMonth}; reports are due on {@code dueDate}. */
    record Open(@NotNull Integer fiscalYear, @NotBlank @Size(max = 32) String regionCode,
                @NotNull @Min(1) @Max(12) Integer cutoffMonth, @NotNull RoundScope scope, @NotNull LocalDate dueDate) {
    }
}
