package org.jixiao.monitoring.port.in;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How many targets in force monitoring's copy holds, and its last rebuild.
 *
 * @param rebuilding         a rebuild is running
 * @param rebuildStartedAt   when the last rebuild started, null when none ran since the service started
 * @param rebuildFinishedAt  when it finished, null while it runs or when none ran
 * @param rebuildRead        targets in force it read from targeting so far
 * @param rebuildChanged     of those, the ones the copy lacked or held at an older revision
 * @param rebuildFailure     why it stopped, null unless it failed
 */
public record ProjectionStatus(long targets, long indicators, boolean rebuilding, @Nullable Instant rebuildStartedAt,
                               @Nullable Instant rebuildFinishedAt, long rebuildRead, long rebuildChanged,
                               @Nullable String rebuildFailure) {
}
