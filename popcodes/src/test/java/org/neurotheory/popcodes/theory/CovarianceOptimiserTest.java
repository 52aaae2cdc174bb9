package org.neurotheory.popcodes.theory;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurotheory.core.testing.Assertions.assertClose;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.neurotheory.popcodes.data.RandomCovariances;

/**
 * Check 12 of the model reference (docs/papers/popcodes.md, derived figure S3): the numerical optimum over
 * covariances reaches the bound E7 and lies in the analytic family (E8).
 */
class CovarianceOptimiserTest {
    @Test
    void ascentReachesTheBoundAndAlignsTheDecoders() {
        SplittableRandom rng = new SplittableRandom(12);
        int n = 5;
        DMatrixRMaj sy = RandomCovariances.wishart(n, RandomCovariances.DEFAULT_RIDGE, rng);
        double[] f = RandomCovariances.signal(n, rng);
        double j = FisherSolver.of(f, sy);
        double target = j / 2;
        CovarianceOptimiser.Result r = CovarianceOptimiser.reference().maximise(f, sy, target, 99);
        double bound = PropagationBound.bound(target, j);
        // the constraint is enforced exactly by rescaling
        assertClose(target, FisherSolver.of(f, r.covariance()), 1e-9 * target, "I_x = I_x*");
        assertTrue(r.outputTrace()[0] < 0.999 * bound, "the random start is not already optimal");
        assertTrue(r.finalOutput() >= (1 - 1e-4) * bound, "I_y " + r.finalOutput() + " vs bound " + bound);
        assertTrue(r.finalOutput() <= bound * (1 + 1e-12), "never above the bound");
        assertTrue(r.cosine() > 0.9999, "E8 cosine " + r.cosine());
    }
}
