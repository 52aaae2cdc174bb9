package org.neurotheory.bioplausible.hsic.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.neurotheory.core.Require;
import org.neurotheory.core.nn.Dense;
import org.neurotheory.core.nn.Dropout;
import org.neurotheory.core.nn.Init;
import org.neurotheory.core.nn.Layer;
import org.neurotheory.core.nn.LeakyRelu;
import org.neurotheory.core.nn.LocalLearning;
import org.neurotheory.core.nn.LocalObjective;
import org.neurotheory.core.nn.LocalStage;
import org.neurotheory.core.nn.Optimizer;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;

/**
 * The multilayer perceptron of Table 1 (Sec. 2.8): {@code depth} hidden layers of {@code width}
 * units, each linear without bias, LeakyReLU, [divisive normalisation], dropout; then a linear
 * readout with bias. PyTorch's default initialisation U(+-1/sqrt(fan_in)). Built as one
 * {@link Sequential}, so backprop trains it end to end, and {@link #layerwise} regroups the same
 * (identically initialised) layers into the stages of core's layer-local training: stage k is
 * [divisive normalisation and dropout of layer k-1,] linear k, LeakyReLU k, and its objective sees
 * the LeakyReLU output z (Sec. 2.9: loss on z, then z is passed on through divisive normalisation
 * and dropout).
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

    /**
     * Layer-local training of a network built by {@link #build}: one stage per hidden layer with
     * the objective {@code objectives[k]} and a fresh optimiser from {@code localOptimizer}, or
     * frozen stages when {@code objectives} is null (readout-only training), and the readout
     * trained by softmax cross-entropy with {@code readoutOptimizer}.
     */
    public LocalLearning layerwise(Sequential built, LocalObjective[] objectives,
                                   Supplier<Optimizer> localOptimizer, Optimizer readoutOptimizer) {
        Require.nonNull("built", built);
        Require.that(objectives == null || objectives.length == depth, "objectives.length",
                objectives == null ? 0 : objectives.length, "must equal depth = " + depth);
        List<LocalStage> stages = new ArrayList<>();
        List<Layer> pending = new ArrayList<>();
        List<Layer> layers = built.layers();
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            if (l instanceof Dense && i + 1 < layers.size() && layers.get(i + 1) instanceof LeakyRelu) {
                pending.add(l);
                pending.add(layers.get(++i));
                int k = stages.size();
                Sequential body = new Sequential("stage" + (k + 1), pending);
                stages.add(objectives == null ? LocalStage.frozen(body)
                        : new LocalStage(body, objectives[k], Require.nonNull("localOptimizer", localOptimizer).get()));
                pending = new ArrayList<>();
            } else {
                pending.add(l);
            }
        }
        Require.that(stages.size() == depth, "built", built, "must have " + depth + " hidden layers");
        return new LocalLearning(stages, new Sequential("top", pending), new SoftmaxCrossEntropy(), readoutOptimizer);
    }
}
