package org.neurotheory.core;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotheory.core.data.GaussianSampler;
import org.neurotheory.core.data.InContextRegression;
import org.neurotheory.core.data.LinearTeacher;
import org.neurotheory.core.data.TwoModalityData;
import org.neurotheory.core.dln.DeepLinearFlow;
import org.neurotheory.core.dln.DeepModeDynamics;
import org.neurotheory.core.dln.LinearRegressionMoments;
import org.neurotheory.core.dln.SaxeModeSolution;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.core.ode.DormandPrinceIntegrator;
import org.neurotheory.core.ode.EulerIntegrator;
import org.neurotheory.core.ode.Rk4Integrator;
import org.neurotheory.core.ode.ThresholdEvent;
import org.neurotheory.core.ode.TimeGrid;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.sweep.ParameterGrid;
import org.neurotheory.core.sweep.Sweep;
import org.neurotheory.core.testing.ReferenceProblems;

/** Every public constructor and factory of core rejects bad input, naming the parameter and the value. */
class BadInputTest {
    private static final DMatrixRMaj I2 = Matrices.diag(1, 1);

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("step", "-0.1", (Executable) () -> new EulerIntegrator(-0.1)),
                Arguments.of("step", "0.0", (Executable) () -> new Rk4Integrator(0)),
                Arguments.of("absTol", "NaN", (Executable) () -> new DormandPrinceIntegrator(Double.NaN, 1e-6)),
                Arguments.of("relTol", "-1.0", (Executable) () -> new DormandPrinceIntegrator(1e-6, -1)),
                Arguments.of("y0.length", "2", (Executable) () -> new EulerIntegrator(0.1)
                        .integrate(ReferenceProblems.decay(1), new double[] {1, 2}, TimeGrid.linear(0, 1, 2))),
                Arguments.of("y0[0]", "NaN", (Executable) () -> new EulerIntegrator(0.1)
                        .integrate(ReferenceProblems.decay(1), new double[] {Double.NaN}, TimeGrid.linear(0, 1, 2))),
                Arguments.of("t1", "0.0", (Executable) () -> TimeGrid.linear(1, 0, 5)),
                Arguments.of("n", "1", (Executable) () -> TimeGrid.linear(0, 1, 1)),
                Arguments.of("tFirst", "0.0", (Executable) () -> TimeGrid.log(0, 0, 1, 5)),
                Arguments.of("times[1]", "0.5", (Executable) () -> new TimeGrid(0, new double[] {1, 0.5})),
                Arguments.of("times[0]", "-1.0", (Executable) () -> new TimeGrid(0, new double[] {-1})),
                Arguments.of("tolerance", "0.0", (Executable) () -> ThresholdEvent.component("e", 0, 1,
                        ThresholdEvent.Direction.UP, 0)),
                Arguments.of("tau", "0.0", (Executable) () -> DeepLinearFlow.twoLayer(
                        LinearRegressionMoments.whitened(I2, 2), 2, 0)),
                Arguments.of("hidden[0]", "0", (Executable) () -> DeepLinearFlow.twoLayer(
                        LinearRegressionMoments.whitened(I2, 2), 0, 1)),
                Arguments.of("sigmaYX.numCols", "3", (Executable) () -> new LinearRegressionMoments(I2,
                        new DMatrixRMaj(1, 3), 1)),
                Arguments.of("a0", "1.5", (Executable) () -> SaxeModeSolution.halfTime(2, 1.5, 1)),
                Arguments.of("s", "-2.0", (Executable) () -> SaxeModeSolution.strength(-2, 0.1, 1, 1)),
                Arguments.of("u1", "3.0", (Executable) () -> DeepModeDynamics.timeToReach(2, 0.1, 3, 3, 1)),
                Arguments.of("depth", "0", (Executable) () -> DeepModeDynamics.timeToReach(2, 0.1, 1, 0, 1)),
                Arguments.of("sigma (smallest eigenvalue)", "-1.0", (Executable) () -> GaussianSampler.centred(
                        Matrices.diag(1, -1))),
                Arguments.of("sigma shape", "2x2", (Executable) () -> new GaussianSampler(new double[3], I2)),
                Arguments.of("n", "0", (Executable) () -> GaussianSampler.centred(I2).sample(0, Seeds.stream(1))),
                Arguments.of("noiseStd", "-0.5", (Executable) () -> new LinearTeacher(I2, -0.5)),
                Arguments.of("contextLength", "0", (Executable) () -> InContextRegression.white(3, 0)),
                Arguments.of("p", "3", (Executable) () -> InContextRegression.white(3, 2).sample(3, true, true,
                        Seeds.stream(1))),
                Arguments.of("rho", "1.0", (Executable) () -> TwoModalityData.toy(2, 1)),
                Arguments.of("ratio", "0.0", (Executable) () -> TwoModalityData.toy(0, 0)),
                Arguments.of("n", "0", (Executable) () -> Matrices.randomOrthogonal(0, Seeds.stream(1))),
                Arguments.of("sigma (smallest eigenvalue)", "0.0", (Executable) () -> Matrices.whitener(Matrices.diag(1, 0))),
                Arguments.of("threads", "0", (Executable) () -> Sweep.run(List.of(1), 1, 0, (p, s) -> p)),
                Arguments.of("x", "NaN", (Executable) () -> ParameterGrid.of().axis("x", Double.NaN)),
                Arguments.of("scale", "huge", (Executable) () -> Scale.parse("huge")),
                Arguments.of("tolerance", "-1.0", (Executable) () -> Check.absolute("c", 1, 1, -1)),
                Arguments.of("panel name", "a,b", (Executable) () -> new FigureData("t").panel("a,b", "x", "y")),
                Arguments.of("y.length", "1", (Executable) () -> new FigureData("t").panel("a", "x", "y")
                        .line("s", new double[] {1, 2}, new double[] {1})));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badInputs")
    void rejectedWithParameterNameAndValue(String parameter, String value, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(parameter), "message should name " + parameter + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(value), "message should show " + value + ": " + e.getMessage());
        assertTrue(e.getMessage().contains("must"), "message should state the allowed range: " + e.getMessage());
    }
}
