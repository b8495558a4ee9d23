package org.jixiao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.access.OrgKind;
import org.junit.jupiter.api.Test;

class OrgUnitTests {

    static final OrgUnit XINJIANG = OrgUnit.place("650000", "新疆", OrgKind.REGION, null);
    static final OrgUnit URUMQI = OrgUnit.place("650100", "乌鲁木齐市", OrgKind.REGION, XINJIANG);
    static final OrgUnit COUNTY = OrgUnit.place("650121", "乌鲁木齐县", OrgKind.REGION, URUMQI);

    private static String fieldOf(Runnable placing) {
        try {
            placing.run();
        } catch (InvalidInputException e) {
            return e.violations().get(0).field() + ":" + e.violations().get(0).code();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void regionsNestByTheirCodes() {
        assertThat(COUNTY.path()).hasToString("/650000/650100/650121/");
        assertThat(COUNTY.region().value()).isEqualTo("650121");
        assertThat(OrgUnit.place("659001", "石河子市", OrgKind.REGION, XINJIANG).path()).hasToString("/650000/659001/");
        assertThat(fieldOf(() -> OrgUnit.place("650200", "克拉玛依市", OrgKind.REGION, URUMQI)))
                .isEqualTo("parentCode:orgUnit.regionOutsideParent");
        assertThat(fieldOf(() -> OrgUnit.place("650100", "again", OrgKind.REGION, URUMQI)))
                .isEqualTo("parentCode:orgUnit.regionOutsideParent");
        assertThat(fieldOf(() -> OrgUnit.place("6501", "short", OrgKind.REGION, XINJIANG))).isEqualTo("code:regionCode.invalid");
    }

    @Test
    void departmentsSitInRegionsAndUnitsInDepartmentsOrRegions() {
        OrgUnit department = OrgUnit.place("D1", "教育局", OrgKind.DEPARTMENT, COUNTY);
        OrgUnit unit = OrgUnit.place("U1", "第一中学", OrgKind.UNIT, department);
        OrgUnit direct = OrgUnit.place("U2", "档案馆", OrgKind.UNIT, COUNTY);
        assertThat(unit.path()).hasToString("/650000/650100/650121/D1/U1/");
        assertThat(unit.region().value()).isEqualTo("650121");
        assertThat(unit.department().value()).isEqualTo("D1");
        assertThat(direct.department()).isNull();
        assertThat(fieldOf(() -> OrgUnit.place("D2", "x", OrgKind.DEPARTMENT, department)))
                .isEqualTo("parentCode:orgUnit.departmentInRegion");
        assertThat(fieldOf(() -> OrgUnit.place("U3", "x", OrgKind.UNIT, unit)))
                .isEqualTo("parentCode:orgUnit.unitInDepartmentOrRegion");
        assertThat(fieldOf(() -> OrgUnit.place("U4", "x", OrgKind.UNIT, null))).isEqualTo("parentCode:orgUnit.parentRequired");
        assertThat(fieldOf(() -> OrgUnit.place("U 5", "x", OrgKind.UNIT, COUNTY))).isEqualTo("code:orgCode.invalid");
    }

    @Test
    void aDepartmentOrUnitCodeCannotBeTakenForARegionCode() {
        for (String code : new String[] {"110000", "650121", "000001"}) {
            assertThat(fieldOf(() -> OrgUnit.place(code, "x", OrgKind.UNIT, COUNTY))).isEqualTo("code:orgUnit.codeLikeRegion");
            assertThat(fieldOf(() -> OrgUnit.place(code, "x", OrgKind.DEPARTMENT, COUNTY))).isEqualTo("code:orgUnit.codeLikeRegion");
        }
        assertThat(OrgUnit.place("1100001", "seven digits", OrgKind.UNIT, COUNTY).code().value()).isEqualTo("1100001");
        assertThat(OrgUnit.place("U110000", "x", OrgKind.UNIT, COUNTY).code().value()).isEqualTo("U110000");
    }

    @Test
    void aPlacementErrorIsAFieldErrorNotAnException() {
        assertThatThrownBy(() -> OrgUnit.place("R1", "x", OrgKind.REGION, null)).isInstanceOf(InvalidInputException.class);
    }
}
