package org.jixiao.targeting.domain;

import java.util.UUID;

import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the common indicator library (共性指标库): a level-3 indicator by industry with its level 1 and 2,
 * operator, unit and guidance on how to set the value. A unit copies it into a target and sets the value.
 * {@code version} is 0 for a new entry and counts its changes, for ETag and If-Match.
 */
@ValueObject
public record LibraryIndicator(UUID id, String industry, Level1 level1, Level2 level2, String name, Operator operator,
                               @Nullable String unit, @Nullable String guidance, long version) {

    /** A new entry; level 2 must belong to level 1, a quantitative entry needs a unit. */
    public static LibraryIndicator of(String industry, Level1 level1, Level2 level2, String name, Operator operator,
            @Nullable String unit, @Nullable String guidance) {
        if (level2.level1() != level1) {
            throw InvalidInputException.of("level2", "target.level2OutsideLevel1", level2.name(), level1.name());
        }
        if (operator.isQuantitative() && (unit == null || unit.isBlank())) {
            throw InvalidInputException.of("unit", "target.unitRequired");
        }
        return new LibraryIndicator(UUID.randomUUID(), industry.strip(), level1, level2, name.strip(), operator,
                unit == null || unit.isBlank() ? null : unit.strip(), guidance, 0);
    }
}
