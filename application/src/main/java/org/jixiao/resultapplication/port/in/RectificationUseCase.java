package org.jixiao.resultapplication.port.in;

import java.util.UUID;

import org.jixiao.resultapplication.domain.RectificationSource;
import org.jixiao.resultapplication.domain.RectificationStatus;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/**
 * Rectification tasks (整改): the unit (or its department) responds, finance verifies, everyone in the subtree reads.
 */
@PrimaryPort
public interface RectificationUseCase {

    /** The tasks in the caller's subtree, narrowed by the filters, newest deadline first. */
    Page<RectificationView> list(@Nullable Integer fiscalYear, @Nullable RectificationStatus status,
            @Nullable String unitCode, @Nullable String regionCode, @Nullable RectificationSource source,
            PageQuery page);

    RectificationView get(UUID id);

    /** The responsible unit (or its department) answers: → RESPONDED. A verified task → 409. */
    RectificationView respond(UUID id, String text, @Nullable String attachmentRef, @Nullable Long expectedVersion);

    /** Finance verifies the response: accepted → VERIFIED, else back to OPEN. Not responded → 409. */
    RectificationView verify(UUID id, boolean accepted, @Nullable String opinion, @Nullable Long expectedVersion);
}
