package org.neurotheory.spark;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.core.sweep.Sweep;
import org.neurotheory.core.sweep.SweepSpec;
import org.neurotheory.core.sweep.SweepTask;

/**
 * A paper registered only in this module's tests: one sweep whose rows are seeded random numbers
 * (so any seed mix-up between backends changes the bytes) and one whose point 3 always throws, and a
 * figure that runs each of them through the current sweep backend.
 */
public final class SweepTestPaper implements Paper {
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
        return List.of(new SweepFigure("figrandom", "random"), new SweepFigure("figbroken", "broken"));
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
            double[] y = rows.stream().mapToDouble(r -> r.result()[r.result().length - 1]).toArray();
            FigureData fig = new FigureData(title());
            fig.panel("rows", "point", "value").line("last column", x, y);
            // uniform draws: the mean of 7 has standard deviation 0.11, so 0.3 is a 2.7-sigma band
            fig.check(Check.absolute("mean of the uniform draws vs 1/2", 0.5, Arrays.stream(y).average().orElseThrow(), 0.3));
            return fig;
        }
    }

    @Override
    public List<SweepSpec> sweeps() {
        return List.of(new SweepSpec() {
            @Override
            public String key() {
                return "random";
            }

            @Override
            public int size(Scale scale) {
                return scale.pick(7, 20);
            }

            @Override
            public double[] evaluate(SweepTask point) {
                SplittableRandom r = new SplittableRandom(point.seed());
                return new double[] {point.index(), r.nextGaussian(), r.nextDouble()};
            }
        }, new SweepSpec() {
            @Override
            public String key() {
                return "broken";
            }

            @Override
            public int size(Scale scale) {
                return 5;
            }

            @Override
            public double[] evaluate(SweepTask point) {
                if (point.index() == 3) {
                    throw new IllegalStateException("point 3 always fails");
                }
                return new double[] {point.index()};
            }
        });
    }
}
