package org.jixiao.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.assessment.events.AssessmentConcluded;
import org.jixiao.assessment.events.AssessmentKind;
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
import org.jixiao.sharedkernel.events.EventHeader;
import org.jixiao.sharedkernel.rules.RuleSnapshot;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * An ex-ante performance assessment (事前绩效评估) of a new major project or policy of one unit and fiscal year.
 * <p>
 * Assessors (finance staff, experts, a third-party agency) each file a score sheet on the five dimensions; a second
 * sheet of the same assessor replaces the first. Finance concludes: the total is the mean of the sheets, graded
 * and turned into a conclusion by the region's bands. Once concluded nothing changes. An agency may not assess a
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
    private @Nullable Outcome outcome;
    private final long version;

    private ExAnteAssessment(AssessmentId id, FiscalYear fiscalYear, AssessmentKind kind, OrgCode unitCode,
            OrgPath unitPath, RegionCode region, String projectCode, String projectName, Money requestedAmount,
            Materials summary, boolean requiredByThreshold, Instant createdAt, List<ScoreSheet> sheets,
            List<Assignment> assignments, AssessmentStatus status, @Nullable Outcome outcome, long version) {
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
            List<Assignment> assignments, AssessmentStatus status, @Nullable Outcome outcome, long version) {
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
     * 403 when {@code account} would replace a sheet of {@code assessor} that another account filed: only the
     * account that filed a sheet replaces it, unless {@code replacesAnyones} (finance, who runs the assessment), so
     * an agency cannot overwrite another assessor's sheet by naming them.
     */
    public void requireMayFile(@Nullable String assessor, @Nullable String account, boolean replacesAnyones) {
        String name = assessor == null ? null : assessor.strip();
        boolean anothersSheet = sheets.stream().anyMatch(existing -> existing.assessor().equals(name)
                && !Objects.equals(existing.filedBy(), account));
        if (anothersSheet && !replacesAnyones) {
            throw new ForbiddenException("assessment.sheetOfAnother");
        }
    }

    /**
     * Files a sheet; a second sheet of the same assessor replaces the first, subject to {@link #requireMayFile}.
     * 409 once concluded.
     */
    public void score(ScoreSheet sheet, boolean replacesAnyones) {
        requireMayFile(sheet.assessor(), sheet.filedBy(), replacesAnyones);
        requireOpen();
        sheets.removeIf(existing -> existing.assessor().equals(sheet.assessor()));
        sheets.add(sheet);
    }

    /**
     * Concludes: total = mean of the sheet totals, rounded half-up once; grade and conclusion from the bands of the
     * region's rules compare that rounded figure, and the outcome records the rules applied. 409 without sheets or
     * when already concluded.
     */
    public AssessmentConcluded conclude(RuleSnapshot rules, @Nullable String suggestions, Instant now, String by) {
        requireOpen();
        if (sheets.isEmpty()) {
            throw new StateConflictException("assessment.noSheets", status.name());
        }
        DimensionWeights weights = rules.get(AssessmentRules.WEIGHTS).value();
        for (ScoreSheet sheet : sheets) {
            for (Dimension dimension : Dimension.values()) {
                if (sheet.score(dimension).compareTo(weights.of(dimension)) > 0) {
                    // the weights changed since the sheet was filed: the outcome could not be reproduced from them
                    throw new StateConflictException("assessment.sheetAboveWeight", status.name(), sheet.assessor(),
                            dimension.name(), sheet.score(dimension).toPlainString(),
                            weights.of(dimension).toPlainString());
                }
            }
        }
        Score total = meanOfSheets();
        GradeBands gradeBands = rules.get(AssessmentRules.GRADE_BANDS).value();
        ConclusionBands conclusionBands = rules.get(AssessmentRules.CONCLUSION_BANDS).value();
        outcome = Outcome.applying(
                rules.applied(AssessmentRules.WEIGHTS, AssessmentRules.CONCLUSION_BANDS, AssessmentRules.GRADE_BANDS),
                total, gradeBands.gradeOf(total), conclusionBands.conclusionOf(total),
                suggestions == null || suggestions.isBlank() ? null : suggestions.strip(), now, by);
        status = AssessmentStatus.CONCLUDED;
        EventHeader header = EventHeader.of(now, fiscalYear.value(), region.value(), unitCode.value(),
                unitPath.toString(), id.value(), version + 1);
        return new AssessmentConcluded(header, projectCode, kind, outcome.conclusion(), total.points(), outcome.grade(),
                outcome.ruleVersion());
    }

    /** The mean of the sheet totals so far, rounded once; empty without sheets. */
    public Optional<Score> currentScore() {
        return sheets.isEmpty() ? Optional.empty() : Optional.of(meanOfSheets());
    }

    /**
     * The dimensions' means over the sheets as the report shows them, adding up to {@link #currentScore()} to the
     * cent: each exact mean rounded down to the cent, and the cents the rounded total still needs given one each to
     * the dimensions with the largest remainders (largest-remainder apportionment; ties in dimension order). No
     * mean moves by a cent or more from its exact value. Empty without sheets.
     */
    public Map<Dimension, BigDecimal> dimensionMeans() {
        if (sheets.isEmpty()) {
            return Map.of();
        }
        long n = sheets.size();
        Map<Dimension, Long> sums = new EnumMap<>(Dimension.class); // every dimension, filled below
        Map<Dimension, Long> means = new EnumMap<>(Dimension.class);
        long apportioned = 0;
        for (Dimension dimension : Dimension.values()) {
            long sum = sheets.stream().mapToLong(sheet -> cents(sheet.score(dimension))).sum();
            sums.put(dimension, sum);
            means.put(dimension, sum / n);
            apportioned += sum / n;
        }
        List<Dimension> byRemainder = Arrays.stream(Dimension.values())
                .sorted(Comparator.comparingLong((Dimension dimension) -> sums.getOrDefault(dimension, 0L) % n).reversed())
                .toList();
        long missing = cents(meanOfSheets().points()) - apportioned;
        for (int i = 0; i < missing; i++) {
            means.merge(byRemainder.get(i), 1L, Long::sum);
        }
        Map<Dimension, BigDecimal> points = new EnumMap<>(Dimension.class);
        means.forEach((dimension, cents) -> points.put(dimension, BigDecimal.valueOf(cents, Rounding.SCALE)));
        return points;
    }

    public boolean isAssignedTo(String username) {
        return assignments.stream().anyMatch(assignment -> assignment.username().equals(username));
    }

    private Score meanOfSheets() {
        BigDecimal sum = sheets.stream().map(ScoreSheet::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Score.rounded(Rounding.divide(sum, BigDecimal.valueOf(sheets.size())));
    }

    private static long cents(BigDecimal points) {
        return points.movePointRight(Rounding.SCALE).longValueExact();
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
