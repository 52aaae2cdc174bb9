package org.neurotheory.bioplausible.conv;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotheory.bioplausible.conv.data.ShiftedImages;
import org.neurotheory.bioplausible.conv.experiments.Fig2AugmentationCurve;
import org.neurotheory.bioplausible.conv.experiments.Fig4SharingConvergence;
import org.neurotheory.bioplausible.conv.experiments.ImageArm;
import org.neurotheory.bioplausible.conv.experiments.ImageProtocol;
import org.neurotheory.bioplausible.conv.experiments.Table1Arms;
import org.neurotheory.bioplausible.conv.model.HebbianSleep;
import org.neurotheory.bioplausible.conv.model.InstantSharing;
import org.neurotheory.bioplausible.conv.model.LateralInhibition;
import org.neurotheory.bioplausible.conv.model.LcWeightLayout;
import org.neurotheory.bioplausible.conv.model.PeriodicSleepInput;
import org.neurotheory.bioplausible.conv.model.ReducedNetwork;
import org.neurotheory.bioplausible.conv.model.RepeatedTranslations;
import org.neurotheory.bioplausible.conv.model.SharingGroups;
import org.neurotheory.bioplausible.conv.model.SharingSchedule;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.bioplausible.conv.model.ToyCircuitSharing;
import org.neurotheory.bioplausible.conv.model.ToySgdSharing;
import org.neurotheory.bioplausible.conv.theory.CircuitTimeScales;
import org.neurotheory.bioplausible.conv.theory.HebbianStability;
import org.neurotheory.bioplausible.conv.theory.PhaseGroups;
import org.neurotheory.bioplausible.conv.theory.ScaleCollapse;
import org.neurotheory.bioplausible.conv.theory.SharingFixedPoint;

/** Bad input is rejected with a message that names the parameter, the value and the allowed range. */
class BadInputTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("gamma", "-0.1", (Executable) () -> SharingFixedPoint.deviationFactor(-0.1, 1)),
                Arguments.of("sigma2", "0.0", (Executable) () -> SharingFixedPoint.inverseSnrFactor(0.1, 0)),
                Arguments.of("gamma", "-1.0", (Executable) () -> ToySgdSharing.Params.paper(3, -1)),
                Arguments.of("kernel", "4", (Executable) () -> PhaseGroups.outputSize(36, 4, 1)),
                Arguments.of("kernel", "0", (Executable) () -> PhaseGroups.groupCount(0, 1)),
                Arguments.of("stride", "5", (Executable) () -> PhaseGroups.outputSize(36, 3, 5)),
                Arguments.of("stride", "0", (Executable) () -> PhaseGroups.inputPhase(1, 3, 0)),
                Arguments.of("phase", "3", (Executable) () -> PhaseGroups.rowsInPhase(36, 3, 3)),
                Arguments.of("groupSize", "0", (Executable) () -> ScaleCollapse.stdAfterSharing(1, 0)),
                Arguments.of("kernel", "2", (Executable) () -> ScaleCollapse.kaimingStd(8, 2)),
                Arguments.of("alpha", "-10.0", (Executable) () -> new LateralInhibition(-10, 30, 1)),
                Arguments.of("tau", "0.5", (Executable) () -> new LateralInhibition(10, 0.5, 1)),
                Arguments.of("hold", "0", (Executable) () -> CircuitTimeScales.deviationHoldGain(LateralInhibition.paper(), 0)),
                Arguments.of("momentum", "1.0", (Executable) () -> HebbianStability.heavyBallBound(81, 1.0)),
                Arguments.of("inputs", "0", (Executable) () -> HebbianStability.meanSquareBound(0, 1)),
                Arguments.of("neurons", "1", (Executable) () -> new ToySgdSharing.Params(1, 3, 0.1, 10, 1, 0.5, 1000, 0.9, 1)),
                Arguments.of("recordEvery", "20", (Executable) () -> new ToySgdSharing.Params(10, 3, 0.1, 10, 1, 0.5, 1000, 0.9, 20)),
                Arguments.of("kernel", "5", (Executable) () -> ToyCircuitSharing.Params.paper(5)),
                Arguments.of("kernel", "2", (Executable) () -> new LcWeightLayout(1, 1, 12, 2, 1)),
                Arguments.of("stride", "5", (Executable) () -> new LcWeightLayout(1, 1, 12, 3, 5)),
                Arguments.of("width", "10", (Executable) () -> PeriodicSleepInput.tile(new float[9], 1, 3, 12, 10)),
                Arguments.of("gamma", "-1.0E-5", (Executable) () -> new HebbianSleep.Params(10, 8, 0.1, -1e-5)),
                Arguments.of("w.length", "5", (Executable) () -> InstantSharing.share(new float[5],
                        new LcWeightLayout(1, 1, 12, 3, 1), SharingGroups.PHASE)),
                Arguments.of("maxShift", "4", (Executable) () -> RepeatedTranslations.augment(new float[16], 1, 1, 4, 4,
                        1, 4, Seeds.stream(1), new float[16])),
                Arguments.of("canvas", "20", (Executable) () -> ShiftedImages.onCanvas(new ImageDataset("x", 1, 28, 28, 10,
                        new float[784], new int[] {0}), 20, 1)),
                Arguments.of("inSize", "30", (Executable) () -> new ReducedNetwork(30, new int[] {8, 16, 32}, true, true, 10)),
                Arguments.of("widths.length", "2", (Executable) () -> new ImageProtocol(300, 300, new int[] {8, 16}, true,
                        2, 32, 3e-3, 1, 123)),
                Arguments.of("batch", "400", (Executable) () -> new ImageProtocol(300, 300, new int[] {8, 16, 32}, true,
                        2, 400, 3e-3, 1, 123)),
                Arguments.of("frequency", "0", (Executable) () -> SharingSchedule.instant(0)),
                Arguments.of("nRep", "0", (Executable) () -> ImageArm.lcTranslated(0, 4)),
                Arguments.of("shareEvery[i]", "0", (Executable) () -> new Table1Arms.Params(
                        Table1Arms.Params.quick().protocol(), new int[] {0}, 10, HebbianSleep.Params.paper(), 4, 4)),
                Arguments.of("nReps[1]", "1", (Executable) () -> new Fig2AugmentationCurve.Params(
                        Fig2AugmentationCurve.Params.quick().protocol(), new int[] {2, 1}, 4)),
                Arguments.of("circuitGammas[0]", "0.01", (Executable) () -> new Fig4SharingConvergence.Params(1, 20_000,
                        new double[] {0.01})));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("cases")
    void rejected(String name, String value, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(name + " = " + value + " is not allowed"), e.getMessage());
    }
}
