package org.neurotheory.relu;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotheory.relu.data.BiasInput;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;
import org.neurotheory.relu.experiments.AlphaSweep;
import org.neurotheory.relu.experiments.FigE6DeepNetworks;
import org.neurotheory.relu.experiments.FigE4EquivalenceBreaking;
import org.neurotheory.relu.experiments.FigE5ExactEquivalence;
import org.neurotheory.relu.experiments.FigE1Expressivity;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.relu.model.BlockSymmetricInitialisation;
import org.neurotheory.relu.model.GaussianInitialisation;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.relu.model.LeakyRelu;
import org.neurotheory.relu.model.NetworkGradientFlow;
import org.neurotheory.relu.model.PairSymmetricInitialisation;
import org.neurotheory.relu.model.RegressionData;
import org.neurotheory.relu.theory.ExpressivityFloor;
import org.neurotheory.relu.theory.EquivalentLinearNetwork;
import org.neurotheory.relu.theory.PairEquivalence;

/** Every public constructor and factory rejects bad input with a message naming the parameter and the allowed range. */
class BadInputTest {
    private static final DMatrixRMaj X = new DMatrixRMaj(4, 2, true, 1, 2, 3, 4, -1, -2, -3, -4);
    private static final DMatrixRMaj Y = new DMatrixRMaj(4, 1, true, 1, 2, -1, -2);
    private static final double[] ONES = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    static Stream<Arguments> cases() {
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(2, 4, 1, 0);
        RegressionData data = new RegressionData(X, Y);
        return Stream.of(
                bad("slope", () -> new LeakyRelu(-0.1)),
                bad("slope", () -> new LeakyRelu(1.5)),
                bad("slope", () -> new BiasFreeNetwork(new int[] {2, 3, 1}, Double.NaN)),
                bad("widths.length", () -> new BiasFreeNetwork(new int[] {2}, 0)),
                bad("widths[1]", () -> new BiasFreeNetwork(new int[] {2, 0, 1}, 0)),
                bad("params.length", () -> net.output(new double[3], new double[] {1, 1})),
                bad("x.length", () -> net.output(new double[net.parameterCount()], new double[] {1})),
                bad("layers[0] shape", () -> net.pack(new DMatrixRMaj(3, 2), new DMatrixRMaj(1, 4))),
                bad("targets.numRows", () -> new RegressionData(X, new DMatrixRMaj(3, 1))),
                bad("inputs[0]", () -> new RegressionData(new DMatrixRMaj(1, 1, true, Double.NaN), new DMatrixRMaj(1, 1))),
                bad("data.inputDimension", () -> new NetworkGradientFlow(BiasFreeNetwork.twoLayer(3, 4, 1, 0), data, 1)),
                bad("tau", () -> new NetworkGradientFlow(net, data, 0)),
                bad("threads", () -> new NetworkGradientFlow(net, data, 1, 0)),
                bad("threads", () -> new NetworkGradientFlow(net, data, 1, NetworkGradientFlow.MAX_THREADS + 1)),
                bad("learningRate", () -> new GradientDescent(-1).trajectory(new NetworkGradientFlow(net, data, 1), new double[net.parameterCount()], 10, 1)),
                bad("std", () -> GaussianInitialisation.iid(net, 0, new SplittableRandom(1))),
                bad("gains.length", () -> GaussianInitialisation.fanIn(net, new double[] {1}, new SplittableRandom(1))),
                bad("hidden width", () -> PairSymmetricInitialisation.fromBase(BiasFreeNetwork.twoLayer(2, 3, 1, 0),
                        new DMatrixRMaj(1, 2), new DMatrixRMaj(1, 1))),
                bad("w0 shape", () -> PairSymmetricInitialisation.fromBase(net, new DMatrixRMaj(3, 2), new DMatrixRMaj(1, 2))),
                bad("net.depth", () -> BlockSymmetricInitialisation.linearSubmanifold(new BiasFreeNetwork(new int[] {2, 1}, 0),
                        0.1, new SplittableRandom(1), new DMatrixRMaj[1])),
                bad("widths[2]", () -> BlockSymmetricInitialisation.linearSubmanifold(new BiasFreeNetwork(new int[] {2, 4, 6, 1}, 0),
                        0.1, new SplittableRandom(1), new DMatrixRMaj[3])),
                bad("slope", () -> PairEquivalence.timeFactor(2)),
                bad("slope", () -> EquivalentLinearNetwork.linearSteps(-0.5, new double[] {1})),
                bad("hidden width", () -> EquivalentLinearNetwork.of(BiasFreeNetwork.twoLayer(2, 3, 1, 0), new double[9], 0.1)),
                bad("reluLearningRate", () -> EquivalentLinearNetwork.of(net, new double[net.parameterCount()], 0)),
                bad("timeFactor", () -> EquivalentLinearNetwork.sameWeights(net, new double[net.parameterCount()], 0.1, -1)),
                bad("network.slope", () -> new EquivalentLinearNetwork(net.withSlope(0.5), new double[net.parameterCount()], 0.1, 1, false)),
                bad("initialParameters.length", () -> new EquivalentLinearNetwork(net.withSlope(1), new double[1], 0.1, 1, false)),
                bad("pairNet.depth", () -> PairEquivalence.pairingError(new BiasFreeNetwork(new int[] {2, 4, 4, 1}, 0), new double[28])),
                bad("meanSquare", () -> ExpressivityFloor.population(-1, new double[] {0}, new DMatrixRMaj(1, 1, true, 1))),
                bad("originals", () -> new SymmetricRegressionGenerator(3, 5, true, true, 0, false)),
                bad("noiseRms", () -> new SymmetricRegressionGenerator(30, 5, true, true, -1, false)),
                bad("j", () -> ScalarTarget.product(1, 1)),
                bad("value", () -> BiasInput.append(data, 0)),
                bad("hidden", () -> new AlphaSweep.Params(10, 100, ONES, 1, 0, 0, 7, 1e-6, 0.01, 10, 1, new double[] {1})),
                bad("slopes", () -> new AlphaSweep.Params(10, 100, ONES, 1, 0, 0, 8, 1e-6, 0.01, 10, 1, new double[] {0})),
                bad("teacherDirection.length", () -> new AlphaSweep.Params(10, 100, new double[3], 1, 0, 0, 8, 1e-6, 0.01, 10, 1,
                        new double[] {1})),
                bad("learningRate", () -> new FigE5ExactEquivalence.Params(10, 100, 0.5, 5, 1e-4, 0, 10, 1, new double[] {1})),
                bad("recordEvery", () -> new FigE5ExactEquivalence.Params(10, 100, 0.5, 5, 1e-4, 0.1, 10, 11, new double[] {1})),
                bad("shallowWidth", () -> new FigE1Expressivity.Params(100, 0, 10, 0.1, 0.1, 10, 1)),
                bad("width", () -> new FigE4EquivalenceBreaking.Params(10, 100, 5, 1e-4, 0.1, 10, 1)),
                bad("depth", () -> new FigE6DeepNetworks.Params(10, 100, 2, 10, 0.02, 0.1, 10, 1, 300)),
                bad("blockSteps", () -> new FigE6DeepNetworks.Params(10, 100, 3, 10, 0.02, 0.1, 10, 1, 100)));
    }

    private static Arguments bad(String parameter, Executable call) {
        return Arguments.of(parameter, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectsBadInput(String parameter, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(parameter + " = "), "message names " + parameter + ": " + e.getMessage());
        assertTrue(e.getMessage().contains("is not allowed: "), "message gives the allowed range: " + e.getMessage());
    }
}
