package org.jixiao.targeting.port.in;

import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A unit writes its target: creates it, edits it while DRAFT or RETURNED, and submits it for review. */
@PrimaryPort
public interface DraftTargetUseCase {

    TargetView create(CreateTargetCommand command);

    /** @param expectedVersion the version the caller last read, or null; stale → 409 */
    TargetView edit(UUID targetId, TargetContentCommand content, Long expectedVersion);

    TargetView submit(UUID targetId, Long expectedVersion);
}
