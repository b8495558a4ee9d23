package org.jixiao.sharedkernel;

/**
 * An enum a user sees. The wire carries the UPPER_SNAKE constant; {@link #label()} is the Chinese label shown to
 * people and listed by {@code GET /api/v1/enums}, which finds every such enum by itself.
 */
public interface Labelled {

    /** The Chinese label, e.g. 优 for {@code EXCELLENT}. */
    String label();
}
