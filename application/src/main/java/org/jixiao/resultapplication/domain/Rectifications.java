package org.jixiao.resultapplication.domain;

import java.util.Optional;

/** The rectifications (整改) in their store. */
public interface Rectifications {

    Optional<Rectification> find(RectificationId id);

    /** Stores a new rectification unless one of the same id exists; true when this one was stored. */
    boolean openOnce(Rectification opened);

    /** Stores a change of a rectification read at its version; a later change in between is a conflict (409). */
    long save(Rectification rectification);
}
