package org.jixiao.resultapplication.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jixiao.sharedkernel.events.PagedRebuild;
import org.jspecify.annotations.Nullable;

/**
 * What result application holds of the stages before it, and how its last rebuild went, for an operator.
 *
 * @param evaluationResults effective evaluation results kept
 * @param monitoringReviews reviewed monitoring reports kept
 * @param spotCheckFlags    flagged spot-check items kept
 * @param rectifications    rectification tasks opened
 * @param rebuilds          the last rebuild of each source (evaluation results, monitoring reviews, spot-check
 *                          flags), empty when none ran since the service started
 */
public record ResultProjectionStatus(long evaluationResults, long monitoringReviews, long spotCheckFlags,
                                     long rectifications, boolean rebuilding, List<Rebuild> rebuilds) {

    /**
     * One source's last rebuild.
     *
     * @param source  EVALUATION_RESULTS, MONITORING_REVIEWS or SPOT_CHECK_FLAGS
     * @param read    facts read from the upstream stage so far
     * @param changed of those, the ones that changed the copy or opened a rectification
     */
    public record Rebuild(String source, Instant startedAt, @Nullable Instant finishedAt, long read, long changed,
                          @Nullable String failure) {

        public static Optional<Rebuild> of(String source, Optional<PagedRebuild.Progress> last) {
            return last.map(p -> new Rebuild(source, p.startedAt(), p.finishedAt(), p.read(), p.changed(),
                    p.failure()));
        }
    }
}
