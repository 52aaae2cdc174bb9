package org.neurotheory.relu.theory;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.relu.model.RegressionData;

/**
 * The loss floor of two-layer bias-free networks on odd targets. With symmetric
 * inputs the loss splits as {@code L = 1/2 E[(y_o - f_o)^2] + 1/2 E[(y_e - f_e)^2]}, and {@code f_o} is
 * linear, so for an odd target no two-layer network (any width, any slope) gets below the
 * best-linear loss
 * <pre>  L_floor = 1/2 (E[y^2] - E[y x]^T Sigma_x^{-1} E[y x]).</pre>
 * Examples (x ~ N(0, I)): {@code y = x^3} in D = 1 gives {@code 1/2 (15 - 9) = 3};
 * {@code y = x_1 x_2 x_3} gives {@code 1/2} (no linear part at all).
 */
public final class ExpressivityFloor {
    private ExpressivityFloor() {
    }

    /** The best-linear training loss of a data set, {@code 1/2 min_B mean |y - B x|^2}. */
    public static double empirical(RegressionData data) {
        return Require.nonNull("data", data).bestLinearLoss();
    }

    /**
     * Population floor {@code 1/2 (E[y^2] - g^T Sigma_x^{-1} g)} for a scalar target.
     *
     * @param meanSquare {@code E[y^2]}, >= 0
     * @param crossMoment {@code g = E[y x]}
     * @param sigmaX     {@code E[x x^T]}, positive definite
     */
    public static double population(double meanSquare, double[] crossMoment, DMatrixRMaj sigmaX) {
        Require.nonNegative("meanSquare", meanSquare);
        Require.allFinite("crossMoment", crossMoment);
        Require.nonNull("sigmaX", sigmaX);
        Require.that(sigmaX.numRows == crossMoment.length && sigmaX.numCols == crossMoment.length, "sigmaX shape",
                sigmaX.numRows + "x" + sigmaX.numCols, "must be " + crossMoment.length + " square");
        DMatrixRMaj g = new DMatrixRMaj(crossMoment.length, 1, true, crossMoment);
        DMatrixRMaj sol = Matrices.solveSpd(sigmaX, g);
        return 0.5 * (meanSquare - CommonOps_DDRM.dot(g, sol));
    }

    /** Floor for {@code y = x^3}, {@code x ~ N(0, 1)}: {@code E[y^2] = 15}, {@code E[y x] = 3} give 3. */
    public static double gaussianCube() {
        return population(gaussianMoment(6), new double[] {gaussianMoment(4)}, CommonOps_DDRM.identity(1));
    }

    /** {@code E[x^n]} for {@code x ~ N(0, 1)}: {@code (n-1)!!} for even n, 0 for odd n. */
    public static double gaussianMoment(int n) {
        Require.nonNegative("n", n);
        if (n % 2 == 1) {
            return 0;
        }
        double m = 1;
        for (int k = n - 1; k > 1; k -= 2) {
            m *= k;
        }
        return m;
    }
}
