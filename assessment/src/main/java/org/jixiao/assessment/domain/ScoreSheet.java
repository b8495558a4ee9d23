package org.jixiao.assessment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.InvalidInputException.FieldViolation;
import org.jixiao.sharedkernel.Rounding;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * One assessor's scores (评分表) on the five dimensions, each from 0 to its weight with at most two decimals, and
 * optional findings per dimension. A score above its weight is an error, never clamped. {@code filedBy} is the
 * account that filed it (null for sheets kept from before accounts were recorded).
 */
@ValueObject
public record ScoreSheet(String assessor, @Nullable String filedBy, Map<Dimension, BigDecimal> scores,
        Map<Dimension, String> findings) {

    public ScoreSheet {
        scores = Map.copyOf(scores);
        findings = Map.copyOf(findings);
    }

    /** Checks every dimension against its weight and reports every field at fault at once. */
    public static ScoreSheet of(@Nullable String assessor, String filedBy, Map<Dimension, BigDecimal> scores,
            Map<Dimension, String> findings, DimensionWeights weights) {
        List<FieldViolation> violations = new ArrayList<>();
        if (assessor == null || assessor.isBlank()) {
            violations.add(FieldViolation.of("assessor", "NotBlank"));
        }
        Map<Dimension, BigDecimal> checked = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            String field = "scores." + dimension.name();
            BigDecimal score = scores.get(dimension);
            if (score == null) {
                violations.add(FieldViolation.of(field, "NotNull"));
            } else if (score.signum() < 0) {
                violations.add(FieldViolation.of(field, "PositiveOrZero"));
            } else if (!Rounding.hasAtMostTwoDecimals(score)) {
                violations.add(FieldViolation.of(field, "score.tooManyDecimals", score.toPlainString()));
            } else if (score.compareTo(weights.of(dimension)) > 0) {
                violations.add(FieldViolation.of(field, "assessment.aboveWeight", score.toPlainString(),
                        weights.of(dimension).toPlainString()));
            } else {
                checked.put(dimension, score);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Map<Dimension, String> notes = new EnumMap<>(Dimension.class);
        findings.forEach((dimension, text) -> {
            if (text != null && !text.isBlank()) {
                notes.put(dimension, text.strip());
            }
        });
        return new ScoreSheet(Objects.requireNonNull(assessor).strip(), filedBy, checked, notes); // checked above
    }

    /** The score of one dimension; a sheet scores every dimension. */
    public BigDecimal score(Dimension dimension) {
        return Objects.requireNonNull(scores.get(dimension), dimension.name());
    }

    /** The sheet's total: the sum of its dimension scores, out of 100. */
    public BigDecimal total() {
        return scores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
