package org.neurotheory.gridcells;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotheory.gridcells.analysis.FieldWidth;
import org.neurotheory.gridcells.analysis.GridScore;
import org.neurotheory.gridcells.analysis.GridSpacing;
import org.neurotheory.gridcells.analysis.LatticeTest;
import org.neurotheory.gridcells.experiments.Fig19bSphereCaps;
import org.neurotheory.gridcells.experiments.Fig19cdSphereGrids;
import org.neurotheory.gridcells.experiments.Fig5aSimulatedModules;
import org.neurotheory.gridcells.experiments.Fig5cModuleOffset;
import org.neurotheory.gridcells.experiments.Fig8ChiLength;
import org.neurotheory.gridcells.experiments.Fig9SigmaModules;
import org.neurotheory.gridcells.experiments.NeuronSweep;
import org.neurotheory.gridcells.experiments.PlaneRun;
import org.neurotheory.gridcells.model.ActionableCode;
import org.neurotheory.gridcells.model.FiniteObjectiveParams;
import org.neurotheory.gridcells.model.FiniteOptimiserParams;
import org.neurotheory.gridcells.model.FiniteSampleSet;
import org.neurotheory.gridcells.model.FiniteSpaceObjective;
import org.neurotheory.gridcells.model.GecoSchedule;
import org.neurotheory.gridcells.model.IntegerFrequencies;
import org.neurotheory.gridcells.model.NormLossMode;
import org.neurotheory.gridcells.model.ObjectiveParams;
import org.neurotheory.gridcells.model.OptimiserParams;
import org.neurotheory.gridcells.model.PeriodicSpace;
import org.neurotheory.gridcells.model.Sphere;
import org.neurotheory.gridcells.model.SphereCode;
import org.neurotheory.gridcells.theory.GaussianOccupancy;
import org.neurotheory.gridcells.theory.LowFrequencyBias;
import org.neurotheory.gridcells.theory.ModuleOrientation;
import org.neurotheory.gridcells.theory.ModuleSize;

/** Bad input: each case throws IllegalArgumentException naming the parameter. */
class BadInputTest {

    static Stream<Arguments> cases() {
        ObjectiveParams ok = ObjectiveParams.planeOneModule();
        return Stream.of(
                Arguments.of("frequencies", (Executable) () -> ActionableCode.random(25, 2, 13, 2, new SplittableRandom(1))),
                Arguments.of("neurons", (Executable) () -> ActionableCode.random(2, 2, 1, 2, new SplittableRandom(1))),
                Arguments.of("sigmaSq", (Executable) () -> ok.withSigmaSq(0)),
                Arguments.of("sigmaSq", (Executable) () -> ok.withSigmaSq(-0.4)),
                Arguments.of("chiLength", (Executable) () -> ok.withChiLength(0)),
                Arguments.of("chiLength", (Executable) () -> ok.withChiLength(-1)),
                Arguments.of("rooms", (Executable) () -> ok.withSamples(0, 15)),
                Arguments.of("shifts", (Executable) () -> ok.withSamples(150, 0)),
                Arguments.of("shiftStd", (Executable) () -> ok.withShiftStd(-1)),
                Arguments.of("chiStrength", (Executable) () -> new ObjectiveParams(0.4, 0.5, 1.5, 1, NormLossMode.RATIO, 150, 15, 5)),
                Arguments.of("steps", (Executable) () -> OptimiserParams.planeOneModule().withSteps(0)),
                Arguments.of("frequencies", (Executable) () -> new OptimiserParams(25, 2, 20, ok,
                        OptimiserParams.planeOneModule().schedule(), 10, 5, 0.1, 0.1, 2, 5)),
                Arguments.of("dim", (Executable) () -> new OptimiserParams(25, 4, 12, ok,
                        OptimiserParams.planeOneModule().schedule(), 10, 5, 0.1, 0.1, 2, 5)),
                Arguments.of("alpha", (Executable) () -> new GecoSchedule(1, -9, 1.0, 1e-4, true)),
                Arguments.of("gamma", (Executable) () -> new GecoSchedule(1, -9, 0.9, -1e-4, true)),
                Arguments.of("loss", (Executable) () -> GecoSchedule.fixed(1).violation(-1)),
                Arguments.of("frequencies.size", (Executable) () -> LatticeTest.of(List.of(), 0.1)),
                Arguments.of("n", (Executable) () -> GridScore.of(new double[16], 4)),
                Arguments.of("chiLength", (Executable) () -> GaussianOccupancy.beta(1, 1, 0, 2)),
                Arguments.of("occupancyStd", (Executable) () -> GaussianOccupancy.beta(1, -1, 0.5, 2)),
                Arguments.of("dim", (Executable) () -> GaussianOccupancy.betaPeak(1, 0.5, 4)),
                Arguments.of("step", (Executable) () -> GridSpacing.of(new double[9], 2, 0)),
                Arguments.of("row.length", (Executable) () -> PlaneRun.fromRow(new double[3])),
                Arguments.of("sigmaSq[1]", (Executable) () -> new Fig9SigmaModules.Params(OptimiserParams.planeOneModule(),
                        new double[] {0.1, 0.4}, 2, 2)),
                Arguments.of("chiLengths[1]", (Executable) () -> new Fig8ChiLength.Params(OptimiserParams.planeOneModule(),
                        new double[] {0.5, 1}, 0, 2, false)),
                Arguments.of("moreNeurons", (Executable) () -> new Fig8ChiLength.Params(OptimiserParams.planeOneModule(),
                        new double[] {1, 0.5}, 10, 2, false)),
                Arguments.of("sigmaSq.length", (Executable) () -> new NeuronSweep(OptimiserParams.planeOneModule(),
                        new int[] {9, 16}, new double[] {0.1}, 2)),
                Arguments.of("neurons[1]", (Executable) () -> new NeuronSweep(OptimiserParams.planeOneModule(),
                        new int[] {16, 9}, new double[] {0.1, 0.1}, 2)),
                Arguments.of("sweep.neurons.length", (Executable) () -> new Fig5aSimulatedModules.Params(new NeuronSweep(
                        OptimiserParams.planeOneModule(), new int[] {9, 16}, new double[] {0.4, 0.4}, 2), 0.1, 100, 4, false)),
                Arguments.of("threshold", (Executable) () -> new Fig5aSimulatedModules.Params(Fig5aSimulatedModules.Params.quick().sweep(),
                        1, 100, 4, false)),
                Arguments.of("bins", (Executable) () -> new Fig5aSimulatedModules.Params(Fig5aSimulatedModules.Params.quick().sweep(),
                        0.1, 8, 4, false)),
                Arguments.of("extent", (Executable) () -> new Fig5aSimulatedModules.Params(Fig5aSimulatedModules.Params.quick().sweep(),
                        0.1, 100, 0, false)),
                Arguments.of("step", (Executable) () -> FieldWidth.of(new double[9], 3, -1)),
                Arguments.of("map", (Executable) () -> FieldWidth.of(new double[8], 3, 1)),
                Arguments.of("kappa", (Executable) () -> LowFrequencyBias.weight(1, 0)),
                Arguments.of("m", (Executable) () -> IntegerFrequencies.torus(0)),
                Arguments.of("rooms", (Executable) () -> FiniteObjectiveParams.circleEuclidean().withSamples(1, 450, 3)),
                Arguments.of("shifts", (Executable) () -> FiniteObjectiveParams.circleEuclidean().withSamples(150, 450, 0)),
                Arguments.of("sigmaSq", (Executable) () -> FiniteObjectiveParams.torusKernelChi().withSigmaSq(0)),
                Arguments.of("chiStrength", (Executable) () -> FiniteObjectiveParams.torusKernelChi().withChi(1, 2)),
                Arguments.of("neurons", (Executable) () -> FiniteOptimiserParams.circle().withNeurons(2)),
                Arguments.of("candidates", (Executable) () -> FiniteOptimiserParams.circle().withCandidates(0)),
                Arguments.of("samples", (Executable) () -> new FiniteSpaceObjective(7, new PeriodicSpace(1, 6), FiniteObjectiveParams.circleEuclidean())
                        .evaluate(new double[7 * 13], new double[13 * 7],
                                new FiniteSampleSet(new PeriodicSpace(1, 5), FiniteObjectiveParams.circleEuclidean()), 1, 1, null, null)),
                Arguments.of("dim", (Executable) () -> new PeriodicSpace(4, 10)),
                Arguments.of("maxDegree", (Executable) () -> new Sphere(0)),
                Arguments.of("w", (Executable) () -> new SphereCode(9, 10, new double[5])),
                Arguments.of("space", (Executable) () -> FiniteOptimiserParams.sphere().withCandidates(5)),
                Arguments.of("threshold", (Executable) () -> ModuleSize.frequencies2d(0.1, 1.5)),
                Arguments.of("repulsion", (Executable) () -> ModuleOrientation.angularDensity(new double[][] {{1, 0, 1}}, 0, 0)),
                Arguments.of("bins", (Executable) () -> new Fig5cModuleOffset.Params(2, 0.1, 0.5, 720 + 12, 14)),
                Arguments.of("optimiser.space", (Executable) () -> new Fig19bSphereCaps.Params(FiniteOptimiserParams.torus(), 72)),
                Arguments.of("optimiser.space", (Executable) () -> new Fig19cdSphereGrids.Params(FiniteOptimiserParams.torus(), 72, 3, 2, true)),
                Arguments.of("longitudes", (Executable) () -> new Fig19cdSphereGrids.Params(FiniteOptimiserParams.sphere(), 71, 3, 2, true)),
                Arguments.of("restarts", (Executable) () -> new Fig19cdSphereGrids.Params(FiniteOptimiserParams.sphere(), 72, 0, 2, true)),
                Arguments.of("threads", (Executable) () -> new Fig19cdSphereGrids.Params(FiniteOptimiserParams.sphere(), 72, 3, 0, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejected(String parameter, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(parameter), e.getMessage() + " should name " + parameter);
        assertTrue(e.getMessage().contains("not allowed"), e.getMessage());
    }
}
