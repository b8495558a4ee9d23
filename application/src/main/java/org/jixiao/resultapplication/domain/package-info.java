/** Nullability is checked: everything is non-null unless marked {@code @Nullable}. */
@NullMarked
package org.jixiao.resultapplication.domain;

import org.jspecify.annotations.NullMarked;
