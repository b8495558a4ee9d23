package org.jixiao.targeting.port.in;

import java.math.BigDecimal;
import java.util.UUID;

import org.jixiao.targeting.domain.TargetStatus;
import org.jixiao.targeting.events.FundSource;
import org.jixiao.targeting.events.TargetKind;
import org.jspecify.annotations.Nullable;

/** One target in a list. */
public record TargetListItem(UUID id, int fiscalYear, TargetKind kind, String unitCode, String regionCode,
                             @Nullable String projectCode, String projectName, FundSource fundSource, BigDecimal budgetAmount,
                             TargetStatus status, boolean barred, int revision, long indicators,
                             BigDecimal quantificationRate) {
}
