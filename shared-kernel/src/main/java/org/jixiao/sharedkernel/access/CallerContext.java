package org.jixiao.sharedkernel.access;

import java.util.function.Supplier;

/** Port: who is calling this request. Implemented by the platform from the authenticated account. */
public interface CallerContext {

    /** The authenticated caller; every API request but the anonymous ones has one. */
    Caller current();

    /**
     * Runs {@code work} as {@code caller} on this thread: for demo data, which acts as its demo accounts would. A
     * job or a reaction to another stage's event does not pretend to be someone: it names its {@link Scope}
     * explicitly and never asks who is calling (an architecture rule). The previous caller is restored afterwards.
     */
    <T> T runAs(Caller caller, Supplier<T> work);
}
