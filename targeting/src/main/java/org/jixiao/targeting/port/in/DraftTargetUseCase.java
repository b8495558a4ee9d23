package org.jixiao.targeting.port.in;

import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** A unit writes its target: creates it, edits it while DRAFT or RETURNED, submits it, and adjusts it once approved. */
@PrimaryPort
public interface DraftTargetUseCase {

    TargetView create(CreateTargetCommand command);

    /** @param expectedVersion the version the caller last read, or null; stale → 409 */
    TargetView edit(UUID targetId, TargetContentCommand content, @Nullable Long expectedVersion);

    TargetView submit(UUID targetId, @Nullable Long expectedVersion);

    /** Opens revision n + 1 of an approved target (调整) as a draft to edit and submit; the old one stays in force. */
    TargetView adjust(UUID targetId, @Nullable String reason, @Nullable Long expectedVersion);
}
