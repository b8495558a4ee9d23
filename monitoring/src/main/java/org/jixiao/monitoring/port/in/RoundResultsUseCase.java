package org.jixiao.monitoring.port.in;

import java.util.UUID;

import org.jixiao.monitoring.events.Light;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/**
 * What a round shows as a whole: its summary and its warning list, over the part of the round the caller sees (a
 * region's finance and auditors the whole round, a department its units, a unit its own reports).
 */
@PrimaryPort
public interface RoundResultsUseCase {

    /** Reports, filings, money, rates, review scores and warnings, in all and by fund source. */
    RoundSummary summary(UUID roundId);

    /** The reports the last assessment flagged, in unit and project order, optionally of a light, unit or department. */
    Page<WarningView> warnings(UUID roundId, WarningFilter filter, PageQuery page);

    /**
     * @param light          a report whose execution light or target light is this one
     * @param unitCode       the reports of a unit
     * @param departmentCode the reports of a department's units
     */
    record WarningFilter(@Nullable Light light, @Nullable String unitCode, @Nullable String departmentCode) {
    }
}
