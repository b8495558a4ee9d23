package org.jixiao.organisation;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.ResourceFirst;
import org.jixiao.sharedkernel.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/accounts/{username}/tokens")
@Tag(name = "Accounts (账户)", description = "Who may call the API, with which role, for which organisation")
class ApiTokenController implements ResourceFirst {

    /** {@code validDays} 1–366, default 90. */
    record CreateToken(@NotBlank @Size(max = 100) String name, @Min(1) @Max(366) @Nullable Integer validDays) {
    }

    /** A token as listed: never its secret. */
    record TokenView(UUID id, String username, String name, String prefix, Instant expiresAt, Instant createdAt,
                     String createdBy, @Nullable Instant revokedAt, @Nullable String revokedBy, boolean active) {

        static TokenView of(ApiToken token, Instant now) {
            return new TokenView(token.id(), token.username(), token.name(), token.prefix(), token.expiresAt(),
                    token.createdAt(), token.createdBy(), token.revokedAt(), token.revokedBy(), token.activeAt(now));
        }
    }

    /** A new token with its secret, shown this once: send it as {@code Authorization: Bearer <token>}. */
    record IssuedTokenView(UUID id, String username, String name, String prefix, Instant expiresAt,
                           Instant createdAt, String createdBy, String token) {
    }

    private final ApiTokenService service;
    private final CallerContext callers;
    private final Clock clock;

    ApiTokenController(ApiTokenService service, CallerContext callers, Clock clock) {
        this.service = service;
        this.callers = callers;
        this.clock = clock;
    }

    @PostMapping
    @AllowedRoles(Role.FINANCE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createApiToken",
            summary = "Create an API token for an account (创建接口令牌): ADMIN, or FINANCE for an account it manages or itself; the secret is shown once",
            description = "Issues a token (jxt_…) acting as the account, with an expiry; send it as Authorization: Bearer. "
            + "The secret appears in this answer only; the service keeps a hash.")
    ResponseEntity<IssuedTokenView> create(@PathVariable String username, @Valid @RequestBody CreateToken request) {
        ApiTokenService.Issued issued = service.create(callers.current(), username, request.name(),
                request.validDays() == null ? 90 : request.validDays());
        ApiToken token = issued.token();
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + username + "/tokens/" + token.id()))
                .header("Cache-Control", "no-store")
                .body(new IssuedTokenView(token.id(), token.username(), token.name(), token.prefix(),
                        token.expiresAt(), token.createdAt(), token.createdBy(), issued.secret()));
    }

    @GetMapping
    @Operation(operationId = "listApiTokens",
            summary = "An account's API tokens, newest first, without their secrets (令牌列表)",
            description = "An account's tokens with their name, prefix, expiry, who created and revoked them, and whether "
            + "each is active (neither revoked nor expired), newest first; never a secret.")
    Page<TokenView> list(@PathVariable String username, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Instant now = clock.instant();
        return service.list(callers.current(), username, PageQuery.of(page, size)).map(t -> TokenView.of(t, now));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "revokeApiToken",
            summary = "Revoke an API token (吊销令牌): it stops working on the next request",
            description = "The token stops working on its next request; revoking again changes nothing.")
    TokenView revoke(@PathVariable String username, @PathVariable UUID id) {
        return TokenView.of(service.revoke(callers.current(), username, id), clock.instant());
    }

    /** The account named in the path, for 404 and 403 before a body is judged. */
    @Override
    public void requireVisible(Map<String, String> path) {
        if (path.get("username") != null) {
            service.requireReach(callers.current(), path.get("username"));
        }
    }
}
