package org.neurotheory.synaptic;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotheory.synaptic.data.LineFit;
import org.neurotheory.synaptic.data.PresynapticRates;
import org.neurotheory.synaptic.data.SynapseTables;
import org.neurotheory.synaptic.experiments.Fig4LtpChange;
import org.neurotheory.synaptic.experiments.Fig6MeanVariance;
import org.neurotheory.synaptic.experiments.Fig5RateVariability;
import org.neurotheory.synaptic.experiments.SteadyStateRun;
import org.neurotheory.synaptic.experiments.Fig8ClassicalComparison;
import org.neurotheory.synaptic.model.BayesianSynapseFilter;
import org.neurotheory.synaptic.model.ClassicalDeltaRule;
import org.neurotheory.synaptic.model.ClassicalSimulation;
import org.neurotheory.synaptic.model.ErrorVarianceTerm;
import org.neurotheory.synaptic.model.Feedback;
import org.neurotheory.synaptic.model.PspModel;
import org.neurotheory.synaptic.model.TrackingError;
import org.neurotheory.synaptic.model.BeliefStatistics;
import org.neurotheory.synaptic.model.Delivery;
import org.neurotheory.synaptic.model.GaussianWeightFilter;
import org.neurotheory.synaptic.model.SynapticParameters;
import org.neurotheory.synaptic.model.SynapticSimulation;
import org.neurotheory.synaptic.model.TargetWeights;
import org.neurotheory.synaptic.theory.ClassicalSteadyState;
import org.neurotheory.synaptic.theory.DendriticAttenuation;
import org.neurotheory.synaptic.theory.LtpResponse;
import org.neurotheory.synaptic.theory.SteadyStateVariance;

/**
 * Every public constructor (and the public entry points with parameters) rejects bad input with an
 * IllegalArgumentException whose message names the parameter and the offending value.
 */
class BadInputTest {
    private static final double[] ONE = {1};

    static Stream<Arguments> cases() {
        SynapticParameters p = SynapticParameters.paper();
        double[] m = new double[3];
        return Stream.of(
                // SynapticParameters(synapses, dt, tau, muPrior, sigma2Prior, sigma0, log10RateSd, fanoK)
                Arguments.of("synapses", "0", (Executable) () -> new SynapticParameters(0, 0.01, 1000, -0.669, 0.07, 2, 0.5, 0.08)),
                Arguments.of("dt", "0.0", (Executable) () -> new SynapticParameters(10, 0, 1000, -0.669, 0.07, 2, 0.5, 0.08)),
                Arguments.of("dt", "1.0", (Executable) () -> new SynapticParameters(10, 1, 1000, -0.669, 0.07, 2, 0.5, 0.08)),
                Arguments.of("tau", "0.05", (Executable) () -> new SynapticParameters(10, 0.01, 0.05, -0.669, 0.07, 2, 0.5, 0.08)),
                Arguments.of("muPrior", "NaN", (Executable) () -> new SynapticParameters(10, 0.01, 1000, Double.NaN, 0.07, 2, 0.5, 0.08)),
                Arguments.of("sigma2Prior", "0.0", (Executable) () -> new SynapticParameters(10, 0.01, 1000, -0.669, 0, 2, 0.5, 0.08)),
                Arguments.of("sigma0", "-2.0", (Executable) () -> new SynapticParameters(10, 0.01, 1000, -0.669, 0.07, -2, 0.5, 0.08)),
                Arguments.of("log10RateSd", "-0.5", (Executable) () -> new SynapticParameters(10, 0.01, 1000, -0.669, 0.07, 2, -0.5, 0.08)),
                Arguments.of("fanoK", "-0.08", (Executable) () -> new SynapticParameters(10, 0.01, 1000, -0.669, 0.07, 2, 0.5, -0.08)),
                Arguments.of("synapses", "-1", (Executable) () -> p.withSynapses(-1)),
                // BayesianSynapseFilter(mu0, sigma20, muPrior, sigma2Prior, dt, tau)
                Arguments.of("mu0", "NaN", (Executable) () -> new BayesianSynapseFilter(new double[] {Double.NaN}, ONE, 0, 1, 0.01, 10)),
                Arguments.of("sigma20", "2", (Executable) () -> new BayesianSynapseFilter(ONE, new double[] {1, 1}, 0, 1, 0.01, 10)),
                Arguments.of("sigma20[0]", "0.0", (Executable) () -> new BayesianSynapseFilter(ONE, new double[] {0}, 0, 1, 0.01, 10)),
                Arguments.of("muPrior", "Infinity", (Executable) () -> new BayesianSynapseFilter(ONE, ONE, Double.POSITIVE_INFINITY, 1, 0.01, 10)),
                Arguments.of("sigma2Prior", "-1.0", (Executable) () -> new BayesianSynapseFilter(ONE, ONE, 0, -1, 0.01, 10)),
                Arguments.of("dt", "0.0", (Executable) () -> new BayesianSynapseFilter(ONE, ONE, 0, 1, 0, 10)),
                Arguments.of("tau", "0.0", (Executable) () -> new BayesianSynapseFilter(ONE, ONE, 0, 1, 0.01, 0)),
                Arguments.of("dt", "20.0", (Executable) () -> new BayesianSynapseFilter(ONE, ONE, 0, 1, 20, 10)),
                // GaussianWeightFilter(m0, s20, meanPrior, variancePrior, dt, tau)
                Arguments.of("m0", "NaN", (Executable) () -> new GaussianWeightFilter(new double[] {Double.NaN}, ONE, 0, 1, 0.01, 10)),
                Arguments.of("s20[0]", "-1.0", (Executable) () -> new GaussianWeightFilter(ONE, new double[] {-1}, 0, 1, 0.01, 10)),
                Arguments.of("variancePrior", "0.0", (Executable) () -> new GaussianWeightFilter(ONE, ONE, 0, 0, 0.01, 10)),
                Arguments.of("tau", "0.005", (Executable) () -> new GaussianWeightFilter(ONE, ONE, 0, 1, 0.01, 0.005)),
                Arguments.of("sigmaDelta2", "0.0", (Executable) () -> new GaussianWeightFilter(ONE, ONE, 0, 1, 0.01, 10)
                        .step(new int[] {0}, 1, 0, 0)),
                // TargetWeights(n, lambda0, muPrior, sigma2Prior, dt, tau, seed)
                Arguments.of("n", "0", (Executable) () -> new TargetWeights(0, 0, 0, 1, 0.01, 10, 1)),
                Arguments.of("lambda0", "NaN", (Executable) () -> new TargetWeights(2, Double.NaN, 0, 1, 0.01, 10, 1)),
                Arguments.of("sigma2Prior", "0.0", (Executable) () -> new TargetWeights(2, 0, 0, 0, 0.01, 10, 1)),
                Arguments.of("tau", "-1.0", (Executable) () -> new TargetWeights(2, 0, 0, 1, 0.01, -1, 1)),
                // SynapticSimulation(params, delivery, seed), advance
                Arguments.of("params", "null", (Executable) () -> new SynapticSimulation(null, Delivery.SAMPLING, 1)),
                Arguments.of("delivery", "null", (Executable) () -> new SynapticSimulation(p.withSynapses(3), null, 1)),
                Arguments.of("steps", "-1", (Executable) () -> new SynapticSimulation(p.withSynapses(3), Delivery.SAMPLING, 1).advance(-1)),
                // the separated PSP model / error term / feedback, the classical rule, the MSE
                Arguments.of("psp", "null", (Executable) () -> new SynapticSimulation(p.withSynapses(3), null, ErrorVarianceTerm.MEAN,
                        Feedback.linear(), 1)),
                Arguments.of("errorTerm", "null", (Executable) () -> new SynapticSimulation(p.withSynapses(3), PspModel.MEAN, null,
                        Feedback.linear(), 1)),
                Arguments.of("feedback", "null", (Executable) () -> new SynapticSimulation(p.withSynapses(3), PspModel.MEAN,
                        ErrorVarianceTerm.MEAN, null, 1)),
                Arguments.of("u0", "NaN", (Executable) () -> new Feedback.Binary(Double.NaN)),
                Arguments.of("learningRate", "0.0", (Executable) () -> new ClassicalDeltaRule(ONE, 0, Feedback.linear(), 2)),
                Arguments.of("logWeight0", "NaN", (Executable) () -> new ClassicalDeltaRule(new double[] {Double.NaN}, 0.01,
                        Feedback.linear(), 2)),
                Arguments.of("sigma0", "-2.0", (Executable) () -> new ClassicalDeltaRule(ONE, 0.01, Feedback.binary(), -2)),
                Arguments.of("learningRate", "-0.1", (Executable) () -> new ClassicalSimulation(p.withSynapses(3), Feedback.linear(), -0.1, 1)),
                Arguments.of("steps", "-1", (Executable) () -> new ClassicalSimulation(p.withSynapses(3), Feedback.linear(), 0.1, 1).advance(-1)),
                Arguments.of("samples", "0", (Executable) () -> TrackingError.measure(
                        new ClassicalSimulation(p.withSynapses(3), Feedback.linear(), 0.1, 1), 0, 0, 1)),
                Arguments.of("every", "0", (Executable) () -> TrackingError.measure(
                        new ClassicalSimulation(p.withSynapses(3), Feedback.linear(), 0.1, 1), 0, 1, 0)),
                Arguments.of("blocks", "1", (Executable) () -> new TrackingError(0, new double[4], 1)
                        .pairedStandardError(new TrackingError(0, new double[4], 1), 1)),
                Arguments.of("other.samples", "3", (Executable) () -> new TrackingError(0, new double[4], 1)
                        .pairedStandardError(new TrackingError(0, new double[3], 1), 2)),
                Arguments.of("eta", "4.0", (Executable) () -> ClassicalSteadyState.errorVariance(1, 0.5, 4, 4, 0.07, 1000)),
                Arguments.of("eta", "0.0", (Executable) () -> ClassicalSteadyState.linearMse(p, new double[] {1}, 0)),
                // Fig8ClassicalComparison.Params(model, burnInTaus, measureTaus, etaMin, etaMax, etaCount, psp, errorTerm, u0)
                Arguments.of("burnInTaus", "-1.0", (Executable) () -> new Fig8ClassicalComparison.Params(p, -1, 10, 1e-4, 0.1, 7,
                        PspModel.MEAN, ErrorVarianceTerm.FIXED_FANO, -2.1)),
                Arguments.of("measureTaus", "1.0", (Executable) () -> new Fig8ClassicalComparison.Params(p, 1, 1, 1e-4, 0.1, 7,
                        PspModel.MEAN, ErrorVarianceTerm.FIXED_FANO, -2.1)),
                Arguments.of("etaMin", "0.0", (Executable) () -> new Fig8ClassicalComparison.Params(p, 1, 10, 0, 0.1, 7,
                        PspModel.MEAN, ErrorVarianceTerm.FIXED_FANO, -2.1)),
                Arguments.of("etaMax", "1.0E-4", (Executable) () -> new Fig8ClassicalComparison.Params(p, 1, 10, 1e-4, 1e-4, 7,
                        PspModel.MEAN, ErrorVarianceTerm.FIXED_FANO, -2.1)),
                Arguments.of("etaCount", "2", (Executable) () -> new Fig8ClassicalComparison.Params(p, 1, 10, 1e-4, 0.1, 2,
                        PspModel.MEAN, ErrorVarianceTerm.FIXED_FANO, -2.1)),
                Arguments.of("psp", "null", (Executable) () -> new Fig8ClassicalComparison.Params(p, 1, 10, 1e-4, 0.1, 7,
                        null, ErrorVarianceTerm.FIXED_FANO, -2.1)),
                Arguments.of("u0", "Infinity", (Executable) () -> new Fig8ClassicalComparison.Params(p, 1, 10, 1e-4, 0.1, 7,
                        PspModel.MEAN, ErrorVarianceTerm.FIXED_FANO, Double.POSITIVE_INFINITY)),
                // BeliefStatistics(mean, variance, normalisedVariability, calibration, logMse, samples), measure
                Arguments.of("variance", "2", (Executable) () -> new BeliefStatistics(m, new double[2], m, 0.9, 0.1, 1)),
                Arguments.of("calibration", "1.5", (Executable) () -> new BeliefStatistics(m, m, m, 1.5, 0.1, 1)),
                Arguments.of("logMse", "-0.1", (Executable) () -> new BeliefStatistics(m, m, m, 0.9, -0.1, 1)),
                Arguments.of("samples", "0", (Executable) () -> new BeliefStatistics(m, m, m, 0.9, 0.1, 0)),
                Arguments.of("every", "0", (Executable) () -> BeliefStatistics.measure(
                        new SynapticSimulation(p.withSynapses(3), Delivery.SAMPLING, 1), 1, 0)),
                // SteadyStateRun
                Arguments.of("burnInTaus", "0.0", (Executable) () -> SteadyStateRun.of(p.withSynapses(3), Delivery.SAMPLING, 0, 1, 1)),
                Arguments.of("simulation", "null", (Executable) () -> new SteadyStateRun(null, null)),
                // theory
                Arguments.of("lengthConstant", "0.0", (Executable) () -> new DendriticAttenuation(0, 1)),
                Arguments.of("localNoise", "-1.0", (Executable) () -> new DendriticAttenuation(1, -1)),
                Arguments.of("distance", "-1.0", (Executable) () -> new DendriticAttenuation(1, 1).attenuation(-1)),
                Arguments.of("nu", "0.0", (Executable) () -> SteadyStateVariance.logVariance(0, 0.5, 4.78, 0.07, 1000)),
                Arguments.of("m", "-0.5", (Executable) () -> SteadyStateVariance.crossoverRate(-0.5, 4.78, 0.07, 1000)),
                Arguments.of("pairings", "0", (Executable) () -> LtpResponse.relativeChange(0, 0.05, 1, 4.78, 0)),
                // data
                Arguments.of("n", "1", (Executable) () -> new LineFit(1, 0, 0, 1, 1)),
                Arguments.of("y", "2", (Executable) () -> LineFit.ordinary(new double[3], new double[2])),
                Arguments.of("point 0", "-1.0", (Executable) () -> LineFit.logLog(new double[] {-1, 1, 2}, new double[] {1, 1, 2})),
                Arguments.of("log10Sd", "-1.0", (Executable) () -> PresynapticRates.draw(5, -1, 0.01, new SplittableRandom(1))),
                // figures with a data directory
                Arguments.of("tables", "null", (Executable) () -> new Fig4LtpChange((Optional<SynapseTables>) null)),
                Arguments.of("tables", "null", (Executable) () -> new Fig5RateVariability((Optional<SynapseTables>) null)),
                Arguments.of("tables", "null", (Executable) () -> new Fig6MeanVariance((Optional<SynapseTables>) null)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("cases")
    void rejectsBadInputNamingParameterAndValue(String parameter, String value, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        String msg = String.valueOf(e.getMessage());
        assertTrue(msg.contains(parameter), "message names " + parameter + ": " + msg);
        assertTrue(msg.contains(value), "message names the value " + value + ": " + msg);
    }
}
