package org.jixiao.resultapplication.domain;

import java.util.UUID;

import org.jixiao.sharedkernel.Grade;
import org.jixiao.sharedkernel.GradeBands;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Score;
import org.jspecify.annotations.Nullable;

/** Project results for the tests, graded with the national bands unless a grade is given. */
final class Results {

    private Results() {
    }

    static ProjectResult result(String project, String unit, @Nullable String department, String score,
            String current, int openRectifications) {
        Score points = Score.of(score);
        return new ProjectResult(UUID.nameUUIDFromBytes(project.getBytes()), project, "项目" + project, unit,
                OrgPath.parse("/650000/650100/650121/" + (department == null ? "" : department + "/") + unit + "/"),
                department, GradeBands.NATIONAL_DEFAULT.gradeOf(points), points, Money.of(current), 0, Money.ZERO,
                openRectifications);
    }

    static ProjectResult graded(Grade grade, String current, int openRectifications) {
        String score = switch (grade) {
            case EXCELLENT -> "95";
            case GOOD -> "85";
            case FAIR -> "70";
            case POOR -> "50";
        };
        return result("P-" + grade, "U1", "D1", score, current, openRectifications);
    }
}
