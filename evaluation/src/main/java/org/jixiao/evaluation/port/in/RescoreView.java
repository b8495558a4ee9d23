package org.jixiao.evaluation.port.in;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A rescore of a region's self-evaluations of a year and its progress.
 *
 * @param evaluations the self-evaluations of the region and year when it started
 * @param read        read so far
 * @param rescored    of those, the ones whose score, breakdown or rules applied changed, and were stored
 * @param changed     of those, the ones whose effective score or grade changed, each published as
 *                    EvaluationCompleted
 * @param finishedAt  null while it runs
 * @param failure     why it stopped, null unless it failed
 */
public record RescoreView(UUID id, int fiscalYear, String regionCode, RescoreStatus status, String requestedBy,
                          Instant startedAt, @Nullable Instant finishedAt, int evaluations, int read, int rescored,
                          int changed, @Nullable String failure) {
}
