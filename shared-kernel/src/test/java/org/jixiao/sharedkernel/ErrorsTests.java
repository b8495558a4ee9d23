package org.jixiao.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ErrorsTests {

    @Test
    void aValueRejectionCanBePinnedToTheRequestField() {
        InvalidValueException rejected = new InvalidValueException("money.tooManyDecimals", "1.005");
        InvalidInputException atField = InvalidInputException.at("budgetAmount", rejected);
        assertThat(atField.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("budgetAmount");
            assertThat(violation.code()).isEqualTo("money.tooManyDecimals");
            assertThat(violation.arguments()).containsExactly("1.005");
        });
    }

    @Test
    void aValueReadForAFieldIsPinnedToIt() {
        assertThat(InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(2020))).isEqualTo(FiscalYear.of(2020));
        assertThatThrownBy(() -> InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(1999)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(InvalidInputException.FieldViolation::field).containsExactly("fiscalYear");
                    assertThat(e.violations().get(0).code()).isEqualTo("fiscalYear.outOfRange");
                });
    }

    @Test
    void anInvalidInputNamesAtLeastOneField() {
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConflictCarriesTheCurrentState() {
        StateConflictException conflict = new StateConflictException("target.notSubmittable", "APPROVED");
        assertThat(conflict.currentState()).isEqualTo("APPROVED");
        assertThat(conflict.code()).isEqualTo("target.notSubmittable");
    }
}
