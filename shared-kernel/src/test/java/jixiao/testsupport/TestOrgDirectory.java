package jixiao.testsupport;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.OrgDirectory;
import org.jixiao.sharedkernel.access.OrgKind;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jixiao.sharedkernel.access.Role;

/**
 * A double of the platform's organisation tree: the units a test adds. {@link #region}, {@link #department} and
 * {@link #unit} build the tree the way the platform does (a unit's path is its parent's plus its code).
 */
public class TestOrgDirectory implements OrgDirectory {

    private final Map<OrgCode, OrgUnitRef> units = new ConcurrentHashMap<>();

    @Override
    public Optional<OrgUnitRef> find(OrgCode code) {
        return Optional.ofNullable(units.get(code));
    }

    @Override
    public Map<OrgCode, String> namesOf(Collection<OrgCode> codes) {
        Map<OrgCode, String> names = new LinkedHashMap<>();
        codes.forEach(code -> find(code).ifPresent(unit -> names.put(code, unit.name())));
        return names;
    }

    /** A region under {@code parent} (null: a province). */
    public OrgUnitRef region(String code, String name, OrgUnitRef parent) {
        OrgPath path = OrgPath.parse((parent == null ? "/" : parent.path().toString()) + code + "/");
        return add(new OrgUnitRef(OrgCode.of(code), name, OrgKind.REGION, path, RegionCode.of(code), null));
    }

    public OrgUnitRef department(String code, String name, OrgUnitRef region) {
        return add(new OrgUnitRef(OrgCode.of(code), name, OrgKind.DEPARTMENT,
                OrgPath.parse(region.path() + code + "/"), region.region(), null));
    }

    /** A unit under a department or directly under a region. */
    public OrgUnitRef unit(String code, String name, OrgUnitRef parent) {
        OrgCode department = parent.kind() == OrgKind.DEPARTMENT ? parent.code() : null;
        return add(new OrgUnitRef(OrgCode.of(code), name, OrgKind.UNIT, OrgPath.parse(parent.path() + code + "/"),
                parent.region(), department));
    }

    /** A caller of {@code role} acting for {@code org}. */
    public static Caller caller(String username, Role role, OrgUnitRef org) {
        return new Caller(username, role, org.code(), org.path());
    }

    private OrgUnitRef add(OrgUnitRef unit) {
        units.put(unit.code(), unit);
        return unit;
    }
}
