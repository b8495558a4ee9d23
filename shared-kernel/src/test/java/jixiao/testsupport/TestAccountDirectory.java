package jixiao.testsupport;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jixiao.sharedkernel.access.AccountDirectory;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jixiao.sharedkernel.access.Role;

/** A double of the platform's accounts: the ones a test adds. */
public class TestAccountDirectory implements AccountDirectory {

    private final Map<String, AccountRef> accounts = new ConcurrentHashMap<>();

    @Override
    public Optional<AccountRef> find(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    public AccountRef add(String username, Role role, OrgUnitRef org) {
        AccountRef account = new AccountRef(username, username, role, org.code());
        accounts.put(username, account);
        return account;
    }
}
