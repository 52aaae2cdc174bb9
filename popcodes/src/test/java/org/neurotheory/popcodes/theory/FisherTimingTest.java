package org.neurotheory.popcodes.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.function.DoubleSupplier;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.popcodes.model.CovarianceModels;
import org.neurotheory.popcodes.model.TuningCurves;

/**
 * Timed measurement (not a benchmark assertion) of linear Fisher information at N = 100 and
 * N = 1000, recorded in docs/performance.md. Slow-tagged, so it runs only on demand:
 * {@code mvn -B -q -pl popcodes -am verify -Dgroups=slow -DexcludedGroups=none -Dtest=FisherTimingTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. Only the agreement of the two solvers is asserted.
 */
@Tag("slow")
class FisherTimingTest {
    private static final int WARMUP = 3;
    private static final int REPEATS = 11;

    @Test
    void informationAtPopulationSizes() {
        for (int n : new int[] {100, 1000}) {
            TuningCurves tuning = TuningCurves.recipe(n);
            double[] f = tuning.derivative(0.7, new double[n]);
            double[] rates = tuning.rates(0.7, new double[n]);
            double[] phi = new double[n];
            for (int i = 0; i < n; i++) {
                phi[i] = tuning.preferred(i);
            }
            // Poisson-like variances, limited-range correlations, plus differential correlations
            DMatrixRMaj sigma = CovarianceModels.differential(
                    CovarianceModels.limitedRange(rates, phi, 0.3, 0.5), f, 0.01);
            FisherSolver solver = new FisherSolver(n);
            double ix = solver.information(f, sigma);
            double[] own = time(() -> solver.information(f, sigma));
            double[] withNoise = time(() -> solver.information(f, sigma, 1.0));
            double[] oneOff = time(() -> FisherSolver.of(f, sigma));
            DMatrixRMaj fm = DMatrixRMaj.wrap(n, 1, f.clone());
            double[] ejml = time(() -> {
                DMatrixRMaj x = Matrices.solveSpd(sigma, fm);
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += f[i] * x.data[i];
                }
                return s;
            });
            double viaEjml = 0;
            DMatrixRMaj x = Matrices.solveSpd(sigma, fm);
            for (int i = 0; i < n; i++) {
                viaEjml += f[i] * x.data[i];
            }
            assertEquals(viaEjml, ix, 1e-8 * ix, "own Cholesky vs EJML");
            System.out.printf("popcodes timing N=%d I_x=%.6g: FisherSolver I_x median %.2f ms (min %.2f);"
                    + " I_y (Sigma + I) median %.2f ms; one-off (allocating) %.2f ms; EJML solveSpd %.2f ms (min %.2f)%n",
                    n, ix, median(own), own[0], median(withNoise), median(oneOff), median(ejml), ejml[0]);
        }
    }

    private static double[] time(DoubleSupplier work) {
        double sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += work.getAsDouble();
        }
        double[] ms = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long t0 = System.nanoTime();
            sink += work.getAsDouble();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        if (Double.isNaN(sink)) {
            throw new AssertionError("NaN information");
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }
}
