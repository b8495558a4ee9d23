package org.jixiao.sharedkernel.access;

import java.util.function.Supplier;

/** Port: who is calling this request. Implemented by the platform from the authenticated account. */
public interface CallerContext {

    /** The authenticated caller; every API request but the anonymous ones has one. */
    Caller current();

    /**
     * Runs {@code work} as {@code caller} on this thread, for work no request drives: demo data, scheduled jobs,
     * reactions to another stage's events. The previous caller is restored afterwards.
     */
    <T> T runAs(Caller caller, Supplier<T> work);
}
