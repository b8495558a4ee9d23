package org.jixiao.targeting.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.targeting.domain.LibraryIndicator;
import org.jixiao.targeting.events.Level1;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.Nullable;

/** The stored common indicator library. */
@SecondaryPort
public interface IndicatorLibrary {

    /** Adds an entry; 409 when the industry already has an entry of that name. */
    void add(LibraryIndicator entry, String createdBy);

    /** The entries with these ids that exist, in one query. */
    Map<UUID, LibraryIndicator> find(Collection<UUID> ids);

    /** @param text matched against name and guidance, case-insensitively; null for all */
    Page<LibraryIndicator> search(@Nullable String industry, @Nullable Level1 level1, @Nullable String text, PageQuery page);
}
