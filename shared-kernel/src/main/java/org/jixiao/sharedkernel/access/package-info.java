/**
 * Who is calling and what part of the organisation tree they may see: the platform ports every stage asks
 * (implemented in bootstrap), and the pure checks on a {@link org.jixiao.sharedkernel.access.Caller}.
 */
@NullMarked
package org.jixiao.sharedkernel.access;

import org.jspecify.annotations.NullMarked;
