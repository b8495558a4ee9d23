package org.jixiao.sharedkernel.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an endpoint (ADMIN always may), declared here once: the platform checks it after
 * authentication and before the request body is read, so a role that may not gets 403 whatever it sent, as
 * CONTRACT.md orders the checks. Use cases do not repeat it; they check the subtree and their own policies (who owns
 * a target, which review is due). An endpoint without it is open to every authenticated role.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowedRoles {

    Role[] value();
}
