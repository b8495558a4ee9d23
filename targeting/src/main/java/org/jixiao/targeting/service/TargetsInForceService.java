package org.jixiao.targeting.service;

import java.util.List;
import java.util.UUID;

import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.targeting.api.TargetsInForce;
import org.jixiao.targeting.events.TargetApproved;
import org.jixiao.targeting.port.out.TargetReadModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Isolation;

/** The targets in force for a later stage's projection: a keyset page over the read model, in an explicit scope. */
@Service
class TargetsInForceService implements TargetsInForce {

    private final TargetReadModel readModel;

    TargetsInForceService(TargetReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ) // targets and indicators from one snapshot
    public List<TargetApproved> after(Scope scope, @Nullable UUID after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit " + limit + " is not 1–" + MAX_PAGE);
        }
        return readModel.inForce(scope, after, limit);
    }
}
