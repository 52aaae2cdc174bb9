package org.neurotheory.synaptic.experiments;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.synaptic.model.Delivery;
import org.neurotheory.synaptic.model.LogNormalBelief;
import org.neurotheory.synaptic.model.SynapticParameters;
import org.neurotheory.synaptic.model.SynapticSimulation;
import org.neurotheory.synaptic.theory.SteadyStateVariance;

/**
 * F1 (§4.1): the log-normal posterior over a synapse's weight, with successive PSP
 * amplitudes drawn from it under synaptic sampling, for a high-rate (10 Hz, narrow) and a low-rate
 * (0.1 Hz, wide) synapse at their steady-state variance Eq. (S1) and PSP mean m_prior.
 */
public final class Fig1PosteriorSchematic implements FigureSpec {
    /**
     * Settings: the model and how many PSPs are drawn from each posterior.
     *
     * @param model the synapse model (Aitchison et al. 2021 parameters)
     * @param draws delivered PSPs per synapse
     */
    public record Params(SynapticParameters model, int draws) {
        public Params {
            Require.nonNull("model", model);
            Require.positive("draws", draws);
        }

        /** 200,000 PSPs. */
        public static Params paper() {
            return new Params(SynapticParameters.paper(), 200_000);
        }

        /** 20,000 PSPs. */
        public static Params quick() {
            return new Params(SynapticParameters.paper(), 20_000);
        }
    }

    @Override
    public String key() {
        return "fig1";
    }

    @Override
    public String title() {
        return "Synaptic sampling: PSP amplitudes are samples of the weight posterior";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params q = scale.pick(Params.quick(), Params.paper());
        SynapticParameters p = q.model();
        double sd2 = new SynapticSimulation(p, Delivery.SAMPLING, Seeds.derive(seed, 0)).meanErrorVariance();
        double m = p.priorMean();
        int draws = q.draws();
        FigureData data = new FigureData(title()).parameters(p).parameter("sigmaDelta2", sd2).parameter("draws", draws);
        // check 1: prior moments; the conversion is exact, so only rounding to the 6 printed digits.
        data.check(Check.absolute("prior PSP mean m_prior (mV)", 0.531655, p.priorMean(), 1e-6));
        data.check(Check.absolute("prior PSP variance S^2 (mV^2)", 0.0218561, p.priorVariance(), 1e-7));
        var pdf = data.panel("posterior", "PSP amplitude (mV)", "density (1/mV)").title("a", "posterior over the weight");
        var spikes = data.panel("PSP samples", "spike number", "PSP amplitude (mV)").title("b", "PSPs sample the posterior");
        double[] rates = {10, 0.1};
        double[] sds = new double[2];
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 1));
        for (int r = 0; r < 2; r++) {
            double s2 = SteadyStateVariance.logVariance(rates[r], m, sd2, p.sigma2Prior(), p.tau());
            double mu = Math.log(m) - 0.5 * s2;
            String label = String.format("nu = %g Hz", rates[r]);
            double[] w = new double[300];
            double[] f = new double[300];
            for (int j = 0; j < w.length; j++) {
                w[j] = 0.005 + 1.5 * j / (w.length - 1.0);
                double z = Math.log(w[j]) - mu;
                f[j] = Math.exp(-z * z / (2 * s2)) / (w[j] * Math.sqrt(2 * Math.PI * s2));
            }
            // the series keeps its recorded name; the legend shows the rate as a short number
            String legend = "nu = " + BigDecimal.valueOf(rates[r]).stripTrailingZeros().toPlainString() + " Hz";
            pdf.line(label, w, f).condition(label, legend);
            double[] k = new double[20];
            double[] amp = new double[20];
            double sum = 0;
            double sumSq = 0;
            for (int d = 0; d < draws; d++) {
                double a = Delivery.SAMPLING.deliver(mu, s2, m, p.fanoK(), rng);
                if (d < k.length) {
                    k[d] = d + 1;
                    amp[d] = a;
                }
                sum += a;
                sumSq += a * a;
            }
            spikes.markers(label, k, amp).condition(label, legend);
            double mean = sum / draws;
            double var = (sumSq - draws * mean * mean) / (draws - 1);
            double s2w = LogNormalBelief.variance(mu, s2);
            sds[r] = Math.sqrt(s2w);
            // Sample moments of the delivered PSPs vs the belief's moments: 5 standard errors
            // (se of a mean sqrt(s^2/n); se of a variance about s^2 sqrt(2/n) for this near-Gaussian law).
            data.check(Check.absolute("sample PSP mean vs m, " + label, m, mean, 5 * Math.sqrt(s2w / draws)));
            data.check(Check.absolute("sample PSP variance vs s^2, " + label, s2w, var, 5 * s2w * Math.sqrt(2.0 / draws)));
        }
        data.check(Check.holds("low-rate posterior is wider than high-rate posterior", sds[1] > sds[0]));
        data.note("Schematic reconstructed from the paper's abstract (F1, §4.1); parameters are the successor's defaults.");
        return data;
    }
}
