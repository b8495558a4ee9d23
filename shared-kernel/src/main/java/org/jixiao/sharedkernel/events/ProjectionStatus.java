package org.jixiao.sharedkernel.events;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a stage's projection of another stage's data holds (targets in force and their indicators, say), and its
 * last rebuild, for an operator.
 *
 * @param rebuilding         a rebuild is running
 * @param rebuildStartedAt   when the last rebuild started, null when none ran since the service started
 * @param rebuildFinishedAt  when it finished, null while it runs or when none ran
 * @param rebuildRead        items it read from the upstream stage so far
 * @param rebuildChanged     of those, the ones the projection lacked or held at an older revision
 * @param rebuildFailure     why it stopped, null unless it failed
 */
public record ProjectionStatus(long targets, long indicators, boolean rebuilding, @Nullable Instant rebuildStartedAt,
                               @Nullable Instant rebuildFinishedAt, long rebuildRead, long rebuildChanged,
                               @Nullable String rebuildFailure) {

    public static ProjectionStatus of(long targets, long indicators, Optional<PagedRebuild.Progress> last) {
        return last.map(r -> new ProjectionStatus(targets, indicators, r.running(), r.startedAt(), r.finishedAt(),
                        r.read(), r.changed(), r.failure()))
                .orElseGet(() -> new ProjectionStatus(targets, indicators, false, null, null, 0, 0, null));
    }
}
