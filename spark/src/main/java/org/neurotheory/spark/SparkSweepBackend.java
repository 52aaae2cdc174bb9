package org.neurotheory.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.sweep.SweepBackend;
import org.neurotheory.core.sweep.SweepResult;
import org.neurotheory.core.sweep.SweepTask;
import org.neurotheory.core.sweep.ThreadPoolBackend;

/**
 * Evaluates registered sweeps on Spark executors: each point travels as a {@link SweepTask} (paper,
 * sweep key, point, sweep seed, scale), one Spark task per point; an executor rebuilds the sweep
 * from its own registry ({@link ExecutorRegistry}) and sends back a {@link SweepResult}. The rows
 * are put back in point order, so the bytes equal the thread pool's. A task that throws is retried
 * by Spark ({@code spark.task.maxFailures}); a point that still fails fails the sweep with the
 * point named. Called from inside a Spark task (a figure task of {@code reproduce --spark}), the
 * points run on that executor's own threads instead.
 */
public final class SparkSweepBackend implements SweepBackend {
    private final JavaSparkContext context;
    private final PaperRegistry registry;

    /**
     * @param context  a running Spark context (see {@link SparkConnection#connect})
     * @param registry the driver's registry, used to reject unknown sweeps before any task is sent
     */
    public SparkSweepBackend(JavaSparkContext context, PaperRegistry registry) {
        this.context = Require.nonNull("context", context);
        this.registry = Require.nonNull("registry", registry);
    }

    @Override
    public List<double[]> run(String paper, String sweep, Scale scale, long seed) {
        int n = registry.sweep(paper, sweep).size(scale);
        if (TaskContext.get() != null) {
            // a figure task asking for its sweep (Spark local mode shares this backend with its task threads):
            // a job submitted from inside a task would wait for the slots its own figure tasks hold
            return new ThreadPoolBackend(ExecutorRegistry.get(), Runtime.getRuntime().availableProcessors())
                    .run(paper, sweep, scale, seed);
        }
        List<SweepTask> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tasks.add(new SweepTask(paper, sweep, i, seed, scale));
        }
        context.setJobDescription(paper + "/" + sweep + " (" + n + " points, " + scale + ")");
        List<SweepResult> results;
        try {
            results = new ArrayList<>(context.parallelize(tasks, Math.max(1, n)).map(new RunSweepPoint()).collect());
        } catch (Exception e) {
            // Spark throws its checked SparkException undeclared; its message says which task failed how many
            // times with the point's own error, then a stack trace
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new IllegalStateException(paper + "/" + sweep + " on " + describe() + ": " + first, e);
        }
        results.sort(Comparator.comparingInt(SweepResult::index));
        List<double[]> rows = new ArrayList<>(n);
        for (SweepResult r : results) {
            rows.add(r.row());
        }
        return rows;
    }

    @Override
    public String describe() {
        return "spark(" + context.master() + ")";
    }

    /** The executor side: a named class with no captured state, so only the task travels. */
    static final class RunSweepPoint implements Function<SweepTask, SweepResult> {
        private static final long serialVersionUID = 1L;

        @Override
        public SweepResult call(SweepTask task) {
            return task.run(ExecutorRegistry.get());
        }
    }
}
