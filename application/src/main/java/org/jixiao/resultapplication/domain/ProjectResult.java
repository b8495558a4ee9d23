package org.jixiao.resultapplication.domain;

import java.util.Objects;
import java.util.UUID;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Score;
import org.jspecify.annotations.Nullable;

/**
 * What a budget proposal for a project starts from: its effective evaluation result of the year before, what
 * monitoring found in that year, and its rectifications still open.
 *
 * @param currentAmount      the project's budget in the evaluated year
 * @param warnings           monitoring reports of the year that were reviewed with a warning
 * @param recalled           money monitoring recalled or cut in the year (RECALL_FUNDS and ADJUST_BUDGET)
 * @param openRectifications the project's rectifications not verified yet
 */
public record ProjectResult(UUID targetId, String projectCode, String projectName, String unitCode, OrgPath unitPath,
                            @Nullable String departmentCode, Grade grade, Score score, Money currentAmount,
                            int warnings, Money recalled, int openRectifications) {

    public ProjectResult {
        Objects.requireNonNull(projectCode, "projectCode");
        Objects.requireNonNull(grade, "grade");
        if (currentAmount.isNegative() || recalled.isNegative() || warnings < 0 || openRectifications < 0) {
            throw new IllegalArgumentException("a project result counts nothing negative: " + projectCode);
        }
    }
}
