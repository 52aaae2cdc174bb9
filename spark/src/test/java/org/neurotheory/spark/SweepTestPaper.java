package org.neurotheory.spark;

import java.util.List;
import java.util.SplittableRandom;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.core.sweep.SweepSpec;

/**
 * A paper registered only in this module's tests: one sweep whose rows are seeded random numbers
 * (so any seed mix-up between backends changes the bytes) and one whose point 3 always throws.
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
        return List.of();
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
            public double[] evaluate(int index, long seed, Scale scale) {
                SplittableRandom r = new SplittableRandom(seed);
                return new double[] {index, r.nextGaussian(), r.nextDouble()};
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
            public double[] evaluate(int index, long seed, Scale scale) {
                if (index == 3) {
                    throw new IllegalStateException("point 3 always fails");
                }
                return new double[] {index};
            }
        });
    }
}
