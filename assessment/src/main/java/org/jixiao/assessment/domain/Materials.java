package org.jixiao.assessment.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** The summary of the materials submitted for assessment: necessity, implementation plan, funding. Each optional. */
@ValueObject
public record Materials(String necessity, String plan, String funding) {

    public static final Materials NONE = new Materials(null, null, null);
}
