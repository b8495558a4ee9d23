package org.jixiao.resultapplication.domain;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/**
 * A rectification's id: a name-based UUID of its source, so that a source opens one and the same rectification
 * however often its event is delivered or the projection rebuilt.
 */
public record RectificationId(UUID value) implements Identifier {

    public static RectificationId of(RectificationSource source, String sourceKey) {
        return new RectificationId(UUID.nameUUIDFromBytes(("rectification/" + source + "/" + sourceKey)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
