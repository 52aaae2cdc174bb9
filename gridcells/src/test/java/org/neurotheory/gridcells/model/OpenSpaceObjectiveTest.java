package org.neurotheory.gridcells.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Hand-derived gradients of the objective against central finite differences (checks 11 and 12). */
class OpenSpaceObjectiveTest {

    private static ObjectiveParams small(NormLossMode mode) {
        return new ObjectiveParams(0.3, 0.5, 1.0, 1.0 / 400, mode, 20, 4, 2);
    }

    /** Check 11: N = 7, D = 3, M = 20, M_S = 4; relative max error below 1e-6 for both norm modes and dims 1-3. */
    @ParameterizedTest
    @CsvSource({"OFFICIAL_RAW,2", "RATIO,2", "OFFICIAL_RAW,1", "RATIO,3"})
    void gradientMatchesCentralDifferences(NormLossMode mode, int dim) {
        int n = 7;
        int d = 3;
        ObjectiveParams p = small(mode);
        OpenSpaceObjective obj = new OpenSpaceObjective(n, d, dim, p);
        SampleSet s = new SampleSet(dim, p);
        s.draw(new SplittableRandom(3));
        SplittableRandom rng = new SplittableRandom(11);
        double[] w = new double[n * (2 * d + 1)];
        for (int i = 0; i < w.length; i++) {
            w[i] = 0.3 * rng.nextGaussian() + (i % (2 * d + 1) == 0 ? 0.4 : 0);
        }
        double[] k = new double[d * dim];
        for (int i = 0; i < k.length; i++) {
            k[i] = 0.5 + rng.nextDouble();
        }
        double lp = 0.7;
        double lb = 0.3;
        double[] gw = new double[w.length];
        double[] gk = new double[k.length];
        obj.evaluate(w, k, s, lp, lb, gw, gk);
        assertTrue(obj.positivity() > 0, "some negative rates, so the positivity gradient is exercised");
        double h = 1e-6;
        double worst = 0;
        double scale = 0;
        for (double[] arr : new double[][] {w, k}) {
            double[] g = arr == w ? gw : gk;
            for (int i = 0; i < arr.length; i++) {
                double v = arr[i];
                arr[i] = v + h;
                double up = obj.evaluate(w, k, s, lp, lb, null, null);
                arr[i] = v - h;
                double down = obj.evaluate(w, k, s, lp, lb, null, null);
                arr[i] = v;
                double fd = (up - down) / (2 * h);
                worst = Math.max(worst, Math.abs(fd - g[i]));
                scale = Math.max(scale, Math.abs(g[i]));
            }
        }
        // central differences with h = 1e-6 carry ~1e-10 truncation/rounding error at these magnitudes;
        // a kink of max(0, -g) crossed by +-h would show up as an O(1) relative error
        assertTrue(worst / scale < 1e-6, "relative max gradient error " + worst / scale);
    }

    /** Check 12: scaling a row of W leaves the functional and positivity losses unchanged. */
    @Test
    void rowScalingInvariance() {
        int n = 7;
        int d = 3;
        ObjectiveParams p = small(NormLossMode.OFFICIAL_RAW);
        OpenSpaceObjective obj = new OpenSpaceObjective(n, d, 2, p);
        SampleSet s = new SampleSet(2, p);
        s.draw(new SplittableRandom(5));
        ActionableCode c = ActionableCode.random(n, 2, d, 2, new SplittableRandom(6));
        double[] w = c.weights();
        double[] k = c.frequencyVectors();
        obj.evaluate(w, k, s, 1, 1, null, null);
        double f = obj.functional();
        double pos = obj.positivity();
        double norm = obj.norm();
        for (int j = 0; j < 2 * d + 1; j++) {
            w[2 * (2 * d + 1) + j] *= 3.7;
        }
        obj.evaluate(w, k, s, 1, 1, null, null);
        assertEquals(f, obj.functional(), 1e-12 * Math.abs(f));
        assertEquals(pos, obj.positivity(), 1e-12 * Math.abs(pos));
        assertTrue(Math.abs(norm - obj.norm()) > 1e-3, "the official raw norm loss is not scale invariant");
    }

    /** Check 12: translating every sample by dx equals re-phasing the code, L_f(W G(dx); X) = L_f(W; X + dx). */
    @Test
    void translationEqualsRephasing() {
        int n = 7;
        int d = 3;
        ObjectiveParams p = small(NormLossMode.OFFICIAL_RAW);
        OpenSpaceObjective obj = new OpenSpaceObjective(n, d, 2, p);
        SampleSet s = new SampleSet(2, p);
        s.draw(new SplittableRandom(8));
        double[] pts = new double[s.points() * 2];
        double[] dx = {0.37, -1.1};
        for (int i = 0; i < s.points(); i++) {
            pts[2 * i] = s.coordinate(i, 0) + dx[0];
            pts[2 * i + 1] = s.coordinate(i, 1) + dx[1];
        }
        ActionableCode c = ActionableCode.random(n, 2, d, 2, new SplittableRandom(9));
        obj.evaluate(c.shifted(dx).weights(), c.frequencyVectors(), s, 0, 0, null, null);
        double rephased = obj.functional();
        SampleSet moved = new SampleSet(2, p);
        moved.set(pts);
        obj.evaluate(c.weights(), c.frequencyVectors(), moved, 0, 0, null, null);
        // the same numbers up to rounding in the trigonometric addition theorem
        assertEquals(rephased, obj.functional(), 1e-12 * Math.abs(rephased));
    }

    /** Check 13: a code with only a non-negative constant has zero positivity loss; otherwise the mean negative part. */
    @Test
    void positivityLossValues() {
        int n = 7;
        int d = 3;
        int b = 2 * d + 1;
        ObjectiveParams p = small(NormLossMode.OFFICIAL_RAW);
        OpenSpaceObjective obj = new OpenSpaceObjective(n, d, 2, p);
        SampleSet s = new SampleSet(2, p);
        s.draw(new SplittableRandom(2));
        double[] w = new double[n * b];
        for (int i = 0; i < n; i++) {
            w[i * b] = 0.5 + i;
        }
        double[] k = {1, 0, 0, 1, 1, 1};
        obj.evaluate(w, k, s, 1, 1, null, null);
        assertEquals(0, obj.positivity(), 0);
        ActionableCode c = ActionableCode.random(n, 2, d, 2, new SplittableRandom(4));
        obj.evaluate(c.weights(), c.frequencyVectors(), s, 1, 1, null, null);
        double expected = 0;
        int pts = s.points();
        for (int i = 0; i < n; i++) {
            double[] g = new double[pts];
            double sq = 0;
            for (int q = 0; q < pts; q++) {
                g[q] = c.rates(s.coordinate(q, 0), s.coordinate(q, 1))[i];
                sq += g[q] * g[q];
            }
            for (int q = 0; q < pts; q++) {
                expected += Math.max(0, -g[q] * (p.shifts() + 1) / Math.sqrt(sq)) / (n * pts);
            }
        }
        assertEquals(expected, obj.positivity(), 1e-12 * expected);
    }
}
