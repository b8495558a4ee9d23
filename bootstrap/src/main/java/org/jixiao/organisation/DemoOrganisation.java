package org.jixiao.organisation;

import java.util.List;

import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.OrgKind;
import org.jixiao.sharedkernel.access.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data (profile {@code demo}): the region tree 650000 新疆 &gt; 650100 乌鲁木齐市 &gt; 650121 乌鲁木齐县 with a few
 * departments and units, and one account per role, all with the password {@value #PASSWORD}. Created once; a
 * restart on the same data leaves it as it is.
 */
@Component
@Profile("demo")
@Order(10)
class DemoOrganisation implements ApplicationRunner {

    static final String PASSWORD = "Jixiao@2026";

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private record Place(String code, String name, OrgKind kind, @Nullable String parent) {
    }

    private record Login(String username, String displayName, Role role, String org) {
    }

    private static final List<Place> TREE = List.of(
            new Place("650000", "新疆维吾尔自治区", OrgKind.REGION, null),
            new Place("650100", "乌鲁木齐市", OrgKind.REGION, "650000"),
            new Place("650121", "乌鲁木齐县", OrgKind.REGION, "650100"),
            new Place("D650121-EDU", "乌鲁木齐县教育局", OrgKind.DEPARTMENT, "650121"),
            new Place("D650121-AGR", "乌鲁木齐县农业农村局", OrgKind.DEPARTMENT, "650121"),
            new Place("U650121-EDU-01", "乌鲁木齐县第一中学", OrgKind.UNIT, "D650121-EDU"),
            new Place("U650121-EDU-02", "乌鲁木齐县第二小学", OrgKind.UNIT, "D650121-EDU"),
            new Place("U650121-AGR-01", "乌鲁木齐县农业技术推广站", OrgKind.UNIT, "D650121-AGR"),
            new Place("U650121-ARCH", "乌鲁木齐县档案馆", OrgKind.UNIT, "650121"),
            new Place("D650100-HEALTH", "乌鲁木齐市卫生健康委员会", OrgKind.DEPARTMENT, "650100"),
            new Place("U650100-HEALTH-01", "乌鲁木齐市疾病预防控制中心", OrgKind.UNIT, "D650100-HEALTH"));

    private static final List<Login> ACCOUNTS = List.of(
            new Login("finance-xj", "自治区财政厅", Role.FINANCE, "650000"),
            new Login("finance-urumqi", "乌鲁木齐市财政局", Role.FINANCE, "650100"),
            new Login("finance-county", "乌鲁木齐县财政局", Role.FINANCE, "650121"),
            new Login("auditor-county", "乌鲁木齐县人大预算工委", Role.AUDITOR, "650121"),
            new Login("expert-agency", "第三方评估机构（县财政局委托）", Role.EXPERT, "650121"),
            new Login("dept-edu", "乌鲁木齐县教育局", Role.DEPARTMENT, "D650121-EDU"),
            new Login("unit-school1", "乌鲁木齐县第一中学", Role.UNIT, "U650121-EDU-01"),
            new Login("unit-school2", "乌鲁木齐县第二小学", Role.UNIT, "U650121-EDU-02"),
            new Login("unit-archive", "乌鲁木齐县档案馆", Role.UNIT, "U650121-ARCH"));

    private final OrgUnitService units;
    private final OrgUnitRepository unitRows;
    private final AccountService accounts;
    private final AccountRepository accountRows;

    DemoOrganisation(OrgUnitService units, OrgUnitRepository unitRows, AccountService accounts,
            AccountRepository accountRows) {
        this.units = units;
        this.unitRows = unitRows;
        this.accounts = accounts;
        this.accountRows = accountRows;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Caller system = new Caller("demo", Role.ADMIN, null, null);
        for (Place place : TREE) {
            if (!unitRows.exists(place.code())) {
                units.create(system, place.code(), place.name(), place.kind(), place.parent());
            }
        }
        for (Login login : ACCOUNTS) {
            if (!accountRows.exists(login.username())) {
                accounts.create(system, login.username(), PASSWORD, login.displayName(), login.role(), login.org());
            }
        }
        log.info("Demo organisation ready: {} units, {} accounts with the password {}", TREE.size(), ACCOUNTS.size(),
                PASSWORD);
    }
}
