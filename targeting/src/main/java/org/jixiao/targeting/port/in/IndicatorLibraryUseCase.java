package org.jixiao.targeting.port.in;

import java.util.UUID;

import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.targeting.domain.LibraryIndicator;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** Searching the common indicator library (everyone) and adding to it (FINANCE, ADMIN). */
@PrimaryPort
public interface IndicatorLibraryUseCase {

    LibraryIndicator add(String industry, Level1 level1, Level2 level2, String name, Operator operator, @Nullable String unit,
            @Nullable String guidance);

    Page<LibraryIndicator> search(@Nullable String industry, @Nullable Level1 level1, @Nullable String text, PageQuery page);

    /** One entry; 404 when there is none. */
    LibraryIndicator get(UUID id);
}
