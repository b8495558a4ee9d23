package org.jixiao.monitoring.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jixiao.monitoring.domain.MonitoringReport;
import org.jixiao.monitoring.domain.MonitoringRound;
import org.jixiao.monitoring.domain.ReportId;
import org.jixiao.monitoring.domain.Reports;
import org.jixiao.monitoring.domain.RoundId;
import org.jixiao.monitoring.domain.Rounds;
import org.jixiao.monitoring.port.in.FileReportCommand;
import org.jixiao.monitoring.port.in.FileReportUseCase;
import org.jixiao.monitoring.port.in.ReportView;
import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.InvalidInputException.FieldViolation;
import org.jixiao.sharedkernel.Money;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.rules.RuleStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit files its report: load the round and the report → one domain call → save. */
@Service
class FileReportService implements FileReportUseCase {

    private final Rounds rounds;
    private final Reports reports;
    private final RuleStore rules;
    private final CallerContext callers;
    private final Clock clock;

    FileReportService(Rounds rounds, Reports reports, RuleStore rules, CallerContext callers, Clock clock) {
        this.rounds = rounds;
        this.reports = reports;
        this.rules = rules;
        this.callers = callers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReportView file(FileReportCommand command, @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        MonitoringRound round = rounds.findToFile(new RoundId(command.roundId()))
                .orElseThrow(() -> new NotFoundException("round", command.roundId()));
        MonitoringReport report = report(round, command.targetId());
        if (!caller.isAdmin() && (caller.org() == null || !caller.org().value().equals(report.unitCode()))) {
            throw ForbiddenException.outsideSubtree(); // only the owning unit files, not its department or finance
        }
        String state = report.status().name();
        report.file(Money.of(command.budgetAmount()), Money.of(command.executedAmount()), command.executionNote(),
                lines(command.indicators()), command.measures(), RoundRules.of(rules, round).rules(), round.dueDate(),
                caller.username(), clock.instant());
        ExpectedVersion.check(expectedVersion, report.version(), state); // after the 400s, as CONTRACT orders them
        return ReportView.of(report, reports.saveFiling(report));
    }

    /** A value to date: a plain decimal in the indicator's unit, as targets' values are (18 digits, 6 decimals). */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,18}(\\.\\d{1,6})?");

    /** The values to date as decimals, each malformed one named. */
    private static List<MonitoringReport.Line> lines(List<FileReportCommand.Line> given) {
        List<FieldViolation> violations = new ArrayList<>();
        List<MonitoringReport.Line> lines = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            FileReportCommand.Line line = given.get(i);
            BigDecimal actual = null;
            if (line.actualToDate() != null) {
                if (PLAIN_DECIMAL.matcher(line.actualToDate().strip()).matches()) {
                    actual = new BigDecimal(line.actualToDate().strip());
                } else {
                    violations.add(FieldViolation.of("indicators[" + i + "].actualToDate", "report.notADecimal"));
                }
            }
            lines.add(new MonitoringReport.Line(line.indicatorId(), actual, line.achievement(), line.expectedYearEnd(),
                    line.likelihood(), line.deviationReason()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return lines;
    }

    @Override
    @Transactional(readOnly = true)
    public ReportView get(UUID roundId, UUID targetId) {
        MonitoringReport report = report(round(roundId), targetId);
        if (!callers.current().covers(report.unitPath())) {
            throw ForbiddenException.outsideSubtree();
        }
        return ReportView.of(report);
    }

    private MonitoringRound round(UUID id) {
        return rounds.find(new RoundId(id)).orElseThrow(() -> new NotFoundException("round", id));
    }

    private MonitoringReport report(MonitoringRound round, UUID target) {
        return reports.find(new ReportId(round.getId(), target))
                .orElseThrow(() -> new NotFoundException("report", target));
    }
}
