package org.jixiao.resultapplication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.rules.Rule;
import org.junit.jupiter.api.Test;

/** Deadlines and overdue in Asia/Shanghai days, and the life of a task. */
class RectificationTests {

    static final Rule<Integer> THIRTY_DAYS = new Rule<>(ApplicationRules.RECTIFICATION_DAYS, 30, null, 0);

    static Rectification.Opening opening(RectificationSource source, String key, Instant at) {
        return new Rectification.Opening(source, key, 2019, RegionCode.of("650121"), "U1",
                OrgPath.parse("/650000/650100/650121/D1/U1/"), "D1", UUID.randomUUID(), "P1", "校舍维修",
                "2019年度绩效自评等级为中（72.50分）", at);
    }

    static Rectification opened(Instant at) {
        return Rectification.open(opening(RectificationSource.EVALUATION, "target-1", at), THIRTY_DAYS);
    }

    @Test
    void theDeadlineCountsFromTheOpeningDateInShanghai() {
        Rectification morning = opened(Instant.parse("2020-03-01T02:00:00Z")); // 10:00 in Shanghai
        assertThat(morning.snapshot().openedOn()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(morning.snapshot().deadline()).isEqualTo(LocalDate.of(2020, 3, 31));
        Rectification afterMidnight = opened(Instant.parse("2020-02-29T16:30:00Z")); // 00:30 on 1 March there
        assertThat(afterMidnight.snapshot().openedOn()).isEqualTo(LocalDate.of(2020, 3, 1));
        Rectification beforeMidnight = opened(Instant.parse("2020-02-29T15:59:00Z")); // 23:59 on 29 February
        assertThat(beforeMidnight.snapshot().deadline()).isEqualTo(LocalDate.of(2020, 3, 30));
        assertThat(morning.snapshot().deadlineRule().version()).isZero();
        assertThat(Rectification.open(opening(RectificationSource.EVALUATION, "t", Instant.parse(
                "2020-12-15T02:00:00Z")), new Rule<>(ApplicationRules.RECTIFICATION_DAYS, 45, RegionCode.of(
                "650121"), 7)).snapshot().deadline()).isEqualTo(LocalDate.of(2021, 1, 29));
    }

    @Test
    void overdueAfterTheLastMinuteOfTheDeadlineDay() {
        Rectification task = opened(Instant.parse("2020-03-01T02:00:00Z"));
        Instant lastMinute = Instant.parse("2020-03-31T15:59:00Z"); // 23:59 on 31 March in Shanghai
        Instant lastInstant = Instant.parse("2020-03-31T15:59:59.999Z");
        Instant nextDay = Instant.parse("2020-03-31T16:00:00Z");
        assertThat(task.isOverdue(lastMinute)).isFalse();
        assertThat(task.isOverdue(lastInstant)).isFalse();
        assertThat(task.status(lastMinute)).isEqualTo(RectificationStatus.OPEN);
        assertThat(task.isOverdue(nextDay)).isTrue();
        assertThat(task.status(nextDay)).isEqualTo(RectificationStatus.OVERDUE);
    }

    @Test
    void aResponseDoesNotStopTheClockAVerificationDoes() {
        Rectification task = opened(Instant.parse("2020-03-01T02:00:00Z"));
        Instant late = Instant.parse("2020-04-02T02:00:00Z");
        task.respond("已完成整改", "oss://evidence/1.pdf", "unit-school1", Instant.parse("2020-03-20T02:00:00Z"));
        assertThat(task.status(Instant.parse("2020-03-20T03:00:00Z"))).isEqualTo(RectificationStatus.RESPONDED);
        assertThat(task.status(late)).isEqualTo(RectificationStatus.OVERDUE);
        task.verify(false, "证据不足", "finance-county", late);
        assertThat(task.snapshot().progress()).isEqualTo(RectificationStatus.OPEN);
        assertThat(task.snapshot().deadline()).isEqualTo(LocalDate.of(2020, 3, 31));
        task.respond("补充材料", null, "unit-school1", late);
        task.verify(true, "通过", "finance-county", late);
        assertThat(task.status(late)).isEqualTo(RectificationStatus.VERIFIED);
        assertThat(task.isOverdue(Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
        assertThat(task.snapshot().responses()).extracting(Rectification.Response::attachmentRef)
                .containsExactly("oss://evidence/1.pdf", null);
        assertThat(task.snapshot().verifications()).extracting(Rectification.Verification::accepted)
                .containsExactly(false, true);
    }

    @Test
    void onlyARespondedTaskIsVerifiedAndAVerifiedOneIsClosed() {
        Rectification task = opened(Instant.parse("2020-03-01T02:00:00Z"));
        Instant at = Instant.parse("2020-03-02T02:00:00Z");
        assertThatThrownBy(() -> task.verify(true, null, "f", at)).isInstanceOfSatisfying(
                StateConflictException.class, e -> assertThat(e.code()).isEqualTo("rectification.notResponded"));
        task.respond("done", null, "u", at);
        task.verify(true, null, "f", at);
        assertThatThrownBy(() -> task.respond("again", null, "u", at)).isInstanceOfSatisfying(
                StateConflictException.class, e -> assertThat(e.code()).isEqualTo("rectification.verified"));
        assertThatThrownBy(() -> task.verify(true, null, "f", at)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void oneSourceOneTask() {
        Instant at = Instant.parse("2020-03-01T02:00:00Z");
        assertThat(opening(RectificationSource.EVALUATION, "t1", at).id())
                .isEqualTo(opening(RectificationSource.EVALUATION, "t1", at.plusSeconds(99)).id());
        assertThat(opening(RectificationSource.EVALUATION, "t1", at).id())
                .isNotEqualTo(opening(RectificationSource.SPOT_CHECK, "t1", at).id())
                .isNotEqualTo(opening(RectificationSource.EVALUATION, "t2", at).id());
    }
}
