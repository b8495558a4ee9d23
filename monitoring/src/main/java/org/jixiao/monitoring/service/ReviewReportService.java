package org.jixiao.monitoring.service;

import java.time.Clock;
import java.util.UUID;

import org.jixiao.monitoring.domain.MonitoringReport;
import org.jixiao.monitoring.domain.MonitoringRound;
import org.jixiao.monitoring.domain.ReportId;
import org.jixiao.monitoring.domain.Reports;
import org.jixiao.monitoring.domain.RoundId;
import org.jixiao.monitoring.domain.Rounds;
import org.jixiao.monitoring.events.MonitoringReviewed;
import org.jixiao.monitoring.port.in.ReportView;
import org.jixiao.monitoring.port.in.ReviewReportUseCase;
import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finance reviews a report, its department adds an opinion: load → one domain call → save (→ publish). */
@Service
class ReviewReportService implements ReviewReportUseCase {

    private final Rounds rounds;
    private final Reports reports;
    private final CallerContext callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewReportService(Rounds rounds, Reports reports, CallerContext callers, ApplicationEventPublisher events,
            Clock clock) {
        this.rounds = rounds;
        this.reports = reports;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReportView review(UUID roundId, UUID targetId, ReviewCommand review, @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        MonitoringRound round = round(roundId);
        MonitoringReport report = report(round, targetId);
        caller.requireCovers(report.unitPath());
        MonitoringReviewed reviewed = report.review(round, review.score(), review.opinion(), review.action(),
                review.amount() == null ? null : Money.of(review.amount()), caller.username(), clock.instant());
        ExpectedVersion.check(expectedVersion, report.version(), report.status().name());
        long version = reports.saveReview(report);
        events.publishEvent(reviewed);
        return ReportView.of(report, version);
    }

    @Override
    @Transactional
    public ReportView addDepartmentOpinion(UUID roundId, UUID targetId, String opinion,
            @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        MonitoringReport report = report(round(roundId), targetId);
        caller.requireCovers(report.unitPath());
        if (caller.org() != null && caller.org().value().equals(report.unitCode())) {
            throw ForbiddenException.role(); // a department gives no opinion on its own overall report
        }
        report.addDepartmentOpinion(opinion, caller.username(), clock.instant());
        ExpectedVersion.check(expectedVersion, report.version(), report.status().name());
        return ReportView.of(report, reports.saveReview(report));
    }

    private MonitoringRound round(UUID id) {
        return rounds.find(new RoundId(id)).orElseThrow(() -> new NotFoundException("round", id));
    }

    private MonitoringReport report(MonitoringRound round, UUID target) {
        return reports.find(new ReportId(round.getId(), target))
                .orElseThrow(() -> new NotFoundException("report", target));
    }
}
