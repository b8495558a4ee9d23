package org.jixiao.sharedkernel;

import org.jmolecules.ddd.annotation.ValueObject;

/** A budget year, 2000–2100. Past years are normal: history is entered late. */
@ValueObject
public record FiscalYear(int value) implements Comparable<FiscalYear> {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    public FiscalYear {
        if (value < FIRST || value > LAST) {
            throw new InvalidValueException("fiscalYear.outOfRange", value, FIRST, LAST);
        }
    }

    public static FiscalYear of(int value) {
        return new FiscalYear(value);
    }

    /** The year before: results of year n − 1 drive the budget of year n. */
    public FiscalYear previous() {
        return new FiscalYear(value - 1);
    }

    public FiscalYear next() {
        return new FiscalYear(value + 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
