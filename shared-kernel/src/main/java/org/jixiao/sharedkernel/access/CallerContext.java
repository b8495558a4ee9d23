package org.jixiao.sharedkernel.access;

/** Port: who is calling this request. Implemented by the platform from the authenticated account. */
public interface CallerContext {

    /** The authenticated caller; every API request but the anonymous ones has one. */
    Caller current();
}
