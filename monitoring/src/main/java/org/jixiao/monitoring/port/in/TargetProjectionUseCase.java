package org.jixiao.monitoring.port.in;

import org.jixiao.sharedkernel.events.ProjectionStatus;
import org.jixiao.targeting.events.TargetApproved;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Monitoring's own copy of the targets in force (a projection), which rounds snapshot from: kept from targeting's
 * approvals as they happen, and rebuilt from targeting's query API so that targets approved before monitoring
 * existed, or while its listener was failing, are never missing.
 */
@PrimaryPort
public interface TargetProjectionUseCase {

    /**
     * Keeps an approval: the target at its revision in force with its indicators, replacing an earlier revision.
     * A redelivered approval, or one older than the revision the copy holds, changes nothing.
     *
     * @return whether the copy changed
     */
    boolean keep(TargetApproved approval);

    /**
     * Starts reading every target in force from targeting into the copy, in the background, unless a rebuild is
     * running; the live approvals keep arriving meanwhile and a later revision always wins.
     */
    ProjectionStatus rebuild();

    /** Rebuilds when the copy holds no target at all: monitoring is new, or its schema was reset. */
    void rebuildIfEmpty();

    ProjectionStatus status();
}
