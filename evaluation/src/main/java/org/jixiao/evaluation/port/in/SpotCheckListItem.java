package org.jixiao.evaluation.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A spot check in a list: how it drew and how far its review is (GET the check for its items). */
public record SpotCheckListItem(UUID id, int fiscalYear, String regionCode, BigDecimal ratio, long seed,
                                int population, int size, int reviewed, int flagged, String createdBy,
                                Instant createdAt) {
}
