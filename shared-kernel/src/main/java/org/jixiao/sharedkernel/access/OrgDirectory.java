package org.jixiao.sharedkernel.access;

import java.util.Optional;

import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.OrgCode;

/** Port: the organisation tree, as the stages look codes up in it. Implemented by the platform. */
public interface OrgDirectory {

    Optional<OrgUnitRef> find(OrgCode code);

    /** The unit with this code, or 404. */
    default OrgUnitRef require(OrgCode code) {
        return find(code).orElseThrow(() -> new NotFoundException("orgUnit", code.value()));
    }
}
