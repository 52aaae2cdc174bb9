package org.neurotheory.sparsity.experiments;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.neurotheory.core.nn.Evaluation;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.Sgd;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.nn.Trainer;
import org.neurotheory.core.nn.TrainingConfig;
import org.neurotheory.core.nn.TrainingDivergedException;
import org.neurotheory.core.sweep.Sweep;
import org.neurotheory.sparsity.data.FashionMnistSplit;
import org.neurotheory.sparsity.model.OneShotPruning;
import org.neurotheory.sparsity.model.PowerpropMlp;
import org.neurotheory.sparsity.model.PruningSweep;

/**
 * One trained MLP of Fig. 1: the notebook's protocol (Sec. 2.5 of the docs page) for one alpha:
 * plain SGD, batch and step budget from {@link Fig1aAccuracyVsSparsity.Params}, every alpha on the
 * same minibatch sequence and the same initial weights; then the one-shot pruning sweep on the test
 * set. Runs are cached per (parameters, alpha, seed), so Fig. 1a and Fig. 1b/c share their training.
 *
 * @param alpha         Powerprop exponent
 * @param steps         SGD steps taken
 * @param diverged      true when the loss became non-finite (then accuracies are NaN)
 * @param initial       effective weights per layer at initialisation
 * @param trained       effective weights per layer after training
 * @param testAccuracy  dense test accuracy
 * @param levels        keep-fractions of the sweep
 * @param pruned        test accuracy at each keep-fraction
 * @param seconds       wall time of the training
 */
record OneShotRun(double alpha, long steps, boolean diverged, List<float[]> initial, List<float[]> trained,
        double testAccuracy, double[] levels, double[] pruned, double seconds) {

    private static final Map<String, OneShotRun> CACHE = new ConcurrentHashMap<>();

    /** The run for {@code alpha} under {@code p} and {@code seed}, trained once per JVM. */
    static OneShotRun of(Fig1aAccuracyVsSparsity.Params p, double alpha, long seed) {
        String key = p + "/" + alpha + "/" + seed;
        OneShotRun run = CACHE.get(key);
        if (run == null) {
            run = train(p, alpha, seed);
            CACHE.putIfAbsent(key, run);
        }
        return CACHE.get(key);
    }

    /**
     * Trains every alpha of {@code p} that is not cached yet, one thread per network (up to the
     * number of cores); each run is independent, so the results do not depend on the threads.
     */
    static void trainAll(Fig1aAccuracyVsSparsity.Params p, long seed) {
        Fig1aAccuracyVsSparsity.data(p); // load (or fail with the catalog's message) once, before the threads
        int threads = Math.min(p.alphas().length, Runtime.getRuntime().availableProcessors());
        // every alpha trains from the figure's seed (the sweep's derived seeds are not used)
        Sweep.run(Arrays.stream(p.alphas()).boxed().toList(), seed, threads, (a, unused) -> of(p, a, seed));
    }

    private static OneShotRun train(Fig1aAccuracyVsSparsity.Params p, double alpha, long seed) {
        FashionMnistSplit data = Fig1aAccuracyVsSparsity.data(p);
        Sequential net = PowerpropMlp.build(p.sizes(), alpha, seed);
        List<float[]> initial = PowerpropMlp.effectiveWeights(net);
        int perEpoch = (data.train().size() + p.batchSize() - 1) / p.batchSize();
        int epochs = (int) (p.steps() / perEpoch) + 1;
        Trainer trainer = new Trainer(net, new SoftmaxCrossEntropy(), new Sgd(p.learningRate()),
                TrainingConfig.of(epochs, p.batchSize(), seed));
        double[] levels = OneShotPruning.levels(p.lowestLevel(), p.levels());
        long t0 = System.nanoTime();
        try {
            trainer.train(data.train(), null, p.steps());
        } catch (TrainingDivergedException e) {
            double[] nan = new double[levels.length];
            Arrays.fill(nan, Double.NaN);
            return new OneShotRun(alpha, trainer.steps(), true, initial, initial, Double.NaN, levels, nan,
                    (System.nanoTime() - t0) * 1e-9);
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        double acc = Evaluation.of(net, new SoftmaxCrossEntropy(), data.test(), 1000).accuracy();
        double[] pruned = PruningSweep.accuracies(net, data.test(), levels);
        return new OneShotRun(alpha, trainer.steps(), false, initial, PowerpropMlp.effectiveWeights(net), acc, levels,
                pruned, seconds);
    }
}
