package org.jixiao.targeting.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.InvalidInputException.FieldViolation;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.targeting.events.TargetApproved;
import org.jixiao.targeting.events.TargetKind;
import org.jixiao.targeting.events.TargetPublished;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * A performance target (绩效目标) of one unit and fiscal year for a project, a policy or its overall expenditure:
 * goals, money and the three-level indicator tree — the yardstick every later stage measures against.
 * <p>
 * The review chain: DRAFT → SUBMITTED → (DEPARTMENT_APPROVED →) APPROVED (批复) → PUBLISHED, with RETURNED for
 * revision from either review. The grade decides over the decision: 中 FAIR and 差 POOR return the target whatever
 * was decided, and 差 also bars it from the budget. Every illegal step is a 409 naming the current state.
 */
public class PerformanceTarget implements AggregateRoot<PerformanceTarget, TargetId> {

    private static final Set<TargetStatus> EDITABLE = Set.of(TargetStatus.DRAFT, TargetStatus.RETURNED);

    private final TargetId id;
    private final FiscalYear fiscalYear;
    private final TargetKind kind;
    private final Owner owner;
    private final @Nullable String projectCode;
    private final Instant createdAt;
    private final List<Review> reviews;
    private final int storedReviews;
    private TargetContent content;
    private boolean contentChanged;
    private TargetStatus status;
    private boolean barred;
    private Revisions revisions;
    private @Nullable String adjustmentReason;
    private final long version;

    /**
     * A target as stored: what {@link #rebuild} takes and a repository reads in one go.
     *
     * @param projectCode      null for an overall-expenditure target
     * @param content          the working revision's content
     * @param adjustmentReason why the working revision adjusts the one in force; null for revision 0
     */
    public record Snapshot(TargetId id, FiscalYear fiscalYear, TargetKind kind, Owner owner,
                           @Nullable String projectCode, Instant createdAt, List<Review> reviews, TargetContent content, TargetStatus status,
                           boolean barred, Revisions revisions, @Nullable String adjustmentReason, long version) {
    }

    private PerformanceTarget(Snapshot s, boolean isNew) {
        this.id = Objects.requireNonNull(s.id());
        this.fiscalYear = Objects.requireNonNull(s.fiscalYear());
        this.kind = Objects.requireNonNull(s.kind());
        this.owner = Objects.requireNonNull(s.owner());
        this.projectCode = s.projectCode();
        this.createdAt = Objects.requireNonNull(s.createdAt());
        this.reviews = new ArrayList<>(s.reviews());
        this.storedReviews = isNew ? 0 : s.reviews().size();
        this.content = Objects.requireNonNull(s.content());
        this.contentChanged = isNew;
        this.status = Objects.requireNonNull(s.status());
        this.barred = s.barred();
        this.revisions = Objects.requireNonNull(s.revisions());
        this.adjustmentReason = s.adjustmentReason();
        this.version = s.version();
    }

    /**
     * A new draft. A project or policy target names its project code; an overall-expenditure target has none (one
     * per unit and year). Indicators get their ids here.
     */
    public static PerformanceTarget draft(FiscalYear fiscalYear, TargetKind kind, Owner owner,
            @Nullable String projectCode, TargetContent content, Instant now) {
        List<FieldViolation> violations = projectCodeViolations(kind, projectCode);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        boolean overall = kind == TargetKind.DEPARTMENT_OVERALL;
        TargetContent checked = content.identifiedAgainst(List.of()).check();
        return new PerformanceTarget(new Snapshot(TargetId.create(), fiscalYear, kind, owner,
                overall || projectCode == null ? null : projectCode.strip(), now, List.of(), checked,
                TargetStatus.DRAFT, false, Revisions.FIRST, null, 0), true);
    }

    /** A project or policy target names its project code; an overall-expenditure target has none. */
    public static List<FieldViolation> projectCodeViolations(TargetKind kind, @Nullable String projectCode) {
        boolean overall = kind == TargetKind.DEPARTMENT_OVERALL;
        if (overall && projectCode != null && !projectCode.isBlank()) {
            return List.of(FieldViolation.of("projectCode", "target.overallHasNoProject"));
        }
        if (!overall && (projectCode == null || projectCode.isBlank())) {
            return List.of(FieldViolation.of("projectCode", "NotBlank"));
        }
        return List.of();
    }

    /** Rebuilds a stored target as it was. */
    public static PerformanceTarget rebuild(Snapshot snapshot) {
        return new PerformanceTarget(snapshot, false);
    }

    /**
     * Replaces the content while DRAFT or RETURNED. An indicator that names the id of one of this target's
     * indicators keeps it; one without an id gets a new one; an unknown id is a 400.
     */
    public void edit(TargetContent edited) {
        requireStatus(EDITABLE, "target.notEditable");
        content = edited.identifiedAgainst(content.indicators()).check();
        contentChanged = true;
    }

    /** DRAFT or RETURNED → SUBMITTED; a barred target may not enter the budget (409). */
    public void submit() {
        if (barred) {
            throw new StateConflictException("target.barred", status.name());
        }
        requireStatus(EDITABLE, "target.notSubmittable");
        status = TargetStatus.SUBMITTED;
    }

    /** Whose review the target waits for: the department first where it has one, then finance; empty otherwise. */
    public Optional<Reviewer> expectedReviewer() {
        return switch (status) {
            case SUBMITTED -> Optional.of(owner.departmentReviews() ? Reviewer.DEPARTMENT : Reviewer.FINANCE);
            case DEPARTMENT_APPROVED -> Optional.of(Reviewer.FINANCE);
            default -> Optional.empty();
        };
    }

    /**
     * The reviewer approves (审核通过, and for finance 批复). With 优 or 良 the target moves on — finance's approval
     * puts the working revision in force and returns the TargetApproved event (an adjustment's says so); with 中 or
     * 差 the grade overrules the decision and the target is returned (差 also bars it). Finance cannot approve a
     * target the ex-ante gate does not clear (409 saying why); it can still return it.
     */
    public Optional<TargetApproved> approve(ReviewOpinion opinion, ExAnteClearance clearance, Instant now) {
        requireTurnOf(opinion.stage());
        if (!opinion.gradePasses()) {
            recordReview(opinion, ReviewDecision.APPROVE, now);
            return Optional.empty();
        }
        if (opinion.stage() == Reviewer.FINANCE && !clearance.allowsApproval()) {
            throw new StateConflictException(clearance == ExAnteClearance.REJECTED ? "target.assessmentRejected"
                    : "target.assessmentMissing", status.name(), projectCode, fiscalYear.value());
        }
        if (opinion.stage() == Reviewer.DEPARTMENT) {
            status = TargetStatus.DEPARTMENT_APPROVED;
            recordReview(opinion, ReviewDecision.APPROVE, now);
            return Optional.empty();
        }
        status = TargetStatus.APPROVED;
        recordReview(opinion, ReviewDecision.APPROVE, now);
        Integer replaced = revisions.inForce();
        revisions = revisions.approveWorking();
        return Optional.of(approved(replaced, now));
    }

    /** The reviewer returns the target for revision (退回修改); graded 差 POOR it is also barred from the budget. */
    public void returnForRevision(ReviewOpinion opinion, Instant now) {
        requireTurnOf(opinion.stage());
        recordReview(opinion, ReviewDecision.RETURN, now);
    }

    private void requireTurnOf(Reviewer stage) {
        if (expectedReviewer().filter(stage::equals).isEmpty()) {
            throw new StateConflictException("target.notYourReview", status.name(), stage.name());
        }
    }

    /** Appends the review; a decision that did not move the target on returns it (and 差 bars it). */
    private void recordReview(ReviewOpinion opinion, ReviewDecision decision, Instant now) {
        if (decision == ReviewDecision.RETURN || !opinion.gradePasses()) {
            status = TargetStatus.RETURNED;
        }
        if (opinion.grade() == Grade.POOR) {
            barred = true;
        }
        reviews.add(new Review(opinion.stage(), opinion.reviewer(), decision, opinion.grade(), opinion.criteria(),
                opinion.comments(), status, revisions.working(), now));
    }

    /**
     * Opens revision n + 1 of a target in force (调整) as a draft, starting from {@code contentInForce} (the content
     * of the revision in force) with the same indicator ids. The revision in force stays in force until the new one
     * is approved. 409 unless the target is APPROVED or PUBLISHED (one adjustment at a time) or its last adjustment
     * was refused.
     */
    public void adjust(@Nullable String reason, TargetContent contentInForce) {
        if (!adjustmentRefused()) {
            requireStatus(Set.of(TargetStatus.APPROVED, TargetStatus.PUBLISHED), "target.notAdjustable");
        }
        barred = false;
        content = Objects.requireNonNull(contentInForce);
        contentChanged = true;
        revisions = revisions.openNext();
        adjustmentReason = reason == null || reason.isBlank() ? null : reason.strip();
        status = TargetStatus.DRAFT;
    }

    /**
     * True when the working revision is an adjustment graded 差 POOR: it is barred and can never be resubmitted,
     * the revision in force stays in force, and a new adjustment may replace it.
     */
    public boolean adjustmentRefused() {
        return barred && revisions.hasRevisionInForce();
    }

    /**
     * Makes the revision in force public (公开): APPROVED → PUBLISHED, or, while an adjustment is under way, the
     * revision in force is published and the adjustment keeps its state. 409 when nothing approved is unpublished.
     */
    public TargetPublished publish(Instant now) {
        if (!revisions.hasUnpublishedRevisionInForce()) {
            throw new StateConflictException("target.notPublishable", status.name());
        }
        if (status == TargetStatus.APPROVED) {
            status = TargetStatus.PUBLISHED;
        }
        revisions = revisions.publishInForce();
        return new TargetPublished(header(now), Objects.requireNonNull(revisions.published()));
    }

    private TargetApproved approved(@Nullable Integer replaced, Instant now) {
        return new TargetApproved(header(now), revisions.working(), replaced, kind,
                owner.department() == null ? null : owner.department().value(), projectCode, content.projectName(),
                content.budgetCategory(), content.fundSource(), content.budgetAmount().yuan(),
                content.indicators().stream().map(i -> new TargetApproved.ApprovedIndicator(i.assignedId(),
                        i.level1(), i.level2(), i.name(), i.operator(), i.checkedValue(), i.unit(), i.weight())).toList());
    }

    /** The header of an event of this change: the version it produces is the one after the stored one. */
    private EventHeader header(Instant now) {
        return EventHeader.of(now, fiscalYear.value(), owner.region().value(), owner.code().value(),
                owner.path().toString(), id.value(), version + 1);
    }

    /** 409 naming the current state when the caller expects another version than the one read (null: no check). */
    public void requireVersion(@Nullable Long expected) {
        ExpectedVersion.check(expected, version, status.name());
    }

    private void requireStatus(Set<TargetStatus> allowed, String code) {
        if (!allowed.contains(status)) {
            throw new StateConflictException(code, status.name());
        }
    }

    @Override
    public TargetId getId() {
        return id;
    }

    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    public TargetKind kind() {
        return kind;
    }

    public Owner owner() {
        return owner;
    }

    /** Null for an overall-expenditure target. */
    public @Nullable String projectCode() {
        return projectCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Review> reviews() {
        return List.copyOf(reviews);
    }

    public TargetContent content() {
        return content;
    }

    public TargetStatus status() {
        return status;
    }

    public boolean barred() {
        return barred;
    }

    public Revisions revisions() {
        return revisions;
    }

    /** The working revision: how many adjustments (调整) the target has had, 0 until the first. */
    public int revision() {
        return revisions.working();
    }

    /** The approved revision later stages measure against, empty until the first approval. */
    public Optional<Integer> inForceRevision() {
        return revisions.inForceRevision();
    }

    /** The revision shown to the public, empty until first published. */
    public Optional<Integer> publishedRevision() {
        return revisions.publishedRevision();
    }

    /** Why the working revision adjusts the one in force; null for revision 0. */
    public @Nullable String adjustmentReason() {
        return adjustmentReason;
    }

    public long version() {
        return version;
    }

    /** Whether the working revision's content (or its adjustment reason) changed since the target was loaded. */
    public boolean contentChanged() {
        return contentChanged;
    }

    /** The reviews added since the target was loaded, to be appended. */
    public List<Review> newReviews() {
        return List.copyOf(reviews.subList(storedReviews, reviews.size()));
    }
}
