package org.neurotheory.popcodes.model;

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
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.popcodes.data.CircuitSampler;
import org.neurotheory.popcodes.data.RecipePopulations;
import org.neurotheory.popcodes.theory.BiasCorrectedFisher;
import org.neurotheory.popcodes.theory.CovarianceOptimiser;
import org.neurotheory.popcodes.theory.EigenInformation;
import org.neurotheory.popcodes.theory.FisherSolver;
import org.neurotheory.popcodes.theory.OptimalFamily;
import org.neurotheory.popcodes.theory.PropagationBound;
import org.neurotheory.popcodes.theory.RankOneInformation;

/** Every public constructor and factory rejects bad input with a message naming the parameter. */
class BadInputTest {
    private static final double[] F = {1, 0.5};
    private static final DMatrixRMaj SPD = Matrices.of(new double[][] {{1, 0.3}, {0.3, 0.5}});

    static Stream<Arguments> cases() {
        DMatrixRMaj notSpd = Matrices.of(new double[][] {{1, 2}, {2, 1}});
        DMatrixRMaj asymmetric = Matrices.of(new double[][] {{1, 0.3}, {0.2, 0.5}});
        DMatrixRMaj singular = Matrices.of(new double[][] {{1, 1}, {1, 1}});
        DMatrixRMaj threeByThree = CommonOps_DDRM.identity(3);
        DMatrixRMaj eye2 = CommonOps_DDRM.identity(2);
        return Stream.of(
                Arguments.of("non-SPD covariance", "positive definite", (Executable) () -> FisherSolver.of(F, notSpd)),
                Arguments.of("singular covariance", "positive definite", (Executable) () -> FisherSolver.of(F, singular)),
                Arguments.of("asymmetric covariance", "symmetric", (Executable) () -> FisherSolver.of(F, asymmetric)),
                Arguments.of("covariance of wrong size", "covariance shape",
                        (Executable) () -> FisherSolver.of(F, threeByThree)),
                Arguments.of("signal of wrong length", "signal.length",
                        (Executable) () -> new FisherSolver(3).information(F, threeByThree)),
                Arguments.of("NaN signal", "signal[1]",
                        (Executable) () -> FisherSolver.of(new double[] {1, Double.NaN}, SPD)),
                Arguments.of("negative downstream variance", "sigma2",
                        (Executable) () -> new FisherSolver(2).information(F, SPD, -0.1)),
                Arguments.of("extra noise of wrong size", "extraNoise shape",
                        (Executable) () -> new FisherSolver(2).information(F, SPD, threeByThree)),
                Arguments.of("zero solver size", "n", (Executable) () -> new FisherSolver(0)),
                Arguments.of("non-positive noise in stage", "noise[1][1]",
                        (Executable) () -> new DownstreamStage(eye2, new double[] {1, 1},
                                Matrices.of(new double[][] {{1, 0}, {0, 0}}))),
                Arguments.of("stage noise of wrong size", "noise shape",
                        (Executable) () -> new DownstreamStage(eye2, new double[] {1, 1}, threeByThree)),
                Arguments.of("stage gains of wrong length", "gains.length",
                        (Executable) () -> new DownstreamStage(eye2, new double[] {1}, eye2)),
                Arguments.of("zero gain", "gains[0]",
                        (Executable) () -> new DownstreamStage(eye2, new double[] {0, 1}, eye2)),
                Arguments.of("isotropic stage with zero variance", "variance",
                        (Executable) () -> DownstreamStage.isotropic(2, 0)),
                Arguments.of("singular linear map", "invertible",
                        (Executable) () -> new DownstreamStage(singular, new double[] {1, 1}, eye2).effectiveNoise()),
                Arguments.of("non-square map effective noise", "square",
                        (Executable) () -> new DownstreamStage(new DMatrixRMaj(1, 2, true, 1, 1), new double[] {1},
                                CommonOps_DDRM.identity(1)).effectiveNoise()),
                Arguments.of("input covariance of wrong size for stage", "inputCovariance shape",
                        (Executable) () -> DownstreamStage.isotropic(2, 1).outputInformation(F, threeByThree)),
                Arguments.of("zero Fano factor", "fano", (Executable) () -> new ExpPoissonStage(0, 1)),
                Arguments.of("negative window", "window", (Executable) () -> new ExpPoissonStage(1, -1)),
                Arguments.of("Poisson input covariance of wrong size", "inputCovariance shape",
                        (Executable) () -> new ExpPoissonStage(1, 1).linearisedInformation(F, F, threeByThree)),
                Arguments.of("negative amplitude", "amplitude[0]",
                        (Executable) () -> new TuningCurves(new double[] {0}, new double[] {-1}, new double[] {1},
                                new double[] {0})),
                Arguments.of("tuning arrays of different length", "concentration.length",
                        (Executable) () -> new TuningCurves(new double[] {0, 1}, new double[] {1, 1}, new double[] {1},
                                new double[] {0, 0})),
                Arguments.of("zero variance", "variances[1]",
                        (Executable) () -> CovarianceModels.independent(new double[] {1, 0})),
                Arguments.of("correlation 1", "c0",
                        (Executable) () -> CovarianceModels.limitedRange(new double[] {1, 1}, new double[] {0, 1}, 1, 1)),
                Arguments.of("rank-one eps below -d", "eps",
                        (Executable) () -> CovarianceModels.rankOne(1, F, -1)),
                Arguments.of("negative alpha", "alpha", (Executable) () -> new OptimalFamily(-0.1, 1)),
                Arguments.of("alpha = beta = 0", "alpha + beta", (Executable) () -> new OptimalFamily(0, 0)),
                Arguments.of("alpha beyond J / I_x", "alpha",
                        (Executable) () -> OptimalFamily.forInputInformation(3, 1, 2)),
                Arguments.of("bound with zero information", "ix", (Executable) () -> PropagationBound.bound(0, 1)),
                Arguments.of("R8 with cos2 > 1", "cos2", (Executable) () -> RankOneInformation.information(1, 1, 1, 1.5)),
                Arguments.of("E3 with eps below -1/I0", "eps", (Executable) () -> RankOneInformation.differential(2, -1)),
                Arguments.of("eigen view of indefinite matrix", "variances[1]",
                        (Executable) () -> EigenInformation.of(F, notSpd)),
                Arguments.of("too few Monte-Carlo trials", "trials",
                        (Executable) () -> BiasCorrectedFisher.estimate(new DMatrixRMaj(3, 10), new DMatrixRMaj(3, 10), 1)),
                Arguments.of("non-positive ds", "ds",
                        (Executable) () -> BiasCorrectedFisher.estimate(new DMatrixRMaj(30, 2), new DMatrixRMaj(30, 2), 0)),
                Arguments.of("sampler covariance of wrong size", "inputCovariance size",
                        (Executable) () -> new CircuitSampler(F, F, threeByThree)),
                Arguments.of("Poisson sampling with Fano != 1", "stage.fano()",
                        (Executable) () -> new CircuitSampler(F, F, SPD).counts(new ExpPoissonStage(2, 1), 10, 0,
                                new SplittableRandom(1))),
                Arguments.of("recipe angle above 90", "thetaDegrees",
                        (Executable) () -> new RecipePopulations(120, 1, 1)),
                Arguments.of("recipe blue strength below -d", "blueStrength",
                        (Executable) () -> new RecipePopulations(10, -2, 1)),
                Arguments.of("optimiser with zero steps", "steps", (Executable) () -> new CovarianceOptimiser(0, 0.1, 1e-6)),
                Arguments.of("optimiser with zero ridge", "ridge", (Executable) () -> new CovarianceOptimiser(10, 0.1, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectsWithAMessageNamingTheProblem(String label, String expectedFragment, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call, label);
        assertTrue(e.getMessage().contains(expectedFragment) && e.getMessage().contains("not allowed"),
                label + ": message was: " + e.getMessage());
    }
}
