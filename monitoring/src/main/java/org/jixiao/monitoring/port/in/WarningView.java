package org.jixiao.monitoring.port.in;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jixiao.monitoring.events.Light;
import org.jixiao.monitoring.events.WarningReason;
import org.jixiao.targeting.events.FundSource;
import org.jspecify.annotations.Nullable;

/**
 * A report the round's last assessment flagged (预警项目). An unfiled report (NOT_FILED) has no rates or lights; a
 * zero budget has no execution rate or light.
 *
 * @param budgetAmount the budget the unit reported, or the approved one while it has not filed
 * @param gap          |execution rate − target completion rate| in percentage points
 */
public record WarningView(UUID targetId, @Nullable String projectCode, String projectName, String unitCode,
                          @Nullable String departmentCode, FundSource fundSource, boolean filed,
                          BigDecimal budgetAmount, @Nullable BigDecimal executionRate, BigDecimal timeProgress,
                          @Nullable BigDecimal targetCompletionRate, @Nullable BigDecimal gap,
                          @Nullable Light executionLight, @Nullable Light targetLight, boolean warning,
                          List<WarningReason> reasons) {

    public WarningView {
        reasons = List.copyOf(reasons);
    }
}
