package org.neurotheory.core.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.PaperRegistry;

/** Evaluates a registered sweep's points on local threads ({@link Sweep#run}). */
public final class ThreadPoolBackend implements SweepBackend {
    private final PaperRegistry registry;
    private final int threads;

    /**
     * @param registry where the sweeps are looked up
     * @param threads  worker threads, >= 1
     */
    public ThreadPoolBackend(PaperRegistry registry, int threads) {
        this.registry = Require.nonNull("registry", registry);
        this.threads = Require.positive("threads", threads);
    }

    /** The registry of the class path, one thread per available processor. */
    public static ThreadPoolBackend local() {
        return new ThreadPoolBackend(PaperRegistry.load(), Runtime.getRuntime().availableProcessors());
    }

    @Override
    public List<double[]> run(String paper, String sweep, Scale scale, long seed) {
        int n = registry.sweep(paper, sweep).size(scale);
        List<Integer> points = IntStream.range(0, n).boxed().toList();
        List<double[]> rows = new ArrayList<>(n);
        for (var row : Sweep.run(points, seed, threads,
                (i, s) -> new SweepTask(paper, sweep, i, seed, scale).run(registry).row())) {
            rows.add(row.result());
        }
        return rows;
    }

    @Override
    public String describe() {
        return "threads(" + threads + ")";
    }
}
