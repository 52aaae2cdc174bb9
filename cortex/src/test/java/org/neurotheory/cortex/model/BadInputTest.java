package org.neurotheory.cortex.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotheory.cortex.theory.InputTracking;
import org.neurotheory.cortex.theory.MeanField;
import org.neurotheory.cortex.theory.PspKernel;
import org.neurotheory.cortex.theory.SiegertRate;

/** Every public constructor rejects bad values with a message naming the parameter and value. */
class BadInputTest {
    static Stream<Arguments> cases() {
        NeuronParameters n = NeuronParameters.sub0();
        Couplings j = Couplings.sub0();
        InputParameters in = InputParameters.sub0();
        return Stream.of(
                Arguments.of("tauM", "-20", (Executable) () -> new NeuronParameters(-20, 20, 10, 2, 1, 3, 3)),
                Arguments.of("tauE", "-3", (Executable) () -> new NeuronParameters(20, 20, 10, 2, 1, -3, 3)),
                Arguments.of("tauI", "0", (Executable) () -> new NeuronParameters(20, 20, 10, 2, 1, 3, 0)),
                Arguments.of("tauRefE", "-1", (Executable) () -> new NeuronParameters(20, 20, 10, -1, 1, 3, 3)),
                Arguments.of("vReset", "25", (Executable) () -> new NeuronParameters(20, 20, 25, 2, 1, 3, 3)),
                Arguments.of("jEI", "1.8", (Executable) () -> new Couplings(0.3, 1.8, 1.2, 0.6, -2.1, 0.9)),
                Arguments.of("jEE", "-0.3", (Executable) () -> new Couplings(-0.3, -1.8, 1.2, 0.6, -2.1, 0.9)),
                Arguments.of("jII", "NaN", (Executable) () -> new Couplings(0.3, -1.8, 1.2, 0.6, Double.NaN, 0.9)),
                Arguments.of("p", "1.5", (Executable) () -> new NetworkParameters(10, 10, 10, 0, 1.5, n, j, 0.5, 0.1)),
                Arguments.of("p", "-0.1", (Executable) () -> new NetworkParameters(10, 10, 10, 0, -0.1, n, j, 0.5, 0.1)),
                Arguments.of("dt", "1.0", (Executable) () -> new NetworkParameters(10, 10, 10, 0, 0.1, n, j, 0.5, 1.0)),
                Arguments.of("delay", "0.55", (Executable) () -> new NetworkParameters(10, 10, 10, 0, 0.1, n, j, 0.55, 0.1)),
                Arguments.of("nE", "0", (Executable) () -> new NetworkParameters(0, 10, 10, 0, 0.1, n, j, 0.5, 0.1)),
                Arguments.of("nI", "-1", (Executable) () -> new NetworkParameters(10, -1, 10, 0, 0.1, n, j, 0.5, 0.1)),
                Arguments.of("ouTau", "-50", (Executable) () -> new InputParameters(10, 20, 0.6, -50, 0.3, 1, 250, 500, 15, 1, 400, 600)),
                Arguments.of("volleyJitter", "0", (Executable) () -> new InputParameters(10, 20, 0.6, 50, 0.3, 0, 250, 500, 15, 1, 400, 600)),
                Arguments.of("baseRate", "-10", (Executable) () -> in.withBaseRate(-10)),
                Arguments.of("rates[1]", "-1", (Executable) () -> new InputProfile(InputState.A, new double[] {1, -1}, 0.1)),
                Arguments.of("rates[0]", "20000", (Executable) () -> new InputProfile(InputState.A, new double[] {20000}, 0.1)),
                Arguments.of("steps", "0", (Executable) () -> InputState.B.profile(0, 0.1, in, 1)),
                Arguments.of("jI", "1.5", (Executable) () -> new PoissonDrivenNeurons(n, 10, 400, 0.5, 100, 1.5, 10, 0.1)),
                Arguments.of("n", "0", (Executable) () -> new PoissonDrivenNeurons(n, 0, 400, 0.5, 100, -1.5, 10, 0.1)),
                Arguments.of("tauS", "20", (Executable) () -> new PspKernel(1, 20, 20)),
                Arguments.of("tauM", "-1", (Executable) () -> new SiegertRate(-1, 2, 20, 10)),
                Arguments.of("sigma", "0", (Executable) () -> new SiegertRate(20, 2, 20, 10).rate(10, 0)),
                Arguments.of("damping", "1.5", (Executable) () -> new MeanField(NetworkParameters.sub0(), true).solve(10, 1.5, 1e-6, 5, 10)),
                Arguments.of("input.dt", "0.05", (Executable) () -> new CorticalNetwork(
                        new NetworkParameters(10, 10, 10, 0, 0.1, n, j, 0.5, 0.1), 1)
                        .run(InputProfile.constant(10, 100, 0.05), false, 5, 1)),
                Arguments.of("factor", "-1", (Executable) () -> j.scaled(-1)),
                Arguments.of("windows", "1", (Executable) () ->
                        InputTracking.covarianceRelativeError(50, 100, 1)),
                Arguments.of("tauC", "0", (Executable) () ->
                        InputTracking.covarianceRelativeError(0, 100, 10)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("cases")
    void rejects(String name, String value, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(name) && e.getMessage().contains(value),
                "message names " + name + " and " + value + ": " + e.getMessage());
    }
}
