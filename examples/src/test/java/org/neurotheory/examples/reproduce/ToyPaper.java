package org.neurotheory.examples.reproduce;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.ode.EulerIntegrator;
import org.neurotheory.core.ode.TimeGrid;
import org.neurotheory.core.ode.Trajectory;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.testing.ReferenceProblems;

/** A test-only paper: one good figure, one with a failing check, one that throws. */
final class ToyPaper implements Paper {
    @Override
    public String key() {
        return "toy";
    }

    @Override
    public String title() {
        return "Toy paper";
    }

    @Override
    public String citation() {
        return "Nobody, test suite (2026)";
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(new Decay(), new Failing(), new Throwing());
    }

    /** A renamed key, as after a figure-convention change: {@code toy/old-decay} still runs {@code toy/decay}. */
    @Override
    public Map<String, String> aliases() {
        return Map.of("old-decay", "decay");
    }

    /** Gradient descent on k y^2/2 against the exact exponential, plus seeded noise points. */
    static final class Decay implements FigureSpec {
        @Override
        public String key() {
            return "decay";
        }

        @Override
        public String title() {
            return "Exponential decay: Euler vs exact";
        }

        @Override
        public FigureData compute(Scale scale, long seed) {
            double h = scale.pick(0.01, 0.001);
            Trajectory tr = new EulerIntegrator(h).integrate(ReferenceProblems.decay(1), new double[] {1},
                    TimeGrid.linear(0, 2, 21));
            double[] t = tr.times();
            double[] exact = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                exact[i] = Math.exp(-t[i]);
            }
            SplittableRandom rng = Seeds.stream(seed);
            double[] noisy = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                noisy[i] = exact[i] + 0.01 * rng.nextGaussian();
            }
            FigureData d = new FigureData("decay").parameter("h", h)
                    .note("Euler step instead of the exact flow, to have something to compare");
            d.panel("a", "t", "y").line("euler", t, tr.component(0)).dashed("exact", t, exact).markers("noisy", t, noisy);
            d.panel("b", "t", "loss").logY().line("loss", t, tr.losses());
            // Euler's global error is about h t e^{-t}/2 <= h/(2e) + margin
            d.check(Check.absolute("y(2) vs exp(-2)", Math.exp(-2), tr.finalState()[0], h));
            return d;
        }
    }

    static final class Failing implements FigureSpec {
        @Override
        public String key() {
            return "failing";
        }

        @Override
        public String title() {
            return "A figure whose check fails";
        }

        @Override
        public FigureData compute(Scale scale, long seed) {
            FigureData d = new FigureData("failing");
            d.panel("a", "x", "y").line("line", new double[] {0, 1}, new double[] {0, 1});
            d.check(Check.absolute("one equals two", 2, 1, 0.1));
            return d;
        }
    }

    static final class Throwing implements FigureSpec {
        @Override
        public String key() {
            return "throwing";
        }

        @Override
        public String title() {
            return "A figure that throws";
        }

        @Override
        public FigureData compute(Scale scale, long seed) {
            throw new IllegalStateException("deliberate failure");
        }
    }
}
