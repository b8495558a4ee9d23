package org.jixiao.evaluation.domain;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.OrgPath;
import org.jmolecules.ddd.types.Repository;

/** The spot checks, and the population they draw from. */
public interface SpotChecks extends Repository<SpotCheck, SpotCheckId> {

    /** The submitted self-evaluations of a year in a region's subtree, by target, as a spot check draws them. */
    Map<UUID, SpotCheckItem> population(FiscalYear year, OrgPath region);

    Optional<SpotCheck> find(SpotCheckId id);

    /**
     * Stores the spot check (new at version 0) when it is still at the version it was loaded with (else 409).
     *
     * @return the new version
     */
    long save(SpotCheck check);
}
