package org.jixiao.organisation;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.jixiao.sharedkernel.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start (no ADMIN account yet) creates the administrator from {@code JIXIAO_ADMIN_USERNAME} (default
 * {@code admin}) and {@code JIXIAO_ADMIN_PASSWORD}; without a password, a random one is generated and logged once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String username;
    private final String password;

    AdminAccount(AccountRepository accounts, PasswordEncoder passwords, Clock clock,
            @Value("${jixiao.admin.username:admin}") String username,
            @Value("${jixiao.admin.password:}") String password) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        String weakness = password.isBlank() ? null : PasswordPolicy.problem(username, password);
        if (weakness != null) {
            throw new IllegalStateException("JIXIAO_ADMIN_PASSWORD breaks the password rules ("
                    + weakness + "): at least 8 characters and 4 different ones,"
                    + " at most " + Account.MAX_PASSWORD_BYTES + " bytes, not a run, the username or a common password");
        }
        String initial = password.isBlank() ? randomPassword() : password;
        accounts.insert(new Account(username, "系统管理员 Administrator", Role.ADMIN, null, true, clock.instant(), 0),
                passwords.encode(initial), "system");
        if (password.isBlank()) {
            log.warn("Created administrator '{}' with the generated password: {}  (shown once; set "
                    + "JIXIAO_ADMIN_PASSWORD to choose it)", username, initial);
        } else {
            log.info("Created administrator '{}' from JIXIAO_ADMIN_PASSWORD", username);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
