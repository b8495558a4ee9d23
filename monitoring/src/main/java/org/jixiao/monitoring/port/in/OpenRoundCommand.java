package org.jixiao.monitoring.port.in;

import java.time.LocalDate;

import org.jixiao.monitoring.domain.RoundScope;

/** Finance opens a round: year, region, cut-off month (1–12), scope and the date reports are due. */
public record OpenRoundCommand(int fiscalYear, String regionCode, int cutoffMonth, RoundScope scope,
                               LocalDate dueDate) {
}
