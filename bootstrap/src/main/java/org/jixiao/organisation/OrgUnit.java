package org.jixiao.organisation;

import java.util.regex.Pattern;

import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.access.OrgKind;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jspecify.annotations.Nullable;

/**
 * A place in the organisation tree. Units never move (their path is part of every stage's data); only the name
 * changes, and {@code version} counts the changes. Regions nest by their codes (650121 sits in 650100, which sits in 650000);
 * departments sit in a region; units sit in a department or directly in a region.
 */
record OrgUnit(OrgCode code, String name, OrgKind kind, @Nullable OrgCode parentCode, OrgPath path, RegionCode region,
               @Nullable OrgCode department, long version) {

    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

    /** Places a new unit under {@code parent} (null for a top-level region), enforcing the hierarchy. */
    static OrgUnit place(String code, String name, OrgKind kind, @Nullable OrgUnit parent) {
        OrgCode orgCode = kind == OrgKind.REGION ? regionCode(code) : orgCode(code);
        if (parent == null) {
            if (kind != OrgKind.REGION) {
                throw InvalidInputException.of("parentCode", "orgUnit.parentRequired");
            }
            RegionCode region = RegionCode.of(code);
            return new OrgUnit(orgCode, name, kind, null, OrgPath.root(orgCode), region, null, 0);
        }
        OrgPath path = parent.path().child(orgCode);
        return switch (kind) {
            case REGION -> {
                RegionCode region = RegionCode.of(code);
                if (parent.kind() != OrgKind.REGION || region.equals(parent.region()) || !region.isWithin(parent.region())) {
                    throw InvalidInputException.of("parentCode", "orgUnit.regionOutsideParent", code, parent.code().value());
                }
                yield new OrgUnit(orgCode, name, kind, parent.code(), path, region, null, 0);
            }
            case DEPARTMENT -> {
                if (parent.kind() != OrgKind.REGION) {
                    throw InvalidInputException.of("parentCode", "orgUnit.departmentInRegion");
                }
                yield new OrgUnit(orgCode, name, kind, parent.code(), path, parent.region(), null, 0);
            }
            case UNIT -> {
                if (parent.kind() == OrgKind.UNIT) {
                    throw InvalidInputException.of("parentCode", "orgUnit.unitInDepartmentOrRegion");
                }
                OrgCode department = parent.kind() == OrgKind.DEPARTMENT ? parent.code() : null;
                yield new OrgUnit(orgCode, name, kind, parent.code(), path, parent.region(), department, 0);
            }
        };
    }

    OrgUnitRef ref() {
        return new OrgUnitRef(code, name, kind, path, region, department);
    }

    private static OrgCode regionCode(String code) {
        if (!RegionCode.isValid(code)) {
            throw InvalidInputException.at("code", new InvalidValueException("regionCode.invalid", code));
        }
        return OrgCode.of(code);
    }

    /** A department's or unit's code: never six digits, which would be taken for (and block) a region's code. */
    private static OrgCode orgCode(String code) {
        if (!OrgCode.isValid(code)) {
            throw InvalidInputException.at("code", new InvalidValueException("orgCode.invalid", code));
        }
        if (SIX_DIGITS.matcher(code).matches()) {
            throw InvalidInputException.of("code", "orgUnit.codeLikeRegion", code);
        }
        return OrgCode.of(code);
    }
}
