package org.neurotheory.core.dln;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.ode.GradientFlow;

/**
 * Gradient flow of a deep linear network {@code W = W_L ... W_1} on the square loss of
 * {@link LinearRegressionMoments}: {@code tau dW_l/dt = (W_L..W_{l+1})^T E (W_{l-1}..W_1)^T}
 * with {@code E = Sigma_yx - W Sigma_x} = minus the gradient of the loss in W (Saxe, McClelland and Ganguli 2014, Eq. (1) generalised
 * to any depth and input covariance). The state packs the layers row-major, W_1 first.
 *
 * <p>Not thread-safe: holds preallocated work matrices so that {@link #derivative} allocates
 * nothing. Use one instance per integration.
 */
public final class DeepLinearFlow implements GradientFlow {
    private final LinearRegressionMoments moments;
    private final int[] widths;
    private final int[] offsets;
    private final double tau;
    private final DMatrixRMaj[] layers;
    private final DMatrixRMaj[] below;
    private final DMatrixRMaj[] above;
    private final DMatrixRMaj product;
    private final DMatrixRMaj error;
    private final DMatrixRMaj[] grads;
    private final DMatrixRMaj[] tmp;

    /**
     * @param moments data statistics
     * @param hidden  widths of the hidden layers (depth L = hidden.length + 1)
     * @param tau     time constant (1/learning rate), > 0
     */
    public DeepLinearFlow(LinearRegressionMoments moments, int[] hidden, double tau) {
        this.moments = Require.nonNull("moments", moments);
        Require.nonNull("hidden", hidden);
        this.tau = Require.positive("tau", tau);
        int depth = hidden.length + 1;
        widths = new int[depth + 1];
        widths[0] = moments.inputs();
        for (int i = 0; i < hidden.length; i++) {
            widths[i + 1] = Require.positive("hidden[" + i + "]", hidden[i]);
        }
        widths[depth] = moments.outputs();
        offsets = new int[depth + 1];
        layers = new DMatrixRMaj[depth];
        grads = new DMatrixRMaj[depth];
        below = new DMatrixRMaj[depth];
        above = new DMatrixRMaj[depth];
        for (int l = 0; l < depth; l++) {
            layers[l] = new DMatrixRMaj(widths[l + 1], widths[l]);
            grads[l] = new DMatrixRMaj(widths[l + 1], widths[l]);
            offsets[l + 1] = offsets[l] + widths[l + 1] * widths[l];
            below[l] = new DMatrixRMaj(widths[l], widths[0]);
            above[l] = new DMatrixRMaj(widths[depth], widths[l + 1]);
        }
        tmp = new DMatrixRMaj[depth];
        for (int l = 0; l < depth; l++) {
            tmp[l] = new DMatrixRMaj(widths[l + 1], widths[0]);
        }
        product = new DMatrixRMaj(widths[depth], widths[0]);
        error = new DMatrixRMaj(widths[depth], widths[0]);
    }

    /** Two-layer network with {@code hidden} units. */
    public static DeepLinearFlow twoLayer(LinearRegressionMoments moments, int hidden, double tau) {
        return new DeepLinearFlow(moments, new int[] {hidden}, tau);
    }

    /** Number of weight layers L. */
    public int depth() {
        return layers.length;
    }

    @Override
    public int dimension() {
        return offsets[layers.length];
    }

    /** Packs layer matrices (W_1 first) into a state vector. */
    public double[] pack(DMatrixRMaj... ws) {
        Require.that(ws.length == layers.length, "ws.length", ws.length, "must equal depth " + layers.length);
        double[] y = new double[dimension()];
        for (int l = 0; l < ws.length; l++) {
            Require.that(ws[l].numRows == widths[l + 1] && ws[l].numCols == widths[l], "ws[" + l + "] shape",
                    ws[l].numRows + "x" + ws[l].numCols, "must be " + widths[l + 1] + "x" + widths[l]);
            System.arraycopy(ws[l].data, 0, y, offsets[l], ws[l].data.length);
        }
        return y;
    }

    /** Layer {@code l} (0-based, W_1 is 0) of a state vector, as a new matrix. */
    public DMatrixRMaj layer(double[] y, int l) {
        DMatrixRMaj m = new DMatrixRMaj(widths[l + 1], widths[l]);
        System.arraycopy(y, offsets[l], m.data, 0, m.data.length);
        return m;
    }

    /** The end-to-end map {@code W_L ... W_1} of a state vector, as a new matrix. */
    public DMatrixRMaj endToEnd(double[] y) {
        unpack(y);
        computeProducts();
        return product.copy();
    }

    @Override
    public void derivative(double t, double[] y, double[] yDot) {
        unpack(y);
        computeProducts();
        // E = Sigma_yx - W Sigma_x
        CommonOps_DDRM.mult(product, moments.sigmaX(), error);
        CommonOps_DDRM.subtract(moments.sigmaYX(), error, error);
        for (int l = 0; l < layers.length; l++) {
            // -dL/dW_l = above_l^T E below_l^T
            CommonOps_DDRM.multTransA(above[l], error, tmp[l]);
            DMatrixRMaj g = grads[l];
            CommonOps_DDRM.multTransB(tmp[l], below[l], g);
            double[] d = g.data;
            int o = offsets[l];
            for (int i = 0; i < d.length; i++) {
                yDot[o + i] = d[i] / tau;
            }
        }
    }

    @Override
    public double loss(double[] y) {
        unpack(y);
        computeProducts();
        return moments.loss(product);
    }

    private void unpack(double[] y) {
        for (int l = 0; l < layers.length; l++) {
            System.arraycopy(y, offsets[l], layers[l].data, 0, layers[l].data.length);
        }
    }

    /** below[l] = W_{l-1}..W_1 (I for l = 0); above[l] = W_L..W_{l+1} (I for l = L-1); product = W. */
    private void computeProducts() {
        int depth = layers.length;
        CommonOps_DDRM.setIdentity(below[0]);
        for (int l = 1; l < depth; l++) {
            CommonOps_DDRM.mult(layers[l - 1], below[l - 1], below[l]);
        }
        CommonOps_DDRM.setIdentity(above[depth - 1]);
        for (int l = depth - 2; l >= 0; l--) {
            CommonOps_DDRM.mult(above[l + 1], layers[l + 1], above[l]);
        }
        CommonOps_DDRM.mult(layers[depth - 1], below[depth - 1], product);
    }
}
