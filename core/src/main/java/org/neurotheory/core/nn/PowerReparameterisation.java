package org.neurotheory.core.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.neurotheory.core.Require;

/**
 * Powerpropagation (Schwarz et al. 2021, Eq. 1): w = psi |psi|^(alpha-1) = sign(psi) |psi|^alpha,
 * with dw/dpsi = alpha |psi|^(alpha-1) (0 at psi = 0 for alpha > 1). The factor A = |psi|^(alpha-1)
 * is computed once per step (by repeated multiplication for integer alpha) and reused for the
 * forward weight psi*A and for the gradient alpha*A*dL/dw. The inverse psi = sign(w) |w|^(1/alpha)
 * lets a Powerprop network start from exactly the weights of a baseline network.
 */
public final class PowerReparameterisation implements Reparameterisation {
    private final double alpha;

    /** @param alpha the power, alpha >= 1 (1 is the ordinary network) */
    public PowerReparameterisation(double alpha) {
        this.alpha = Require.inRange("alpha", alpha, 1.0, 64.0);
    }

    /** The power alpha. */
    public double alpha() {
        return alpha;
    }

    @Override
    public void apply(INDArray psi, INDArray w, INDArray scratch) {
        double e = alpha - 1;
        if (e == 0) {
            scratch.assign(1.0);
        } else if (e == Math.rint(e)) {
            INDArray abs = Transforms.abs(psi, true);
            scratch.assign(abs);
            for (int k = 1; k < (int) e; k++) {
                scratch.muli(abs);
            }
        } else {
            scratch.assign(psi);
            Transforms.abs(scratch, false);
            Transforms.pow(scratch, e, false);
        }
        w.assign(psi).muli(scratch);
    }

    @Override
    public void chain(INDArray psi, INDArray scratch, INDArray grad) {
        grad.muli(scratch).muli(alpha);
    }

    @Override
    public void invert(INDArray w, INDArray psi) {
        INDArray sign = Transforms.sign(w, true);
        psi.assign(w);
        Transforms.abs(psi, false);
        Transforms.pow(psi, 1.0 / alpha, false);
        psi.muli(sign);
    }

    @Override
    public String toString() {
        return "Powerprop(alpha=" + alpha + ")";
    }
}
