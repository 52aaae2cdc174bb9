package org.neurotheory.bioplausible.conv.model;

import java.util.ArrayList;
import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.core.nn.BatchNorm;
import org.neurotheory.core.nn.Conv2d;
import org.neurotheory.core.nn.ConvGeometry;
import org.neurotheory.core.nn.Dense;
import org.neurotheory.core.nn.Init;
import org.neurotheory.core.nn.Layer;
import org.neurotheory.core.nn.LocallyConnected2d;
import org.neurotheory.core.nn.Pool2d;
import org.neurotheory.core.nn.Relu;
import org.neurotheory.core.nn.Sequential;

/**
 * The small network of our reduced image experiments, standing in for the paper's ResNet-20
 * (Pogodin et al. 2021, Sec. 5): three 3 x 3 layers, all convolutional or all locally connected
 * (stride 1, 2, 2), each followed by batch normalisation (optional) and ReLU, then global average
 * pooling and a linear read-out. Layers are He-normal ("fan out") initialised and bias-free when
 * batch normalisation follows, as in the paper's networks; an LC layer draws its weights
 * independently at every position.
 *
 * @param inSize    square input size (36 for the shifted Fashion-MNIST canvas)
 * @param widths    channels of the three layers, e.g. {8, 16, 32}
 * @param locallyConnected LC instead of convolution
 * @param batchNorm batch normalisation after each layer
 * @param classes   output classes
 */
public record ReducedNetwork(int inSize, int[] widths, boolean locallyConnected, boolean batchNorm, int classes) {
    public ReducedNetwork {
        Require.that(inSize > 0 && inSize % 4 == 0, "inSize", inSize, "must be a positive multiple of 4");
        Require.that(widths != null && widths.length == 3, "widths.length", widths == null ? "null" : widths.length,
                "must be 3");
        for (int w : widths) {
            Require.positive("widths[i]", w);
        }
        widths = widths.clone();
        Require.positive("classes", classes);
    }

    /** The network, initialised from {@code seed}. */
    public Sequential build(long seed) {
        List<Layer> layers = new ArrayList<>();
        int[] strides = {1, 2, 2};
        int channels = 1;
        int size = inSize;
        for (int i = 0; i < 3; i++) {
            ConvGeometry g = new ConvGeometry(channels, size, size, 3, strides[i], 1);
            String name = "layer" + (i + 1);
            layers.add(locallyConnected
                    ? new LocallyConnected2d(name, g, widths[i], !batchNorm, Init.heNormalFanOut(), Init.uniformFanIn())
                    : new Conv2d(name, g, widths[i], !batchNorm, Init.heNormalFanOut(), Init.uniformFanIn()));
            if (batchNorm) {
                layers.add(new BatchNorm(widths[i]));
            }
            layers.add(new Relu());
            channels = widths[i];
            size /= strides[i];
        }
        layers.add(Pool2d.globalAverage());
        layers.add(new Dense(channels, classes));
        return new Sequential(null, layers).initialised(seed);
    }

    /** Weight layouts of the three LC layers (for sharing), in order. */
    public List<LcWeightLayout> layouts() {
        List<LcWeightLayout> out = new ArrayList<>();
        int[] strides = {1, 2, 2};
        int channels = 1;
        int size = inSize;
        for (int i = 0; i < 3; i++) {
            out.add(new LcWeightLayout(channels, widths[i], size, 3, strides[i]));
            channels = widths[i];
            size /= strides[i];
        }
        return out;
    }
}
