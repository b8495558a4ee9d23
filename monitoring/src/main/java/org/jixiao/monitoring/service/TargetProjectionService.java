package org.jixiao.monitoring.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jixiao.sharedkernel.events.ProjectionStatus;
import org.jixiao.monitoring.port.in.TargetProjectionUseCase;
import org.jixiao.monitoring.port.out.ApprovedTargets;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.sharedkernel.events.PagedRebuild;
import org.jixiao.targeting.api.TargetsInForce;
import org.jixiao.targeting.events.TargetApproved;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the copy of the targets in force. A rebuild pages through targeting's {@link TargetsInForce} (every region,
 * ordered by target id) in the background, each page written in its own transaction.
 */
@Service
class TargetProjectionService implements TargetProjectionUseCase, DisposableBean {

    private final ApprovedTargets copy;
    private final TargetsInForce targeting;
    private final TransactionTemplate transactions;
    private final PagedRebuild<TargetApproved> rebuilds;

    TargetProjectionService(ApprovedTargets copy, TargetsInForce targeting, PlatformTransactionManager transactions,
            Clock clock) {
        this.copy = copy;
        this.targeting = targeting;
        this.transactions = new TransactionTemplate(transactions);
        this.rebuilds = new PagedRebuild<>("monitoring-projection", clock);
    }

    @Override
    public boolean keep(TargetApproved approval) {
        return write(List.of(approval)) > 0;
    }

    private long write(List<TargetApproved> approvals) {
        Integer changed = transactions.execute(status -> copy.keep(approvals));
        return changed == null ? 0 : changed;
    }

    @Override
    public ProjectionStatus rebuild() {
        rebuilds.start(last -> targeting.after(Scope.everything(), last == null ? null : last.header().aggregateId(),
                TargetsInForce.MAX_PAGE), this::write);
        return status();
    }

    @Override
    public void rebuildIfEmpty() {
        if (copy.isEmpty()) {
            rebuild();
        }
    }

    @Override
    public ProjectionStatus status() {
        Optional<PagedRebuild.Progress> last = rebuilds.last(); // before the counts: a finished rebuild's are final
        return ProjectionStatus.of(copy.targets(), copy.indicators(), last);
    }

    @Override
    public void destroy() {
        rebuilds.close();
    }
}
