package org.jixiao.sharedkernel.access;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jspecify.annotations.Nullable;

/** Port: the organisation tree, as the stages look codes up in it. Implemented by the platform. */
public interface OrgDirectory {

    Optional<OrgUnitRef> find(OrgCode code);

    /** The names of the units with these codes, in one lookup (a page of rows names many units); unknown codes are left out. */
    Map<OrgCode, String> namesOf(Collection<OrgCode> codes);

    /**
     * The organisation a region filter names ({@code regionCode=650121}), for a {@link Scope}: a malformed region
     * code is a 400 naming {@code field}; an unknown one is a 403, as one outside the caller's subtree is, so a
     * filter reveals nothing about what exists. Empty for no filter.
     */
    default Optional<OrgPath> regionFilter(String field, @Nullable String regionCode) {
        if (regionCode == null) {
            return Optional.empty();
        }
        InvalidInputException.forField(field, () -> RegionCode.of(regionCode)); // a region's code is a unit code too
        return unitFilter(field, regionCode);
    }

    /** The organisation a unit filter names ({@code unitCode=U650121-EDU-01}): 400 when malformed, 403 when unknown. */
    default Optional<OrgPath> unitFilter(String field, @Nullable String unitCode) {
        if (unitCode == null) {
            return Optional.empty();
        }
        OrgCode code = InvalidInputException.forField(field, () -> OrgCode.of(unitCode));
        return Optional.of(find(code).orElseThrow(ForbiddenException::outsideSubtree).path());
    }

    /** The unit with this code, or 404. */
    default OrgUnitRef require(OrgCode code) {
        return find(code).orElseThrow(() -> new NotFoundException("orgUnit", code.value()));
    }
}
