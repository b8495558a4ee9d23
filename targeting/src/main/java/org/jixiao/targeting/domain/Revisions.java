package org.jixiao.targeting.domain;

import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * Which revision of a target is which: the working revision (the one being drafted or reviewed, 0 until the first
 * adjustment), the revision in force (the last approved, the yardstick of later stages) and the published one.
 * A revision in force stays in force until its adjustment is approved.
 *
 * @param working   the revision being written or reviewed
 * @param inForce   the last approved revision; null until the first approval
 * @param published the revision shown to the public; null until first published
 */
@ValueObject
public record Revisions(int working, @Nullable Integer inForce, @Nullable Integer published) {

    /** A new target: revision 0, nothing approved or published. */
    public static final Revisions FIRST = new Revisions(0, null, null);

    public Optional<Integer> inForceRevision() {
        return Optional.ofNullable(inForce);
    }

    public Optional<Integer> publishedRevision() {
        return Optional.ofNullable(published);
    }

    public boolean hasRevisionInForce() {
        return inForce != null;
    }

    /** The revision in force is not the published one (or nothing is published yet). */
    public boolean hasUnpublishedRevisionInForce() {
        return inForce != null && !inForce.equals(published);
    }

    /** The working revision is approved: it is now in force. */
    Revisions approveWorking() {
        return new Revisions(working, working, published);
    }

    /** The revision in force is made public. */
    Revisions publishInForce() {
        return new Revisions(working, inForce, inForce);
    }

    /** An adjustment opens the next working revision; the one in force stays. */
    Revisions openNext() {
        return new Revisions(working + 1, inForce, published);
    }
}
