package org.jixiao.sharedkernel.events;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * How a downstream stage rebuilds a projection from an upstream query API: on one background thread it reads the
 * source page by page and hands each page to a writer that runs its own transaction, so it holds no lock for long
 * and a province-sized rebuild runs while the service answers. One run at a time; its progress is readable.
 *
 * @param <T> what a page holds (an upstream event, say); the source continues after the last one it gave
 */
public final class PagedRebuild<T> implements AutoCloseable {

    /** The next page after {@code last} (null for the first page); an empty page ends the run. */
    @FunctionalInterface
    public interface Source<T> {
        List<T> after(@Nullable T last);
    }

    /** Writes a page, in its own transaction, and says how many items changed what it keeps. */
    @FunctionalInterface
    public interface Writer<T> {
        long write(List<T> page);
    }

    /**
     * A run's progress.
     *
     * @param finishedAt null while it runs
     * @param read       items read from the source so far
     * @param changed    of those, the ones that changed what the writer keeps
     * @param failure    why it stopped, null unless it failed
     */
    public record Progress(Instant startedAt, @Nullable Instant finishedAt, long read, long changed,
                           @Nullable String failure) {

        public boolean running() {
            return finishedAt == null;
        }

        private Progress page(long pageRead, long pageChanged) {
            return new Progress(startedAt, null, read + pageRead, changed + pageChanged, null);
        }

        private Progress finished(Instant at, @Nullable String why) {
            return new Progress(startedAt, at, read, changed, why);
        }
    }

    private final String name;
    private final Clock clock;
    private final System.Logger log;
    private final ExecutorService thread;
    private final AtomicReference<@Nullable Progress> last = new AtomicReference<>();

    /** @param name what is rebuilt, for the thread's name and the log ("monitoring-projection") */
    public PagedRebuild(String name, Clock clock) {
        this.name = name;
        this.clock = clock;
        this.log = System.getLogger(PagedRebuild.class.getName() + "." + name);
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, name + "-rebuild");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts a run unless one is running, and answers with the progress of the run that is now under way. */
    public synchronized Progress start(Source<T> source, Writer<T> writer) {
        Progress running = last.get();
        if (running != null && running.running()) {
            return running;
        }
        Progress started = new Progress(clock.instant(), null, 0, 0, null);
        last.set(started);
        thread.execute(() -> run(source, writer));
        return started;
    }

    private void run(Source<T> source, Writer<T> writer) {
        try {
            T after = null;
            while (true) {
                List<T> page = source.after(after);
                if (page.isEmpty()) {
                    break;
                }
                long changed = writer.write(page);
                update(p -> p.page(page.size(), changed));
                after = page.get(page.size() - 1);
            }
            Progress done = update(p -> p.finished(clock.instant(), null));
            log.log(Level.INFO, name + " rebuilt: " + done.read() + " read, " + done.changed() + " changed");
        } catch (RuntimeException e) {
            log.log(Level.ERROR, name + " rebuild failed", e);
            update(p -> p.finished(clock.instant(), e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private Progress update(UnaryOperator<Progress> change) {
        return Objects.requireNonNull(last.updateAndGet(p -> change.apply(Objects.requireNonNull(p))));
    }

    /** The last run's progress; empty when none ran since the service started. */
    public Optional<Progress> last() {
        return Optional.ofNullable(last.get());
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
