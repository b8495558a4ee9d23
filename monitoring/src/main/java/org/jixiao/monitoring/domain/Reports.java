package org.jixiao.monitoring.domain;

import java.util.Optional;

import org.jmolecules.ddd.types.Repository;

/** The reports of the rounds; a round's snapshot creates them (see {@link Rounds#open}). */
public interface Reports extends Repository<MonitoringReport, ReportId> {

    Optional<MonitoringReport> find(ReportId id);

    /**
     * Stores what the unit filed, and clears what an assessment computed from the figures it replaces, when the
     * report is still at the version it was loaded with (else 409).
     *
     * @return the new version
     */
    long saveFiling(MonitoringReport report);

    /**
     * Stores finance's review and the department's opinion when the report is still at the version it was loaded
     * with (else 409); the figures and what the assessment computed from them stay.
     *
     * @return the new version
     */
    long saveReview(MonitoringReport report);
}
