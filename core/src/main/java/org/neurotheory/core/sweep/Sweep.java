package org.neurotheory.core.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.random.Seeds;

/**
 * Runs a function over a list of parameter points in parallel, giving point i the seed
 * {@code Seeds.derive(seed, i)}. Results come back in point order and do not depend on the
 * number of threads.
 */
public final class Sweep {
    private Sweep() {
    }

    /** The work done at one point. */
    @FunctionalInterface
    public interface PointFunction<P, R> {
        R apply(P point, long seed) throws Exception;
    }

    /** One result row: the point, its derived seed and the result. */
    public record Row<P, R>(int index, P point, long seed, R result) {
    }

    /** Runs {@code fn} at every point with {@code threads} worker threads. */
    public static <P, R> List<Row<P, R>> run(List<P> points, long seed, int threads, PointFunction<P, R> fn) {
        Require.nonNull("points", points);
        Require.positive("threads", threads);
        Require.nonNull("fn", fn);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, points.size())), r -> {
            Thread t = new Thread(r, "neurotheory-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                P p = points.get(i);
                long s = Seeds.derive(seed, i);
                futures.add(pool.submit(() -> fn.apply(p, s)));
            }
            List<Row<P, R>> rows = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                rows.add(new Row<>(i, points.get(i), Seeds.derive(seed, i), futures.get(i).get()));
            }
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("sweep point failed: " + c, c);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs with one thread per available processor. */
    public static <P, R> List<Row<P, R>> run(List<P> points, long seed, PointFunction<P, R> fn) {
        return run(points, seed, Runtime.getRuntime().availableProcessors(), fn);
    }

    /**
     * Runs {@code paper}'s registered sweep {@code sweep} on the {@link SweepBackends#current current
     * backend} (a thread pool, or Spark executors that rebuild it from the registry) and pairs each
     * result row with its point: the same rows, seeds and order as {@link #run} would give.
     *
     * @param points the sweep's points, as its {@link SweepSpec} enumerates them
     * @param decode turns a result row back into the figure's result type
     */
    public static <P, R> List<Row<P, R>> onBackend(String paper, String sweep, List<P> points, Scale scale, long seed,
                                                  Function<double[], R> decode) {
        List<double[]> results = SweepBackends.current().run(paper, sweep, scale, seed);
        Require.that(results.size() == points.size(), "points.size()", points.size(),
                "must equal the registered sweep's size " + results.size() + " (" + paper + "/" + sweep + ")");
        List<Row<P, R>> rows = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            rows.add(new Row<>(i, points.get(i), Seeds.derive(seed, i), decode.apply(results.get(i))));
        }
        return rows;
    }
}
