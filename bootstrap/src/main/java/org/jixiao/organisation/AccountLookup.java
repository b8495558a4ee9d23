package org.jixiao.organisation;

import java.util.Optional;

import org.jixiao.sharedkernel.access.AccountDirectory;
import org.springframework.stereotype.Component;

/** The stages' view of accounts. */
@Component
class AccountLookup implements AccountDirectory {

    private final AccountRepository accounts;

    AccountLookup(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<AccountRef> find(String username) {
        return accounts.find(username)
                .map(account -> new AccountRef(account.username(), account.displayName(), account.role(), account.orgCode()));
    }
}
