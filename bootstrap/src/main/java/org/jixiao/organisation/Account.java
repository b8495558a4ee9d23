package org.jixiao.organisation;

import java.time.Instant;

import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.access.Role;

/** An account: who may call the API, with which role, for which organisation. Never carries the password. */
record Account(String username, String displayName, Role role, OrgCode orgCode, boolean enabled, Instant createdAt) {
}
