package org.neurotheory.synaptic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.figure.Series;
import org.neurotheory.core.testing.FigureContract;
import org.neurotheory.synaptic.experiments.Fig4LtpChange;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.synaptic.experiments.Fig7SomaDistance;
import org.neurotheory.synaptic.experiments.Fig8ClassicalComparison;
import org.neurotheory.synaptic.model.ClassicalSimulation;
import org.neurotheory.synaptic.model.ErrorVarianceTerm;
import org.neurotheory.synaptic.model.Feedback;
import org.neurotheory.synaptic.model.PspModel;
import org.neurotheory.synaptic.model.SynapticSimulation;
import org.neurotheory.synaptic.model.TrackingError;
import org.neurotheory.synaptic.model.SynapticParameters;
import org.neurotheory.synaptic.theory.DendriticAttenuation;

/** Every figure at quick scale: checks pass, CSV hashes as committed, keys registered (core's contract). */
class SynapticFiguresTest extends FigureContract {
    SynapticFiguresTest() {
        super(new SynapticPaper());
    }

    /**
     * Issue #22's principle for fig7: the plotted s^2/m against distance (sigma_loc = 2 mV, nu = 1 Hz,
     * m = 0.5 mV, sigma_delta^2 = 4.78 mV^2) is the public attenuation form at a = exp(-d / lambda).
     */
    @Override
    protected void moreAssertions(FigureSpec figure, FigureData data) {
        if (figure instanceof Fig8ClassicalComparison) {
            fig8ThroughPublicCalls(data);
        }
        SynapticPublicCalls.verify(figure, data, SEED);
        if (figure instanceof Fig7SomaDistance) {
            SynapticParameters p = SynapticParameters.paper();
            DendriticAttenuation model = new DendriticAttenuation(1, 2);
            Series curve = data.panel("model").series().get(2);
            for (int j = 0; j < curve.size(); j++) {
                assertEquals(curve.y()[j], model.normalisedVariabilityAtAttenuation(1, 0.5, 4.78, p.sigma2Prior(), p.tau(),
                        Math.exp(-curve.x()[j])), 0.0, "s^2/m at d = " + curve.x()[j]);
            }
        }
    }

    /**
     * Issue #22's principle for fig8: the headline numbers, the linear-feedback Bayesian MSE and the
     * classical MSE at the best rate, from the public simulations and {@link TrackingError} alone, on
     * the seed the figure documents (stream 1 of the figure seed), equal what the figure reports.
     */
    private static void fig8ThroughPublicCalls(FigureData data) {
        SynapticParameters p = SynapticParameters.paper().withSynapses(100);
        long seed = Seeds.derive(SEED, 1);
        long perTau = Math.round(p.tau() / p.dt());
        long every = Math.round(1 / p.dt());
        int samples = (int) (10 * perTau / every);
        double bayes = TrackingError.measure(new SynapticSimulation(p, PspModel.MEAN, ErrorVarianceTerm.FIXED_FANO,
                Feedback.linear(), seed), 10 * perTau, samples, every).mse();
        assertEquals(((Number) data.parameters().get("linear Bayesian MSE")).doubleValue(), bayes, 0.0);
        double eta = ((Number) data.parameters().get("linear best classical eta")).doubleValue();
        double classical = TrackingError.measure(new ClassicalSimulation(p, Feedback.linear(), eta, seed), 10 * perTau,
                samples, every).mse();
        assertEquals(((Number) data.parameters().get("linear best classical MSE")).doubleValue(), classical, 0.0);
        assertTrue(bayes < classical);
    }

    /** fig4 runs a 500-synapse simulation (spikes, drift, sampled PSPs, noise): the seed reaches all of it. */
    @Test
    void anotherSeedGivesAnotherCsv() {
        Fig4LtpChange spec = new Fig4LtpChange(Optional.empty());
        assertNotEquals(FigureExporter.csv(spec.compute(Scale.QUICK, 5)), FigureExporter.csv(spec.compute(Scale.QUICK, 6)));
    }
}
