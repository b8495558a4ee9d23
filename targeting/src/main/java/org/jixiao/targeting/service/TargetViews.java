package org.jixiao.targeting.service;

import org.jixiao.targeting.domain.PerformanceTarget;
import org.jixiao.targeting.domain.TargetContent;
import org.jixiao.targeting.port.in.TargetView;

/** Turns a target into what the API shows. */
final class TargetViews {

    private TargetViews() {
    }

    static TargetView of(PerformanceTarget t, long version) {
        TargetContent c = t.content();
        return new TargetView(t.getId().value(), t.fiscalYear().value(), t.kind(), t.owner().code().value(),
                t.owner().region().value(), t.owner().department() == null ? null : t.owner().department().value(),
                t.projectCode(), c.projectName(), c.budgetCategory(), c.fundSource(), c.budgetAmount().yuan(),
                c.overallGoal(), c.annualGoal(), c.requiresAssessment(), t.status(), t.barred(), t.revision(),
                t.inForceRevision().orElse(null), t.publishedRevision().orElse(null), t.adjustmentReason(),
                t.expectedReviewer().orElse(null), c.quantificationRate().percent(),
                c.indicators().stream().map(i -> new TargetView.IndicatorView(i.assignedId(), i.level1(), i.level2(),
                        i.name(), i.operator(), i.checkedValue(), i.unit(), i.basis(), i.weight())).toList(),
                t.reviews().stream().map(r -> new TargetView.ReviewView(r.stage(), r.reviewer(), r.decision(), r.grade(),
                        r.criteria(), r.comments(), r.resultingStatus(), r.revision(), r.reviewedAt())).toList(),
                t.createdAt(), version);
    }
}
