package org.jixiao.assessment.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** The summary of the materials submitted for assessment: necessity, implementation plan, funding. Each optional. */
@ValueObject
public record Materials(@Nullable String necessity, @Nullable String plan, @Nullable String funding) {

    public static final Materials NONE = new Materials(null, null, null);
}
