package org.jixiao.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: created by ADMIN, or by FINANCE for an account it manages or for itself; listed (never with their
 * secret) and revoked by the same, or by the account itself.
 */
@Service
class ApiTokenService {

    /** A new token and its secret, which is shown this once and never again. */
    record Issued(ApiToken token, String secret) {
    }

    private final ApiTokenRepository tokens;
    private final AccountService accounts;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AccountService accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    Issued create(Caller caller, String username, String name, int validDays) {
        Account account = caller.username().equals(username) ? accounts.get(caller, username)
                : accounts.managed(caller, username);
        if (!account.enabled()) {
            throw new StateConflictException("token.accountDisabled", "DISABLED", username);
        }
        Instant now = clock.instant();
        String secret = ApiToken.newSecret();
        ApiToken token = new ApiToken(UUID.randomUUID(), username, name, ApiToken.prefixOf(secret),
                now.plus(Duration.ofDays(validDays)), now, caller.username(), null, null);
        tokens.insert(token, ApiToken.hash(secret));
        return new Issued(token, secret);
    }

    Page<ApiToken> list(Caller caller, String username, PageQuery page) {
        requireReach(caller, username);
        return Page.of(tokens.page(username, page), page, tokens.count(username));
    }

    @Transactional
    ApiToken revoke(Caller caller, String username, UUID id) {
        requireReach(caller, username);
        tokens.find(username, id).orElseThrow(() -> new NotFoundException("apiToken", id));
        tokens.revoke(id, clock.instant(), caller.username());
        return tokens.find(username, id).orElseThrow();
    }

    /** The caller a presented token acts as, if it is well-formed, known, unexpired, unrevoked and its account enabled. */
    Optional<Caller> authenticate(String secret) {
        if (!ApiToken.looksLikeToken(secret)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.holder(ApiToken.hash(secret))
                .filter(holder -> ApiToken.isActive(holder.revokedAt(), holder.expiresAt(), now) && holder.enabled())
                .map(ApiTokenRepository.Holder::caller);
    }

    /**
     * The account's own tokens, or those of an account the caller manages (an AUDITOR reads those it may see): 404 for
     * an unknown account, 403 otherwise.
     */
    void requireReach(Caller caller, String username) {
        if (caller.username().equals(username)) {
            return;
        }
        if (caller.role() == Role.AUDITOR) {
            accounts.get(caller, username);
            return;
        }
        accounts.managed(caller, username);
    }
}
