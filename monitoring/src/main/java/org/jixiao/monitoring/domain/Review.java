package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.time.Instant;

import org.jixiao.monitoring.events.ReviewAction;
import org.jixiao.sharedkernel.Money;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** Finance's review of a filed report: a score 0–100, its opinion and the action, with the money it moves. */
@ValueObject
public record Review(BigDecimal score, @Nullable String opinion, ReviewAction action, @Nullable Money amount,
                     String reviewedBy, Instant reviewedAt) {
}
