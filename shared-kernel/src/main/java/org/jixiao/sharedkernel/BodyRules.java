package org.jixiao.sharedkernel;

import java.util.List;

import org.jixiao.sharedkernel.InvalidInputException.FieldViolation;

/**
 * A controller whose request bodies have business rules besides their shape. The shape (types, presence, sizes,
 * bounds) is checked first, before the operation runs; when it is wrong the platform also asks the controller for
 * the rules the same body breaks, so one 400 names every field at fault rather than one pass at a time. The
 * answer must read only the well-formed parts of the body and never write.
 */
public interface BodyRules {

    /** The business rules this body breaks; the fields its shape already refused may be left out. */
    List<FieldViolation> ruleViolations(Object body);
}
