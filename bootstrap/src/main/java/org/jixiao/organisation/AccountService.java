package org.jixiao.organisation;

import java.time.Clock;
import java.util.Set;

import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.access.OrgDirectory;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.sharedkernel.access.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account lifecycle: ADMIN manages any account; FINANCE manages the DEPARTMENT, UNIT, EXPERT and AUDITOR
 * accounts of its region's subtree (creates, changes, disables and enables them, resets their passwords). Every
 * account may read itself and change its own password. Every change takes effect on the next request, because
 * authentication reads the account row on every request.
 */
@Service
class AccountService {

    /** The roles a finance bureau may give and manage (never FINANCE or ADMIN). */
    private static final Set<Role> FINANCE_GRANTS = Set.of(Role.DEPARTMENT, Role.UNIT, Role.EXPERT, Role.AUDITOR);

    private final AccountRepository accounts;
    private final OrgUnitRepository units;
    private final OrgDirectory directory;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountService(AccountRepository accounts, OrgUnitRepository units, OrgDirectory directory,
            PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.directory = directory;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    Account create(Caller caller, String username, String password, String displayName, Role role,
            @Nullable String orgCode) {
        OrgUnit org = placement(caller, role, orgCode);
        PasswordPolicy.check("password", username, password);
        if (accounts.exists(username)) {
            throw new StateConflictException("account.duplicate", null, username);
        }
        Account account = new Account(username, displayName, role, org == null ? null : org.code(), true,
                clock.instant(), 0);
        accounts.insert(account, passwords.encode(password), caller.username());
        return account;
    }

    /** An account the caller may see: their own, or one in their subtree for ADMIN, FINANCE and AUDITOR. */
    Account get(Caller caller, String username) {
        boolean own = caller.username().equals(username);
        if (!own) {
            caller.requireRole(Role.FINANCE, Role.AUDITOR);
        }
        Account account = find(username);
        if (own || caller.isAdmin()) {
            return account;
        }
        caller.requireCovers(accounts.pathOf(account).orElseThrow(ForbiddenException::outsideSubtree));
        return account;
    }

    Page<Account> list(Caller caller, @Nullable String orgCode, PageQuery page) {
        // a malformed code is a 400; an unknown one the same 403 as one outside the caller's subtree
        Scope scope = caller.scopeWithin(directory.unitFilter("orgCode", orgCode).orElse(null));
        return Page.of(accounts.page(scope, orgCode, page), page, accounts.count(scope, orgCode));
    }

    /** Changes display name, role and organisation; the caller must manage the account both before and after. */
    @Transactional
    Account change(Caller caller, String username, String displayName, Role role, @Nullable String orgCode,
            @Nullable Long expected) {
        Account account = managed(caller, username);
        OrgUnit org = placement(caller, role, orgCode);
        Account changed = new Account(username, displayName, role, org == null ? null : org.code(), account.enabled(),
                account.createdAt(), account.version());
        requireVersion(account, expected);
        if (!accounts.updateProfile(changed, account.version(), caller.username(), clock.instant())) {
            throw stale(account);
        }
        return find(username);
    }

    /** Disables (no login, no token works) or enables again; nobody disables their own account. */
    @Transactional
    Account setEnabled(Caller caller, String username, boolean enabled, @Nullable Long expected) {
        Account account = managed(caller, username);
        if (!enabled && caller.username().equals(username)) {
            throw new StateConflictException("account.self", state(account));
        }
        requireVersion(account, expected);
        if (!accounts.updateEnabled(username, enabled, account.version(), caller.username(), clock.instant())) {
            throw stale(account);
        }
        return find(username);
    }

    /**
     * A new password: the account itself gives its current one; whoever manages the account resets it without.
     * The old password stops working on the next request.
     */
    @Transactional
    Account setPassword(Caller caller, String username, @Nullable String currentPassword, String newPassword,
            @Nullable Long expected) {
        boolean own = caller.username().equals(username);
        Account account = own ? find(username) : managed(caller, username);
        if (own) {
            if (currentPassword == null || !passwords.matches(currentPassword, accounts.passwordHash(username))) {
                throw InvalidInputException.of("currentPassword", "password.currentWrong");
            }
        }
        PasswordPolicy.check("newPassword", username, newPassword);
        requireVersion(account, expected);
        if (!accounts.updatePassword(username, passwords.encode(newPassword), account.version(), caller.username(),
                clock.instant())) {
            throw stale(account);
        }
        return find(username);
    }

    /** The account, when the caller manages it: 404 when there is none, 403 outside the caller's reach. */
    Account managed(Caller caller, String username) {
        caller.requireRole(Role.FINANCE);
        Account account = find(username);
        if (caller.isAdmin()) {
            return account;
        }
        caller.requireCovers(accounts.pathOf(account).orElseThrow(ForbiddenException::outsideSubtree));
        if (!FINANCE_GRANTS.contains(account.role())) {
            throw new ForbiddenException("account.notManaged");
        }
        return account;
    }

    /** The organisation a role may be given by the caller: 403 for a role FINANCE may not grant or an org outside. */
    private @Nullable OrgUnit placement(Caller caller, Role role, @Nullable String orgCode) {
        if (!caller.isAdmin() && !FINANCE_GRANTS.contains(role)) {
            throw ForbiddenException.role();
        }
        if (orgCode == null) {
            if (role != Role.ADMIN) {
                throw InvalidInputException.of("orgCode", "account.orgRequired", role.name());
            }
            return null;
        }
        OrgUnit org = units.find(orgCode)
                .orElseThrow(() -> InvalidInputException.of("orgCode", "account.unknownOrg", orgCode));
        caller.requireCovers(org.path());
        if (!role.bindsTo(org.kind())) {
            throw InvalidInputException.of("orgCode", "account.roleOrgKind", role.name(), org.kind().name());
        }
        return org;
    }

    private Account find(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("account", username));
    }

    private static void requireVersion(Account account, @Nullable Long expected) {
        ExpectedVersion.check(expected, account.version(), state(account));
    }

    /** Someone saved the account between our read and our write. */
    private static StateConflictException stale(Account account) {
        return new StateConflictException("problem.staleVersion", state(account));
    }

    /** An account's state as a 409 names it. */
    private static String state(Account account) {
        return account.enabled() ? "ENABLED" : "DISABLED";
    }
}
