package org.neurotheory.bioplausible.hsic.model;

import java.util.ArrayList;
import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.core.nn.Dense;
import org.neurotheory.core.nn.Dropout;
import org.neurotheory.core.nn.Init;
import org.neurotheory.core.nn.Layer;
import org.neurotheory.core.nn.LeakyRelu;
import org.neurotheory.core.nn.Sequential;

/**
 * The multilayer perceptron of Table 1 (Sec. 2.8): {@code depth} hidden layers of {@code width}
 * units, each linear without bias, LeakyReLU, [divisive normalisation], dropout; then a linear
 * readout with bias. PyTorch's default initialisation U(+-1/sqrt(fan_in)). Built as one
 * {@link Sequential}, so backprop trains it end to end and {@link LayerwiseTrainer} trains the
 * same layers block by block.
 *
 * @param inputs  input dimension (784 for the MNIST family)
 * @param width   hidden units per layer (1024 in the paper)
 * @param depth   number of hidden layers (3)
 * @param classes readout size (10)
 * @param slope   LeakyReLU negative slope (0.01)
 * @param dropout drop probability after every hidden layer (0.01)
 */
public record Mlp(int inputs, int width, int depth, int classes, double slope, double dropout) {
    public Mlp {
        Require.positive("inputs", inputs);
        Require.positive("width", width);
        Require.positive("depth", depth);
        Require.that(classes >= 2, "classes", classes, "must be >= 2");
        Require.inRange("slope", slope, 0.0, 0.999999);
        Require.inRange("dropout", dropout, 0.0, 0.999999);
    }

    /** The paper's network: 784 -> 3 x 1024 -> 10, LeakyReLU 0.01, dropout 0.01. */
    public static Mlp paper() {
        return new Mlp(784, 1024, 3, 10, 0.01, 0.01);
    }

    /** A copy with another width. */
    public Mlp withWidth(int w) {
        return new Mlp(inputs, w, depth, classes, slope, dropout);
    }

    /**
     * The network, initialised from {@code seed}; {@code divisive} (may be null) is inserted after
     * every hidden nonlinearity.
     */
    public Sequential build(DivisiveNormalisation divisive, long seed) {
        List<Layer> layers = new ArrayList<>();
        int in = inputs;
        for (int k = 0; k < depth; k++) {
            layers.add(new Dense("hidden" + (k + 1), in, width, false, Init.uniformFanIn(), null));
            layers.add(new LeakyRelu(slope));
            if (divisive != null) {
                layers.add(new DivisiveNormalisationLayer(divisive));
            }
            layers.add(new Dropout(dropout));
            in = width;
        }
        layers.add(new Dense("readout", in, classes, true, Init.uniformFanIn(), Init.uniformFanIn()));
        return new Sequential("mlp", layers).initialised(seed);
    }
}
