package org.jixiao.targeting.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.targeting.events.TargetApproved;
import org.jixiao.targeting.events.TargetKind;
import org.jixiao.targeting.events.TargetPublished;
import org.jmolecules.ddd.types.AggregateRoot;

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
    private final String projectCode;
    private final Instant createdAt;
    private final List<Review> reviews;
    private TargetContent content;
    private TargetStatus status;
    private boolean barred;
    private int revision;
    private Integer inForceRevision;
    private Integer publishedRevision;
    private String adjustmentReason;
    private final long version;

    private PerformanceTarget(TargetId id, FiscalYear fiscalYear, TargetKind kind, Owner owner, String projectCode,
            Instant createdAt, List<Review> reviews, TargetContent content, TargetStatus status, boolean barred,
            int revision, Integer inForceRevision, Integer publishedRevision, String adjustmentReason, long version) {
        this.id = Objects.requireNonNull(id);
        this.fiscalYear = Objects.requireNonNull(fiscalYear);
        this.kind = Objects.requireNonNull(kind);
        this.owner = Objects.requireNonNull(owner);
        this.projectCode = projectCode;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.reviews = new ArrayList<>(reviews);
        this.content = Objects.requireNonNull(content);
        this.status = Objects.requireNonNull(status);
        this.barred = barred;
        this.revision = revision;
        this.inForceRevision = inForceRevision;
        this.publishedRevision = publishedRevision;
        this.adjustmentReason = adjustmentReason;
        this.version = version;
    }

    /**
     * A new draft. A project or policy target names its project code; an overall-expenditure target has none (one
     * per unit and year). Indicators get their ids here.
     */
    public static PerformanceTarget draft(FiscalYear fiscalYear, TargetKind kind, Owner owner, String projectCode,
            TargetContent content, Instant now) {
        boolean overall = kind == TargetKind.DEPARTMENT_OVERALL;
        if (overall && projectCode != null && !projectCode.isBlank()) {
            throw InvalidInputException.of("projectCode", "target.overallHasNoProject");
        }
        if (!overall && (projectCode == null || projectCode.isBlank())) {
            throw InvalidInputException.of("projectCode", "NotBlank");
        }
        TargetContent checked = withIds(content, List.of()).check();
        return new PerformanceTarget(TargetId.create(), fiscalYear, kind, owner, overall ? null : projectCode.strip(),
                now, List.of(), checked, TargetStatus.DRAFT, false, 0, null, null, null, 0);
    }

    /** Rebuilds a stored target as it was. */
    public static PerformanceTarget rebuild(TargetId id, FiscalYear fiscalYear, TargetKind kind, Owner owner,
            String projectCode, Instant createdAt, List<Review> reviews, TargetContent content, TargetStatus status,
            boolean barred, int revision, Integer inForceRevision, Integer publishedRevision, String adjustmentReason,
            long version) {
        return new PerformanceTarget(id, fiscalYear, kind, owner, projectCode, createdAt, reviews, content, status,
                barred, revision, inForceRevision, publishedRevision, adjustmentReason, version);
    }

    /**
     * Replaces the content while DRAFT or RETURNED. An indicator that names the id of one of this target's
     * indicators keeps it; one without an id gets a new one; an unknown id is a 400.
     */
    public void edit(TargetContent edited) {
        requireStatus(EDITABLE, "target.notEditable");
        content = withIds(edited, content.indicators()).check();
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
     * Records a review by {@code stage}. EXCELLENT or GOOD with APPROVE moves on (finance's approval is the 批复 and
     * returns the TargetApproved event); RETURN, FAIR or POOR return the target for revision; POOR also bars it.
     * Finance cannot approve a target the ex-ante gate does not clear (409 saying why); it can still return it.
     */
    public Optional<TargetApproved> review(Reviewer stage, String reviewer, ReviewDecision decision, Grade grade,
            Map<ReviewCriterion, String> criteria, String comments, ExAnteClearance clearance, Instant now) {
        if (expectedReviewer().filter(stage::equals).isEmpty()) {
            throw new StateConflictException("target.notYourReview", status.name(), stage.name());
        }
        boolean passes = decision == ReviewDecision.APPROVE && (grade == Grade.EXCELLENT || grade == Grade.GOOD);
        if (passes && stage == Reviewer.FINANCE && !clearance.allowsApproval()) {
            throw new StateConflictException(clearance == ExAnteClearance.REJECTED ? "target.assessmentRejected"
                    : "target.assessmentMissing", status.name(), projectCode, fiscalYear.value());
        }
        if (grade == Grade.POOR) {
            barred = true;
        }
        TargetStatus next = !passes ? TargetStatus.RETURNED
                : stage == Reviewer.DEPARTMENT ? TargetStatus.DEPARTMENT_APPROVED : TargetStatus.APPROVED;
        status = next;
        reviews.add(new Review(stage, reviewer, decision, grade, criteria, comments, next, revision, now));
        if (next != TargetStatus.APPROVED) {
            return Optional.empty();
        }
        Integer replaced = inForceRevision;
        inForceRevision = revision;
        return Optional.of(approved(replaced, now));
    }

    /**
     * Opens revision n + 1 of a target in force (调整) as a draft, starting from {@code contentInForce} (the content
     * of the revision in force) with the same indicator ids. The revision in force stays in force until the new one
     * is approved. 409 unless the target is APPROVED or PUBLISHED (one adjustment at a time) or its last adjustment
     * was refused.
     */
    public void adjust(String reason, TargetContent contentInForce) {
        if (!adjustmentRefused()) {
            requireStatus(Set.of(TargetStatus.APPROVED, TargetStatus.PUBLISHED), "target.notAdjustable");
        }
        barred = false;
        content = Objects.requireNonNull(contentInForce);
        revision++;
        adjustmentReason = reason == null || reason.isBlank() ? null : reason.strip();
        status = TargetStatus.DRAFT;
    }

    /**
     * True when the working revision is an adjustment graded 差 POOR: it is barred and can never be resubmitted,
     * the revision in force stays in force, and a new adjustment may replace it.
     */
    public boolean adjustmentRefused() {
        return barred && inForceRevision != null;
    }

    /**
     * Makes the revision in force public (公开): APPROVED → PUBLISHED, or, while an adjustment is under way, the
     * revision in force is published and the adjustment keeps its state. 409 when nothing approved is unpublished.
     */
    public TargetPublished publish(Instant now) {
        if (inForceRevision == null || inForceRevision.equals(publishedRevision)) {
            throw new StateConflictException("target.notPublishable", status.name());
        }
        if (status == TargetStatus.APPROVED) {
            status = TargetStatus.PUBLISHED;
        }
        publishedRevision = inForceRevision;
        return new TargetPublished(header(now), publishedRevision);
    }

    private TargetApproved approved(Integer replaced, Instant now) {
        return new TargetApproved(header(now), revision, replaced, kind,
                owner.department() == null ? null : owner.department().value(), projectCode, content.projectName(),
                content.budgetCategory(), content.fundSource(), content.budgetAmount().yuan(),
                content.indicators().stream().map(i -> new TargetApproved.ApprovedIndicator(i.id(), i.level1(),
                        i.level2(), i.name(), i.operator(), i.targetValue(), i.unit(), i.weight())).toList());
    }

    /** The header of an event of this change: the version it produces is the one after the stored one. */
    private EventHeader header(Instant now) {
        return EventHeader.of(now, fiscalYear.value(), owner.region().value(), owner.code().value(),
                owner.path().toString(), id.value(), version + 1);
    }

    /** 409 naming the current state when the caller expects another version than the one read (null: no check). */
    public void requireVersion(Long expected) {
        ExpectedVersion.check(expected, version, status.name());
    }

    private void requireStatus(Set<TargetStatus> allowed, String code) {
        if (!allowed.contains(status)) {
            throw new StateConflictException(code, status.name());
        }
    }

    private static TargetContent withIds(TargetContent content, List<Indicator> existing) {
        Set<UUID> known = existing.stream().map(Indicator::id).collect(Collectors.toSet());
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < content.indicators().size(); i++) {
            Indicator indicator = content.indicators().get(i);
            UUID id = indicator.id();
            if (id != null && !known.contains(id)) {
                throw InvalidInputException.of("indicators[" + i + "].id", "target.unknownIndicator", id);
            }
            indicators.add(new Indicator(id == null ? UUID.randomUUID() : id, indicator.level1(), indicator.level2(),
                    indicator.name().strip(), indicator.operator(),
                    indicator.targetValue() == null ? null : indicator.targetValue().strip(), indicator.unit(),
                    indicator.basis(), indicator.weight()));
        }
        return new TargetContent(content.projectName(), content.budgetCategory(), content.fundSource(),
                content.budgetAmount(), content.overallGoal(), content.annualGoal(), content.requiresAssessment(),
                indicators);
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
    public String projectCode() {
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

    /** How many adjustments (调整) the target has had: 0 until the first. */
    public int revision() {
        return revision;
    }

    /** The approved revision later stages measure against, empty until the first approval. */
    public Optional<Integer> inForceRevision() {
        return Optional.ofNullable(inForceRevision);
    }

    /** The revision shown to the public, empty until first published. */
    public Optional<Integer> publishedRevision() {
        return Optional.ofNullable(publishedRevision);
    }

    /** Why the working revision adjusts the one in force; null for revision 0. */
    public String adjustmentReason() {
        return adjustmentReason;
    }

    public long version() {
        return version;
    }
}
