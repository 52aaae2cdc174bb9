package org.neurotheory.synaptic.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The separated PSP model and error term, the binary (cerebellar) feedback and the classical
 * fixed-learning-rate rule (§2.5, §3.7).
 */
class LearningRulesTest {
    private static final SynapticParameters P = SynapticParameters.paper().withSynapses(50);

    /** A matched pair given as its two parts runs the same bits as the {@link Delivery} it names. */
    @ParameterizedTest
    @EnumSource(Delivery.class)
    void deliveryIsItsTwoParts(Delivery d) {
        SynapticSimulation a = new SynapticSimulation(P, d, 3);
        SynapticSimulation b = new SynapticSimulation(P, d.psp(), d.errorTerm(), Feedback.linear(), 3);
        a.advance(20_000);
        b.advance(20_000);
        assertArrayEquals(a.filter().state()[0], b.filter().state()[0], 0.0);
        assertArrayEquals(a.filter().state()[1], b.filter().state()[1], 0.0);
    }

    /**
     * Mean PSPs with the 2 s^2 term (the successor's statistics runs) is its own model: it assumes the
     * sampling error variance but delivers like the deterministic model.
     */
    @Test
    void meanPspsWithTheSamplingTermAreExpressible() {
        SynapticSimulation mixed = new SynapticSimulation(P, PspModel.MEAN, ErrorVarianceTerm.SAMPLED, Feedback.linear(), 3);
        SynapticSimulation sampling = new SynapticSimulation(P, Delivery.SAMPLING, 3);
        SynapticSimulation deterministic = new SynapticSimulation(P, Delivery.DETERMINISTIC, 3);
        assertEquals(sampling.meanErrorVariance(), mixed.meanErrorVariance(), 0.0);
        assertNotEquals(deterministic.meanErrorVariance(), mixed.meanErrorVariance());
        for (SynapticSimulation s : new SynapticSimulation[] {mixed, sampling, deterministic}) {
            s.advance(20_000);
        }
        assertNotEquals(mixed.filter().mu(0), sampling.filter().mu(0));
        assertNotEquals(mixed.filter().mu(0), deterministic.filter().mu(0));
    }

    /** r(z) = phi(z)/Phi(z): r(0) = 2 phi(0); r(z) -> -z; the asymptotic branch joins the exact one. */
    @Test
    void millsRatio() {
        assertEquals(Math.sqrt(2 / Math.PI), Feedback.millsRatio(0), 1e-15);
        // phi(2.1) = 0.0439836, Phi(2.1) = 0.9821356 (tables)
        assertEquals(0.0439836 / 0.9821356, Feedback.millsRatio(2.1), 1e-6);
        assertEquals(0.0439836 / 0.0178644, Feedback.millsRatio(-2.1), 1e-4);
        assertEquals(Feedback.millsRatio(-29.999999), Feedback.millsRatio(-30.000001), 1e-5);
    }

    /** The filter's general update with the linear scores delta/sigma_delta^2, 1/sigma_delta^2 is the linear step. */
    @Test
    void linearScoresGiveTheLinearStep() {
        double[] mu = {-0.7, -0.2, 0.1};
        double[] s2 = {0.07, 0.03, 0.05};
        BayesianSynapseFilter a = new BayesianSynapseFilter(mu, s2, -0.669, 0.07448, 0.01, 1000);
        BayesianSynapseFilter b = new BayesianSynapseFilter(mu, s2, -0.669, 0.07448, 0.01, 1000);
        int[] active = {0, 2};
        a.step(active, 2, 1.3, 4.5);
        b.stepWithScores(active, 2, 1.3 / 4.5, 1 / 4.5);
        for (int i = 0; i < 3; i++) {
            assertEquals(a.mu(i), b.mu(i), 1e-15);
            assertEquals(a.sigma2(i), b.sigma2(i), 1e-15);
        }
    }

    /** Binary Bayesian update (§2.5): g = sigma^2 m / sigma_delta, Delta mu = g f r(z), Delta sigma^2 = -g^2 r (r + z). */
    @Test
    void binaryBayesianStepByHand() {
        SynapticParameters one = new SynapticParameters(1, 0.5, 1000, -0.669, 0.07448, 2.0, 0, 0.0877);
        SynapticSimulation sim = new SynapticSimulation(one, PspModel.MEAN, ErrorVarianceTerm.MEAN, Feedback.binary(), 5);
        double mu = sim.filter().mu(0);
        double s2 = sim.filter().sigma2(0);
        sim.advance(1); // rate 1 Hz, dt 0.5: spikes with p = 0.5; try until it does
        while (sim.spikedAtLastStep().length == 0) {
            mu = sim.filter().mu(0);
            s2 = sim.filter().sigma2(0);
            sim.advance(1);
        }
        double m = Math.exp(mu + s2 / 2);
        double sd2 = 4 + m * m * Math.expm1(s2); // exact sigma_delta^2 in the first tau, v = s^2
        double sd = Math.sqrt(sd2);
        // the observed f is unknown here: one of the two outcomes must match
        double best = Double.POSITIVE_INFINITY;
        for (double f : new double[] {1, -1}) {
            double z = -f * Feedback.CEREBELLAR_THRESHOLD * 2 / sd;
            double r = Feedback.millsRatio(z);
            double g = s2 * m / sd;
            double decay = 0.5 / 1000;
            double muNext = mu - decay * (mu - -0.669) + g * f * r;
            double s2Next = s2 - 2 * decay * (s2 - 0.07448) - g * g * r * (r + z);
            best = Math.min(best, Math.abs(muNext - sim.filter().mu(0)) + Math.abs(s2Next - sim.filter().sigma2(0)));
        }
        assertEquals(0, best, 1e-14);
    }

    /** Classical rule: every active synapse moves by eta delta (linear) or eta f r(-f u_0) (binary). */
    @Test
    void classicalStepByHand() {
        ClassicalDeltaRule lin = new ClassicalDeltaRule(new double[] {0, 1}, 0.01, Feedback.linear(), 2);
        lin.step(new int[] {1}, 1, 3);
        assertEquals(0, lin.logWeight(0), 0.0);
        assertEquals(1.03, lin.logWeight(1), 1e-15);
        assertEquals(Math.exp(1.03), lin.weight(1), 1e-15);
        ClassicalDeltaRule bin = new ClassicalDeltaRule(new double[] {0, 0}, 0.01, Feedback.binary(), 2);
        bin.step(new int[] {0, 1}, 2, -4.1); // above the threshold u_0 sigma_0 = -4.2: f = +1
        assertEquals(0.01 * Feedback.millsRatio(2.1), bin.logWeight(0), 1e-17);
        bin.step(new int[] {1}, 1, -4.3); // below: f = -1, a climbing-fibre-like event
        assertEquals(0.01 * Feedback.millsRatio(2.1) - 0.01 * Feedback.millsRatio(-2.1), bin.logWeight(1), 1e-15);
    }

    /** Same seed, same world: the classical and Bayesian simulations see the same rates, targets and initial estimates. */
    @Test
    void rulesShareSpikesTargetsAndInitialEstimates() {
        SynapticSimulation bayes = new SynapticSimulation(P, PspModel.MEAN, ErrorVarianceTerm.FIXED_FANO, Feedback.linear(), 9);
        ClassicalSimulation classical = new ClassicalSimulation(P, Feedback.linear(), 0.003, 9);
        assertArrayEquals(bayes.rates(), classical.rates(), 0.0);
        for (int i = 0; i < P.synapses(); i++) {
            assertEquals(bayes.estimatedLogWeight(i), classical.estimatedLogWeight(i), 0.0);
        }
        bayes.advance(5000);
        classical.advance(5000);
        for (int i = 0; i < P.synapses(); i++) {
            assertEquals(bayes.targetLogWeight(i), classical.targetLogWeight(i), 0.0, "target of synapse " + i);
        }
    }

    /** Block means: constant differences have zero error; alternating blocks give the sample s.e. */
    @Test
    void pairedStandardError() {
        TrackingError a = new TrackingError(0, new double[] {1, 1, 3, 3}, 1);
        TrackingError b = new TrackingError(0, new double[] {0, 0, 0, 0}, 1);
        // block means 1 and 3: s.d. sqrt(2), s.e. 1
        assertEquals(1.0, a.pairedStandardError(b, 2), 1e-15);
        assertEquals(0.0, a.pairedStandardError(a, 2), 0.0);
    }
}
