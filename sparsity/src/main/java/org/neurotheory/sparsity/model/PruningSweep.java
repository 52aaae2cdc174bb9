package org.neurotheory.sparsity.model;

import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.nn.Dense;
import org.neurotheory.core.nn.Evaluation;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The evaluation behind Fig. 1a: one-shot layer-wise magnitude pruning of a trained network at each
 * keep-fraction ({@link OneShotPruning}: hidden layers keep {@code p}, the output layer
 * {@code min(1, 2p)}), test accuracy of the masked network without retraining. Each layer is
 * ranked once; masks are set on the weights and removed afterwards, so the network is unchanged.
 */
public final class PruningSweep {
    private PruningSweep() {
    }

    /**
     * Accuracy on {@code data} at each keep-fraction of {@code levels}.
     *
     * @param net    trained network (its weights must carry no mask)
     * @param data   evaluation images
     * @param levels keep-fractions in [0, 1]
     */
    public static double[] accuracies(Sequential net, ImageDataset data, double[] levels) {
        Require.nonNull("levels", levels);
        List<Dense> layers = PowerpropMlp.denseLayers(net);
        for (Dense d : layers) {
            Require.that(d.weight().mask() == null, "mask of " + d.name(), "present", "must be absent before a sweep");
        }
        List<float[]> weights = PowerpropMlp.effectiveWeights(net);
        MagnitudeRanking[] rankings = new MagnitudeRanking[layers.size()];
        for (int l = 0; l < rankings.length; l++) {
            rankings[l] = new MagnitudeRanking(weights.get(l));
        }
        double[] acc = new double[levels.length];
        try {
            for (int i = 0; i < levels.length; i++) {
                for (int l = 0; l < rankings.length; l++) {
                    double keep = OneShotPruning.keepFraction(levels[i], l, rankings.length);
                    float[] mask = rankings[l].keepFraction(keep, new float[weights.get(l).length]);
                    Dense d = layers.get(l);
                    d.weight().setMask(Nd4j.create(mask, d.weight().shape()));
                }
                acc[i] = Evaluation.of(net, new SoftmaxCrossEntropy(), data, 1000).accuracy();
            }
        } finally {
            for (Dense d : layers) {
                d.weight().setMask(null);
            }
        }
        return acc;
    }
}
