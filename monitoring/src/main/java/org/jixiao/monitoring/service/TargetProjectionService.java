package org.jixiao.monitoring.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.jixiao.monitoring.port.in.ProjectionStatus;
import org.jixiao.monitoring.port.in.TargetProjectionUseCase;
import org.jixiao.monitoring.port.out.ApprovedTargets;
import org.jixiao.sharedkernel.access.Scope;
import org.jixiao.targeting.api.TargetsInForce;
import org.jixiao.targeting.events.TargetApproved;
import org.jspecify.annotations.Nullable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the copy of the targets in force. A rebuild pages through targeting's {@link TargetsInForce} (every region,
 * ordered by target id) on one background thread, each page written in its own transaction, so it holds no lock
 * for long and a province-sized rebuild can run while the service answers.
 */
@Service
class TargetProjectionService implements TargetProjectionUseCase, DisposableBean {

    private static final Log log = LogFactory.getLog(TargetProjectionService.class);

    private final ApprovedTargets copy;
    private final TargetsInForce targeting;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "monitoring-projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Rebuild> last = new AtomicReference<>();

    /** A rebuild's progress. */
    private record Rebuild(Instant startedAt, @Nullable Instant finishedAt, long read, long changed,
                           @Nullable String failure) {

        Rebuild page(long pageRead, long pageChanged) {
            return new Rebuild(startedAt, null, read + pageRead, changed + pageChanged, null);
        }
    }

    TargetProjectionService(ApprovedTargets copy, TargetsInForce targeting, PlatformTransactionManager transactions,
            Clock clock) {
        this.copy = copy;
        this.targeting = targeting;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public boolean keep(TargetApproved approval) {
        Integer changed = transactions.execute(status -> copy.keep(List.of(approval)));
        return changed != null && changed > 0;
    }

    @Override
    public synchronized ProjectionStatus rebuild() {
        Rebuild running = last.get();
        if (running == null || running.finishedAt() != null) {
            last.set(new Rebuild(clock.instant(), null, 0, 0, null));
            rebuilds.execute(this::readEverything);
        }
        return status();
    }

    @Override
    public void rebuildIfEmpty() {
        if (copy.isEmpty()) {
            rebuild();
        }
    }

    private void readEverything() {
        try {
            UUID after = null;
            while (true) {
                List<TargetApproved> page = targeting.after(Scope.everything(), after, TargetsInForce.MAX_PAGE);
                if (page.isEmpty()) {
                    break;
                }
                Integer changed = transactions.execute(status -> copy.keep(page));
                last.updateAndGet(r -> r.page(page.size(), changed == null ? 0 : changed));
                after = page.get(page.size() - 1).header().aggregateId();
            }
            Rebuild done = last.updateAndGet(r -> new Rebuild(r.startedAt(), clock.instant(), r.read(), r.changed(), null));
            log.info("monitoring's copy of the targets in force rebuilt: " + done.read() + " read, " + done.changed()
                    + " changed");
        } catch (RuntimeException e) {
            log.error("rebuilding monitoring's copy of the targets in force failed", e);
            last.updateAndGet(r -> new Rebuild(r.startedAt(), clock.instant(), r.read(), r.changed(),
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    @Override
    public ProjectionStatus status() {
        Rebuild r = last.get();
        return new ProjectionStatus(copy.targets(), copy.indicators(), r != null && r.finishedAt() == null,
                r == null ? null : r.startedAt(), r == null ? null : r.finishedAt(), r == null ? 0 : r.read(),
                r == null ? 0 : r.changed(), r == null ? null : r.failure());
    }

    @Override
    public void destroy() {
        rebuilds.shutdownNow();
    }
}
