package org.neurotheory.synaptic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Series;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.synaptic.data.LineFit;
import org.neurotheory.synaptic.experiments.Fig1PosteriorSchematic;
import org.neurotheory.synaptic.experiments.Fig2Tracking;
import org.neurotheory.synaptic.experiments.Fig3SamplingBenefit;
import org.neurotheory.synaptic.experiments.Fig4LtpChange;
import org.neurotheory.synaptic.experiments.Fig5RateVariability;
import org.neurotheory.synaptic.experiments.Fig6MeanVariance;
import org.neurotheory.synaptic.model.BayesianSynapseFilter;
import org.neurotheory.synaptic.model.Delivery;
import org.neurotheory.synaptic.model.SynapticParameters;
import org.neurotheory.synaptic.model.SynapticSimulation;
import org.neurotheory.synaptic.theory.LtpResponse;
import org.neurotheory.synaptic.theory.PosteriorPredictive;
import org.neurotheory.synaptic.theory.SteadyStateVariance;
import org.neurotheory.synaptic.theory.VarianceMeanLaw;

/**
 * Issue #22's principle, figure by figure: a headline quantity of each quick figure recomputed
 * through the public calls its docs page names (never through the figure class; only the figure's
 * {@code Params.quick()} settings and its seed derivation are reused), compared with what the
 * figure reports. Called by {@link SynapticFiguresTest} on the figure data it computes anyway
 * (fig7 is checked there); fig3 needs its own 7 tau simulation of 1000 synapses, so it is recomputed
 * in the slow suite ({@link SynapticPublicCallsTest}). The same arithmetic in the same order gives
 * the same bits, so the comparisons are exact.
 */
final class SynapticPublicCalls {
    private SynapticPublicCalls() {
    }

    static void verify(FigureSpec figure, FigureData data, long seed) {
        if (figure instanceof Fig1PosteriorSchematic) {
            fig1(data, seed);
        } else if (figure instanceof Fig2Tracking) {
            fig2(data, seed);
        } else if (figure instanceof Fig4LtpChange) {
            fig4(data, seed);
        } else if (figure instanceof Fig5RateVariability) {
            fig5(data, seed);
        } else if (figure instanceof Fig6MeanVariance) {
            fig6(data, seed);
        }
    }

    /** fig1 b: the first PSPs of the 10 Hz synapse are draws of {@code Delivery.SAMPLING} from its Eq. (S1) posterior. */
    private static void fig1(FigureData data, long seed) {
        SynapticParameters p = Fig1PosteriorSchematic.Params.quick().model();
        double sd2 = new SynapticSimulation(p, Delivery.SAMPLING, Seeds.derive(seed, 0)).meanErrorVariance();
        double m = p.priorMean();
        double s2 = SteadyStateVariance.logVariance(10, m, sd2, p.sigma2Prior(), p.tau());
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 1));
        Series shown = data.panel("PSP samples").series(String.format("nu = %g Hz", 10.0));
        for (int d = 0; d < shown.size(); d++) {
            assertEquals(shown.y()[d], Delivery.SAMPLING.deliver(Math.log(m) - 0.5 * s2, s2, m, p.fanoK(), rng), 0.0,
                    "fig1 PSP " + (d + 1));
        }
    }

    /** fig2 a: the highest-rate synapse's posterior mean and target one second after the 2 tau burn-in. */
    private static void fig2(FigureData data, long seed) {
        SynapticParameters p = Fig2Tracking.Params.quick().model();
        SynapticSimulation sim = new SynapticSimulation(p, Delivery.SAMPLING, Seeds.derive(seed, 2));
        sim.advance(2 * Math.round(p.tau() / p.dt()) + Math.round(1 / p.dt()));
        Panel a = data.panels().get(0);
        assertEquals(a.series("posterior mean m").y()[0], sim.filter().mean(0), 0.0, "fig2 posterior mean");
        assertEquals(a.series("target w_tar").y()[0], Math.exp(sim.targetLogWeight(0)), 0.0, "fig2 target");
    }

    /** fig4: Spearman correlation of CV^2 with the one-pairing relative change (P1) after the burn-in. */
    private static void fig4(FigureData data, long seed) {
        Fig4LtpChange.Params q = Fig4LtpChange.Params.quick();
        SynapticParameters p = q.model();
        SynapticSimulation sim = new SynapticSimulation(p, Delivery.SAMPLING, Seeds.derive(seed, 4));
        sim.advance(Math.round(q.burnInTaus() * p.tau() / p.dt()));
        double sd2 = sim.meanErrorVariance();
        BayesianSynapseFilter f = sim.filter();
        double[] cv2 = new double[p.synapses()];
        double[] once = new double[p.synapses()];
        for (int i = 0; i < cv2.length; i++) {
            cv2[i] = Math.expm1(f.sigma2(i));
            once[i] = LtpResponse.relativeChange(f.mu(i), f.sigma2(i), 1.0, sd2, 1);
        }
        assertEquals((double) data.parameters().get("spearmanModelCv2"), LineFit.spearman(cv2, once), 0.0, "fig4 Spearman");
    }

    /** fig5 a: the Eq. (S1) curve s^2/m against rate. */
    private static void fig5(FigureData data, long seed) {
        SynapticParameters p = Fig5RateVariability.Params.quick().model();
        double sd2 = new SynapticSimulation(p, Delivery.SAMPLING, Seeds.derive(seed, 5)).meanErrorVariance();
        Series curve = data.panel("model").series("Eq. S1");
        for (int j = 0; j < curve.size(); j++) {
            assertEquals(curve.y()[j], SteadyStateVariance.normalisedVariability(curve.x()[j], p.priorMean(), sd2,
                    p.sigma2Prior(), p.tau()), 0.0, "fig5 Eq. S1 at nu = " + curve.x()[j]);
        }
    }

    /** fig6 a: the log-log slope of s^2 on m at 10 Hz (the checked headline number). */
    private static void fig6(FigureData data, long seed) {
        SynapticParameters p = Fig6MeanVariance.Params.quick().model();
        double sd2 = new SynapticSimulation(p, Delivery.SAMPLING, Seeds.derive(seed, 6)).meanErrorVariance();
        assertEquals((double) data.parameters().get(String.format("slope_nu_%g", 10.0)),
                VarianceMeanLaw.logLogSlope(10, 0.1, 3, sd2, p.sigma2Prior(), p.tau()), 0.0, "fig6 slope at 10 Hz");
    }

    /**
     * fig3: the 95% coverage of the sampling synapse's predictive and its mean log score, from
     * probe patterns of {@code activeInputs} random synapses read over the window (the PSPs drawn
     * for the trial-to-trial check are drawn too, as they share the random stream).
     */
    static void fig3(FigureData data, long seed) {
        Fig3SamplingBenefit.Params q = Fig3SamplingBenefit.Params.quick();
        SynapticParameters p = q.model();
        int active = (int) data.parameters().get("activeInputs");
        SynapticSimulation sim = new SynapticSimulation(p, Delivery.SAMPLING, Seeds.derive(seed, 3));
        long perTau = Math.round(p.tau() / p.dt());
        sim.advance(Math.round(q.burnInTaus() * perTau));
        BayesianSynapseFilter f = sim.filter();
        int n = p.synapses();
        long every = Math.max(1, Math.round(q.windowTaus() * perTau / q.patterns()));
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 4));
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        int inside = 0;
        double score = 0;
        for (int k = 0; k < q.patterns(); k++) {
            sim.advance(every);
            for (int a = 0; a < active; a++) {
                int b = a + rng.nextInt(n - a);
                int tmp = idx[a];
                idx[a] = idx[b];
                idx[b] = tmp;
            }
            double target = 0;
            double mean = 0;
            double variance = 0;
            for (int a = 0; a < active; a++) {
                int i = idx[a];
                target += Math.exp(sim.targetLogWeight(i));
                mean += f.mean(i);
                variance += Delivery.SAMPLING.pspVariance(f.mean(i), f.variance(i), p.fanoK());
            }
            if (k < q.checked()) {
                for (int r = 0; r < 100 * active; r++) {
                    int i = idx[r % active];
                    Delivery.SAMPLING.deliver(f.mu(i), f.sigma2(i), f.mean(i), p.fanoK(), rng);
                }
            }
            inside += Math.abs(target - mean) < 1.959964 * Math.sqrt(variance) ? 1 : 0;
            score += PosteriorPredictive.logScore(target, mean, variance) / q.patterns();
        }
        double coverage = inside / (double) q.patterns();
        assertEquals(data.checks().stream().filter(c -> c.name().equals("95% coverage, sampling")).findFirst().orElseThrow()
                .actual(), coverage, 0.0, "fig3 coverage");
        assertEquals((double) data.parameters().get("meanLogScoreSampling"), score, 1e-12 * Math.abs(score), "fig3 mean log score");
    }
}
