package org.neurotheory.relu.experiments;

import org.neurotheory.core.linalg.Vectors;
import org.neurotheory.core.Require;

/**
 * Settings of the slope sweep against the closed-form time course (card Sec. 4.1 = E2, and E3):
 * {@code originals} whitened Gaussian inputs in {@code dimension} dimensions, mirrored; target
 * {@code y = w*^T x + signedSquare sign(x_2) x_2^2 + noise} with {@code w* = weightNorm * teacherDirection}
 * and noise of RMS {@code noiseRms} orthogonal to the inputs; pair networks of width {@code hidden}
 * built from base weights {@code N(0, initStd^2)} divided by {@code sqrt(1+alpha)}; gradient descent.
 *
 * @param dimension         D
 * @param originals         P0 (the set has 2 P0 samples)
 * @param teacherDirection  direction of w* (normalised here), length D
 * @param weightNorm        |w*|
 * @param signedSquare      coefficient of {@code sign(x_2) x_2^2} (odd nonlinear part), >= 0
 * @param noiseRms          RMS of the odd, x-orthogonal label noise, >= 0
 * @param hidden            width H (even)
 * @param initStd           base weight scale
 * @param learningRate      GD step
 * @param steps             GD steps
 * @param recordEvery       recording interval (steps)
 * @param slopes            the slopes alpha to run, each in [0, 1], containing 1
 */
public record AlphaSweepParams(int dimension, int originals, double[] teacherDirection, double weightNorm,
                               double signedSquare, double noiseRms, int hidden, double initStd, double learningRate,
                               int steps, int recordEvery, double[] slopes) {
    public AlphaSweepParams {
        Require.positive("dimension", dimension);
        Require.that(originals > dimension, "originals", originals, "must be > dimension " + dimension);
        Require.length("teacherDirection", teacherDirection, dimension);
        Require.allFinite("teacherDirection", teacherDirection);
        Require.positive("weightNorm", weightNorm);
        Require.nonNegative("signedSquare", signedSquare);
        Require.nonNegative("noiseRms", noiseRms);
        Require.that(hidden > 0 && hidden % 2 == 0, "hidden", hidden, "must be even and > 0");
        Require.positive("initStd", initStd);
        Require.positive("learningRate", learningRate);
        Require.positive("steps", steps);
        Require.inRange("recordEvery", recordEvery, 1, steps);
        Require.that(dimension >= 2 || signedSquare == 0, "signedSquare", signedSquare, "needs dimension >= 2");
        teacherDirection = teacherDirection.clone();
        slopes = Slopes.withLinearReference(slopes);
    }

    /** E2 at paper scale (card Sec. 4.1): D = 10, P0 = 1000, |w*| = 1.3077, noise 0.6856, H = 100, init 1e-6, lr 0.0027, 10000 steps. */
    public static AlphaSweepParams paper() {
        return new AlphaSweepParams(10, 1000, ones(10), 1.3077, 0, 0.6856, 100, 1e-6, 0.0027, 10000, 10,
                new double[] {0, 0.2, 0.4, 0.6, 0.8, 1});
    }

    /** E2 in seconds: P0 = 200, H = 40, lr 0.01, 3000 steps, alpha in {0, 0.6, 1} (same plateau and final loss). */
    public static AlphaSweepParams quick() {
        return new AlphaSweepParams(10, 200, ones(10), 1.3077, 0, 0.6856, 40, 1e-6, 0.01, 3000, 10,
                new double[] {0, 0.6, 1});
    }

    /** E3 (card Sec. 4.2): D = 6, P0 = 400, w* = (1.2, -0.5, 0.3, 0, 0, 0), + 0.4 sign(x2) x2^2, H = 20, init 1e-5, lr 0.02, 4000 steps. */
    public static AlphaSweepParams residualPaper() {
        double[] w = {1.2, -0.5, 0.3, 0, 0, 0};
        return new AlphaSweepParams(6, 400, w, Vectors.norm(w), 0.4, 0, 20, 1e-5, 0.02, 4000, 5, new double[] {1, 0.5, 0});
    }

    /** E3 quick: P0 = 150, otherwise as the paper preset. */
    public static AlphaSweepParams residualQuick() {
        double[] w = {1.2, -0.5, 0.3, 0, 0, 0};
        return new AlphaSweepParams(6, 150, w, Vectors.norm(w), 0.4, 0, 20, 1e-5, 0.02, 4000, 5, new double[] {1, 0.5, 0});
    }

    /** The teacher w* = weightNorm * teacherDirection / |teacherDirection|. */
    public double[] teacher() {
        double n = Vectors.norm(teacherDirection);
        double[] w = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            w[i] = weightNorm * teacherDirection[i] / n;
        }
        return w;
    }

    @Override
    public double[] teacherDirection() {
        return teacherDirection.clone();
    }

    @Override
    public double[] slopes() {
        return slopes.clone();
    }

    private static double[] ones(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1);
        return v;
    }
}
