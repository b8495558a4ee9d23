package org.jixiao.monitoring.domain;

import java.time.Instant;

import org.jixiao.sharedkernel.Money;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * The budget figures of a filed report and who filed it when. {@code budget} is the adjusted full-year budget the
 * unit reports; {@code late} when it was filed after the end of the round's due date (Asia/Shanghai).
 */
@ValueObject
public record Filing(Money budget, Money executed, @Nullable String executionNote, @Nullable String measures,
                     String filedBy, Instant filedAt, boolean late) {
}
