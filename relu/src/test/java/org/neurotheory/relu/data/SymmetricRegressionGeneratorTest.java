package org.neurotheory.relu.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.dln.LinearRegressionMoments;
import org.neurotheory.relu.model.RegressionData;

class SymmetricRegressionGeneratorTest {

    /** Whitened + mirrored + orthogonal noise: E[xx^T] = I, E[yx] = w*, L_res = noise^2/2, exact mirror. */
    @Test
    void whitenedMirroredDataHaveExactMoments() {
        double[] w = {1.2, -0.5, 0.3};
        RegressionData d = SymmetricRegressionGenerator.whitenedSymmetric(50, 3).withNoise(0.4, true)
                .generate(ScalarTarget.linear(w), new SplittableRandom(3));
        assertEquals(100, d.size());
        assertTrue(d.mirrored());
        LinearRegressionMoments m = d.moments();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(i == j ? 1 : 0, m.sigmaX().get(i, j), 1e-12, "E[xx^T]");
            }
            assertEquals(w[i], m.sigmaYX().get(0, i), 1e-12, "E[yx] = w* (noise orthogonal to x)");
        }
        assertEquals(0.5 * 0.16, d.bestLinearLoss(), 1e-12);
        for (int i = 0; i < 50; i++) {
            assertEquals(-d.targets().get(i, 0), d.targets().get(i + 50, 0), 0, "odd labels on the mirror");
        }
    }

    @Test
    void unmirroredDataAreNotMirrored() {
        RegressionData d = new SymmetricRegressionGenerator(50, 3, false, false, 0.1, false)
                .generate(ScalarTarget.tripleProduct(), new SplittableRandom(4));
        assertEquals(50, d.size());
        assertFalse(d.mirrored());
    }

    /** Even targets keep their label on the mirror; their cross-moment with x vanishes exactly. */
    @Test
    void evenTargetHasNoLinearPart() {
        RegressionData d = new SymmetricRegressionGenerator(40, 2, false, true, 0, false)
                .generate(ScalarTarget.product(0, 1), new SplittableRandom(5));
        LinearRegressionMoments m = d.moments();
        assertEquals(0, m.sigmaYX().get(0, 0), 1e-15);
        assertEquals(0, m.sigmaYX().get(0, 1), 1e-15);
    }
}
