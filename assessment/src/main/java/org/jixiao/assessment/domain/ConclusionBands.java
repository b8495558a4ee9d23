package org.jixiao.assessment.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jixiao.assessment.events.Conclusion;
import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.sharedkernel.Score;
import org.jixiao.sharedkernel.rules.RuleKey;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Lower bounds of the conclusions (rule {@code assessment.conclusionBands}): at or above {@code support} SUPPORT,
 * at or above {@code supportAfterRevision} SUPPORT_AFTER_REVISION, else REJECT. Default 90 / 70.
 */
@ValueObject
public record ConclusionBands(BigDecimal support, BigDecimal supportAfterRevision) {

    public static final ConclusionBands NATIONAL_DEFAULT = new ConclusionBands(BigDecimal.valueOf(90), BigDecimal.valueOf(70));

    public ConclusionBands {
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(supportAfterRevision, "supportAfterRevision");
        if (supportAfterRevision.signum() < 0 || support.compareTo(BigDecimal.valueOf(100)) > 0
                || supportAfterRevision.compareTo(support) >= 0) {
            throw new InvalidValueException("conclusionBands.notDescending", support, supportAfterRevision);
        }
    }

    /** The bands of the rule's JSON: {@code {"SUPPORT": 90, "SUPPORT_AFTER_REVISION": 70}}. */
    public static ConclusionBands ofNames(Map<String, BigDecimal> bounds) {
        return new ConclusionBands(RuleKey.entry(bounds, "SUPPORT"), RuleKey.entry(bounds, "SUPPORT_AFTER_REVISION"));
    }

    /** The lower bounds by conclusion name. */
    public Map<String, BigDecimal> byName() {
        Map<String, BigDecimal> bounds = new LinkedHashMap<>();
        bounds.put("SUPPORT", support);
        bounds.put("SUPPORT_AFTER_REVISION", supportAfterRevision);
        return bounds;
    }

    /** The conclusion of a rounded total score. */
    public Conclusion conclusionOf(Score total) {
        if (total.isAtLeast(support)) {
            return Conclusion.SUPPORT;
        }
        return total.isAtLeast(supportAfterRevision) ? Conclusion.SUPPORT_AFTER_REVISION : Conclusion.REJECT;
    }
}
