package org.jixiao.sharedkernel.access;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Path variables as the ids a {@link ResourceFirst} controller looks up. */
public final class ResourceIds {

    private ResourceIds() {
    }

    /** The UUID, or empty when the variable is absent or no UUID (that is a 400 of its own). */
    public static Optional<UUID> uuid(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
