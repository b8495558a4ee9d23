package org.jixiao.targeting.domain;

import java.util.Optional;

import org.jixiao.sharedkernel.NotFoundException;
import org.jmolecules.ddd.types.Repository;

/** The performance targets (a domain repository). */
public interface Targets extends Repository<PerformanceTarget, TargetId> {

    Optional<PerformanceTarget> find(TargetId id);

    /** The target, or 404. */
    default PerformanceTarget require(TargetId id) {
        return find(id).orElseThrow(() -> new NotFoundException("target", id.value()));
    }

    /** The content of one stored revision of a target. */
    TargetContent contentOf(TargetId id, int revision);

    /**
     * Stores the target (its working revision, indicators and reviews) and returns the new version; 409 when
     * someone saved a newer version meanwhile, or when the unit already has a target of this project (or an overall
     * target) for the year.
     */
    long save(PerformanceTarget target);
}
