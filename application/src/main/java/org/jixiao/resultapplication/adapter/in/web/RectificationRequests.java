package org.jixiao.resultapplication.adapter.in.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request bodies of the rectification API. */
final class RectificationRequests {

    private RectificationRequests() {
    }

    /** The unit's answer to a rectification: what it did, and a reference to its evidence where it has some. */
    record Response(@NotBlank @Size(max = 2000) String text,
                    @Size(max = 500) @Nullable String attachmentRef, @Nullable Long version) {
    }

    /** Finance's verification of the latest response: accepted closes the task, rejected sends it back to OPEN. */
    record Verification(@NotNull Boolean accepted, @Size(max = 2000) @Nullable String opinion,
                        @Nullable Long version) {
    }
}
