package org.jixiao.monitoring.port.in;

import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** The owning unit files (and corrects) its monitoring reports; its department, finance and auditors read them. */
@PrimaryPort
public interface FileReportUseCase {

    /** Files the report of the caller's own target in the round; a stale {@code expectedVersion} is a 409. */
    ReportView file(FileReportCommand command, @Nullable Long expectedVersion);

    /** A report the caller can see: its own unit's, or one in its subtree. */
    ReportView get(UUID roundId, UUID targetId);
}
