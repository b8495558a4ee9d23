package org.jixiao.organisation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;

import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.access.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and reading accounts: ADMIN creates any; FINANCE creates the accounts of its region's subtree. */
@Service
class AccountService {

    /** bcrypt reads at most 72 bytes of a password; a longer one (25 Chinese characters do it) is refused. */
    static final int MAX_PASSWORD_BYTES = 72;

    /** True when bcrypt can hold the whole password. */
    static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    /** The roles a finance bureau may give (never FINANCE or ADMIN). */
    private static final Set<Role> FINANCE_GRANTS = Set.of(Role.DEPARTMENT, Role.UNIT, Role.EXPERT, Role.AUDITOR);

    private final AccountRepository accounts;
    private final OrgUnitRepository units;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountService(AccountRepository accounts, OrgUnitRepository units, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    Account create(Caller caller, String username, String password, String displayName, Role role, String orgCode) {
        if (!caller.isAdmin() && !FINANCE_GRANTS.contains(role)) {
            throw ForbiddenException.role();
        }
        OrgUnit org = null;
        if (orgCode != null) {
            org = units.find(orgCode)
                    .orElseThrow(() -> InvalidInputException.of("orgCode", "account.unknownOrg", orgCode));
            caller.requireCovers(org.path());
            if (!role.bindsTo(org.kind())) {
                throw InvalidInputException.of("orgCode", "account.roleOrgKind", role.name(), org.kind().name());
            }
        } else if (role != Role.ADMIN) {
            throw InvalidInputException.of("orgCode", "account.orgRequired", role.name());
        }
        if (!fitsBcrypt(password)) {
            throw InvalidInputException.of("password", "account.passwordTooLong", MAX_PASSWORD_BYTES);
        }
        if (accounts.exists(username)) {
            throw new StateConflictException("account.duplicate", null, username);
        }
        Account account = new Account(username, displayName, role, org == null ? null : org.code(), true,
                clock.instant());
        accounts.insert(account, passwords.encode(password), caller.username());
        return account;
    }

    /** An account the caller may see: their own, or one in their subtree for ADMIN, FINANCE and AUDITOR. */
    Account get(Caller caller, String username) {
        boolean own = caller.username().equals(username);
        if (!own) {
            caller.requireRole(Role.FINANCE, Role.AUDITOR);
        }
        Account account = accounts.find(username).orElseThrow(() -> new NotFoundException("account", username));
        if (own || caller.isAdmin()) {
            return account;
        }
        caller.requireCovers(accounts.pathOf(account).orElseThrow(ForbiddenException::outsideSubtree));
        return account;
    }

    Page<Account> list(Caller caller, String orgCode, PageQuery page) {
        String pattern = caller.subtreePattern();
        if (orgCode != null) {
            OrgUnit org = units.find(orgCode).orElseThrow(() -> new NotFoundException("orgUnit", orgCode));
            pattern = caller.subtreePatternWithin(org.path());
        }
        return Page.of(accounts.page(pattern, orgCode, page), page, accounts.count(pattern, orgCode));
    }
}
