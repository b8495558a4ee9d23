package org.jixiao.monitoring.domain;

import java.util.Optional;

import org.jmolecules.ddd.types.Repository;

/** The reports of the rounds; a round's snapshot creates them (see {@link Rounds#open}). */
public interface Reports extends Repository<MonitoringReport, ReportId> {

    Optional<MonitoringReport> find(ReportId id);

    /**
     * Stores what the unit filed when the report is still at the version it was loaded with (else 409).
     *
     * @return the new version
     */
    long save(MonitoringReport report);
}
