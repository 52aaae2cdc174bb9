package org.neurotheory.synaptic.experiments;

import java.util.Optional;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Role;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.synaptic.data.LineFit;
import org.neurotheory.synaptic.data.PublishedStatistics;
import org.neurotheory.synaptic.data.SynapseTables;
import org.neurotheory.synaptic.model.Delivery;
import org.neurotheory.synaptic.model.SynapticParameters;
import org.neurotheory.synaptic.model.SynapticSimulation;
import org.neurotheory.synaptic.theory.SteadyStateVariance;

/**
 * F5, prediction P2 (§3.3 and 4.1): normalised PSP variability s^2/m against the
 * presynaptic rate, simulation against the closed form Eq. (S1)-(S2), and the slope against the Ko
 * et al. (2013) data.
 */
public final class Fig5RateVariability implements FigureSpec {
    /**
     * Settings.
     *
     * @param model       the synapse model; its {@code synapses} is the population simulated
     * @param measureTaus averaging window after a 2 tau burn-in, in time constants tau
     */
    public record Params(SynapticParameters model, double measureTaus) {
        public Params {
            Require.nonNull("model", model);
            Require.positive("measureTaus", measureTaus);
        }

        /** 1000 synapses averaged over 8 tau. */
        public static Params paper() {
            return new Params(SynapticParameters.paper().withSynapses(1000), 8.0);
        }

        /** 500 synapses averaged over 2 tau. */
        public static Params quick() {
            return new Params(SynapticParameters.paper().withSynapses(500), 2.0);
        }
    }

    private final Optional<SynapseTables> tables;

    /** Overlays {@link DataDirectory#tables()}, chosen when the figure is computed (bundled by default). */
    public Fig5RateVariability() {
        this.tables = null;
    }

    /** @param tables the published tables to overlay, or empty for the recorded statistics only */
    public Fig5RateVariability(Optional<SynapseTables> tables) {
        this.tables = Require.nonNull("tables", tables);
    }

    @Override
    public String key() {
        return "fig5";
    }

    @Override
    public String title() {
        return "P2: PSP variability rises as presynaptic rate falls (simulation, Eq. S1, Ko 2013)";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params settings = scale.pick(Params.quick(), Params.paper());
        SynapticParameters p = settings.model();
        double measure = settings.measureTaus();
        SteadyStateRun run = SteadyStateRun.of(p, Delivery.SAMPLING, 2.0, measure, Seeds.derive(seed, 5));
        SynapticSimulation sim = run.simulation();
        double[] nu = sim.rates();
        double[] sim2m = run.statistics().normalisedVariability();
        double sd2 = sim.meanErrorVariance();
        double mp = p.priorMean();
        double[] theory = new double[nu.length];
        for (int i = 0; i < nu.length; i++) {
            theory[i] = SteadyStateVariance.normalisedVariability(nu[i], mp, sd2, p.sigma2Prior(), p.tau());
        }
        FigureData data = new FigureData(title()).parameters(p).parameter("burnInTaus", 2.0)
                .parameter("measureTaus", measure).parameter("sigmaDelta2", sd2);
        double[] grid = Curves.logspace(0.01, 100, 121);
        double[] curve = new double[grid.length];
        for (int j = 0; j < grid.length; j++) {
            curve[j] = SteadyStateVariance.normalisedVariability(grid[j], mp, sd2, p.sigma2Prior(), p.tau());
        }
        data.panel("model", "presynaptic rate (Hz)", "s^2/m (mV)").logX().logY()
                .markers("simulation", nu, sim2m).dashed("Eq. S1", grid, curve)
                .tag("simulation", "s^2/m", Role.SIMULATION).tag("Eq. S1", "s^2/m", Role.THEORY)
                .title("a", "model: simulation (dots) vs Eq. S1 (line)");

        // Simulation vs closed form in rate bins; 10% covers the mean-field and m_i ~ m_prior
        // approximations of Eq. S1 plus the finite averaging window (check 4).
        double[][] bins = {{1, 3}, {3, 10}, {10, Double.POSITIVE_INFINITY}};
        for (double[] b : bins) {
            double s = 0;
            double t = 0;
            int c = 0;
            for (int i = 0; i < nu.length; i++) {
                if (nu[i] >= b[0] && nu[i] < b[1]) {
                    s += sim2m[i];
                    t += theory[i];
                    c++;
                }
            }
            if (c > 0) {
                data.check(Check.relative(String.format("mean s^2/m for %g <= nu < %g Hz vs Eq. S1 (%d synapses)",
                        b[0], b[1], c), t / c, s / c, 0.10));
            }
        }
        // Log-log slopes over all synapses and over nu > 3 Hz, simulation vs the same fit to Eq. S1.
        // 0.05 is the half-width of the reference ranges [-0.38, -0.28] and [-0.48, -0.40].
        double allSlope = LineFit.logLog(nu, sim2m).slope();
        data.check(Check.absolute("log-log slope of s^2/m on nu, all synapses, vs Eq. S1",
                LineFit.logLog(nu, theory).slope(), allSlope, 0.05));
        double[][] fast = above(nu, sim2m, theory, 3);
        double fastSlope = LineFit.logLog(fast[0], fast[1]).slope();
        data.check(Check.absolute("log-log slope of s^2/m on nu, nu > 3 Hz, vs Eq. S1",
                LineFit.logLog(fast[0], fast[2]).slope(), fastSlope, 0.05));
        // check 5: the simulated slopes lie in the reference ranges [-0.38, -0.28] and
        // [-0.48, -0.40] (successor output -0.34 and -0.44 with N = 1000 over 100 tau).
        data.check(Check.absolute("log-log slope, all synapses, in the reference range [-0.38, -0.28]", -0.33, allSlope, 0.05));
        data.check(Check.absolute("log-log slope, nu > 3 Hz, in the reference range [-0.48, -0.40]", -0.44, fastSlope, 0.04));

        // Against data: the high-rate theory slope (-1/2 at nu = 10 Hz) must lie within two
        // standard errors of the Ko et al. regression slope (recorded fact).
        double highRate = SteadyStateVariance.rateSlope(10, mp, sd2, p.sigma2Prior(), p.tau());
        data.check(Check.absolute("Eq. S1 slope at 10 Hz vs Ko 2013 slope (2 s.e.)", PublishedStatistics.KO_RATE_SLOPE,
                highRate, 2 * PublishedStatistics.KO_RATE_SLOPE_SE));

        var ko = data.panel("Ko 2013", "presynaptic activity (foopsi, a.u.)", "variance/mean (mV)").logX().logY()
                .title("b", "Ko 2013");
        double[] kx = Curves.logspace(PublishedStatistics.KO_RATE_MIN, PublishedStatistics.KO_RATE_MAX, 20);
        double[] fit = new double[kx.length];
        double[] th = new double[kx.length];
        for (int j = 0; j < kx.length; j++) {
            fit[j] = Math.exp(PublishedStatistics.KO_RATE_INTERCEPT) * Math.pow(kx[j], PublishedStatistics.KO_RATE_SLOPE);
            // slope -1/2 through the middle of the fitted line: only the slope is comparable (rates in a.u.)
            th[j] = fit[kx.length / 2] * Math.pow(kx[j] / kx[kx.length / 2], highRate);
        }
        ko.line("regression (recorded)", kx, fit).dashed("theory slope", kx, th);
        (tables == null ? Optional.of(DataDirectory.tables()) : tables).ifPresent(published -> {
            double[][] t = published.ko();
            data.parameter("publishedTables", published.source());
            double[] ratio = new double[t[0].length];
            for (int i = 0; i < ratio.length; i++) {
                ratio[i] = t[1][i] / t[0][i];
            }
            ko.markers("Ko 2013 connections", t[2], ratio);
            // The table must reproduce the recorded fact (regression on 136 points, rounding 5e-4).
            data.check(Check.absolute("Ko 2013 log-log slope recomputed from the table", PublishedStatistics.KO_RATE_SLOPE,
                    LineFit.logLog(t[2], ratio).slope(), 5e-4));
        });
        data.note("Ko 2013 rates are calcium-deconvolution indices in arbitrary units: only slopes are compared. "
                + "Source: " + PublishedStatistics.KO_2013 + ".");
        return data;
    }

    private static double[][] above(double[] nu, double[] a, double[] b, double min) {
        int c = 0;
        for (double v : nu) {
            c += v > min ? 1 : 0;
        }
        double[][] out = new double[3][c];
        for (int i = 0, k = 0; i < nu.length; i++) {
            if (nu[i] > min) {
                out[0][k] = nu[i];
                out[1][k] = a[i];
                out[2][k++] = b[i];
            }
        }
        return out;
    }
}
