package org.jixiao.targeting.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.targeting.domain.LibraryIndicator;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.events.Level2;
import org.jixiao.targeting.events.Operator;
import org.jixiao.targeting.port.in.IndicatorLibraryUseCase;
import org.jixiao.targeting.port.out.IndicatorLibrary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The common indicator library: one shared catalogue; finance and the administrator maintain it. */
@Service
class IndicatorLibraryService implements IndicatorLibraryUseCase {

    private final IndicatorLibrary library;
    private final CallerContext callers;

    IndicatorLibraryService(IndicatorLibrary library, CallerContext callers) {
        this.library = library;
        this.callers = callers;
    }

    @Override
    @Transactional
    public LibraryIndicator add(String industry, Level1 level1, Level2 level2, String name, Operator operator,
            @Nullable String unit, @Nullable String guidance) {
        Caller caller = callers.current();
        LibraryIndicator entry = LibraryIndicator.of(industry, level1, level2, name, operator, unit, guidance);
        library.add(entry, caller.username());
        return entry;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<LibraryIndicator> search(@Nullable String industry, @Nullable Level1 level1, @Nullable String text, PageQuery page) {
        return library.search(industry, level1, text == null || text.isBlank() ? null : text.strip(), page);
    }

    @Override
    @Transactional(readOnly = true)
    public LibraryIndicator get(UUID id) {
        return Optional.ofNullable(library.find(List.of(id)).get(id))
                .orElseThrow(() -> new NotFoundException("libraryIndicator", id));
    }
}
