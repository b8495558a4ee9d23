package org.jixiao.monitoring.port.in;

import java.util.UUID;

import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.monitoring.domain.RoundScope;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** Finance opens monitoring rounds in its region; everyone inside or above the region reads them. */
@PrimaryPort
public interface RoundUseCase {

    /**
     * Opens a round in a region of the caller's subtree and takes its snapshot: one report per target in force of
     * the scope (PROJECT: projects and policies) in the region's subtree, at its revision in force, as monitoring's
     * copy holds it. The same year, region, month and scope twice is a 409.
     */
    RoundView open(OpenRoundCommand command);

    /** A round the caller can see: one of its own region or of a region above or below it. */
    RoundView get(UUID id);

    /** The rounds the caller can see, newest year and latest cut-off first, optionally of a year, region or scope. */
    Page<RoundView> list(@Nullable Integer fiscalYear, @Nullable String regionCode, @Nullable RoundScope scope,
            PageQuery page);
}
