package org.neurotheory.sparsity.model;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurotheory.core.Require;
import org.neurotheory.core.nn.Dense;
import org.neurotheory.core.nn.Init;
import org.neurotheory.core.nn.Layer;
import org.neurotheory.core.nn.PowerReparameterisation;
import org.neurotheory.core.nn.Relu;
import org.neurotheory.core.nn.Sequential;

/**
 * The paper's MLP (784-300-100-10, ReLU after the hidden layers, linear logits; "LeNet-300-100")
 * with Powerprop weights {@code w = psi |psi|^(alpha-1)} (Schwarz et al. 2021, Eq. 1) on every
 * dense kernel; biases stay ordinary parameters. Initialisation as Sec. 2.3 / the notebook:
 * baseline weights from Sonnet's fan-in truncated normal, biases zero, then
 * {@code psi0 = sign(w0) |w0|^(1/alpha)}, so with the same seed every alpha starts from the same
 * weights and computes the same function. {@code alpha = 1} is the plain network (no
 * reparameterisation attached).
 */
public final class PowerpropMlp {
    private PowerpropMlp() {
    }

    /** The paper's layer sizes. */
    public static int[] paperSizes() {
        return new int[] {784, 300, 100, 10};
    }

    /**
     * Builds and initialises the network.
     *
     * @param sizes layer widths, input first (at least two entries, all positive)
     * @param alpha Powerprop exponent, {@code >= 1}
     * @param seed  seed of the baseline weights (shared across alpha)
     */
    public static Sequential build(int[] sizes, double alpha, long seed) {
        Require.that(sizes != null && sizes.length >= 2, "sizes.length", sizes == null ? null : sizes.length, "must be >= 2");
        Require.that(alpha >= 1 && Double.isFinite(alpha), "alpha", alpha, "must be finite and >= 1");
        for (int l = 0; l < sizes.length; l++) {
            Require.positive("sizes[" + l + "]", sizes[l]);
        }
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            layers.add(new Dense("dense" + l, sizes[l], sizes[l + 1], true, Init.truncatedNormalFanIn(1.0), Init.zeros()));
            if (l + 2 < sizes.length) {
                layers.add(new Relu("relu" + l));
            }
        }
        Sequential net = new Sequential(null, layers).initialised(seed);
        if (alpha != 1) {
            for (Dense d : denseLayers(net)) {
                d.weight().reparameterise(new PowerReparameterisation(alpha));
            }
        }
        return net;
    }

    /** The dense layers of {@code net}, input side first. */
    public static List<Dense> denseLayers(Sequential net) {
        List<Dense> out = new ArrayList<>();
        for (Layer l : net.layers()) {
            if (l instanceof Dense d) {
                out.add(d);
            }
        }
        return out;
    }

    /** The effective weights {@code w = f(psi) M} of each dense layer, as float arrays (row-major [in, out]). */
    public static List<float[]> effectiveWeights(Sequential net) {
        List<float[]> out = new ArrayList<>();
        for (Dense d : denseLayers(net)) {
            out.add(d.weight().effective().castTo(DataType.FLOAT).dup().reshape(-1).toFloatVector());
        }
        return out;
    }
}
