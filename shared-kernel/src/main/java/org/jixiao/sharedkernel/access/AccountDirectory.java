package org.jixiao.sharedkernel.access;

import java.util.Optional;

import org.jixiao.sharedkernel.OrgCode;
import org.jspecify.annotations.Nullable;

/** Port: accounts as the stages look them up (e.g. the expert an assessment is assigned to). Implemented by the platform. */
public interface AccountDirectory {

    /** An account by its (case-sensitive) username. */
    Optional<AccountRef> find(String username);

    /** What a stage may know of an account: never its password. */
    record AccountRef(String username, String displayName, Role role, @Nullable OrgCode org) {
    }
}
