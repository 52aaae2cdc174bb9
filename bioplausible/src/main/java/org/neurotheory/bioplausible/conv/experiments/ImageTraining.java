package org.neurotheory.bioplausible.conv.experiments;

import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.bioplausible.conv.model.LcWeightLayout;
import org.neurotheory.bioplausible.conv.model.ReducedNetwork;
import org.neurotheory.bioplausible.conv.model.RepeatedTranslations;
import org.neurotheory.bioplausible.conv.model.SharingSchedule;
import org.neurotheory.bioplausible.conv.model.WeightSnr;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.nn.Adam;
import org.neurotheory.core.nn.Batch;
import org.neurotheory.core.nn.BatchNormStatistics;
import org.neurotheory.core.nn.BatchOrder;
import org.neurotheory.core.nn.Evaluation;
import org.neurotheory.core.nn.LocallyConnected2d;
import org.neurotheory.core.nn.Parameter;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.nn.Trainer;
import org.neurotheory.core.nn.TrainingConfig;
import org.neurotheory.core.random.Seeds;

/**
 * Trains one arm of the image experiments (Pogodin et al. 2021, Sec. 5; official training loop):
 * per iteration, {@code nRep} translated copies of the batch, one optimiser step of core's
 * {@link Trainer}, then, at iterations {@code 0, f, 2f, ...} of every epoch, weight sharing on every
 * LC layer's weight tensor (the optimiser's moments are not touched). After training, the batch-norm
 * running statistics can be recomputed exactly over training images ({@link BatchNormStatistics}):
 * a sharing event replaces the weights whose activity the running statistics describe, and the
 * last event can fall on the last iteration. Reports test accuracy with the running and with the
 * recomputed statistics, and the first LC layer's weight SNR.
 */
public final class ImageTraining {
    /**
     * Training settings shared by the arms.
     *
     * @param network      architecture (widths, batch norm); LC or conv is the arm's choice
     * @param epochs       passes over the training images
     * @param batch        images per iteration (before repetition)
     * @param lr           Adam learning rate
     * @param weightDecay  decoupled weight decay (AdamW); 0 for Adam
     * @param statisticsImages training images over which the batch-norm statistics are recomputed
     *                     after training (the first ones); 0 keeps the running statistics
     */
    public record Settings(ReducedNetwork network, int epochs, int batch, double lr, double weightDecay,
                           int statisticsImages) {
        public Settings {
            Require.nonNull("network", network);
            Require.positive("epochs", epochs);
            Require.positive("batch", batch);
            Require.positive("lr", lr);
            Require.nonNegative("weightDecay", weightDecay);
            Require.that(statisticsImages == 0 || statisticsImages >= 2, "statisticsImages", statisticsImages,
                    "must be 0 (keep the running statistics) or at least 2");
        }

        /** Adam without weight decay, running statistics kept. */
        public Settings(ReducedNetwork network, int epochs, int batch, double lr) {
            this(network, epochs, batch, lr, 0, 0);
        }

        /** A copy that recomputes the batch-norm statistics over the first {@code images} training images. */
        public Settings withStatisticsImages(int images) {
            return new Settings(network, epochs, batch, lr, weightDecay, images);
        }
    }

    /**
     * Outcome of one run.
     *
     * @param testAccuracy        with the recomputed batch-norm statistics (the running ones when not recomputed)
     * @param runningStatsAccuracy with the running statistics as training left them
     * @param trainLoss           mean training loss over the last epoch
     * @param weightSnr           weight SNR of the first LC layer (NaN for conv)
     */
    public record Result(String arm, long seed, double testAccuracy, double runningStatsAccuracy, double trainLoss,
                         double weightSnr) {
    }

    private ImageTraining() {
    }

    /**
     * Applies {@code schedule}'s sharing to the weight tensor of every layer in {@code layers}
     * (layouts in the same order); only the weights change, never an optimiser's state.
     */
    public static void share(List<LocallyConnected2d> layers, List<LcWeightLayout> layouts, SharingSchedule schedule,
                             SplittableRandom rng) {
        Require.that(layers.size() == layouts.size(), "layouts.size()", layouts.size(),
                "must equal the number of LC layers " + layers.size());
        for (int li = 0; li < layers.size(); li++) {
            Parameter w = layers.get(li).weight();
            float[] values = w.value().data().asFloat();
            schedule.apply(values, layouts.get(li), rng);
            w.set(Nd4j.create(values, w.shape()));
        }
    }

    /** Trains {@code arm} on {@code train} (standardised) and evaluates on {@code test}. */
    public static Result run(ImageArm arm, Settings s, ImageDataset train, ImageDataset test, long seed) {
        ReducedNetwork spec = new ReducedNetwork(s.network().inSize(), s.network().widths(), arm.locallyConnected(),
                s.network().batchNorm(), s.network().classes());
        Sequential net = spec.build(Seeds.derive(seed, 0));
        Adam adam = s.weightDecay() > 0 ? Adam.adamW(s.lr(), s.weightDecay()) : new Adam(s.lr());
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        Trainer trainer = new Trainer(net, loss, adam, TrainingConfig.of(s.epochs(), s.batch(), Seeds.derive(seed, 1)));
        List<LocallyConnected2d> lcLayers = net.layers().stream().filter(LocallyConnected2d.class::isInstance)
                .map(LocallyConnected2d.class::cast).toList();
        List<LcWeightLayout> layouts = spec.layouts();
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 2));
        int image = train.imageSize();
        int perEpoch = BatchOrder.batches(train.size(), s.batch(), true);
        float[] raw = new float[s.batch() * image];
        float[] augmented = new float[s.batch() * arm.nRep() * image];
        int[] labels = new int[s.batch()];
        double lossSum = 0;
        int lossCount = 0;
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            int[] order = BatchOrder.permutation(Seeds.derive(seed, 3), epoch, train.size());
            for (int it = 0; it < perEpoch; it++) {
                for (int b = 0; b < s.batch(); b++) {
                    int n = order[it * s.batch() + b];
                    System.arraycopy(train.pixels(), n * image, raw, b * image, image);
                    labels[b] = train.labels()[n];
                }
                float[] input = arm.nRep() == 1 && arm.maxShift() == 0 ? raw
                        : RepeatedTranslations.augment(raw, s.batch(), train.channels(), train.height(), train.width(),
                        arm.nRep(), arm.maxShift(), rng, augmented);
                INDArray x = Nd4j.create(input, new long[] {(long) s.batch() * arm.nRep(), train.channels(),
                    train.height(), train.width()});
                double l = trainer.step(Batch.of(x, RepeatedTranslations.labels(labels, arm.nRep())), s.lr());
                if (epoch == s.epochs() - 1) {
                    lossSum += l;
                    lossCount++;
                }
                if (arm.sharing() != null && arm.sharing().sharesAfter(it)) {
                    share(lcLayers, layouts, arm.sharing(), rng);
                }
            }
        }
        double running = Evaluation.of(net, loss, test, 500).accuracy();
        double acc = running;
        if (s.statisticsImages() > 0 && s.network().batchNorm()) {
            BatchNormStatistics.recompute(net, train.head(Math.min(train.size(), s.statisticsImages())), 250);
            acc = Evaluation.of(net, loss, test, 500).accuracy();
        }
        double snr = lcLayers.isEmpty() ? Double.NaN
                : WeightSnr.of(lcLayers.get(0).weight().value().data().asFloat(), layouts.get(0));
        return new Result(arm.name(), seed, acc, running, lossSum / Math.max(1, lossCount), snr);
    }
}
