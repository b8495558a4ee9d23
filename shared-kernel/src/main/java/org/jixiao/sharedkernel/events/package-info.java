/** The envelope of the stages' published language: {@link org.jixiao.sharedkernel.events.StageEvent} and its header. */
@NullMarked
package org.jixiao.sharedkernel.events;

import org.jspecify.annotations.NullMarked;
