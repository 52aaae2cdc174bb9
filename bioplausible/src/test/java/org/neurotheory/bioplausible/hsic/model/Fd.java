package org.neurotheory.bioplausible.hsic.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Central finite differences in double precision (step 1e-6) and random test arrays. */
final class Fd {
    static final double STEP = 1e-6;

    private Fd() {
    }

    static INDArray gradient(INDArray x, ToDoubleFunction<INDArray> f) {
        INDArray g = Nd4j.zeros(DataType.DOUBLE, x.shape());
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.columns(); j++) {
                double v = x.getDouble(i, j);
                INDArray p = x.dup();
                p.putScalar(i, j, v + STEP);
                INDArray q = x.dup();
                q.putScalar(i, j, v - STEP);
                g.putScalar(i, j, (f.applyAsDouble(p) - f.applyAsDouble(q)) / (2 * STEP));
            }
        }
        return g;
    }

    static INDArray random(long seed, int rows, int cols) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return Nd4j.create(a);
    }

    static INDArray randomSymmetric(long seed, int m) {
        INDArray a = random(seed, m, m);
        return a.add(a.transpose()).muli(0.5);
    }

    /** Relative error max|a - n| / max|n|. */
    static double relativeError(INDArray analytic, INDArray numeric) {
        double scale = numeric.amaxNumber().doubleValue();
        return analytic.sub(numeric).amaxNumber().doubleValue() / scale;
    }

    static void assertMatches(INDArray analytic, INDArray numeric, double tol, String what) {
        double err = relativeError(analytic, numeric);
        assertTrue(err <= tol, what + ": relative error " + err + " > " + tol);
    }
}
