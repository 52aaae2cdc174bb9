package org.neurotheory.synaptic.experiments;

import java.awt.Color;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.synaptic.model.BayesianSynapseFilter;
import org.neurotheory.synaptic.model.Delivery;
import org.neurotheory.synaptic.model.SynapticParameters;
import org.neurotheory.synaptic.model.SynapticSimulation;

/**
 * F2 (§4.1, successor Fig. 2): the target weight w_tar(t) and the posterior mean
 * m(t) +- 2 s(t) of the highest-rate and the lowest-rate synapse over 3 tau after a 2 tau burn-in,
 * and the calibration of all synapses (fraction with |mu - lambda| &lt; 2 sigma, ideal 0.954).
 */
public final class Fig2Tracking implements FigureSpec {
    /**
     * Settings.
     *
     * @param model the synapse model; its {@code synapses} is the population simulated
     */
    public record Params(SynapticParameters model) {
        public Params {
            Require.nonNull("model", model);
        }

        /** 1000 synapses. */
        public static Params paper() {
            return new Params(SynapticParameters.paper().withSynapses(1000));
        }

        /** 300 synapses. */
        public static Params quick() {
            return new Params(SynapticParameters.paper().withSynapses(300));
        }
    }

    @Override
    public String key() {
        return "fig2";
    }

    @Override
    public String title() {
        return "Tracking a drifting weight with error bars (highest- and lowest-rate synapse)";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        SynapticParameters p = scale.pick(Params.quick(), Params.paper()).model();
        SynapticSimulation sim = new SynapticSimulation(p, Delivery.SAMPLING, Seeds.derive(seed, 2));
        long perTau = Math.round(p.tau() / p.dt());
        sim.advance(2 * perTau);
        int every = (int) Math.round(1 / p.dt());
        int samples = (int) (3 * perTau / every);
        int n = p.synapses();
        int[] tracked = {0, n - 1};
        double[] nu = sim.rates();
        double[] t = new double[samples];
        double[][] target = new double[2][samples];
        double[][] mean = new double[2][samples];
        double[][] upper = new double[2][samples];
        double[][] lower = new double[2][samples];
        double[] width = new double[2];
        BayesianSynapseFilter f = sim.filter();
        long inside = 0;
        for (int k = 0; k < samples; k++) {
            sim.advance(every);
            t[k] = (k + 1) * every * p.dt();
            for (int i = 0; i < n; i++) {
                double e = f.mu(i) - sim.targetLogWeight(i);
                if (e * e < 4 * f.sigma2(i)) {
                    inside++;
                }
            }
            for (int j = 0; j < 2; j++) {
                int i = tracked[j];
                double m = f.mean(i);
                double s = Math.sqrt(f.variance(i));
                target[j][k] = Math.exp(sim.targetLogWeight(i));
                mean[j][k] = m;
                upper[j][k] = m + 2 * s;
                lower[j][k] = m - 2 * s;
                width[j] += 4 * s / samples;
            }
        }
        FigureData data = new FigureData(title()).parameters(p).parameter("burnInTaus", 2.0).parameter("windowTaus", 3.0)
                .colour("target w_tar", new Color(60, 60, 60));
        for (int j = 0; j < 2; j++) {
            String name = String.format("%s rate nu = %.3g Hz", j == 0 ? "highest" : "lowest", nu[tracked[j]]);
            data.panel(name, "time after burn-in (s)", "weight (mV)")
                    .line("target w_tar", t, target[j]).line("posterior mean m", t, mean[j])
                    .dashed("m + 2s", t, upper[j]).dashed("m - 2s", t, lower[j])
                    .condition("m + 2s", "posterior mean m \u00b1 2s").condition("m - 2s", "posterior mean m \u00b1 2s")
                    .condition("posterior mean m", "posterior mean m \u00b1 2s")
                    .title(j == 0 ? "a" : "b", name.replace("nu", "\u03bd") + ": the synapse tracks its target");
        }
        double coverage = inside / ((double) samples * n);
        // check 7: a Gaussian belief is calibrated when 95.4% of (i, t) lie within 2 sigma;
        // 0.015 allows the mean-field/linearisation error and the correlated samples (reference simulation 0.955).
        data.check(Check.absolute("calibration: fraction |mu - lambda| < 2 sigma", 0.954, coverage, 0.015));
        data.check(Check.holds("low-rate synapse has the wider band (mean 4 s)", width[1] > width[0]));
        return data;
    }
}
