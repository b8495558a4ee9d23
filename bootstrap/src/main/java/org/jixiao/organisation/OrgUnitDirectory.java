package org.jixiao.organisation;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.access.OrgDirectory;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.springframework.stereotype.Component;

/** The stages' view of the organisation tree. */
@Component
class OrgUnitDirectory implements OrgDirectory {

    private final OrgUnitRepository units;

    OrgUnitDirectory(OrgUnitRepository units) {
        this.units = units;
    }

    @Override
    public Optional<OrgUnitRef> find(OrgCode code) {
        return units.find(code.value()).map(OrgUnit::ref);
    }

    @Override
    public Map<OrgCode, String> namesOf(Collection<OrgCode> codes) {
        return codes.isEmpty() ? Map.of() : units.namesOf(codes.stream().map(OrgCode::value).distinct().toList());
    }
}
