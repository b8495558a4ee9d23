package org.jixiao.organisation;

import java.net.URI;
import java.util.Map;

import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.OrgKind;
import org.jixiao.sharedkernel.access.ResourceFirst;
import org.jixiao.sharedkernel.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/org-units")
@Tag(name = "Organisation units (机构)", description = "Regions, departments and units in one tree")
class OrgUnitController implements ResourceFirst {

    record CreateOrgUnit(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String name,
                         @NotNull OrgKind kind, @Size(max = 32) @Nullable String parentCode) {
    }

    /** Only the name changes; {@code version} (or If-Match) is optional, 409 when stale. */
    record RenameOrgUnit(@NotBlank @Size(max = 200) String name, @Nullable Long version) {
    }

    record OrgUnitView(String code, String name, OrgKind kind, @Nullable String parentCode, String regionCode,
                       @Nullable String departmentCode, String path, long version) {

        static OrgUnitView of(OrgUnit unit) {
            return new OrgUnitView(unit.code().value(), unit.name(), unit.kind(),
                    unit.parentCode() == null ? null : unit.parentCode().value(), unit.region().value(),
                    unit.department() == null ? null : unit.department().value(), unit.path().toString(),
                    unit.version());
        }
    }

    private final OrgUnitService service;
    private final CallerContext callers;

    OrgUnitController(OrgUnitService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @PostMapping
    @AllowedRoles(Role.FINANCE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createOrgUnit",
            summary = "Create an organisation unit (新建机构): ADMIN anywhere, FINANCE inside its region",
            description = "Creates a REGION, DEPARTMENT or UNIT under parentCode (ADMIN may leave it out for a new "
            + "top-level region); its code is permanent. Answers 201 with its Location and ETag.")
    ResponseEntity<OrgUnitView> create(@Valid @RequestBody CreateOrgUnit request) {
        OrgUnit unit = service.create(callers.current(), request.code(), request.name(), request.kind(),
                request.parentCode());
        return ResponseEntity.created(URI.create("/api/v1/org-units/" + unit.code().value()))
                .eTag(Long.toString(unit.version())).body(OrgUnitView.of(unit));
    }

    @GetMapping("/{code}")
    @Operation(operationId = "getOrgUnit",
            summary = "One organisation unit inside the caller's subtree (查询机构)",
            description = "One organisation unit of the caller's subtree, with its parent, kind, path and version as ETag.")
    ResponseEntity<OrgUnitView> get(@PathVariable String code) {
        return withEtag(service.get(callers.current(), code));
    }

    @PutMapping("/{code}")
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "renameOrgUnit",
            summary = "Rename an organisation unit (机构更名); units never move",
            description = "Changes the name only; codes and the tree stay as they are.")
    ResponseEntity<OrgUnitView> rename(@PathVariable String code, @Valid @RequestBody RenameOrgUnit request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(service.rename(callers.current(), code, request.name(),
                ExpectedVersion.of(ifMatch, request.version())));
    }

    private static ResponseEntity<OrgUnitView> withEtag(OrgUnit unit) {
        return ResponseEntity.ok().eTag(Long.toString(unit.version())).body(OrgUnitView.of(unit));
    }

    @GetMapping
    @Operation(operationId = "listOrgUnits",
            summary = "Organisation units of the caller's subtree, or the children of parentCode (机构列表)",
            description = "Organisation units of the caller's subtree in tree order, or only the children of parentCode.")
    Page<OrgUnitView> list(@RequestParam(required = false) @Nullable String parentCode,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return service.list(callers.current(), parentCode, PageQuery.of(page, size)).map(OrgUnitView::of);
    }

    /** The unit named in the path, for 404 and 403 before a body is judged. */
    @Override
    public void requireVisible(Map<String, String> path) {
        if (path.get("code") != null) {
            service.get(callers.current(), path.get("code"));
        }
    }
}
