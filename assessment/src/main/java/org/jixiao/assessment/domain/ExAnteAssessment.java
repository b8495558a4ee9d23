package org.jixiao.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.assessment.events.AssessmentConcluded;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.Rounding;
import org.jixiao.sharedkernel.Score;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * An ex-ante performance assessment (事前绩效评估) of a new major project or policy of one unit and fiscal year.
 * <p>
 * Assessors (finance staff, experts, a third-party agency) each file a score sheet on the five dimensions; a second
 * sheet of the same assessor replaces the first. Finance concludes: the total is the mean of the sheets (each
 * dimension's mean rounded, then summed, so the breakdown adds up), graded and turned into a conclusion by the
 * region's bands. Once concluded nothing changes. An agency may not assess a
 * body inside the organisation that engaged it.
 */
public class ExAnteAssessment implements AggregateRoot<ExAnteAssessment, AssessmentId> {

    private final AssessmentId id;
    private final FiscalYear fiscalYear;
    private final AssessmentKind kind;
    private final OrgCode unitCode;
    private final OrgPath unitPath;
    private final RegionCode region;
    private final String projectCode;
    private final String projectName;
    private final Money requestedAmount;
    private final Materials summary;
    private final boolean requiredByThreshold;
    private final Instant createdAt;
    private final List<ScoreSheet> sheets;
    private final List<Assignment> assignments;
    private AssessmentStatus status;
    private Outcome outcome;
    private final long version;

    private ExAnteAssessment(AssessmentId id, FiscalYear fiscalYear, AssessmentKind kind, OrgCode unitCode,
            OrgPath unitPath, RegionCode region, String projectCode, String projectName, Money requestedAmount,
            Materials summary, boolean requiredByThreshold, Instant createdAt, List<ScoreSheet> sheets,
            List<Assignment> assignments, AssessmentStatus status, Outcome outcome, long version) {
        this.id = Objects.requireNonNull(id);
        this.fiscalYear = Objects.requireNonNull(fiscalYear);
        this.kind = Objects.requireNonNull(kind);
        this.unitCode = Objects.requireNonNull(unitCode);
        this.unitPath = Objects.requireNonNull(unitPath);
        this.region = Objects.requireNonNull(region);
        this.projectCode = Objects.requireNonNull(projectCode);
        this.projectName = Objects.requireNonNull(projectName);
        this.requestedAmount = Objects.requireNonNull(requestedAmount);
        this.summary = summary == null ? Materials.NONE : summary;
        this.requiredByThreshold = requiredByThreshold;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.sheets = new ArrayList<>(sheets);
        this.assignments = new ArrayList<>(assignments);
        this.status = Objects.requireNonNull(status);
        this.outcome = outcome;
        this.version = version;
    }

    /** A new assessment, open for scoring. */
    public static ExAnteAssessment open(FiscalYear fiscalYear, AssessmentKind kind, OrgCode unitCode, OrgPath unitPath,
            RegionCode region, String projectCode, String projectName, Money requestedAmount, Materials summary,
            boolean requiredByThreshold, Instant now) {
        return new ExAnteAssessment(AssessmentId.create(), fiscalYear, kind, unitCode, unitPath, region, projectCode,
                projectName, requestedAmount, summary, requiredByThreshold, now, List.of(), List.of(),
                AssessmentStatus.OPEN, null, 0);
    }

    /** Rebuilds a stored assessment, as it was. */
    public static ExAnteAssessment rebuild(AssessmentId id, FiscalYear fiscalYear, AssessmentKind kind, OrgCode unitCode,
            OrgPath unitPath, RegionCode region, String projectCode, String projectName, Money requestedAmount,
            Materials summary, boolean requiredByThreshold, Instant createdAt, List<ScoreSheet> sheets,
            List<Assignment> assignments, AssessmentStatus status, Outcome outcome, long version) {
        return new ExAnteAssessment(id, fiscalYear, kind, unitCode, unitPath, region, projectCode, projectName,
                requestedAmount, summary, requiredByThreshold, createdAt, sheets, assignments, status, outcome, version);
    }

    /** Gives an EXPERT account access; 409 when the engaging organisation's subtree holds the assessed unit. */
    public void assign(Assignment assignment) {
        requireOpen();
        if (unitPath.passesThrough(assignment.commissionedBy())) {
            throw new StateConflictException("assessment.conflictOfInterest", status.name(),
                    assignment.commissionedBy().value(), unitCode.value());
        }
        assignments.removeIf(existing -> existing.username().equals(assignment.username()));
        assignments.add(assignment);
    }

    /**
     * Files a sheet; a second sheet of the same assessor replaces the first. Only the account that filed a sheet
     * replaces it, unless {@code replacesAnyones} (finance, who runs the assessment): an agency cannot overwrite
     * another assessor's sheet by naming them (403). 409 once concluded.
     */
    public void score(ScoreSheet sheet, boolean replacesAnyones) {
        requireOpen();
        Optional<ScoreSheet> previous = sheets.stream()
                .filter(existing -> existing.assessor().equals(sheet.assessor())).findFirst();
        if (previous.isPresent() && !replacesAnyones && !Objects.equals(previous.get().filedBy(), sheet.filedBy())) {
            throw new ForbiddenException("assessment.sheetOfAnother");
        }
        previous.ifPresent(sheets::remove);
        sheets.add(sheet);
    }

    /**
     * Concludes: the total is the sum of the dimensions' means over the sheets, each rounded half-up once (so the
     * report's breakdown adds up); grade and conclusion from the bands compare that rounded total.
     * 409 without sheets or when already concluded.
     */
    public AssessmentConcluded conclude(GradeBands gradeBands, ConclusionBands conclusionBands, long ruleVersion,
            String suggestions, Instant now, String by) {
        requireOpen();
        if (sheets.isEmpty()) {
            throw new StateConflictException("assessment.noSheets", status.name());
        }
        Score total = totalOfDimensionMeans();
        outcome = new Outcome(total, gradeBands.gradeOf(total), conclusionBands.conclusionOf(total),
                suggestions == null || suggestions.isBlank() ? null : suggestions.strip(), ruleVersion, now, by);
        status = AssessmentStatus.CONCLUDED;
        return new AssessmentConcluded(id.value(), unitCode.value(), projectCode, fiscalYear.value(), region.value(),
                kind.name(), outcome.conclusion().name(), total.points(), outcome.grade().name(), ruleVersion);
    }

    /** The total so far (the sum of the rounded dimension means); empty without sheets. */
    public Optional<Score> currentScore() {
        return sheets.isEmpty() ? Optional.empty() : Optional.of(totalOfDimensionMeans());
    }

    /** The mean score of one dimension over the sheets, rounded once. */
    public Optional<BigDecimal> meanOf(Dimension dimension) {
        if (sheets.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = sheets.stream().map(sheet -> sheet.scores().get(dimension)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(Rounding.round(Rounding.divide(sum, BigDecimal.valueOf(sheets.size()))));
    }

    public boolean isAssignedTo(String username) {
        return assignments.stream().anyMatch(assignment -> assignment.username().equals(username));
    }

    private Score totalOfDimensionMeans() {
        return Score.rounded(Arrays.stream(Dimension.values()).map(dimension -> meanOf(dimension).orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private void requireOpen() {
        if (status != AssessmentStatus.OPEN) {
            throw new StateConflictException("assessment.concluded", status.name());
        }
    }

    @Override
    public AssessmentId getId() {
        return id;
    }

    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    public AssessmentKind kind() {
        return kind;
    }

    public OrgCode unitCode() {
        return unitCode;
    }

    public OrgPath unitPath() {
        return unitPath;
    }

    public RegionCode region() {
        return region;
    }

    public String projectCode() {
        return projectCode;
    }

    public String projectName() {
        return projectName;
    }

    public Money requestedAmount() {
        return requestedAmount;
    }

    public Materials summary() {
        return summary;
    }

    public boolean requiredByThreshold() {
        return requiredByThreshold;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<ScoreSheet> sheets() {
        return List.copyOf(sheets);
    }

    public List<Assignment> assignments() {
        return List.copyOf(assignments);
    }

    public AssessmentStatus status() {
        return status;
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** The stored version this state was read at; the repository refuses to save over a newer one. */
    public long version() {
        return version;
    }
}
