/** The envelope of the stages' published language: {@link org.jixiao.sharedkernel.events.StageEvent} and its header. */
package org.jixiao.sharedkernel.events;
