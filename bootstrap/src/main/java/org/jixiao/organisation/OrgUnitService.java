package org.jixiao.organisation;

import java.time.Clock;

import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.access.OrgDirectory;
import org.jixiao.sharedkernel.access.OrgKind;
import org.jixiao.sharedkernel.access.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and reading the organisation tree, each act inside the caller's subtree. */
@Service
class OrgUnitService {

    private final OrgUnitRepository units;
    private final OrgDirectory directory;
    private final Clock clock;

    OrgUnitService(OrgUnitRepository units, OrgDirectory directory, Clock clock) {
        this.units = units;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * ADMIN places anything anywhere, including a new top-level region; FINANCE places regions, departments and
     * units inside its own region's subtree.
     */
    @Transactional
    OrgUnit create(Caller caller, String code, String name, OrgKind kind, @Nullable String parentCode) {
        OrgUnit parent = null;
        if (parentCode != null) {
            parent = units.find(parentCode)
                    .orElseThrow(() -> InvalidInputException.of("parentCode", "orgUnit.unknownParent", parentCode));
            caller.requireCovers(parent.path());
        } else if (!caller.isAdmin()) {
            throw ForbiddenException.outsideSubtree();
        }
        OrgUnit unit = OrgUnit.place(code, name, kind, parent);
        if (units.exists(code)) {
            throw new StateConflictException("orgUnit.duplicate", null, code);
        }
        units.insert(unit, caller.username());
        return unit;
    }

    /** A new name (the code, kind and place never change): ADMIN, or FINANCE for a unit inside its region. */
    @Transactional
    OrgUnit rename(Caller caller, String code, String name, @Nullable Long expected) {
        OrgUnit unit = get(caller, code);
        ExpectedVersion.check(expected, unit.version(), unit.kind().name());
        if (!units.rename(code, name, unit.version(), caller.username(), clock.instant())) {
            throw new StateConflictException("problem.staleVersion", unit.kind().name());
        }
        return get(caller, code);
    }

    OrgUnit get(Caller caller, String code) {
        OrgUnit unit = units.find(code).orElseThrow(() -> new NotFoundException("orgUnit", code));
        caller.requireCovers(unit.path());
        return unit;
    }

    /** The units of the caller's subtree, or the children of {@code parentCode} (403 when it lies outside). */
    Page<OrgUnit> list(Caller caller, @Nullable String parentCode, PageQuery page) {
        // a malformed code is a 400; an unknown one the same 403 as one outside the caller's subtree
        Scope scope = caller.scopeWithin(directory.unitFilter("parentCode", parentCode).orElse(null));
        return Page.of(units.page(scope, parentCode, page), page, units.count(scope, parentCode));
    }
}
