package org.jixiao.resultapplication.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.rules.AppliedRule;
import org.jixiao.sharedkernel.rules.Rule;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * A rectification task (整改): a problem an evaluation, a monitoring review or a spot check found, the unit
 * responsible, a deadline and the unit's responses until finance verifies it. Opened by itself, once per source
 * (its id is derived from the source). The deadline is the opening date in Asia/Shanghai plus the rule
 * {@code application.rectificationDays} in force for the source's region and year; a task not verified is overdue
 * once that day has ended there. A rejected verification sends it back to OPEN with the same deadline.
 */
public final class Rectification implements AggregateRoot<Rectification, RectificationId> {

    /** Dates of the loop are calendar days in Asia/Shanghai. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * What opened the task, from the source's event.
     *
     * @param sourceKey  the source's identity within its kind (the target, the report, the spot check and target)
     * @param fiscalYear the source's fiscal year
     * @param problem    the problem, in the words the task is issued with
     * @param openedAt   when the source found it (the event's time): the same opening however late it is heard
     */
    public record Opening(RectificationSource source, String sourceKey, int fiscalYear, RegionCode region,
                          String unitCode, OrgPath unitPath, @Nullable String departmentCode, UUID targetId,
                          @Nullable String projectCode, String projectName, String problem, Instant openedAt) {

        public Opening {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(sourceKey, "sourceKey");
            Objects.requireNonNull(problem, "problem");
        }

        public RectificationId id() {
            return RectificationId.of(source, sourceKey);
        }
    }

    /** A unit's answer: what it did, and a reference to its evidence where it has some. */
    public record Response(String text, @Nullable String attachmentRef, String respondedBy, Instant respondedAt) {
    }

    /** Finance's verification: accepted closes the task, rejected sends it back to OPEN. */
    public record Verification(boolean accepted, @Nullable String opinion, String verifiedBy, Instant verifiedAt) {
    }

    /** Everything a rectification is, as stored. {@code progress} is OPEN, RESPONDED or VERIFIED. */
    public record Snapshot(RectificationId id, Opening opening, LocalDate openedOn, LocalDate deadline,
                           AppliedRule deadlineRule, RectificationStatus progress, List<Response> responses,
                           List<Verification> verifications, long version) {

        public Snapshot {
            if (progress == RectificationStatus.OVERDUE) {
                throw new IllegalArgumentException("OVERDUE is shown, never stored");
            }
            responses = List.copyOf(responses);
            verifications = List.copyOf(verifications);
        }
    }

    private Snapshot s;

    private Rectification(Snapshot snapshot) {
        this.s = snapshot;
    }

    public static Rectification rebuild(Snapshot snapshot) {
        return new Rectification(snapshot);
    }

    /** Opens the task of a source, its deadline {@code days} after the opening date. */
    public static Rectification open(Opening opening, Rule<Integer> days) {
        LocalDate openedOn = opening.openedAt().atZone(CHINA).toLocalDate();
        return new Rectification(new Snapshot(opening.id(), opening, openedOn, deadline(openedOn, days.value()),
                AppliedRule.of(days), RectificationStatus.OPEN, List.of(), List.of(), 0));
    }

    /** The deadline: the opening date plus the rule's days. */
    public static LocalDate deadline(LocalDate openedOn, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a rectification has at least a day: " + days);
        }
        return openedOn.plusDays(days);
    }

    /** The unit answers; it may answer again until finance verifies. */
    public void respond(String text, @Nullable String attachmentRef, String by, Instant at) {
        if (s.progress() == RectificationStatus.VERIFIED) {
            throw new StateConflictException("rectification.verified", s.progress().name());
        }
        List<Response> responses = new ArrayList<>(s.responses());
        responses.add(new Response(text, attachmentRef, by, at));
        s = new Snapshot(s.id(), s.opening(), s.openedOn(), s.deadline(), s.deadlineRule(),
                RectificationStatus.RESPONDED, responses, s.verifications(), s.version());
    }

    /** Finance verifies the latest response: accepted → VERIFIED, else back to OPEN. Only a responded task. */
    public void verify(boolean accepted, @Nullable String opinion, String by, Instant at) {
        if (s.progress() != RectificationStatus.RESPONDED) {
            throw new StateConflictException("rectification.notResponded", s.progress().name());
        }
        List<Verification> verifications = new ArrayList<>(s.verifications());
        verifications.add(new Verification(accepted, opinion, by, at));
        s = new Snapshot(s.id(), s.opening(), s.openedOn(), s.deadline(), s.deadlineRule(),
                accepted ? RectificationStatus.VERIFIED : RectificationStatus.OPEN, s.responses(), verifications,
                s.version());
    }

    /** True once the deadline day has ended in Asia/Shanghai and the task is not verified. */
    public boolean isOverdue(Instant now) {
        return isOverdue(s.progress(), s.deadline(), now);
    }

    /** The rule of overdue, for one task or a query over many: not verified, and today is after the deadline. */
    public static boolean isOverdue(RectificationStatus progress, LocalDate deadline, Instant now) {
        return progress != RectificationStatus.VERIFIED && now.atZone(CHINA).toLocalDate().isAfter(deadline);
    }

    /** The status shown: OVERDUE for an overdue task, else the stored progress. */
    public RectificationStatus status(Instant now) {
        return isOverdue(now) ? RectificationStatus.OVERDUE : s.progress();
    }

    public RegionCode region() {
        return s.opening().region();
    }

    public OrgPath unitPath() {
        return s.opening().unitPath();
    }

    public long version() {
        return s.version();
    }

    public Snapshot snapshot() {
        return s;
    }

    @Override
    public RectificationId getId() {
        return s.id();
    }
}
