package org.jixiao.evaluation.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jixiao.evaluation.domain.SelfEvaluations.Position;
import org.jixiao.evaluation.port.in.RescoreStatus;
import org.jixiao.evaluation.port.in.RescoreView;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.Nullable;

/** The rescore jobs, each with where it is, so that one the service did not finish carries on after a restart. */
@SecondaryPort
public interface RescoreJobs {

    /** A job as stored: what the API shows, the region's path and where the job is. */
    record Job(RescoreView view, OrgPath regionPath, @Nullable Position after) {
    }

    /**
     * Records a new running job over the self-evaluations of the region and year there are now, unless one is
     * running there already.
     *
     * @return the running job: the new one, or the one that was running
     */
    Job start(UUID id, FiscalYear year, RegionCode region, OrgPath regionPath, String by, Instant at);

    Optional<Job> find(UUID id);

    /** Adds a committed page to the job's progress, in the page's transaction. */
    void progress(UUID id, int read, int rescored, int changed, Position after);

    void finish(UUID id, RescoreStatus status, Instant at, @Nullable String failure);

    /** The jobs still running, as a restart finds them. */
    List<UUID> running();
}
