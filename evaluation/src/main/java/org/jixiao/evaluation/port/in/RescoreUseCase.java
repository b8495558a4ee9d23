package org.jixiao.evaluation.port.in;

import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Rescore (重新计分): finance scores every self-evaluation of a region and year again with the rules in force now
 * (after it changed a rule, say), in the background, and the changed effective results are published.
 */
@PrimaryPort
public interface RescoreUseCase {

    /** Starts a rescore of a region of the caller's subtree, or answers the one already running there. */
    RescoreView start(int fiscalYear, String regionCode);

    /** A rescore of a region the caller sees. */
    RescoreView get(UUID id);

    /** Carries on with the rescores the service did not finish before it stopped. */
    void resumeUnfinished();
}
