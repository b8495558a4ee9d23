package org.jixiao.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTests {

    @Test
    void regionLevelsAndParents() {
        RegionCode county = RegionCode.of("650121");
        assertThat(county.level()).isEqualTo(RegionCode.Level.COUNTY);
        assertThat(county.parent()).contains(RegionCode.of("650100"));
        assertThat(RegionCode.of("650100").level()).isEqualTo(RegionCode.Level.PREFECTURE);
        assertThat(RegionCode.of("650100").parent()).contains(RegionCode.of("650000"));
        assertThat(RegionCode.of("650000").level()).isEqualTo(RegionCode.Level.PROVINCE);
        assertThat(RegionCode.of("650000").parent()).isEmpty();
        assertThat(county.lineage()).containsExactly(county, RegionCode.of("650100"), RegionCode.of("650000"));
    }

    @Test
    void regionsNestByCode() {
        assertThat(RegionCode.of("650121").isWithin(RegionCode.of("650000"))).isTrue();
        assertThat(RegionCode.of("650121").isWithin(RegionCode.of("650121"))).isTrue();
        assertThat(RegionCode.of("650121").isWithin(RegionCode.of("650200"))).isFalse();
        assertThat(RegionCode.of("650000").isWithin(RegionCode.of("650100"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"65012", "6501210", "65012a", "000000", "", " 650121"})
    void malformedRegionCodesAreRejected(String code) {
        assertThatThrownBy(() -> RegionCode.of(code)).isInstanceOf(InvalidValueException.class);
        assertThat(RegionCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"U0101", "D-01", "dept_1", "650121", "A", "abcdefghijklmnopqrstuvwxyz012345"})
    void orgCodes(String code) {
        assertThat(OrgCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "单位", "a b", "abcdefghijklmnopqrstuvwxyz0123456"})
    void malformedOrgCodesAreRejected(String code) {
        assertThatThrownBy(() -> OrgCode.of(code)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aPathPlacesAUnitUnderItsDepartmentAndRegions() {
        OrgPath unit = OrgPath.root(OrgCode.of("650000")).child(OrgCode.of("650100")).child(OrgCode.of("650121"))
                .child(OrgCode.of("D01")).child(OrgCode.of("U0101"));
        assertThat(unit).hasToString("/650000/650100/650121/D01/U0101/");
        assertThat(OrgPath.parse("/650000/650100/650121/D01/U0101/")).isEqualTo(unit);
        assertThat(unit.leaf()).isEqualTo(OrgCode.of("U0101"));
        assertThat(unit.depth()).isEqualTo(5);
        assertThat(unit.passesThrough(OrgCode.of("D01"))).isTrue();
        assertThat(unit.passesThrough(OrgCode.of("D0"))).isFalse();
    }

    @Test
    void subtreesAreWholeSegmentsNotStringPrefixes() {
        OrgPath department = OrgPath.parse("/650000/D1/");
        assertThat(OrgPath.parse("/650000/D1/U1/").isWithin(department)).isTrue();
        assertThat(department.isWithin(department)).isTrue();
        assertThat(OrgPath.parse("/650000/D10/U1/").isWithin(department)).isFalse();
        assertThat(OrgPath.parse("/650000/").isWithin(department)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "//", "650000/", "/650000", "/650000//U1/"})
    void malformedPathsAreRejected(String text) {
        assertThatThrownBy(() -> OrgPath.parse(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void pathsAreImmutable() {
        OrgPath path = new OrgPath(new java.util.ArrayList<>(List.of(OrgCode.of("650000"))));
        assertThatThrownBy(() -> path.codes().add(OrgCode.of("X"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
