package org.jixiao.monitoring.domain;

import java.util.Optional;

import org.jmolecules.ddd.types.Repository;

/** The monitoring rounds. */
public interface Rounds extends Repository<MonitoringRound, RoundId> {

    /**
     * Stores a new round and its snapshot of reports in one go: one report per target in force of the round's scope
     * in its region's subtree, with the indicators of the revision in force. A round of the same year, region,
     * cut-off month and scope is a 409.
     *
     * @return the round as stored, with the number of reports taken
     */
    MonitoringRound open(MonitoringRound round);

    Optional<MonitoringRound> find(RoundId id);

    /**
     * The round, held against an assessment until this transaction ends: filings of a round go on side by side,
     * and an assessment waits for the ones under way (and they for it), so it never stores lights of figures that a
     * correction replaced meanwhile.
     */
    Optional<MonitoringRound> findToFile(RoundId id);

    /** The round, held against filings until this transaction ends: see {@link #findToFile}. */
    Optional<MonitoringRound> findToAssess(RoundId id);
}
