package org.neurotheory.sparsity;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.nn.Sgd;
import org.neurotheory.sparsity.experiments.Fig2CnnSparseTraining;
import org.neurotheory.sparsity.experiments.Fig2SparseTraining;
import org.neurotheory.sparsity.experiments.FigClContinualLearning;
import org.neurotheory.sparsity.experiments.FigT1RichGetRicher;
import org.neurotheory.sparsity.data.FashionMnistSplit;
import org.neurotheory.sparsity.experiments.Fig1aAccuracyVsSparsity;
import org.neurotheory.sparsity.model.GradualPruningSchedule;
import org.neurotheory.sparsity.model.PowerpropCnn;
import org.neurotheory.sparsity.model.PowerpropMlp;
import org.neurotheory.sparsity.model.MagnitudeRanking;
import org.neurotheory.sparsity.model.OneShotPruning;
import org.neurotheory.sparsity.model.RigL;
import org.neurotheory.sparsity.model.TaskOwnership;
import org.neurotheory.sparsity.model.TopKast;
import org.neurotheory.sparsity.model.TopKastTraining;
import org.neurotheory.sparsity.theory.PowerpropFlow;
import org.neurotheory.sparsity.theory.RichGetRicher;
import org.neurotheory.sparsity.theory.WeightDensity;

/** Every public constructor and factory rejects bad input with the parameter's name and value. */
class BadInputTest {

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("alpha", "0.5", (Executable) () -> PowerpropMlp.build(new int[] {4, 3}, 0.5, 1)),
                Arguments.of("sizes.length", "1", (Executable) () -> PowerpropMlp.build(new int[] {4}, 2, 1)),
                Arguments.of("sizes[1]", "0", (Executable) () -> PowerpropMlp.build(new int[] {4, 0, 2}, 2, 1)),
                Arguments.of("alpha", "0.5", (Executable) () -> new RigL(0.1, 0.3, 100, 1000, 0.01)
                        .update(1, new float[4], new float[4], new float[4], new float[4], 0.5)),
                Arguments.of("alphas", "[2.0, 3.0]", (Executable) () -> new Fig1aAccuracyVsSparsity.Params(new double[] {2, 3}, new int[] {196, 10}, 2, 10, 60, 0.1, 0.01, 20)),
                Arguments.of("steps", "0", (Executable) () -> Fig1aAccuracyVsSparsity.Params.quick().withSteps(0)),
                Arguments.of("lowestLevel", "1.0", (Executable) () -> new Fig1aAccuracyVsSparsity.Params(new double[] {1, 3}, new int[] {196, 10}, 2, 10, 60, 0.1, 1, 20)),
                Arguments.of("sizes", "[784, 10]", (Executable) () -> new Fig1aAccuracyVsSparsity.Params(new double[] {1, 3}, new int[] {784, 10}, 2, 10, 60, 0.1, 0.01, 20)),
                Arguments.of("pooling", "3", (Executable) () -> FashionMnistSplit.load(5000, 3)),
                Arguments.of("validation", "0", (Executable) () -> FashionMnistSplit.load(0)),
                Arguments.of("alpha", "-1.0", (Executable) () -> RichGetRicher.weight(1, -1)),
                Arguments.of("eta", "0.0", (Executable) () -> RichGetRicher.effectiveLearningRate(1, 0, 2)),
                Arguments.of("alpha", "0.9", (Executable) () -> new PowerpropFlow(0.9, 1)),
                Arguments.of("gradient", "Infinity", (Executable) () -> new PowerpropFlow(2, Double.POSITIVE_INFINITY)),
                Arguments.of("target", "0.1", (Executable) () -> new PowerpropFlow(2, -1).hittingTime(0.5, 0.1)),
                Arguments.of("w0", "0.5", (Executable) () -> new PowerpropFlow(2, 1).hittingTime(0.5, 2)),
                Arguments.of("t", "-1.0", (Executable) () -> new PowerpropFlow(2, 1).psi(0.5, -1)),
                Arguments.of("sigma", "0.0", (Executable) () -> new WeightDensity(2, 0)),
                Arguments.of("b", "0.1", (Executable) () -> new WeightDensity(2, 1).massBetween(0.2, 0.1)),
                Arguments.of("fraction", "1.5", (Executable) () -> new MagnitudeRanking(new float[4]).keepFraction(1.5, new float[4])),
                Arguments.of("k", "5", (Executable) () -> new MagnitudeRanking(new float[4]).keepLargest(5, new float[4])),
                Arguments.of("mask.length", "3", (Executable) () -> new MagnitudeRanking(new float[4]).keepLargest(1, new float[3])),
                Arguments.of("eligible.length", "2", (Executable) () -> new MagnitudeRanking(new float[4], new boolean[2])),
                Arguments.of("values[1]", "NaN", (Executable) () -> new MagnitudeRanking(new float[] {1, Float.NaN})),
                Arguments.of("lowest", "0.0", (Executable) () -> OneShotPruning.levels(0, 20)),
                Arguments.of("count", "1", (Executable) () -> OneShotPruning.levels(0.01, 1)),
                Arguments.of("layer", "3", (Executable) () -> OneShotPruning.keepFraction(0.5, 3, 3)),
                Arguments.of("finalSparsity", "1.0", (Executable) () -> new GradualPruningSchedule(0, 1, 0, 10, 5)),
                Arguments.of("finalSparsity", "0.1", (Executable) () -> new GradualPruningSchedule(0.5, 0.1, 0, 10, 5)),
                Arguments.of("initialSparsity", "-0.1", (Executable) () -> new GradualPruningSchedule(-0.1, 0.5, 0, 10, 5)),
                Arguments.of("interval", "0", (Executable) () -> new GradualPruningSchedule(0, 0.5, 0, 0, 5)),
                Arguments.of("sparsity", "1.0", (Executable) () -> GradualPruningSchedule.prune(new float[2], new float[2], 1)),
                Arguments.of("mask.length", "1", (Executable) () -> GradualPruningSchedule.prune(new float[2], new float[1], 0.5)),
                Arguments.of("forwardDensity", "0.0", (Executable) () -> new TopKast(0, 0.2, 0, 100)),
                Arguments.of("backwardDensity", "0.05", (Executable) () -> new TopKast(0.1, 0.05, 0, 100)),
                Arguments.of("lambda", "-1.0", (Executable) () -> new TopKast(0.1, 0.2, -1, 100)),
                Arguments.of("refreshInterval", "0", (Executable) () -> new TopKast(0.1, 0.2, 0, 0)),
                Arguments.of("density", "1.0", (Executable) () -> new RigL(1, 0.3, 100, 1000, 0.01)),
                Arguments.of("dropFraction", "0.0", (Executable) () -> new RigL(0.1, 0, 100, 1000, 0.01)),
                Arguments.of("endStep", "0", (Executable) () -> new RigL(0.1, 0.3, 100, 0, 0.01)),
                Arguments.of("regrowthScale", "-0.01", (Executable) () -> new RigL(0.1, 0.3, 100, 1000, -0.01)),
                Arguments.of("size", "0", (Executable) () -> new TaskOwnership(0)),
                Arguments.of("task", "0", (Executable) () -> new TaskOwnership(3).taskMask(0, new float[3])),
                Arguments.of("k", "4", (Executable) () -> new TaskOwnership(3).claim(1, new float[3], 4)),
                Arguments.of("weights.length", "2", (Executable) () -> new TaskOwnership(3).claim(1, new float[2], 1)),
                Arguments.of("alphas", "0.5", (Executable) () -> new FigT1RichGetRicher.Params(new double[] {0.5}, 0.5, -0.5, 1e-4, 1, 2000)),
                Arguments.of("gradient", "0.5", (Executable) () -> new FigT1RichGetRicher.Params(new double[] {2}, 0.5, 0.5, 1e-4, 1, 2000)),
                Arguments.of("samples", "10", (Executable) () -> new FigT1RichGetRicher.Params(new double[] {2}, 0.5, -0.5, 1e-4, 1, 10)),
                Arguments.of("sparsities", "[0.9, 0.8]", (Executable) () -> new Fig2SparseTraining.Params(
                        new double[] {1, 2}, new double[] {0.9, 0.8}, new int[] {196, 10}, 2, 100, 60, 0.1, 10, 0.1, 0)),
                Arguments.of("backwardExtra", "1.0", (Executable) () -> new Fig2SparseTraining.Params(
                        new double[] {1, 2}, new double[] {0.9}, new int[] {196, 10}, 2, 100, 60, 0.1, 10, 1, 0)),
                Arguments.of("gamma", "1.5", (Executable) () -> new FigClContinualLearning.Params(
                        new double[] {1, 2}, 5, 100, 2, 100, 60, 0.1, 1.5, 0.01, 20, 100, 100)),
                Arguments.of("tasks", "1", (Executable) () -> new FigClContinualLearning.Params(
                        new double[] {1, 2}, 1, 100, 2, 100, 60, 0.1, 0.95, 0.01, 20, 100, 100)),
                Arguments.of("layers.size()", "0", (Executable) () -> new TopKastTraining(new TopKast(0.1, 0.2, 0, 10), List.of(),
                        new Sgd(0.1))),
                Arguments.of("layers.size()", "0", (Executable) () -> TopKastTraining.onKernels(new TopKast(0.1, 0.2, 0, 10), List.of(),
                        new Sgd(0.1))),
                Arguments.of("alpha", "0.5", (Executable) () -> PowerpropCnn.build(14, 2, 2, 4, 0.5, 1)),
                Arguments.of("side", "7", (Executable) () -> PowerpropCnn.build(7, 2, 2, 4, 2, 1)),
                Arguments.of("c2", "0", (Executable) () -> PowerpropCnn.build(14, 2, 0, 4, 2, 1)),
                Arguments.of("pooling", "4", (Executable) () -> new Fig2CnnSparseTraining.Params(
                        List.of(Fig2SparseTraining.Method.values()), new double[] {1, 2}, new double[] {0.9}, 4,
                        2, 2, 4, 100, 60, 0.1, 10, 0.1, 0)),
                Arguments.of("methods", "[]", (Executable) () -> new Fig2CnnSparseTraining.Params(
                        List.of(), new double[] {1, 2}, new double[] {0.9}, 2,
                        2, 2, 4, 100, 60, 0.1, 10, 0.1, 0)),
                Arguments.of("k", "5", (Executable) () -> FashionMnistSplit.averagePooled(new ImageDataset("x", 1, 28, 28, 10,
                        new float[784], new int[1]), 5)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badInputs")
    void rejectsWithNameAndValue(String name, String value, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(name + " = " + value) || e.getMessage().contains(name + ".length = " + value)
                || e.getMessage().startsWith(name + " = "), e.getMessage());
        assertTrue(e.getMessage().contains(value), e.getMessage());
    }
}
