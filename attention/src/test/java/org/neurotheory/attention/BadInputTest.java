package org.neurotheory.attention;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotheory.attention.data.CodeCovariance;
import org.neurotheory.attention.data.TaskMixture;
import org.neurotheory.attention.experiments.Fig1Params;
import org.neurotheory.attention.experiments.FigIclInContextVsInWeight;
import org.neurotheory.attention.experiments.RankSweep;
import org.neurotheory.attention.experiments.Fig3SeparateAttention;
import org.neurotheory.attention.model.CubicFeatureMlp;
import org.neurotheory.attention.model.EndToEndLoss;
import org.neurotheory.attention.model.EndToEndObjective;
import org.neurotheory.attention.model.FeatureSpace;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.attention.model.MergedAttention;
import org.neurotheory.attention.model.ReducedSeparateAttention;
import org.neurotheory.attention.model.SeparateAttention;
import org.neurotheory.attention.theory.PopulationMoments;
import org.neurotheory.attention.theory.SaddlePoints;
import org.neurotheory.attention.theory.ValueOde;
import org.neurotheory.attention.theory.WhiteTimeCourse;
import org.neurotheory.core.data.InContextRegression;

/** Every public constructor rejects bad input with an IllegalArgumentException naming parameter and value. */
class BadInputTest {
    static Stream<Arguments> cases() {
        var reg = new InContextRegression(4, 31, CodeCovariance.white(4));
        var pop = new PopulationMoments(CodeCovariance.white(4), 31).cubicLoss();
        return Stream.of(
                Arguments.of("dimension", (Executable) () -> FeatureSpace.full(0)),
                Arguments.of("heads", (Executable) () -> new MergedAttention(4, 0, false)),
                Arguments.of("rank", (Executable) () -> new SeparateAttention(4, 2, 0)),
                Arguments.of("heads", (Executable) () -> new CubicFeatureMlp(4, -1)),
                Arguments.of("dimension", (Executable) () -> new ReducedSeparateAttention(0, 1, 1)),
                Arguments.of("scale", (Executable) () -> new MergedAttention(4, 2, false).initialise(-1, null)),
                Arguments.of("targetPower", (Executable) () -> new EndToEndLoss(FeatureSpace.cubic(1),
                        new double[] {1}, new double[] {0}, -1)),
                Arguments.of("moment length", (Executable) () -> new EndToEndLoss(FeatureSpace.cubic(2),
                        new double[] {1}, new double[4], 1)),
                Arguments.of("loss space", (Executable) () -> new EndToEndObjective(new MergedAttention(4, 1, false), pop)),
                Arguments.of("learningRate", (Executable) () -> new GradientDescent(0)),
                Arguments.of("steps", (Executable) () -> new GradientDescent(0.1).run(
                        new EndToEndObjective(new CubicFeatureMlp(4, 1), pop), new double[17], 0)),
                Arguments.of("fixedTask", (Executable) () -> new TaskMixture(reg, new double[3])),
                Arguments.of("icl", (Executable) () -> TaskMixture.draw(reg, new SplittableRandom(1))
                        .sample(10, 1.5, new SplittableRandom(2))),
                Arguments.of("contextLength", (Executable) () -> new PopulationMoments(CodeCovariance.white(3), 0)),
                Arguments.of("lambda eigenvalue", (Executable) () -> new SaddlePoints(new DMatrixRMaj(2, 2), 5)),
                Arguments.of("m", (Executable) () -> new SaddlePoints(CommonOps_DDRM.identity(2), 5).loss(3)),
                Arguments.of("eigenvalue", (Executable) () -> new ValueOde(-0.1, 1, 31, 0.02)),
                Arguments.of("v0", (Executable) () -> new ValueOde(0.4, 1, 31, 0.02).value(2, 10)),
                Arguments.of("initialMode", (Executable) () -> new WhiteTimeCourse(4, 31, 0.25, 1e-3, 0)),
                Arguments.of("prompts", (Executable) () -> new Fig1Params(4, 31, 8, 3, 1e-6, 1e-3, 10)),
                Arguments.of("learningRate", (Executable) () -> new Fig1Params(4, 31, 8, 100, 1e-6, 0, 10)),
                Arguments.of("seeds", (Executable) () -> new Fig3SeparateAttention.Params(4, 31, 5, 0.01, 0.02, 10, 0, 100)),
                Arguments.of("rank", (Executable) () -> new RankSweep.Params("fig4", 8, 31, 9, new int[] {9}, 5e-3, 0.02, 10)),
                Arguments.of("fraction", (Executable) () -> new FigIclInContextVsInWeight.Params(4, 31, 8, 100, 100, 1e-6,
                        5e-4, 10, new double[] {-0.1})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectsBadInput(String parameter, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(parameter), "message should name " + parameter + ": " + e.getMessage());
    }
}
