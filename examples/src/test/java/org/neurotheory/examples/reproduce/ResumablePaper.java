package org.neurotheory.examples.reproduce;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.sweep.FinishedRuns;

/** A test-only paper whose one figure keeps its two "networks" as finished runs at paper scale, like sparsity/fig2cnn. */
final class ResumablePaper implements Paper {
    /** How many runs were computed rather than read back, over every figure of this class. */
    static final AtomicInteger TRAINED = new AtomicInteger();

    private static final FinishedRuns.Codec<Double> CODEC = new FinishedRuns.Codec<>() {
        @Override
        public String header() {
            return "test resumable run 1";
        }

        @Override
        public List<String> encode(Double value) {
            return List.of(Double.toString(value));
        }

        @Override
        public Double decode(List<String> lines) {
            return Double.parseDouble(lines.get(0));
        }
    };

    @Override
    public String key() {
        return "resumable";
    }

    @Override
    public String title() {
        return "Resumable paper";
    }

    @Override
    public String citation() {
        return "Nobody, test suite (2026)";
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(new Sweep());
    }

    /** Two seeded draws, each kept as a finished run at paper scale. */
    static final class Sweep implements FigureSpec {
        @Override
        public String key() {
            return "sweep";
        }

        @Override
        public String title() {
            return "Two runs kept for resuming";
        }

        @Override
        public FigureData compute(Scale scale, long seed) {
            FinishedRuns<Double> finished = FinishedRuns.forFigure(scale, "sweep-seed" + seed, "two draws", CODEC);
            double[] x = {0, 1};
            double[] y = new double[2];
            for (int i = 0; i < 2; i++) {
                long s = Seeds.derive(seed, i);
                y[i] = finished.trainOrRead("run" + i, () -> {
                    TRAINED.incrementAndGet();
                    return new SplittableRandom(s).nextDouble();
                });
            }
            FigureData d = new FigureData("sweep");
            d.panel("a", "run", "value").markers("draw", x, y);
            // a uniform draw lies in [0, 1)
            d.check(Check.absolute("first draw in [0, 1)", 0.5, y[0], 0.5));
            return d;
        }
    }
}
