package org.neurotheory.sparsity.model;

import java.util.ArrayList;
import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.core.nn.Conv2d;
import org.neurotheory.core.nn.ConvGeometry;
import org.neurotheory.core.nn.Dense;
import org.neurotheory.core.nn.Init;
import org.neurotheory.core.nn.Layer;
import org.neurotheory.core.nn.Parameter;
import org.neurotheory.core.nn.Pool2d;
import org.neurotheory.core.nn.PowerReparameterisation;
import org.neurotheory.core.nn.Relu;
import org.neurotheory.core.nn.Sequential;

/**
 * A small convolutional network for one-channel square images, standing in for the paper's "smaller
 * version of AlexNet" on CIFAR-10 (Fig. 2, left; its sizes are not published): conv 3x3 with
 * {@code c1} channels, ReLU, conv 3x3 with {@code c2} channels, ReLU, 2x2 max pooling, a dense layer
 * of {@code hidden} units, ReLU, 10 logits (valid convolutions, stride 1). Every kernel, the two
 * convolutions' and the two dense layers', is a Powerprop weight {@code w = psi |psi|^(alpha-1)}
 * (Schwarz et al. 2021, Eq. 1) on core's reparameterisation hook; biases stay ordinary. Initialised
 * as {@link PowerpropMlp}: fan-in truncated normal (fan-in {@code C k^2} for a convolution), biases
 * zero, then {@code psi0 = sign(w0) |w0|^(1/alpha)}, so every alpha starts from the same weights.
 */
public final class PowerpropCnn {
    private PowerpropCnn() {
    }

    /**
     * Builds and initialises the network.
     *
     * @param side   image side (at least 6; after the two convolutions an even side is pooled exactly)
     * @param c1     channels of the first convolution
     * @param c2     channels of the second convolution
     * @param hidden units of the dense hidden layer
     * @param alpha  Powerprop exponent, {@code >= 1}
     * @param seed   seed of the baseline weights (shared across alpha)
     */
    public static Sequential build(int side, int c1, int c2, int hidden, double alpha, long seed) {
        Require.that(side >= 6 && side % 2 == 0, "side", side, "must be even and >= 6");
        Require.positive("c1", c1);
        Require.positive("c2", c2);
        Require.positive("hidden", hidden);
        Require.that(alpha >= 1 && Double.isFinite(alpha), "alpha", alpha, "must be finite and >= 1");
        Init w = Init.truncatedNormalFanIn(1.0);
        int pooled = (side - 4) / 2;
        List<Layer> layers = List.of(
                new Conv2d("conv0", new ConvGeometry(1, side, side, 3, 1, 0), c1, true, w, Init.zeros()), new Relu("relu0"),
                new Conv2d("conv1", new ConvGeometry(c1, side - 2, side - 2, 3, 1, 0), c2, true, w, Init.zeros()), new Relu("relu1"),
                Pool2d.max(2, 2),
                new Dense("dense2", c2 * pooled * pooled, hidden, true, w, Init.zeros()), new Relu("relu2"),
                new Dense("dense3", hidden, 10, true, w, Init.zeros()));
        Sequential net = new Sequential(null, layers).initialised(seed);
        if (alpha != 1) {
            for (Parameter k : kernels(net)) {
                k.reparameterise(new PowerReparameterisation(alpha));
            }
        }
        return net;
    }

    /** The kernels of {@code net} (convolutions and dense layers), input side first. */
    public static List<Parameter> kernels(Sequential net) {
        List<Parameter> out = new ArrayList<>();
        for (Layer l : net.layers()) {
            if (l instanceof Conv2d c) {
                out.add(c.weight());
            } else if (l instanceof Dense d) {
                out.add(d.weight());
            }
        }
        return out;
    }
}
