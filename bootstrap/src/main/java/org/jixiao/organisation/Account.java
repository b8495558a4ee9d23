package org.jixiao.organisation;

import java.time.Instant;

import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.access.Role;
import org.jspecify.annotations.Nullable;

/**
 * An account: who may call the API, with which role, for which organisation. Never carries the password.
 * {@code version} counts its changes (profile, password, enabled), for ETag and If-Match.
 */
record Account(String username, String displayName, Role role, @Nullable OrgCode orgCode, boolean enabled,
               Instant createdAt, long version) {

    /** What a username may be: 3–64 letters, digits and {@code _ . @ -}, case-sensitive. */
    static final String USERNAME = "[A-Za-z0-9_.@-]{3,64}";

    /** bcrypt reads at most this many bytes of a password; a longer one is refused, never cut. */
    static final int MAX_PASSWORD_BYTES = 72;
}
