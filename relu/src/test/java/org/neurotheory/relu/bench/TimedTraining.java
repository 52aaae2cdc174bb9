package org.neurotheory.relu.bench;

import java.util.SplittableRandom;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.relu.model.GaussianInitialisation;
import org.neurotheory.relu.model.NetworkGradientFlow;
import org.neurotheory.relu.model.RegressionData;

/**
 * The configuration the relu timings share with relu/src/test/python/torch_two_layer_step.py: a
 * bias-free two-layer ReLU network (D = 10, H = 100, one output) on Gaussian inputs with the target
 * {@code x_1} plus noise, fan-in initialisation, all from seed 0, trained by full-batch gradient
 * descent at learning rate 0.01.
 */
final class TimedTraining {
    private static final double LEARNING_RATE = 0.01;
    final RegressionData data;
    final NetworkGradientFlow flow;
    final double[] params;
    private final double[] grad;

    /**
     * @param samples P
     * @param threads threads sharing each step
     */
    TimedTraining(int samples, int threads) {
        SplittableRandom rng = new SplittableRandom(0);
        var gen = new SymmetricRegressionGenerator(samples, 10, false, false, 0.5, false);
        data = gen.generate(ScalarTarget.linear(new double[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0}), rng);
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(10, 100, 1, 0.0);
        flow = new NetworkGradientFlow(net, data, 1, threads);
        params = GaussianInitialisation.fanIn(net, new double[] {1, 1}, rng);
        grad = new double[params.length];
    }

    /** One gradient-descent step. */
    void step() {
        flow.derivative(0, params, grad);
        for (int i = 0; i < params.length; i++) {
            params[i] += LEARNING_RATE * grad[i];
        }
    }
}
