package org.neurotheory.sparsity.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.sparsity.theory.PowerpropFlow;
import org.neurotheory.sparsity.theory.RichGetRicher;
import org.neurotheory.sparsity.theory.WeightDensity;

/**
 * Theory figure for Sec. 3 of Schwarz et al. 2021 (not a figure of the paper): (a) one weight under
 * a constant outward gradient, simulated with exact gradient steps on psi, against the closed-form
 * gradient flow (linear growth at alpha = 1, exponential at 2, finite-time blow-up at 3); (b) the
 * effective learning rate measured from single small steps against {@code eta alpha^2 |w|^(2-2/alpha)};
 * (c) the density of {@code |w|} for {@code psi ~ N(0,1)} against the change-of-variables formula,
 * with its spike at zero for alpha > 1.
 */
public final class FigT1RichGetRicher implements FigureSpec {

    /**
     * @param alphas    exponents of panel (a) and (c)
     * @param w0        initial weight of panel (a)
     * @param gradient  constant weight gradient of panel (a) (negative with positive w0: outward)
     * @param eta       step of the simulated gradient steps of panel (a)
     * @param tEnd      time span of panel (a) (time = steps x eta)
     * @param samples   samples of psi for panel (c)
     */
    public record Params(double[] alphas, double w0, double gradient, double eta, double tEnd, int samples) {
        public Params {
            Require.that(alphas != null && alphas.length > 0, "alphas", alphas, "must be non-empty");
            for (double a : alphas) {
                Require.that(a >= 1, "alphas", a, "must all be >= 1");
            }
            alphas = alphas.clone();
            Require.positive("w0", w0);
            Require.that(gradient < 0, "gradient", gradient, "must be < 0 (outward for w0 > 0)");
            Require.positive("eta", eta);
            Require.positive("tEnd", tEnd);
            Require.that(samples >= 1000, "samples", samples, "must be >= 1000");
        }

        /** Seconds on one core. */
        public static Params quick() {
            return new Params(new double[] {1, 2, 3}, 0.5, -0.5, 1e-4, 1.2, 200_000);
        }

        /** Finer steps and a million samples. */
        public static Params paper() {
            return new Params(new double[] {1, 2, 3}, 0.5, -0.5, 1e-5, 1.2, 1_000_000);
        }
    }

    @Override
    public String key() {
        return "figt1";
    }

    @Override
    public String title() {
        return "Theory (Sec. 3): rich-get-richer flow, effective learning rate and the density of w";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params p = scale.pick(Params.quick(), Params.paper());
        FigureData data = new FigureData(title()).parameters(p);
        data.parameter("scale", scale.toString());
        flowPanel(data, p);
        ratePanel(data);
        densityPanel(data, p, seed);
        return data;
    }

    private static void flowPanel(FigureData data, Params p) {
        var panel = data.panel("a: |w(t)| under a constant outward gradient", "time t = steps x eta", "|w(t)|").logY()
                .title("a", "|w(t)| under a constant outward gradient: steps vs flow");
        for (double alpha : p.alphas()) {
            PowerpropFlow flow = new PowerpropFlow(alpha, p.gradient());
            double tStar = flow.blowUpTime(p.w0());
            long steps = Math.round(p.tEnd() / p.eta());
            int every = (int) Math.max(1, steps / 40);
            List<double[]> sim = new ArrayList<>();
            double psi = RichGetRicher.psi(p.w0(), alpha);
            double simBlowUp = Double.POSITIVE_INFINITY;
            for (long s = 0; s <= steps; s++) {
                double w = RichGetRicher.weight(psi, alpha);
                if (Math.abs(w) > 1e4) {
                    simBlowUp = s * p.eta();
                    break;
                }
                if (s % every == 0) {
                    sim.add(new double[] {s * p.eta(), Math.abs(w)});
                }
                psi = RichGetRicher.stepPsi(psi, p.gradient(), p.eta(), alpha);
            }
            double[] ts = sim.stream().mapToDouble(v -> v[0]).toArray();
            double[] ws = sim.stream().mapToDouble(v -> v[1]).toArray();
            int n = 400;
            double tMax = Double.isFinite(tStar) ? flow.hittingTime(p.w0(), 1e4) : p.tEnd();
            double[] tt = new double[n + 1];
            double[] wt = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                tt[i] = tMax * i / n;
                wt[i] = Math.abs(flow.weight(p.w0(), tt[i]));
            }
            panel.simulation(Labels.alpha(alpha) + " steps", Labels.alpha(alpha), ts, ws)
                    .theory(Labels.alpha(alpha) + " flow", Labels.alpha(alpha), tt, wt);
            // compare at the last recorded time below 0.9 t*: Euler's O(eta) error stays < 1e-2 there
            int last = ts.length - 1;
            while (ts[last] > 0.9 * tStar) {
                last--;
            }
            double exact = Math.abs(flow.weight(p.w0(), ts[last]));
            data.check(Check.relative(Labels.alpha(alpha) + ": |w| of gradient steps vs flow at t=" + String.format("%.3f", ts[last]),
                    exact, ws[last], 0.01));
            if (Double.isFinite(tStar)) {
                // the steps reach |w| = 1e4 when the flow does (O(eta) apart), just before t*
                data.check(Check.relative(Labels.alpha(alpha) + ": time of gradient steps to reach |w| = 1e4 vs flow",
                        flow.hittingTime(p.w0(), 1e4), simBlowUp, 0.01));
                data.check(Check.atMost(Labels.alpha(alpha) + ": gradient steps pass 1e4 before the blow-up time t*"
                        + " = |w0|^(1-p)/((p-1)c)", tStar, simBlowUp, 0));
            }
        }
    }

    private static void ratePanel(FigureData data) {
        var panel = data.panel("b: effective learning rate", "|w|", "(w' - w)/(-eta g) for one step").logX().logY()
                .title("b", "effective learning rate: one step vs alpha^2 |w|^{2-2/alpha}");
        double eta = 1e-6;
        double g = -0.3;
        int n = 13;
        for (double alpha : new double[] {1, 2, 3, 5}) {
            double[] w = new double[n];
            double[] measured = new double[n];
            double[] theory = new double[n];
            double worst = 0;
            for (int i = 0; i < n; i++) {
                w[i] = Math.pow(10, -3 + 3.5 * i / (n - 1));
                measured[i] = (RichGetRicher.stepWeight(w[i], g, eta, alpha) - w[i]) / (-eta * g);
                theory[i] = RichGetRicher.effectiveLearningRate(w[i], eta, alpha) / eta;
                worst = Math.max(worst, Math.abs(measured[i] / theory[i] - 1));
            }
            panel.simulation(Labels.alpha(alpha) + " one step", Labels.alpha(alpha), w, measured)
                    .theory(Labels.alpha(alpha) + " alpha^2|w|^(2-2/alpha)", Labels.alpha(alpha), w, theory);
            // second-order term relative size eta |g| |w|^(p-1) alpha^2 < 1e-4 on this grid
            data.check(Check.atMost(Labels.alpha(alpha) + ": worst relative gap single step vs effective rate", 0, worst, 1e-4));
        }
    }

    private static void densityPanel(FigureData data, Params p, long seed) {
        var panel = data.panel("c: density of |w| for psi ~ N(0 1)", "|w|", "density of |w|").logX().logY()
                .title("c", "density of |w| for psi ~ N(0, 1): samples vs 2 f_w(|w|)");
        int bins = 24;
        double lo = 1e-4;
        double hi = 10;
        for (double alpha : p.alphas()) {
            WeightDensity d = new WeightDensity(alpha, 1);
            SplittableRandom rng = Seeds.stream(Seeds.derive(seed, (long) (alpha * 100)));
            int[] counts = new int[bins];
            int below = 0;
            double logLo = Math.log(lo);
            double width = (Math.log(hi) - logLo) / bins;
            for (int i = 0; i < p.samples(); i++) {
                double a = Math.abs(RichGetRicher.weight(rng.nextGaussian(), alpha));
                below += a < 1e-3 ? 1 : 0;
                int b = (int) Math.floor((Math.log(a) - logLo) / width);
                if (b >= 0 && b < bins) {
                    counts[b]++;
                }
            }
            List<double[]> sim = new ArrayList<>();
            double worstZ = 0;
            for (int b = 0; b < bins; b++) {
                double a = Math.exp(logLo + b * width);
                double c = Math.exp(logLo + (b + 1) * width);
                double expected = 2 * d.massBetween(a, c) * p.samples();
                if (counts[b] > 0) {
                    sim.add(new double[] {Math.sqrt(a * c), counts[b] / (p.samples() * (c - a))});
                }
                if (expected >= 50) {
                    worstZ = Math.max(worstZ, Math.abs(counts[b] - expected) / Math.sqrt(expected));
                }
            }
            List<double[]> curve = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                double x = Math.exp(logLo + (Math.log(hi) - logLo) * i / 199);
                if (2 * d.density(x) > 1e-4) { // below one sample in the histogram's range
                    curve.add(new double[] {x, 2 * d.density(x)});
                }
            }
            panel.simulation(Labels.alpha(alpha) + " samples", Labels.alpha(alpha), sim.stream().mapToDouble(v -> v[0]).toArray(),
                    sim.stream().mapToDouble(v -> v[1]).toArray()).theory(Labels.alpha(alpha) + " 2 f_w(|w|)", Labels.alpha(alpha),
                    curve.stream().mapToDouble(v -> v[0]).toArray(), curve.stream().mapToDouble(v -> v[1]).toArray());
            // Poisson counts: 24 bins, the largest |z| stays below 4.5 with probability > 0.9998
            data.check(Check.atMost(Labels.alpha(alpha) + ": largest |count - expected|/sqrt(expected) over bins", 0, worstZ, 4.5));
            // the spike at zero: sampled fraction with |w| < 1e-3 against erf(1e-3^(1/alpha)/sqrt 2), 4 binomial sd
            double m = d.massBelow(1e-3);
            data.check(Check.absolute(Labels.alpha(alpha) + ": fraction of |w| < 1e-3 vs theory", m, (double) below / p.samples(),
                    4 * Math.sqrt(m * (1 - m) / p.samples())));
        }
    }
}
