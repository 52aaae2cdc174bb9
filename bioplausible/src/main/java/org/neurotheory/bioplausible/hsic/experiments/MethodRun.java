package org.neurotheory.bioplausible.hsic.experiments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.bioplausible.hsic.model.BatchLabelKernel;
import org.neurotheory.bioplausible.hsic.model.BottleneckObjective;
import org.neurotheory.bioplausible.hsic.model.LocalHsicLoss;
import org.neurotheory.bioplausible.hsic.model.Mlp;
import org.neurotheory.bioplausible.hsic.model.PhsicObjective;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.nn.BatchOrder;
import org.neurotheory.core.nn.EpochResult;
import org.neurotheory.core.nn.LearningRateSchedule;
import org.neurotheory.core.nn.LocalLearning;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.Sgd;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.nn.Trainer;
import org.neurotheory.core.nn.TrainingConfig;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.sweep.FinishedRuns;

/**
 * One training run of one Table 1 method (Sec. 2.8-2.10): the same initial network for every
 * method at a given seed; pHSIC by core's layer-local training with a {@link PhsicObjective} per
 * hidden layer, backprop end to end through the same modules, "last layer" with frozen hidden
 * layers (they keep their initialisation). SGD with momentum 0.95 everywhere, weight decay 1e-7
 * (local) and 1e-6 (readout or backprop), all rates times 0.25 at each milestone.
 *
 * @param method       the method
 * @param testAccuracy test accuracy after each epoch, in percent
 * @param layerLoss    mean local loss (E1) per epoch and hidden layer (NaN for the baselines)
 * @param seconds      wall time of each epoch's training steps
 */
public record MethodRun(Table1Method method, double[] testAccuracy, double[][] layerLoss, double[] seconds) {
    /** Momentum of every optimiser. */
    public static final double MOMENTUM = 0.95;
    /** Weight decay of the local optimisers. */
    public static final double LOCAL_DECAY = 1e-7;
    /** Weight decay of the readout or backprop optimiser. */
    public static final double READOUT_DECAY = 1e-6;
    /** The checkpoint entry holding the layer losses of the epochs done. */
    private static final String LAYER_LOSS = "layerLoss";

    /**
     * Trains {@code method} with its Fashion-MNIST settings on {@code train}, evaluating on
     * {@code test} after each epoch; see {@link #train(Table1Method, Table1Dataset, Mlp, int, int, int[], ImageDataset, ImageDataset, long)}.
     */
    public static MethodRun train(Table1Method method, Mlp mlp, int epochs, int batch, int[] milestones,
                                  ImageDataset train, ImageDataset test, long seed) {
        return train(method, Table1Dataset.FASHION_MNIST, mlp, epochs, batch, milestones, train, test, seed);
    }

    /**
     * Trains {@code method} with its settings for {@code dataset} (learning rates, group count) on
     * {@code train}, evaluating on {@code test} after each epoch.
     *
     * @param mlp        network shape
     * @param epochs     number of epochs
     * @param batch      mini-batch size
     * @param milestones numbers of completed epochs after which all rates are multiplied by 0.25
     * @param seed       initialisation, shuffling and dropout seed
     */
    public static MethodRun train(Table1Method method, Table1Dataset dataset, Mlp mlp, int epochs, int batch,
                                  int[] milestones, ImageDataset train, ImageDataset test, long seed) {
        return train(method, dataset, mlp, epochs, batch, milestones, train, test, seed, null);
    }

    /**
     * As {@link #train(Table1Method, Table1Dataset, Mlp, int, int, int[], ImageDataset, ImageDataset, long)},
     * saving the run's state to {@code checkpoint} after every epoch but the last (core's
     * {@link Trainer#saveCheckpoint(Path, Map)}: network, optimisers, position, and the layer losses of
     * the epochs done) and resuming from it if the file is there, so a killed run ends with the same
     * bytes as an uninterrupted one; {@code null} keeps no state. The caller deletes the file when it
     * has kept the result ({@link FinishedRuns#trainOrResume}).
     */
    public static MethodRun train(Table1Method method, Table1Dataset dataset, Mlp mlp, int epochs, int batch,
                                  int[] milestones, ImageDataset train, ImageDataset test, long seed, Path checkpoint) {
        Require.nonNull("train", train);
        Require.that(train.imageSize() == mlp.inputs(), "train.imageSize()", train.imageSize(),
                "must equal the network's inputs " + mlp.inputs());
        int c = method.groups(dataset);
        double lro = method.lro(dataset);
        double lrb = method.lrb(dataset);
        Sequential net = mlp.build(method.mode().divisiveNormalisation(c), Seeds.derive(seed, 0));
        TrainingConfig config = new TrainingConfig(epochs, batch, Seeds.derive(seed, 1),
                LearningRateSchedule.milestones(0.25, milestones), false);
        double[][] losses = new double[epochs][mlp.depth()];
        for (double[] row : losses) {
            Arrays.fill(row, Double.NaN);
        }
        PhsicObjective[] objectives = null;
        Trainer trainer;
        if (method.training() == Table1Method.Training.BACKPROP) {
            trainer = new Trainer(net, new SoftmaxCrossEntropy(), new Sgd(lro, MOMENTUM, READOUT_DECAY), config);
        } else {
            if (method.training() == Table1Method.Training.PHSIC) {
                objectives = new PhsicObjective[mlp.depth()];
                BatchLabelKernel labelKernel = new BatchLabelKernel(mlp.classes());
                for (int k = 0; k < objectives.length; k++) {
                    LocalHsicLoss loss = method.mode().grouped()
                            ? LocalHsicLoss.grouped(method.kernel(), method.mode().grouping(c), BottleneckObjective.paper())
                            : LocalHsicLoss.ungrouped(method.kernel(), BottleneckObjective.paper());
                    objectives[k] = new PhsicObjective(loss, labelKernel);
                }
            }
            LocalLearning learning = mlp.layerwise(net, objectives, () -> new Sgd(lrb, MOMENTUM, LOCAL_DECAY),
                    new Sgd(lro, MOMENTUM, READOUT_DECAY));
            trainer = new Trainer(learning, config);
        }
        String name = String.format(Locale.ROOT, "%s, %s, seed %d", dataset.label(), method.label(), seed);
        trainer.named(name);
        if (checkpoint != null) {
            trainer.resumeFrom(checkpoint);
            INDArray done = trainer.resumedExtra().get(LAYER_LOSS);
            for (int e = 0; done != null && e < trainer.epoch(); e++) {
                losses[e] = done.getRow(e).toDoubleVector();
            }
        }
        int perEpoch = BatchOrder.batches(train.size(), batch, false);
        try (Progress progress = Progress.auto(name,
                (long) (epochs - trainer.epoch()) * perEpoch)) {
            for (int e = trainer.epoch(); e < epochs; e++) {
                trainer.train(train, test, perEpoch, progress);
                for (int k = 0; objectives != null && k < objectives.length; k++) {
                    losses[e][k] = objectives[k].drainMean();
                }
                if (checkpoint != null && e + 1 < epochs) {
                    trainer.saveCheckpoint(checkpoint, Map.of(LAYER_LOSS, Nd4j.createFromArray(losses)));
                }
            }
        }
        List<EpochResult> history = trainer.history();
        double[] acc = new double[epochs];
        double[] seconds = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            acc[e] = 100 * history.get(e).testAccuracy();
            seconds[e] = history.get(e).seconds();
        }
        return new MethodRun(method, acc, losses, seconds);
    }

    /**
     * How a finished run is kept on disk by a paper-scale figure ({@link FinishedRuns}): the method,
     * then the per-epoch accuracies, epoch times and each epoch's layer losses, one line each,
     * doubles in Java's round-trip decimal form (the same bytes read back).
     */
    static final FinishedRuns.Codec<MethodRun> CODEC = new FinishedRuns.Codec<>() {
        @Override
        public String header() {
            return "neurotheory MethodRun 1";
        }

        @Override
        public List<String> encode(MethodRun r) {
            List<String> lines = new ArrayList<>(List.of(r.method().name(), join(r.testAccuracy()), join(r.seconds())));
            for (double[] row : r.layerLoss()) {
                lines.add(join(row));
            }
            return lines;
        }

        @Override
        public MethodRun decode(List<String> lines) {
            Require.that(lines.size() >= 4, "lines", lines.size(), "must be at least 4");
            double[] acc = parse(lines.get(1));
            double[][] loss = new double[lines.size() - 3][];
            for (int e = 0; e < loss.length; e++) {
                loss[e] = parse(lines.get(e + 3));
            }
            Require.that(loss.length == acc.length, "epochs of layer losses", loss.length, "must equal the epochs of accuracies " + acc.length);
            return new MethodRun(Table1Method.valueOf(lines.get(0)), acc, loss, parse(lines.get(2)));
        }

        private static String join(double[] v) {
            return String.join(" ", Arrays.stream(v).mapToObj(Double::toString).toList());
        }

        private static double[] parse(String line) {
            return Arrays.stream(line.split(" ")).mapToDouble(Double::parseDouble).toArray();
        }
    };

    /** The name of a run of {@code method} on {@code dataset} with {@code seed} in its {@link FinishedRuns} file. */
    static String key(Table1Dataset dataset, Table1Method method, long seed) {
        return dataset.name().toLowerCase(Locale.ROOT) + "-" + method.name().toLowerCase(Locale.ROOT) + "-" + seed;
    }

    /** Test accuracy after the last epoch, percent. */
    public double finalAccuracy() {
        return testAccuracy[testAccuracy.length - 1];
    }
}
