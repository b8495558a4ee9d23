package org.jixiao.targeting.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * Finance approved (批复) a revision of a target: from now on it is the yardstick. Carries everything monitoring and
 * evaluation need, including the indicators in force with their stable ids.
 *
 * @param projectCode null for an overall-expenditure target
 * @param unitPath    the owning unit's organisation path, for subtree queries
 */
public record TargetApproved(UUID targetId, int revision, int fiscalYear, String kind, String unitCode,
                             String unitPath, String regionCode, String departmentCode, String projectCode,
                             String projectName, String budgetCategory, String fundSource, BigDecimal budgetAmount,
                             List<ApprovedIndicator> indicators) implements DomainEvent {

    /** An indicator in force. {@code targetValue} is a plain decimal for quantitative operators, else text. */
    public record ApprovedIndicator(UUID id, String level1, String level2, String name, String operator,
                                    String targetValue, String unit, BigDecimal weight) {
    }
}
