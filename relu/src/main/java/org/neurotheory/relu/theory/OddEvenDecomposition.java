package org.neurotheory.relu.theory;

import org.neurotheory.core.Require;
import org.neurotheory.relu.model.BiasFreeNetwork;

/**
 * The odd/even split of a bias-free network: {@code f = f_o + f_e} with
 * {@code f_o(x) = (f(x) - f(-x))/2} and {@code f_e(x) = (f(x) + f(-x))/2}. For a two-layer network,
 * because {@code sigma_alpha(z) = c z + d |z|},
 * <pre>  f_o(x) = c A W x   (linear),      f_e(x) = d sum_h a_h |w_h . x|,</pre>
 * with {@code c = (1+alpha)/2}, {@code d = (1-alpha)/2}. Hence a two-layer network that computes an
 * odd function computes a linear one.
 */
public final class OddEvenDecomposition {
    private OddEvenDecomposition() {
    }

    /** {@code (f(x) - f(-x))/2} from two forward passes (any depth). */
    public static double[] oddPart(BiasFreeNetwork net, double[] params, double[] x) {
        return combine(net, params, x, -1);
    }

    /** {@code (f(x) + f(-x))/2} from two forward passes (any depth). */
    public static double[] evenPart(BiasFreeNetwork net, double[] params, double[] x) {
        return combine(net, params, x, 1);
    }

    /** Two-layer closed form {@code c A W x} of the odd part. */
    public static double[] twoLayerOddPart(BiasFreeNetwork net, double[] params, double[] x) {
        requireTwoLayer(net);
        double c = net.activation().oddGain();
        return twoLayer(net, params, x, c, 0);
    }

    /** Two-layer closed form {@code d sum_h a_h |w_h . x|} of the even part. */
    public static double[] twoLayerEvenPart(BiasFreeNetwork net, double[] params, double[] x) {
        requireTwoLayer(net);
        double d = net.activation().evenGain();
        return twoLayer(net, params, x, 0, d);
    }

    /**
     * The two slopes of a bias-free network of any depth on one-dimensional input: by positive
     * homogeneity {@code f(x) = c+ x} for {@code x > 0} and {@code c- x} for {@code x < 0}, with
     * {@code c+ = f(1)} and {@code c- = -f(-1)}. So in D = 1 the odd part is always
     * linear, {@code (c+ + c-)/2 x}, and no depth can express an odd nonlinear function: depth
     * separation needs D >= 2. Returns {c+, c-} for the first output.
     */
    public static double[] oneDimensionalSlopes(BiasFreeNetwork net, double[] params) {
        Require.that(net.inputs() == 1, "net.inputs", net.inputs(), "must be 1");
        return new double[] {net.output(params, new double[] {1})[0], -net.output(params, new double[] {-1})[0]};
    }

    private static double[] twoLayer(BiasFreeNetwork net, double[] params, double[] x, double c, double d) {
        Require.length("x", x, net.inputs());
        int dIn = net.inputs();
        int hidden = net.width(1);
        int o1 = net.offset(1);
        int o2 = net.offset(2);
        double[] out = new double[net.outputs()];
        for (int h = 0; h < hidden; h++) {
            double z = 0;
            for (int k = 0; k < dIn; k++) {
                z += params[o1 + h * dIn + k] * x[k];
            }
            double v = c * z + d * Math.abs(z);
            for (int i = 0; i < out.length; i++) {
                out[i] += params[o2 + i * hidden + h] * v;
            }
        }
        return out;
    }

    private static double[] combine(BiasFreeNetwork net, double[] params, double[] x, double sign) {
        double[] minus = x.clone();
        for (int i = 0; i < minus.length; i++) {
            minus[i] = -minus[i];
        }
        double[] fp = net.output(params, x);
        double[] fm = net.output(params, minus);
        double[] out = new double[fp.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = 0.5 * (fp[i] + sign * fm[i]);
        }
        return out;
    }

    private static void requireTwoLayer(BiasFreeNetwork net) {
        Require.that(net.depth() == 2, "net.depth", net.depth(), "must be 2 for the two-layer closed form");
    }
}
