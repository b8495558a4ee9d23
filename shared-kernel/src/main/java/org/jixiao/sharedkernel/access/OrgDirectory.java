package org.jixiao.sharedkernel.access;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.OrgCode;

/** Port: the organisation tree, as the stages look codes up in it. Implemented by the platform. */
public interface OrgDirectory {

    Optional<OrgUnitRef> find(OrgCode code);

    /** The names of the units with these codes, in one lookup (a page of rows names many units); unknown codes are left out. */
    Map<OrgCode, String> namesOf(Collection<OrgCode> codes);

    /** The unit with this code, or 404. */
    default OrgUnitRef require(OrgCode code) {
        return find(code).orElseThrow(() -> new NotFoundException("orgUnit", code.value()));
    }
}
