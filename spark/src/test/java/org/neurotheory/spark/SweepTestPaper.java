package org.neurotheory.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.spark.TaskContext;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.core.sweep.Sweep;
import org.neurotheory.core.sweep.SweepSpec;
import org.neurotheory.core.sweep.SweepTask;

/**
 * A paper registered only in this module's tests: sweeps whose rows are seeded random numbers (so
 * any seed mix-up between backends changes the bytes), one whose point 3 always throws, and figures
 * that run them through the current sweep backend. {@code figpoints} owns its sweep
 * ({@code figpoints-random}, named after it), so {@code reproduce --spark} spreads its points; the
 * others use sweeps named after no figure, so a batch sends them as figure tasks.
 */
public final class SweepTestPaper implements Paper {
    /** Sweeps whose points ran inside a Spark task (a thread with a {@link TaskContext}) since the last clear. */
    static final Set<String> RAN_AS_SPARK_TASKS = ConcurrentHashMap.newKeySet();

    @Override
    public String key() {
        return "sweeptest";
    }

    @Override
    public String title() {
        return "Sweep backend test";
    }

    @Override
    public String citation() {
        return "none (tests only)";
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(new SweepFigure("figrandom", "random"), new SweepFigure("figbroken", "broken"),
                new SweepFigure("figpoints", "figpoints-random"));
    }

    @Override
    public List<SweepSpec> sweeps() {
        return List.of(new RandomSweep("random", -1), new RandomSweep("broken", 3), new RandomSweep("figpoints-random", -1));
    }

    /** Seeded random rows {@code [index, gaussian, uniform]}; point {@code failing} (if >= 0) always throws. */
    private record RandomSweep(String key, int failing) implements SweepSpec {
        @Override
        public int size(Scale scale) {
            return scale.pick(7, 20);
        }

        @Override
        public double[] evaluate(SweepTask point) {
            if (TaskContext.get() != null) {
                RAN_AS_SPARK_TASKS.add(key);
            }
            if (point.index() == failing) {
                throw new IllegalStateException("point " + failing + " always fails");
            }
            SplittableRandom r = new SplittableRandom(point.seed());
            return new double[] {point.index(), r.nextGaussian(), r.nextDouble()};
        }
    }

    /** A figure that plots one of this paper's sweeps, run through the current sweep backend. */
    private record SweepFigure(String key, String sweep) implements FigureSpec {
        @Override
        public String title() {
            return "sweep " + sweep;
        }

        @Override
        public FigureData compute(Scale scale, long seed) {
            List<Integer> points = IntStream.range(0, scale.pick(7, 20)).boxed().toList();
            var rows = Sweep.onBackend("sweeptest", sweep, points, scale, seed, row -> row);
            double[] x = rows.stream().mapToDouble(r -> r.point()).toArray();
            double[] y = rows.stream().mapToDouble(r -> r.result()[2]).toArray();
            FigureData fig = new FigureData(title());
            fig.panel("rows", "point", "value").line("uniform draw", x, y);
            // uniform draws: the mean of 7 has standard deviation 0.11, so 0.3 is a 2.7-sigma band
            fig.check(Check.absolute("mean of the uniform draws vs 1/2", 0.5, Arrays.stream(y).average().orElseThrow(), 0.3));
            return fig;
        }
    }
}
