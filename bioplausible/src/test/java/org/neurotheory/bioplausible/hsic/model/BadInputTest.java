package org.neurotheory.bioplausible.hsic.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotheory.bioplausible.hsic.experiments.Fig2TwoPointRule;
import org.neurotheory.bioplausible.hsic.experiments.Protocol;
import org.neurotheory.bioplausible.hsic.experiments.Table1Dataset;
import org.neurotheory.bioplausible.hsic.experiments.Table1Method;
import org.neurotheory.bioplausible.hsic.experiments.Table1Methods;
import org.neurotheory.bioplausible.hsic.experiments.ToyClusters;
import org.neurotheory.bioplausible.hsic.theory.HsicClosedForms;
import org.neurotheory.core.nn.Batch;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Every bad argument raises IllegalArgumentException naming the parameter. */
class BadInputTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("sigma", (Executable) () -> new GaussianKernel(0)),
                Arguments.of("sigma", (Executable) () -> new GaussianKernel(-1)),
                Arguments.of("sigma", (Executable) () -> new GaussianKernel(Double.NaN)),
                Arguments.of("gamma", (Executable) () -> new BottleneckObjective(-0.5)),
                Arguments.of("gamma", (Executable) () -> ThirdFactor.matrix(Nd4j.eye(3), Nd4j.eye(3), -1)),
                Arguments.of("groups", (Executable) () -> new Grouping(0, 0.5, 1)),
                Arguments.of("power", (Executable) () -> new Grouping(4, 0, 1)),
                Arguments.of("delta", (Executable) () -> new Grouping(4, 0.5, -1)),
                Arguments.of("groups", (Executable) () -> new Grouping(5, 0.5, 1).forward(Nd4j.zeros(DataType.DOUBLE, 3, 16))),
                Arguments.of("groups", (Executable) () -> new Grouping(16, 0.5, 1).forward(Nd4j.zeros(DataType.DOUBLE, 3, 16))),
                Arguments.of("groups", (Executable) () -> new DivisiveNormalisation(3, 0.2, 1).forward(Nd4j.zeros(DataType.DOUBLE, 3, 16))),
                Arguments.of("power", (Executable) () -> new DivisiveNormalisation(4, -0.2, 1)),
                Arguments.of("classes", (Executable) () -> LabelKernel.matrix(new int[] {0}, 1, DataType.DOUBLE)),
                Arguments.of("labels[1]", (Executable) () -> LabelKernel.matrix(new int[] {0, 10}, 10, DataType.DOUBLE)),
                Arguments.of("ky.shape", (Executable) () -> LocalHsicLoss.ungrouped(new CosineKernel(), BottleneckObjective.paper())
                        .evaluate(Nd4j.ones(DataType.DOUBLE, 4, 3), Nd4j.eye(3))),
                Arguments.of("k.shape", (Executable) () -> HsicEstimators.plausible(Nd4j.ones(DataType.DOUBLE, 2, 3), Nd4j.eye(2))),
                Arguments.of("l.shape", (Executable) () -> HsicEstimators.biased(Nd4j.eye(3), Nd4j.eye(2))),
                Arguments.of("slope", (Executable) () -> HebbianRule.ungrouped(new double[][] {{1}}, new double[][] {{1}}, -1,
                        new double[][] {{1}}, new CosineKernel(), 1)),
                Arguments.of("eta", (Executable) () -> HebbianRule.ungrouped(new double[][] {{1}}, new double[][] {{1}}, 0.01,
                        new double[][] {{1}}, new CosineKernel(), -1)),
                Arguments.of("classCounts.length", (Executable) () -> HsicClosedForms.labelKernelMean(new int[] {4})),
                Arguments.of("b.length", (Executable) () -> new CosineKernel().value(new double[2], new double[3])),
                Arguments.of("width", (Executable) () -> new Mlp(784, 0, 3, 10, 0.01, 0.01)),
                Arguments.of("dropout", (Executable) () -> new Mlp(784, 256, 3, 10, 0.01, 1.0)),
                Arguments.of("classes", (Executable) () -> new PhsicObjective(LocalHsicLoss.ungrouped(new CosineKernel(),
                        BottleneckObjective.paper()), 1)),
                Arguments.of("trainImages", (Executable) () -> new Protocol(
                        0, 256, 3, new int[] {2}, 256, 1)),
                Arguments.of("milestone", (Executable) () -> new Protocol(
                        20_000, 256, 3, new int[] {0}, 256, 1)),
                Arguments.of("samples", (Executable) () -> new Fig2TwoPointRule.Params(
                        4, 20, 32, 3.0, 2.0, 10, 32, 0.05, 1.0, 0.01, 400, 5)),
                Arguments.of("rate", (Executable) () -> new TwoPointRule(new GaussianKernel(1), 2, 0.01, 0)),
                Arguments.of("width", (Executable) () -> LeakyReluLayer.uniformWeights(0, 20, 1)),
                Arguments.of("inputs", (Executable) () -> LeakyReluLayer.uniformWeights(32, 0, 1)),
                Arguments.of("slope", (Executable) () -> LeakyReluLayer.activity(new double[][] {{1}}, 1.5)),
                Arguments.of("classes", (Executable) () -> new ToyClusters(1, 20, 1)),
                Arguments.of("label", (Executable) () -> new ToyClusters(4, 20, 1)
                        .sample(4, new SplittableRandom(1))),
                Arguments.of("size", (Executable) () -> new ToyClusters(4, 20, 1)
                        .balanced(3, 1)),
                Arguments.of("classes", (Executable) () -> new BatchLabelKernel(1)),
                Arguments.of("labels[1]", (Executable) () -> new BatchLabelKernel(10).centred(new int[] {0, 10})),
                Arguments.of("groups", (Executable) () -> new PhsicObjective(LocalHsicLoss.grouped(GaussianKernel.paper(),
                        new Grouping(5, 0.5, 1), BottleneckObjective.paper()), 10).evaluate(null, Nd4j.ones(DataType.FLOAT, 4, 16),
                        Batch.of(Nd4j.ones(DataType.FLOAT, 4, 1), new int[] {0, 1, 2, 3}),
                        Nd4j.zeros(DataType.FLOAT, 4, 16))),
                Arguments.of("datasets", (Executable) () -> new Table1Methods.Params(
                        Protocol.smoke(),
                        List.of(Table1Method.BACKPROP),
                        List.of(Table1Dataset.MNIST,
                                Table1Dataset.MNIST))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectsWithParameterName(String parameter, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(parameter + " ="), "message names " + parameter + ": " + e.getMessage());
    }
}
