package org.neurotheory.sparsity.experiments;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.nn.Batch;
import org.neurotheory.core.nn.BatchOrder;
import org.neurotheory.core.nn.Dense;
import org.neurotheory.core.nn.Evaluation;
import org.neurotheory.core.nn.Optimizer;
import org.neurotheory.core.nn.Parameter;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.Sgd;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.nn.Trainer;
import org.neurotheory.core.nn.TrainingConfig;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.sweep.FinishedRuns;
import org.neurotheory.sparsity.data.FashionMnistSplit;
import org.neurotheory.sparsity.model.GradualPruningSchedule;
import org.neurotheory.sparsity.model.MagnitudeRanking;
import org.neurotheory.sparsity.model.OneShotPruning;
import org.neurotheory.sparsity.model.PowerpropCnn;
import org.neurotheory.sparsity.model.PowerpropMlp;
import org.neurotheory.sparsity.model.RigL;
import org.neurotheory.sparsity.model.TopKast;
import org.neurotheory.sparsity.model.TopKastTraining;

/**
 * One network of Fig. 2: a network trained to a target sparsity by gradual magnitude pruning, by
 * Top-KAST or by RigL, for one alpha, then its test accuracy with the final forward masks. Each
 * point of {@link Fig2SparseTraining} (MLP) and {@link Fig2CnnSparseTraining} (small CNN) is one
 * call of {@link #train}, e.g. {@code SparseRun.train(Fig2SparseTraining.Params.quick(),
 * Method.GRADUAL, 2, 0.98, 1).accuracy()}.
 *
 * @param method          the sparsification method
 * @param alpha           Powerprop exponent
 * @param sparsity        target sparsity of the hidden layers (the output layer keeps twice the fraction)
 * @param accuracy        test accuracy of the sparse network
 * @param hiddenDensity   realised fraction of non-zero effective weights in the first sparse layer
 * @param targetDensity   the fraction the method should leave in that layer
 * @param seconds         wall time of the training
 * @param faint           fraction of the first sparse layer's active (non-zero) weights with {@code |w|} below
 *                        1% of their median: weights that are in the mask but barely contribute (for RigL
 *                        under Powerprop, grown weights that never left their small start)
 */
public record SparseRun(Fig2SparseTraining.Method method, double alpha, double sparsity, double accuracy, double hiddenDensity,
        double targetDensity, double seconds, double faint) {
    /** The checkpoint entry holding the wall time spent before the checkpoint. */
    private static final String SECONDS = "seconds";

    /**
     * How a finished network is kept on disk by a paper-scale figure ({@link FinishedRuns}): its
     * fields, one a line, doubles in Java's round-trip decimal form (the same bytes read back).
     */
    static final FinishedRuns.Codec<SparseRun> CODEC = new FinishedRuns.Codec<>() {
        @Override
        public String header() {
            return "neurotheory SparseRun 1";
        }

        @Override
        public String key(SparseRun r) {
            return SparseRun.key(r.method(), r.alpha(), r.sparsity());
        }

        @Override
        public List<String> encode(SparseRun r) {
            return List.of(r.method().name(), Double.toString(r.alpha()), Double.toString(r.sparsity()), Double.toString(r.accuracy()),
                    Double.toString(r.hiddenDensity()), Double.toString(r.targetDensity()), Double.toString(r.seconds()),
                    Double.toString(r.faint()));
        }

        @Override
        public SparseRun decode(List<String> v) {
            Require.that(v.size() == 8, "lines", v.size(), "must be 8");
            return new SparseRun(Fig2SparseTraining.Method.valueOf(v.get(0)), Double.parseDouble(v.get(1)), Double.parseDouble(v.get(2)),
                    Double.parseDouble(v.get(3)), Double.parseDouble(v.get(4)), Double.parseDouble(v.get(5)), Double.parseDouble(v.get(6)),
                    Double.parseDouble(v.get(7)));
        }
    };

    /** The name of one network of a sweep in its {@link FinishedRuns} file, e.g. {@code rigl-a2.0-s0.98}. */
    static String key(Fig2SparseTraining.Method method, double alpha, double sparsity) {
        return String.format(Locale.ROOT, "%s-a%s-s%s", method.name().toLowerCase(Locale.ROOT), alpha, sparsity);
    }

    /**
     * The training budget and the sparse methods' settings shared by the MLP and CNN figures.
     *
     * @param pooling       side of the averaged pixel blocks
     * @param steps         SGD steps per network
     * @param batchSize     minibatch size
     * @param learningRate  SGD learning rate
     * @param interval      steps between mask updates (pruning steps, Top-KAST refreshes, RigL updates)
     * @param backwardExtra Top-KAST's M: backward density minus forward density
     * @param lambda        Top-KAST's exploration regulariser
     */
    public record Budget(int pooling, long steps, int batchSize, double learningRate, int interval, double backwardExtra, double lambda) {
    }

    /** One point of Fig. 2: the MLP of {@code p} ({@link PowerpropMlp}) with every kernel made sparse. */
    public static SparseRun train(Fig2SparseTraining.Params p, Fig2SparseTraining.Method method, double alpha, double sparsity,
            long seed) {
        return train(p, method, alpha, sparsity, seed, null);
    }

    /** As {@link #train(Fig2SparseTraining.Params, Fig2SparseTraining.Method, double, double, long)}, checkpointing to {@code checkpoint} ({@link #train(Budget, Sequential, List, Fig2SparseTraining.Method, double, double, long, Path)}). */
    public static SparseRun train(Fig2SparseTraining.Params p, Fig2SparseTraining.Method method, double alpha, double sparsity,
            long seed, Path checkpoint) {
        Sequential net = PowerpropMlp.build(p.sizes(), alpha, seed);
        List<Parameter> kernels = PowerpropMlp.denseLayers(net).stream().map(Dense::weight).toList();
        return train(p.budget(), net, kernels, method, alpha, sparsity, seed, checkpoint);
    }

    /**
     * One point of the small-CNN Fig. 2: the CNN of {@code p} ({@link PowerpropCnn}) with every kernel but
     * the first convolution's made sparse.
     */
    public static SparseRun train(Fig2CnnSparseTraining.Params p, Fig2SparseTraining.Method method, double alpha, double sparsity,
            long seed) {
        return train(p, method, alpha, sparsity, seed, null);
    }

    /** As {@link #train(Fig2CnnSparseTraining.Params, Fig2SparseTraining.Method, double, double, long)}, checkpointing to {@code checkpoint} ({@link #train(Budget, Sequential, List, Fig2SparseTraining.Method, double, double, long, Path)}). */
    public static SparseRun train(Fig2CnnSparseTraining.Params p, Fig2SparseTraining.Method method, double alpha, double sparsity,
            long seed, Path checkpoint) {
        Sequential net = PowerpropCnn.build(28 / p.pooling(), p.c1(), p.c2(), p.hidden(), alpha, seed);
        List<Parameter> kernels = PowerpropCnn.kernels(net);
        return train(p.budget(), net, kernels.subList(1, kernels.size()), method, alpha, sparsity, seed, checkpoint);
    }

    /**
     * Trains {@code net} on Fashion-MNIST without checkpoints; see
     * {@link #train(Budget, Sequential, List, Fig2SparseTraining.Method, double, double, long, Path)}.
     */
    public static SparseRun train(Budget p, Sequential net, List<Parameter> layers, Fig2SparseTraining.Method method, double alpha,
            double sparsity, long seed) {
        return train(p, net, layers, method, alpha, sparsity, seed, null);
    }

    /**
     * Trains {@code net} on Fashion-MNIST ({@link FashionMnistSplit}, 5,000 validation images held out)
     * with {@code layers} (input side first, the output layer's last) made sparse by {@code method};
     * kernels not in the list stay dense.
     *
     * <p>With a {@code checkpoint} file (else {@code null}) the run saves its state there every
     * twentieth of its budget (at a mask-update boundary: weights, masks, the optimiser's state and
     * the position, with core's {@link Trainer#saveCheckpoint(Path, Map)}) and resumes from it if the
     * file is there: Top-KAST's sets, RigL's and gradual pruning's updates are functions of the
     * weights and the step, so a killed run ends with the bytes of an uninterrupted one (the wall
     * time spent before the kill is carried over). The caller deletes the file once it has kept the
     * result ({@code FinishedRuns.trainOrResume}).
     */
    public static SparseRun train(Budget p, Sequential net, List<Parameter> layers, Fig2SparseTraining.Method method, double alpha,
            double sparsity, long seed, Path checkpoint) {
        FashionMnistSplit data = FashionMnistSplit.load(5000, p.pooling());
        TopKastTraining topKast = method == Fig2SparseTraining.Method.TOP_KAST
                ? TopKastTraining.onKernels(new TopKast(1 - sparsity, Math.min(1, 1 - sparsity + p.backwardExtra()), p.lambda(),
                        p.interval()), layers, new Sgd(p.learningRate()))
                : null;
        Optimizer opt = topKast != null ? topKast : new Sgd(p.learningRate());
        int perEpoch = (data.train().size() + p.batchSize() - 1) / p.batchSize();
        String name = String.format(Locale.ROOT, "%s, alpha %s, sparsity %s", method.name().toLowerCase(Locale.ROOT), alpha, sparsity);
        Trainer trainer = new Trainer(net, new SoftmaxCrossEntropy(), opt,
                TrainingConfig.of((int) (p.steps() / perEpoch) + 1, p.batchSize(), seed)).named(name);
        // Zhu and Gupta: prune from 10% to 60% of the budget every interval steps, then fine-tune
        long start = p.steps() / 10 / p.interval() * p.interval();
        int prunings = (int) Math.max(1, (p.steps() * 6 / 10 - start) / p.interval());
        GradualPruningSchedule schedule = new GradualPruningSchedule(0, sparsity, start, p.interval(), prunings);
        // RigL: drop-and-grow every interval steps until 75% of the budget (Evci et al.'s default end)
        RigL[] rigl = new RigL[layers.size()];
        if (method == Fig2SparseTraining.Method.RIGL) {
            for (int l = 0; l < layers.size(); l++) {
                double density = OneShotPruning.keepFraction(1 - sparsity, l, layers.size());
                rigl[l] = density < 1 ? RigL.of(density, p.interval(), p.steps() * 3 / 4) : null;
                if (rigl[l] != null) {
                    Parameter w = layers.get(l);
                    float[] mask = rigl[l].initialMask(floats(w.value()), new float[(int) w.value().length()]);
                    w.setMask(Nd4j.create(mask, w.shape()));
                }
            }
        }
        double before = 0;
        if (checkpoint != null) {
            trainer.resumeFrom(checkpoint);
            INDArray spent = trainer.resumedExtra().get(SECONDS);
            before = spent == null ? 0 : spent.getDouble(0);
            Require.that(trainer.steps() % p.interval() == 0, "checkpoint", checkpoint,
                    "must stop at a mask update (a multiple of " + p.interval() + " steps), not at step " + trainer.steps());
        }
        long every = Math.max(1, p.steps() / 20 / p.interval()) * p.interval();
        long t0 = System.nanoTime();
        // one report for the network, not one per chunk of steps between mask updates
        try (Progress progress = Progress.auto(name, p.steps() - trainer.steps())) {
            for (long t = trainer.steps(); t < p.steps(); t += p.interval()) {
                if (topKast != null) {
                    topKast.refresh();
                } else if (method == Fig2SparseTraining.Method.RIGL) {
                    if (rigl[0] != null && rigl[0].isUpdateStep(t)) {
                        dropAndGrow(net, layers, rigl, t, data.train(), p.batchSize(), seed, alpha);
                    }
                } else if (schedule.isPruningStep(t)) {
                    prune(layers, schedule.sparsity(t));
                }
                trainer.train(data.train(), null, Math.min(p.interval(), p.steps() - t), progress);
                long done = t + p.interval();
                if (checkpoint != null && done < p.steps() && done % every == 0) {
                    trainer.saveCheckpoint(checkpoint, Map.of(SECONDS,
                            Nd4j.createFromArray(before + (System.nanoTime() - t0) * 1e-9)));
                }
            }
        }
        double seconds = before + (System.nanoTime() - t0) * 1e-9;
        double acc = Evaluation.of(net, new SoftmaxCrossEntropy(), data.test(), 1000).accuracy();
        double[] w = layers.get(0).effective().castTo(DataType.DOUBLE).dup().reshape(-1).toDoubleVector();
        int nonZero = 0;
        for (double v : w) {
            nonZero += v != 0 ? 1 : 0;
        }
        double target = method == Fig2SparseTraining.Method.GRADUAL
                ? (double) (w.length - Math.round(sparsity * w.length)) / w.length
                : (double) MagnitudeRanking.count(1 - sparsity, w.length) / w.length;
        return new SparseRun(method, alpha, sparsity, acc, (double) nonZero / w.length, target, seconds, faint(w, nonZero));
    }

    /** Masks each layer to sparsity {@code s} (output layer: keep-fraction {@code min(1, 2(1-s))}), masks only shrink. */
    private static void prune(List<Parameter> layers, double s) {
        for (int l = 0; l < layers.size(); l++) {
            Parameter p = layers.get(l);
            double keep = OneShotPruning.keepFraction(1 - s, l, layers.size());
            float[] psi = p.value().castTo(DataType.FLOAT).dup().reshape(-1).toFloatVector();
            float[] mask = p.mask() == null ? ones(psi.length) : p.mask().castTo(DataType.FLOAT).dup().reshape(-1).toFloatVector();
            GradualPruningSchedule.prune(psi, mask, 1 - keep);
            p.setMask(Nd4j.create(mask, p.shape()));
        }
    }

    /**
     * One RigL update of every sparse layer: the dense gradient dL/dw of one minibatch (the layers'
     * weight gradient before the mask and chain rule are applied: straight through masked entries),
     * then drop by |w| and grow by |dL/dw| at |w| = 1% of the active median ({@link RigL#update}).
     */
    private static void dropAndGrow(Sequential net, List<Parameter> layers, RigL[] rigl, long t,
            ImageDataset train, int batchSize, long seed, double alpha) {
        int[] order = BatchOrder.permutation(Seeds.derive(seed, 77), (int) t, train.size());
        int per = train.imageSize();
        float[] x = new float[batchSize * per];
        int[] labels = new int[batchSize];
        for (int i = 0; i < batchSize; i++) {
            System.arraycopy(train.pixels(), order[i] * per, x, i * per, per);
            labels[i] = train.labels()[order[i]];
        }
        Batch batch = Batch.of(Nd4j.create(x, new long[] {batchSize, train.channels(), train.height(), train.width()}), labels);
        INDArray out = net.forward(batch.input(), true);
        INDArray g = Nd4j.create(out.dataType(), out.shape());
        new SoftmaxCrossEntropy().evaluate(out, batch, g);
        net.backward(g, false);
        for (int l = 0; l < layers.size(); l++) {
            if (rigl[l] == null) {
                continue;
            }
            Parameter w = layers.get(l);
            float[] psi = floats(w.value());
            float[] mask = floats(w.mask());
            float[] eff = floats(w.effective());
            rigl[l].update(t, psi, eff, mask, floats(w.gradient()), alpha);
            w.set(Nd4j.create(psi, w.shape()));
            w.setMask(Nd4j.create(mask, w.shape()));
        }
    }

    /** Fraction of the non-zero entries of {@code w} with magnitude below 1% of their median magnitude. */
    private static double faint(double[] w, int nonZero) {
        if (nonZero == 0) {
            return 0;
        }
        double[] m = new double[nonZero];
        int j = 0;
        for (double v : w) {
            if (v != 0) {
                m[j++] = Math.abs(v);
            }
        }
        Arrays.sort(m);
        double threshold = 0.01 * m[nonZero / 2];
        int below = 0;
        for (double v : m) {
            below += v < threshold ? 1 : 0;
        }
        return (double) below / nonZero;
    }

    private static float[] floats(INDArray a) {
        return a.castTo(DataType.FLOAT).dup().reshape(-1).toFloatVector();
    }

    private static float[] ones(int n) {
        float[] a = new float[n];
        Arrays.fill(a, 1f);
        return a;
    }
}
