package org.jixiao.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.access.OrgKind;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.sharedkernel.rules.RuleKey;
import org.junit.jupiter.api.Test;

class RulesAndAccessTests {

    static final RuleKey<GradeBands> BANDS = RuleKey.gradeBands("x.gradeBands", "bands", GradeBands.NATIONAL_DEFAULT);

    private static Map<String, Object> bands(Object excellent, Object good, Object fair) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("EXCELLENT", excellent);
        json.put("GOOD", good);
        json.put("FAIR", fair);
        return json;
    }

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidValueException e) {
            return e.code();
        }
        throw new AssertionError("no InvalidValueException");
    }

    @Test
    void gradeBandsReadAndWriteTheirJson() {
        GradeBands read = BANDS.read(bands(new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("60")));
        assertThat(read.gradeOf(Score.of("79.99"))).isEqualTo(Grade.GOOD);
        assertThat(BANDS.write(read)).isEqualTo(bands(new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("60")));
    }

    @Test
    void malformedRuleValuesAreRejectedWithAReason() {
        assertThat(codeOf(() -> BANDS.read(List.of(1)))).isEqualTo("rule.notAnObject");
        assertThat(codeOf(() -> BANDS.read(Map.of("EXCELLENT", BigDecimal.TEN)))).isEqualTo("rule.missingEntry");
        Map<String, Object> extra = bands(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO);
        extra.put("SUPERB", BigDecimal.TEN);
        assertThat(codeOf(() -> BANDS.read(extra))).isEqualTo("rule.unknownEntry");
        assertThat(codeOf(() -> BANDS.read(bands("ninety", new BigDecimal("80"), new BigDecimal("60"))))).isEqualTo("rule.notANumber");
        assertThat(codeOf(() -> BANDS.read(bands(new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("60"))))).isEqualTo("gradeBands.notDescending");
        assertThat(codeOf(() -> BANDS.read(null))).isEqualTo("rule.notAnObject");
    }

    @Test
    void numbersStayInTheirRange() {
        RuleKey<BigDecimal> percent = RuleKey.number("x.percent", "p", BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(percent.read(new BigDecimal("100"))).isEqualByComparingTo("100");
        assertThat(percent.read(0)).isEqualByComparingTo("0");
        assertThat(codeOf(() -> percent.read(new BigDecimal("100.01")))).isEqualTo("rule.outOfRange");
        assertThat(codeOf(() -> percent.read(new BigDecimal("-0.01")))).isEqualTo("rule.outOfRange");
        assertThat(codeOf(() -> percent.read("10"))).isEqualTo("rule.notANumber");
    }

    /** Points as a value type: a split of 100 kept as two numbers, each 0–100, summing to exactly 100. */
    record Split(BigDecimal first, BigDecimal second) {
        Split {
            RuleKey.requireSumOfHundred(List.of(first, second));
        }

        Map<String, BigDecimal> byName() {
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            points.put("FIRST", first);
            points.put("SECOND", second);
            return points;
        }
    }

    @Test
    void pointsAreReadIntoTheirValueTypeWhichChecksTheSum() {
        RuleKey<Split> split = RuleKey.points("x.split", "s", new Split(BigDecimal.valueOf(60), BigDecimal.valueOf(40)),
                points -> new Split(points.get("FIRST"), points.get("SECOND")), Split::byName);
        assertThat(split.read(Map.of("FIRST", new BigDecimal("99.99"), "SECOND", new BigDecimal("0.01"))))
                .isEqualTo(new Split(new BigDecimal("99.99"), new BigDecimal("0.01")));
        assertThat(codeOf(() -> split.read(Map.of("FIRST", new BigDecimal("99.99"), "SECOND", BigDecimal.ZERO))))
                .isEqualTo("rule.sumNotHundred");
        assertThat(codeOf(() -> split.read(Map.of("FIRST", new BigDecimal("100.01"), "SECOND", new BigDecimal("-0.01")))))
                .isEqualTo("rule.outOfRange");
        assertThat(codeOf(() -> split.read(Map.of("FIRST", BigDecimal.TEN)))).isEqualTo("rule.missingEntry");
        assertThat(split.write(split.defaultValue())).hasToString("{FIRST=60, SECOND=40}");
    }

    @Test
    void anOptionalAmountMayBeNull() {
        RuleKey<Optional<Money>> threshold = RuleKey.optionalMoney("x.threshold", "t", Optional.empty());
        assertThat(threshold.read(null)).isEmpty();
        assertThat(threshold.read(new BigDecimal("5000000.00"))).contains(Money.of("5000000"));
        assertThat(codeOf(() -> threshold.read(new BigDecimal("1.001")))).isEqualTo("money.tooManyDecimals");
        assertThat(codeOf(() -> threshold.read(new BigDecimal("-1")))).isEqualTo("rule.outOfRange");
        assertThat(threshold.write(Optional.empty())).isNull();
    }

    @Test
    void aWholeNumberRefusesFractionsAndTheOutOfRange() {
        RuleKey<Integer> days = RuleKey.wholeNumber("x.days", "d", 30, 1, 365);
        assertThat(days.read(new BigDecimal("45"))).isEqualTo(45);
        assertThat(days.read(new BigDecimal("45.00"))).isEqualTo(45);
        assertThat(days.read(365)).isEqualTo(365);
        assertThat(codeOf(() -> days.read(new BigDecimal("45.5")))).isEqualTo("rule.notWhole");
        assertThat(codeOf(() -> days.read(0))).isEqualTo("rule.outOfRange");
        assertThat(codeOf(() -> days.read(366))).isEqualTo("rule.outOfRange");
        assertThat(codeOf(() -> days.read("30"))).isEqualTo("rule.notANumber");
        assertThat(days.write(30)).isEqualTo(BigDecimal.valueOf(30));
        assertThat(days.valueSchema()).containsEntry("type", "integer").containsEntry("maximum", BigDecimal.valueOf(365));
    }

    @Test
    void enumsByNameAcceptOnlyTheirConstants() {
        Map<String, Grade> defaults = new LinkedHashMap<>();
        defaults.put("A", Grade.EXCELLENT);
        RuleKey<Map<String, Grade>> key = RuleKey.enumsByName("x.map", "m", defaults, Grade.class);
        assertThat(key.read(Map.of("A", "POOR"))).containsEntry("A", Grade.POOR);
        assertThat(codeOf(() -> key.read(Map.of("A", "差")))).isEqualTo("rule.notAllowed");
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("A", null);
        assertThatThrownBy(() -> key.read(nullValue)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.arguments()).containsExactly("A", "null"));
    }

    @Test
    void aCallerActsOnlyInsideItsSubtree() {
        Caller finance = new Caller("fin", Role.FINANCE, OrgCode.of("650100"), OrgPath.parse("/650000/650100/"));
        assertThat(finance.covers(OrgPath.parse("/650000/650100/650121/D1/U1/"))).isTrue();
        assertThat(finance.covers(OrgPath.parse("/650000/650100/"))).isTrue();
        assertThat(finance.covers(OrgPath.parse("/650000/"))).isFalse();
        assertThat(finance.covers(OrgPath.parse("/650000/650200/"))).isFalse();
        assertThat(Scope.of(finance).root()).contains(OrgPath.parse("/650000/650100/"));
        assertThatThrownBy(() -> finance.requireCovers(OrgPath.parse("/650000/650200/")))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.code()).isEqualTo("access.outsideSubtree"));
    }

    @Test
    void rolesAreCheckedAndAdminMayDoEverything() {
        Caller unit = new Caller("u", Role.UNIT, OrgCode.of("U1"), OrgPath.parse("/650000/D1/U1/"));
        assertThat(unit.hasRole(Role.UNIT, Role.DEPARTMENT)).isTrue();
        assertThatThrownBy(() -> unit.requireRole(Role.FINANCE)).isInstanceOf(ForbiddenException.class);
        Caller admin = new Caller("admin", Role.ADMIN, null, null);
        assertThat(admin.hasRole(Role.FINANCE)).isTrue();
        assertThat(admin.covers(OrgPath.parse("/999999/"))).isTrue();
        assertThat(Scope.of(admin)).isEqualTo(Scope.everything());
        assertThatThrownBy(() -> new Caller("f", Role.FINANCE, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rolesBindToTheirKindOfOrganisation() {
        assertThat(Role.FINANCE.bindsTo(OrgKind.REGION)).isTrue();
        assertThat(Role.FINANCE.bindsTo(OrgKind.UNIT)).isFalse();
        assertThat(Role.DEPARTMENT.bindsTo(OrgKind.DEPARTMENT)).isTrue();
        assertThat(Role.UNIT.bindsTo(OrgKind.UNIT)).isTrue();
        assertThat(Role.EXPERT.bindsTo(OrgKind.REGION)).isTrue();
        assertThat(Role.AUDITOR.bindsTo(OrgKind.DEPARTMENT)).isFalse();
    }

    @Test
    void aFilterNarrowsAQueryOrIsRefusedWhenApart() {
        Caller county = new Caller("fin", Role.FINANCE, OrgCode.of("650121"), OrgPath.parse("/650000/650100/650121/"));
        OrgPath own = OrgPath.parse("/650000/650100/650121/");
        assertThat(county.scopeWithin(null)).isEqualTo(Scope.subtree(own));
        assertThat(county.scopeWithin(OrgPath.parse("/650000/650100/650121/D1/")))
                .isEqualTo(Scope.subtree(OrgPath.parse("/650000/650100/650121/D1/")));
        assertThat(county.scopeWithin(OrgPath.parse("/650000/"))).as("a filter above is limited to the caller's own")
                .isEqualTo(Scope.subtree(own));
        assertThatThrownBy(() -> county.scopeWithin(OrgPath.parse("/650000/650200/")))
                .isInstanceOf(ForbiddenException.class);
        Caller admin = new Caller("admin", Role.ADMIN, null, null);
        assertThat(admin.scopeWithin(OrgPath.parse("/640000/"))).isEqualTo(Scope.subtree(OrgPath.parse("/640000/")));
        assertThat(admin.scopeWithin(null).covers(OrgPath.parse("/999999/"))).isTrue();
        assertThat(county.scopeWithin(null).covers(OrgPath.parse("/650000/650100/650122/"))).isFalse();
    }

    @Test
    void anExpectedVersionIsCheckedOneWay() {
        assertThat(ExpectedVersion.of(new ExpectedVersion(3), 3L)).isEqualTo(3L);
        assertThat(ExpectedVersion.of(new ExpectedVersion(3), null)).isEqualTo(3L);
        assertThat(ExpectedVersion.of(new ExpectedVersion(3), 5L)).as("header and body disagree: nothing matches")
                .isEqualTo(ExpectedVersion.NONE_MATCHES.value());
        assertThat(ExpectedVersion.of(null, 5L)).isEqualTo(5L);
        assertThat(ExpectedVersion.of(null, null)).isNull();
        ExpectedVersion.check(null, 7, "DRAFT");
        ExpectedVersion.check(7L, 7, "DRAFT");
        assertThatThrownBy(() -> ExpectedVersion.check(6L, 7, "DRAFT"))
                .isInstanceOfSatisfying(StateConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("problem.staleVersion");
                    assertThat(e.currentState()).isEqualTo("DRAFT");
                });
    }
}
