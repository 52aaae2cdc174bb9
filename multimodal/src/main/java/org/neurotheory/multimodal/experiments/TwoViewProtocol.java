package org.neurotheory.multimodal.experiments;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.Split;
import org.neurotheory.core.data.StandardDataset;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.multimodal.data.TwoViewImages;
import org.neurotheory.multimodal.data.ViewCorruption;
import org.neurotheory.multimodal.model.FusionClassifier;

/**
 * Training protocol of the noisy two-view image task (paper Sec. 5, official {@code MNIST/mnist.py}):
 * minibatch SGD on cross-entropy with the learning rate decayed by {@code learningRateDecay} per
 * epoch (the code's StepLR), fresh views drawn every time an image is seen (the code corrupts
 * inside {@code forward}), and after every epoch the test accuracy with both views, with view A
 * alone (clean image into A, zeros into B) and with view B alone.
 *
 * @param trainImages       training images (from the start of the train split), a multiple of batch
 * @param testImages        test images (from the start of the t10k split)
 * @param pool              average-pooling factor of the 28 x 28 images (1, 2, 4, 7, 14 or 28)
 * @param hidden            H, width per branch before fusion and of the shared layers
 * @param depth             L
 * @param epochs            number of passes over the training images
 * @param batch             minibatch size
 * @param learningRate      initial SGD step
 * @param learningRateDecay factor per epoch, in (0, 1]
 * @param corruption        how the two views are made
 */
public record TwoViewProtocol(int trainImages, int testImages, int pool, int hidden, int depth, int epochs, int batch,
        double learningRate, double learningRateDecay, ViewCorruption corruption) {
    public TwoViewProtocol {
        Require.positive("trainImages", trainImages);
        Require.positive("testImages", testImages);
        Require.that(pool > 0 && 28 % pool == 0, "pool", pool, "must divide 28");
        Require.positive("hidden", hidden);
        Require.that(depth >= 2, "depth", depth, "must be >= 2");
        Require.positive("epochs", epochs);
        Require.positive("batch", batch);
        Require.that(trainImages % batch == 0, "batch", batch, "must divide trainImages = " + trainImages);
        Require.positive("learningRate", learningRate);
        Require.inRange("learningRateDecay", learningRateDecay, Double.MIN_VALUE, 1);
        Require.nonNull("corruption", corruption);
    }

    /**
     * Seconds at quick scale: 2000 training images pooled to 14 x 14, H = 64, L = 4, 30 epochs of
     * batch 100 (600 steps), lr 0.04 with the code's decay 0.996.
     */
    public static TwoViewProtocol quick() {
        return new TwoViewProtocol(2000, 1000, 2, 64, 4, 30, 100, 0.04, 0.996, ViewCorruption.paper());
    }

    /**
     * Reduced paper scale: 10000 full-size training images, H = 128, L = 4, the code's batch 1000,
     * lr 0.04 and decay 0.996, 60 epochs (the paper: 60000 images, H = 500, 200 epochs).
     */
    public static TwoViewProtocol paper() {
        return new TwoViewProtocol(10000, 2000, 1, 128, 4, 60, 1000, 0.04, 0.996, ViewCorruption.paper());
    }

    /**
     * Loads the training and test images this protocol needs from a folder holding Fashion-MNIST
     * (as found by {@link org.neurotheory.core.data.DatasetCatalog#locate}).
     */
    public TwoViewImages[] load(Path folder) {
        StandardDataset fashion = StandardDataset.FASHION_MNIST;
        return new TwoViewImages[] {TwoViewImages.pooled(fashion.read(folder, Split.TRAIN, trainImages), trainImages, pool),
            TwoViewImages.pooled(fashion.read(folder, Split.TEST, testImages), testImages, pool)};
    }

    /** Trains one fusion classifier with fusion layer {@code fusion} and records its curves. */
    public TwoViewRun run(TwoViewImages train, TwoViewImages test, int fusion, long seed) {
        Require.nonNull("train", train);
        Require.nonNull("test", test);
        Require.that(train.size() == trainImages, "train.size", train.size(), "must be " + trainImages);
        Require.that(test.dim() == train.dim(), "test.dim", test.dim(), "must equal train.dim = " + train.dim());
        int d = train.dim();
        FusionClassifier net = new FusionClassifier(d, hidden, TwoViewImages.CLASSES, depth, fusion, Seeds.derive(seed, 0));
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 1));
        Evaluation eval = new Evaluation(test, corruption, Seeds.derive(seed, 2));
        int[] order = new int[trainImages];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        float[] clean = new float[batch * d];
        float[] viewA = new float[batch * d];
        float[] viewB = new float[batch * d];
        int[] labels = new int[batch];
        double[][] curves = new double[4][epochs + 1];
        eval.record(net, curves, 0);
        double lr = learningRate;
        try (Progress progress = Progress.auto("two-view training, L_f = " + fusion, epochs)) {
            for (int e = 1; e <= epochs; e++) {
                shuffle(order, rng);
                for (int start = 0; start < trainImages; start += batch) {
                    for (int i = 0; i < batch; i++) {
                        int n = order[start + i];
                        System.arraycopy(train.pixels(), n * d, clean, i * d, d);
                        labels[i] = train.labels()[n];
                    }
                    corruption.views(clean, 0, batch, d, rng, viewA, viewB);
                    net.step(viewA, viewB, labels, lr);
                }
                lr *= learningRateDecay;
                eval.record(net, curves, e);
                progress.step();
            }
        }
        return new TwoViewRun(fusion, curves[0], curves[1], curves[2], curves[3]);
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** The fixed test inputs: one draw of the two views, and each clean view with zeros in the other. */
    private static final class Evaluation {
        final float[] viewA;
        final float[] viewB;
        final float[] clean;
        final float[] zeros;
        final int[] labels;

        Evaluation(TwoViewImages test, ViewCorruption corruption, long seed) {
            int n = test.size() * test.dim();
            viewA = new float[n];
            viewB = new float[n];
            corruption.views(test.pixels(), 0, test.size(), test.dim(), Seeds.stream(seed), viewA, viewB);
            clean = test.pixels();
            zeros = new float[n];
            labels = test.labels();
        }

        void record(FusionClassifier net, double[][] curves, int e) {
            curves[0][e] = net.loss(viewA, viewB, labels);
            curves[1][e] = net.accuracy(viewA, viewB, labels);
            curves[2][e] = net.accuracy(clean, zeros, labels);
            curves[3][e] = net.accuracy(zeros, clean, labels);
        }
    }
}
