package org.jixiao.organisation;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.ResourceFirst;
import org.jixiao.sharedkernel.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts (账户)", description = "Who may call the API, with which role, for which organisation")
class AccountController implements ResourceFirst {

    record CreateAccount(@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = Account.USERNAME) String username,
                         @NotNull @Size(min = 8, max = 72) String password,
                         @NotBlank @Size(max = 100) String displayName,
                         @NotNull Role role,
                         @Size(max = 32) @Nullable String orgCode) {
    }

    record ChangeAccount(@NotBlank @Size(max = 100) String displayName, @NotNull Role role,
                         @Size(max = 32) @Nullable String orgCode, @Nullable Long version) {
    }

    /** {@code version} (or If-Match) is optional; when given and stale, 409. */
    record Versioned(@Nullable Long version) {
    }

    record SetPassword(@Size(max = 72) @Nullable String currentPassword,
                       @NotNull @Size(min = 8, max = 72) String newPassword,
                       @Nullable Long version) {
    }

    record AccountView(String username, String displayName, Role role, @Nullable String orgCode, boolean enabled,
                       Instant createdAt, long version) {

        static AccountView of(Account account) {
            return new AccountView(account.username(), account.displayName(), account.role(),
                    account.orgCode() == null ? null : account.orgCode().value(), account.enabled(),
                    account.createdAt(), account.version());
        }
    }

    private final AccountService service;
    private final CallerContext callers;

    AccountController(AccountService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @PostMapping
    @AllowedRoles(Role.FINANCE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createAccount",
            summary = "Create an account (新建账户): ADMIN any; FINANCE DEPARTMENT, UNIT, EXPERT and AUDITOR accounts in its region",
            description = "Creates an account with a role and an organisation; the password must pass the password policy "
            + "(400 naming password). ADMIN may create any; FINANCE creates DEPARTMENT, UNIT, EXPERT and "
            + "AUDITOR accounts inside its region.")
    ResponseEntity<AccountView> create(@Valid @RequestBody CreateAccount request) {
        Account account = service.create(callers.current(), request.username(), request.password(),
                request.displayName(), request.role(), request.orgCode());
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.username()))
                .eTag(Long.toString(account.version())).body(AccountView.of(account));
    }

    @GetMapping("/{username}")
    @Operation(operationId = "getAccount",
            summary = "One account: one's own, or one in the caller's subtree (查询账户)",
            description = "One account, without any secret, with version as ETag.")
    ResponseEntity<AccountView> get(@PathVariable String username) {
        return withEtag(service.get(callers.current(), username));
    }

    @GetMapping
    @AllowedRoles({Role.FINANCE, Role.AUDITOR})
    @Operation(operationId = "listAccounts",
            summary = "Accounts of the caller's subtree, or of one organisation (账户列表)",
            description = "Accounts of the caller's subtree, or of one organisation (orgCode), ordered by username.")
    Page<AccountView> list(@RequestParam(required = false) @Nullable String orgCode,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return service.list(callers.current(), orgCode, PageQuery.of(page, size)).map(AccountView::of);
    }

    @PutMapping("/{username}")
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "changeAccount",
            summary = "Change an account's display name, role and organisation (修改账户): whoever manages it, before and after",
            description = "Changes the display name, role and organisation of an account; the caller must manage the "
            + "account both before and after the change.")
    ResponseEntity<AccountView> change(@PathVariable String username, @Valid @RequestBody ChangeAccount request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(service.change(callers.current(), username, request.displayName(), request.role(),
                request.orgCode(), ExpectedVersion.of(ifMatch, request.version())));
    }

    @PostMapping("/{username}/disable")
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "disableAccount",
            summary = "Disable an account (停用账户): its password and tokens stop working on the next request",
            description = "The account's password and API tokens stop working on its next request; nobody may disable "
            + "their own account.")
    ResponseEntity<AccountView> disable(@PathVariable String username,
            @RequestBody(required = false) Versioned request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return setEnabled(username, false, request, ifMatch);
    }

    @PostMapping("/{username}/enable")
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "enableAccount",
            summary = "Enable a disabled account again (启用账户)",
            description = "The account's password and its unrevoked, unexpired tokens work again.")
    ResponseEntity<AccountView> enable(@PathVariable String username,
            @RequestBody(required = false) Versioned request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return setEnabled(username, true, request, ifMatch);
    }

    private ResponseEntity<AccountView> setEnabled(String username, boolean enabled, Versioned request,
            ExpectedVersion ifMatch) {
        return withEtag(service.setEnabled(callers.current(), username, enabled,
                ExpectedVersion.of(ifMatch, request == null ? null : request.version())));
    }

    @PutMapping("/{username}/password")
    @Operation(operationId = "setAccountPassword",
            summary = "Set a password (修改/重置密码): one's own with currentPassword, or a reset by whoever manages the account",
            description = "Either the account itself changes its password (currentPassword required), or whoever manages "
            + "it resets it (without currentPassword). The old password stops working at once.")
    ResponseEntity<AccountView> setPassword(@PathVariable String username, @Valid @RequestBody SetPassword request,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(service.setPassword(callers.current(), username, request.currentPassword(),
                request.newPassword(), ExpectedVersion.of(ifMatch, request.version())));
    }

    private static ResponseEntity<AccountView> withEtag(Account account) {
        return ResponseEntity.ok().eTag(Long.toString(account.version())).body(AccountView.of(account));
    }

    /** The account named in the path, for 404 and 403 before a body is judged. */
    @Override
    public void requireVisible(Map<String, String> path) {
        if (path.get("username") != null) {
            service.get(callers.current(), path.get("username"));
        }
    }
}
