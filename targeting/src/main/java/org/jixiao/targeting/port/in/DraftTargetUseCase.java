package org.jixiao.targeting.port.in;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jixiao.sharedkernel.InvalidInputException.FieldViolation;
import org.jixiao.targeting.events.TargetKind;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** A unit writes its target: creates it, edits it while DRAFT or RETURNED, submits it, and adjusts it once approved. */
@PrimaryPort
public interface DraftTargetUseCase {

    TargetView create(CreateTargetCommand command);

    /**
     * The business rules a create or edit body breaks, judged beside its shape so that one 400 names every field
     * at fault: the project code for the kind, the amount and the indicator tree. Parts the shape already refused
     * are passed as null and left out. Reads (the library), never writes.
     */
    List<FieldViolation> ruleViolations(@Nullable TargetKind kind, @Nullable String projectCode,
            @Nullable BigDecimal budgetAmount, List<TargetContentCommand.@Nullable IndicatorCommand> indicators);

    /** @param expectedVersion the version the caller last read, or null; stale → 409 */
    TargetView edit(UUID targetId, TargetContentCommand content, @Nullable Long expectedVersion);

    TargetView submit(UUID targetId, @Nullable Long expectedVersion);

    /** Opens revision n + 1 of an approved target (调整) as a draft to edit and submit; the old one stays in force. */
    TargetView adjust(UUID targetId, @Nullable String reason, @Nullable Long expectedVersion);
}
