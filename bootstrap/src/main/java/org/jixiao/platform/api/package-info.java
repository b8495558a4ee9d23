/** Nullability is checked: everything is non-null unless marked {@code @Nullable}. */
@NullMarked
package org.jixiao.platform.api;

import org.jspecify.annotations.NullMarked;
