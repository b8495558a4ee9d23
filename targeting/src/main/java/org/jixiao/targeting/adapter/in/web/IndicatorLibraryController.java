package org.jixiao.targeting.adapter.in.web;

import java.net.URI;
import java.util.UUID;

import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.targeting.domain.LibraryIndicator;
import org.jixiao.targeting.events.Level1;
import org.jixiao.targeting.port.in.IndicatorLibraryUseCase;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/indicator-library")
@Tag(name = "Common indicator library (共性指标库)", description = "Indicators by industry to copy into targets")
class IndicatorLibraryController {

    private final IndicatorLibraryUseCase library;

    IndicatorLibraryController(IndicatorLibraryUseCase library) {
        this.library = library;
    }

    @GetMapping
    @Operation(operationId = "searchIndicatorLibrary",
            summary = "Search the library by industry, level 1 and text in name or guidance (查询共性指标)",
            description = "The shared indicator library (共性指标库) every region reads, filtered by industry, level 1 and text "
            + "in the name or guidance; entries are copied into targets by libraryId.")
    Page<LibraryIndicator> search(@RequestParam(required = false) String industry,
            @RequestParam(required = false) Level1 level1, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return library.search(industry, level1, q, PageQuery.of(page, size));
    }

    @PostMapping
    @AllowedRoles(Role.FINANCE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addLibraryIndicator",
            summary = "Add an entry (新增共性指标): FINANCE, ADMIN",
            description = "Adds an entry with its level 1 and level 2, operator, unit and guidance; answers 201 with its "
            + "Location and, as version 0, its ETag.")
    ResponseEntity<LibraryIndicator> add(@Valid @RequestBody TargetRequests.LibraryEntry request) {
        LibraryIndicator entry = library.add(request.industry(), request.level1(), request.level2(), request.name(),
                request.operator(), request.unit(), request.guidance());
        return ResponseEntity.created(URI.create("/api/v1/indicator-library/" + entry.id()))
                .eTag(Long.toString(entry.version())).body(entry);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getLibraryIndicator",
            summary = "One entry of the library (共性指标)",
            description = "One entry of the shared library, with version as ETag.")
    ResponseEntity<LibraryIndicator> get(@PathVariable UUID id) {
        LibraryIndicator entry = library.get(id);
        return ResponseEntity.ok().eTag(Long.toString(entry.version())).body(entry);
    }
}
