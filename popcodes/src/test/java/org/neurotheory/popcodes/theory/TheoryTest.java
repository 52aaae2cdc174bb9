package org.neurotheory.popcodes.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurotheory.core.testing.Assertions.assertClose;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.popcodes.data.RandomCovariances;
import org.neurotheory.popcodes.model.CovarianceModels;
import org.neurotheory.popcodes.model.DownstreamStage;
import org.neurotheory.popcodes.model.ExpPoissonStage;

/**
 * Checks 1-11 of the model reference in docs/papers/popcodes.md on small worked examples: the linear Fisher
 * information and its trial-shuffled version (E1, E2), isotropic corruption and the propagation bound
 * (E5-E7), members of the optimal family on the bound (E9), the eigenvector criterion (R5), a non-square
 * stage (E4), the Poisson effective noise (§2.4), random covariances never beating the bound, a family
 * member with a perpendicular part (E9, E8), the redundancy sign (R9) and the limits (R10); then R6, R8 and
 * E11 and the solver's accuracy. The reference values were computed independently from these closed
 * forms (they are not numbers of the paper) and are printed to 7-8 significant digits, so they are
 * compared with a relative tolerance of 1e-6; identities that hold exactly in exact arithmetic are
 * compared at 1e-9 relative, the rounding level of small Cholesky solves.
 */
class TheoryTest {
    private static final double PRINTED_DIGITS = 1e-6;
    private static final double[] F2 = {1, 0.5};
    private static final DMatrixRMaj SIGMA2 = Matrices.of(new double[][] {{1, 0.3}, {0.3, 0.5}});

    private static void rel(double expected, double actual, double tol, String what) {
        assertClose(expected, actual, tol * Math.abs(expected), what);
    }

    @Test
    void check1LinearFisherPrimitive() {
        rel(1.0975610, FisherSolver.of(F2, SIGMA2), PRINTED_DIGITS, "I_x");
        rel(1.5, Redundancy.shuffledInformation(F2, SIGMA2), 1e-12, "I_shuf");
        assertTrue(Redundancy.synergyRatio(FisherSolver.of(F2, SIGMA2), 1.5) < 1, "redundant");
    }

    @Test
    void check2IsotropicCorruption() {
        double iy = new FisherSolver(2).information(F2, SIGMA2, 0.5);
        double j = PropagationBound.noiselessInformation(F2, CovarianceModels.isotropic(2, 0.5));
        rel(0.7624113, iy, PRINTED_DIGITS, "I_y");
        rel(2.5, j, 1e-12, "J");
        double bound = PropagationBound.bound(FisherSolver.of(F2, SIGMA2), j);
        rel(0.7627119, bound, PRINTED_DIGITS, "bound");
        assertTrue(iy < bound);
    }

    @Test
    void check3And4OptimalMembersHitTheBound() {
        DMatrixRMaj sy = CovarianceModels.isotropic(2, 0.5);
        double j = 2.5;
        OptimalFamily member = OptimalFamily.forInputInformation(0.5, 1.0975610, j);
        rel(0.7111111, member.beta(), PRINTED_DIGITS, "beta");
        DMatrixRMaj c = member.covariance(sy, F2);
        rel(1.0975610, FisherSolver.of(F2, c), PRINTED_DIGITS, "I_x of family member");
        double iy = new FisherSolver(2).information(F2, c, sy);
        rel(0.7627119, iy, PRINTED_DIGITS, "I_y = bound");
        assertTrue(iy > new FisherSolver(2).information(F2, SIGMA2, 0.5), "beats the non-optimal code");

        OptimalFamily check4 = new OptimalFamily(0.4, 0.2);
        DMatrixRMaj c4 = check4.covariance(sy, F2);
        rel(2.7777778, FisherSolver.of(F2, c4), PRINTED_DIGITS, "check 4 I_x");
        rel(1.3157895, new FisherSolver(2).information(F2, c4, sy), PRINTED_DIGITS, "check 4 I_y");
        rel(check4.inputInformation(j), FisherSolver.of(F2, c4), 1e-12, "closed-form I_x");
        rel(check4.outputInformation(j), new FisherSolver(2).information(F2, c4, sy), 1e-12, "closed-form I_y");
    }

    @Test
    void check5EigenvectorCriterion() {
        double[] f = {1, 0};
        DMatrixRMaj rotated = Matrices.of(new double[][] {{1, 0.6}, {0.6, 1}});
        FisherSolver solver = new FisherSolver(2);
        rel(1.5625, solver.information(f, rotated), 1e-12, "I_x");
        double bound = PropagationBound.bound(1.5625, 1.0);
        rel(0.6097561, bound, PRINTED_DIGITS, "bound");
        double iy = solver.information(f, rotated, 1.0);
        rel(2 / 3.64, iy, 1e-12, "I_y with strict gap");
        assertTrue(iy < bound - 0.05);
        DMatrixRMaj aligned = CovarianceModels.independent(new double[] {0.64, 5});
        rel(1.5625, solver.information(f, aligned), 1e-12, "aligned I_x");
        rel(bound, solver.information(f, aligned, 1.0), 1e-12, "aligned I_y = bound");
    }

    @Test
    void check6NonSquareStage() {
        double[] f = {0.5, -0.2, 0.3};
        DMatrixRMaj sxi = Matrices.of(new double[][] {{1, 0.2, 0}, {0.2, 0.8, 0.1}, {0, 0.1, 0.6}});
        DownstreamStage stage = new DownstreamStage(Matrices.of(new double[][] {{1, 0.5, 0}, {0, 0.5, 1}}),
                new double[] {0.8, 1.2}, CovarianceModels.independent(new double[] {0.3, 0.2}));
        double ix = FisherSolver.of(f, sxi);
        double j = stage.noiselessInformation(f);
        double iy = stage.outputInformation(f, sxi);
        rel(0.5647982, ix, PRINTED_DIGITS, "I_x");
        rel(0.6293333, j, PRINTED_DIGITS, "J");
        rel(0.1016932, iy, PRINTED_DIGITS, "I_y");
        rel(0.2976610, PropagationBound.bound(ix, j), PRINTED_DIGITS, "bound");
    }

    @Test
    void squareStageEffectiveNoiseReproducesTheGeneralFormula() {
        // E5 must agree with E4 whenever A is square and invertible.
        double[] f = {0.5, -0.2, 0.3};
        DMatrixRMaj sxi = Matrices.of(new double[][] {{1, 0.2, 0}, {0.2, 0.8, 0.1}, {0, 0.1, 0.6}});
        DownstreamStage stage = new DownstreamStage(
                Matrices.of(new double[][] {{1, 0.5, 0}, {0, 0.5, 1}, {0.3, 0, 1}}),
                new double[] {0.8, 1.2, 0.7}, CovarianceModels.independent(new double[] {0.3, 0.2, 0.4}));
        double viaE5 = new FisherSolver(3).information(f, sxi, stage.effectiveNoise());
        rel(stage.outputInformation(f, sxi), viaE5, 1e-10, "E5 vs E4");
        rel(stage.noiselessInformation(f), FisherSolver.of(f, stage.effectiveNoise()), 1e-10, "J via Sigma_y");
    }

    @Test
    void check7PoissonEffectiveNoise() {
        double[] rates = {1, 2, 0.5};
        double[] f = {0.5, -0.2, 0.3};
        DMatrixRMaj sxi = Matrices.of(new double[][] {{1, 0.3, 0.1}, {0.3, 1, 0.2}, {0.1, 0.2, 1}});
        CommonOps_DDRM.scale(0.05, sxi);
        ExpPoissonStage stage = new ExpPoissonStage(1, 1);
        DMatrixRMaj sy = stage.effectiveNoise(rates);
        assertClose(new double[] {0.367879, 0.135335, 0.606531},
                new double[] {sy.get(0, 0), sy.get(1, 1), sy.get(2, 2)}, 5e-7, 0, "Sigma_y diagonal (printed to 6 decimals)");
        rel(9.768349, FisherSolver.of(f, sxi), PRINTED_DIGITS, "I_x");
        double lin = stage.linearisedInformation(rates, f, sxi);
        double exact = stage.exactInformation(rates, f, sxi);
        rel(0.997680, lin, PRINTED_DIGITS, "linearised I_y");
        rel(1.016281, exact, PRINTED_DIGITS, "exact-moment I_y");
        assertTrue(Math.abs(exact - lin) < 0.02 * exact, "within 2%");
    }

    @Test
    void check8RandomBoundNeverViolated() {
        SplittableRandom rng = new SplittableRandom(8);
        int n = 20;
        FisherSolver solver = new FisherSolver(n);
        double worst = Double.POSITIVE_INFINITY;
        for (int trial = 0; trial < 1000; trial++) {
            DMatrixRMaj sxi = RandomCovariances.wishart(n, RandomCovariances.DEFAULT_RIDGE, rng);
            DMatrixRMaj sy = RandomCovariances.wishart(n, RandomCovariances.DEFAULT_RIDGE, rng);
            double[] f = RandomCovariances.signal(n, rng);
            double ix = solver.information(f, sxi);
            double j = solver.information(f, sy);
            double iy = solver.information(f, sxi, sy);
            worst = Math.min(worst, PropagationBound.reciprocalGap(ix, iy, j) * iy);
            assertTrue(iy <= ix && iy <= j, "data processing (R1)");
        }
        // relative gap (1/I_y - 1/I_x - 1/J) I_y must not go below rounding error
        assertTrue(worst >= -1e-9, "worst relative gap " + worst);
    }

    @Test
    void check9GeneralFamilyMemberWithPerpendicularPart() {
        SplittableRandom rng = new SplittableRandom(9);
        int n = 6;
        DMatrixRMaj sy = RandomCovariances.wishart(n, RandomCovariances.DEFAULT_RIDGE, rng);
        double[] f = RandomCovariances.signal(n, rng);
        DMatrixRMaj factor = new DMatrixRMaj(n, 3);
        for (int i = 0; i < factor.data.length; i++) {
            factor.data[i] = rng.nextGaussian();
        }
        OptimalFamily member = new OptimalFamily(0.5, 0.1);
        DMatrixRMaj c = member.covariance(sy, f, factor);
        FisherSolver solver = new FisherSolver(n);
        double j = solver.information(f, sy);
        double ix = solver.information(f, c);
        double iy = solver.information(f, c, sy);
        rel(PropagationBound.bound(ix, j), iy, 1e-9, "I_y = bound");
        rel(member.inputInformation(j), ix, 1e-9, "M_perp leaves I_x unchanged");
        rel(1.0, PropagationBound.decoderCosine(f, c, sy), 1e-9, "E8 alignment");
    }

    @Test
    void check10RedundancySign() {
        double[] f = {1.0, -0.5, 2.0, 0.3};
        double norm2 = 1 + 0.25 + 4 + 0.09;
        DMatrixRMaj identity = CovarianceModels.isotropic(4, 1);
        DMatrixRMaj redundant = CovarianceModels.differential(identity, f, 1.0);
        DMatrixRMaj synergistic = CovarianceModels.differential(identity, f, -0.5 / norm2);
        assertTrue(FisherSolver.of(f, redundant) < Redundancy.shuffledInformation(f, redundant), "eps > 0 redundant");
        assertTrue(FisherSolver.of(f, synergistic) > Redundancy.shuffledInformation(f, synergistic),
                "eps < 0 synergistic");
        rel(RankOneInformation.differential(norm2, 1.0), FisherSolver.of(f, redundant), 1e-12, "E3");
    }

    @Test
    void check11Limits() {
        FisherSolver solver = new FisherSolver(2);
        double ix = solver.information(F2, SIGMA2);
        rel(ix, solver.information(F2, SIGMA2, 0.0), 1e-15, "sigma2 = 0 gives I_x");
        rel(1.25, 1e8 * solver.information(F2, SIGMA2, 1e8), 1e-7, "sigma2 I_y -> |f'|^2");
        double previous = Double.POSITIVE_INFINITY;
        for (double s2 : new double[] {0, 0.01, 0.1, 1, 10, 100}) {
            double iy = solver.information(F2, SIGMA2, s2);
            assertTrue(iy < previous, "strictly decreasing at " + s2);
            previous = iy;
        }
        DMatrixRMaj scaled = SIGMA2.copy();
        CommonOps_DDRM.scale(3, scaled);
        rel(ix / 3, solver.information(F2, scaled), 1e-14, "scaling by c divides by c");
    }

    @Test
    void differentialLossDoesNotDependOnStrength() {
        // R6: 1/I_y - 1/I_x is the same for every eps.
        double[] f = {1.0, -0.5, 2.0};
        DMatrixRMaj base = CovarianceModels.limitedRange(new double[] {1, 2, 1.5},
                new double[] {0, 1, 2}, 0.4, 1.0);
        DMatrixRMaj sy = CovarianceModels.independent(new double[] {0.5, 0.2, 1});
        FisherSolver solver = new FisherSolver(3);
        double expected = RankOneInformation.differentialLoss(solver.information(f, base),
                solver.information(f, base, sy));
        for (double eps : new double[] {0, 0.1, 1, 10, 1000}) {
            DMatrixRMaj c = CovarianceModels.differential(base, f, eps);
            double loss = 1 / solver.information(f, c, sy) - 1 / solver.information(f, c);
            rel(expected, loss, 1e-8, "loss at eps " + eps);
        }
    }

    @Test
    void rankOneClosedFormMatchesCholesky() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] f = RandomCovariances.signal(50, rng);
        double[] u = RandomCovariances.signal(50, rng);
        double fu = 0;
        double ff = 0;
        double uu = 0;
        for (int i = 0; i < 50; i++) {
            fu += f[i] * u[i];
            ff += f[i] * f[i];
            uu += u[i] * u[i];
        }
        double cos2 = fu * fu / (ff * uu);
        for (double eps : new double[] {-0.9, 0.5, 100}) {
            DMatrixRMaj c = CovarianceModels.rankOne(1.0, u, eps);
            rel(RankOneInformation.information(ff, 1.0, eps, cos2), FisherSolver.of(f, c), 1e-10, "R8 eps " + eps);
            rel(RankOneInformation.information(ff, 1.3, eps, cos2), new FisherSolver(50).information(f, c, 0.3),
                    1e-10, "R8 with sigma2 replaces d by d + sigma2");
        }
    }

    @Test
    void eigenViewAgreesWithCholesky() {
        SplittableRandom rng = new SplittableRandom(11);
        DMatrixRMaj c = RandomCovariances.wishart(15, RandomCovariances.DEFAULT_RIDGE, rng);
        double[] f = RandomCovariances.signal(15, rng);
        EigenInformation eig = EigenInformation.of(f, c);
        FisherSolver solver = new FisherSolver(15);
        for (double s2 : new double[] {0, 0.1, 3}) {
            rel(solver.information(f, c, s2), eig.information(s2), 1e-9, "E11 at sigma2 " + s2);
        }
    }

    @Test
    void illConditionedCovarianceStaysAccurate() {
        // condition number 1e10: eigenvalues 1e-8 .. 1e2 in a random basis; the exact answer is E11.
        int n = 40;
        SplittableRandom rng = new SplittableRandom(5);
        DMatrixRMaj q = Matrices.randomOrthogonal(n, rng);
        double[] lambda = new double[n];
        for (int k = 0; k < n; k++) {
            lambda[k] = Math.pow(10, 2 - 10.0 * k / (n - 1));
        }
        DMatrixRMaj scaledQ = q.copy();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                scaledQ.set(i, k, q.get(i, k) * lambda[k]);
            }
        }
        DMatrixRMaj c = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(scaledQ, q, c);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < i; k++) {
                double v = 0.5 * (c.get(i, k) + c.get(k, i));
                c.set(i, k, v);
                c.set(k, i, v);
            }
        }
        // signal mostly in the large-variance directions plus a little in the smallest one
        double[] f = new double[n];
        double exact = 0;
        for (int k = 0; k < n; k++) {
            double coeff = k == n - 1 ? 1e-3 : 1.0;
            for (int i = 0; i < n; i++) {
                f[i] += coeff * q.get(i, k);
            }
            exact += coeff * coeff / lambda[k];
        }
        // forward error of a Cholesky solve ~ cond x eps = 1e10 x 1e-16 = 1e-6
        rel(exact, FisherSolver.of(f, c), 1e-5, "I at condition number 1e10");
    }

    @Test
    void solverReusesWorkspaceAcrossSizesOfProblem() {
        FisherSolver solver = new FisherSolver(2);
        double first = solver.information(F2, SIGMA2);
        solver.information(new double[] {3, -1}, CovarianceModels.isotropic(2, 7));
        assertEquals(first, solver.information(F2, SIGMA2), 0.0, "no state leaks between calls");
    }
}
