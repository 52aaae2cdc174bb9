package org.neurotheory.bioplausible.conv.experiments;

import java.util.Arrays;
import org.neurotheory.bioplausible.conv.data.ShiftedFashionMnist;
import org.neurotheory.bioplausible.conv.model.ReducedNetwork;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.DatasetUnavailableException;

/**
 * The training protocol shared by the image figures, our reduced stand-in for the paper's CIFAR
 * runs (Pogodin et al. 2021, Sec. 5): the first {@code trainImages} and {@code testImages} images of
 * shifted Fashion-MNIST (offsets from {@code dataSeed}), the reduced three-layer network, Adam with
 * batch {@code batch}, and, after training, the batch-norm running statistics recomputed over all
 * training images (a sharing event replaces the weights whose activity the running statistics
 * describe).
 *
 * @param trainImages training images
 * @param testImages  test images
 * @param widths      channels of the three layers
 * @param batchNorm   batch normalisation after each layer
 * @param epochs      passes over the training images
 * @param batch       images per iteration (before repetition)
 * @param lr          Adam learning rate
 * @param seeds       training seeds per arm
 * @param dataSeed    seed of the canvas offsets
 */
public record ImageProtocol(int trainImages, int testImages, int[] widths, boolean batchNorm, int epochs, int batch,
                            double lr, int seeds, long dataSeed) {
    public ImageProtocol {
        Require.inRange("trainImages", trainImages, 2, 60_000);
        Require.inRange("testImages", testImages, 1, 10_000);
        Require.that(widths != null && widths.length == 3, "widths.length", widths == null ? "null" : widths.length,
                "must be 3");
        widths = widths.clone();
        Require.positive("epochs", epochs);
        Require.inRange("batch", batch, 1, trainImages);
        Require.positive("lr", lr);
        Require.positive("seeds", seeds);
    }

    @Override
    public int[] widths() {
        return widths.clone();
    }

    /** Training settings of {@link ImageTraining} for this protocol. */
    public ImageTraining.Settings settings() {
        return new ImageTraining.Settings(new ReducedNetwork(ShiftedFashionMnist.CANVAS, widths, false, batchNorm, 10),
                epochs, batch, lr).withStatisticsImages(batchNorm ? trainImages : 0);
    }

    /** Loads the data from Debian's {@code dataset-fashion-mnist} (or {@code -Dneurotheory.fashionMnist}). */
    public ShiftedFashionMnist data() {
        return ShiftedFashionMnist.load(ShiftedFashionMnist.locate().orElseThrow(() -> new DatasetUnavailableException(
                "Fashion-MNIST not found: install dataset-fashion-mnist or set -Dneurotheory.fashionMnist")),
                trainImages, testImages, dataSeed);
    }

    /** Whether {@code other} trains the same way on the same data (seeds may differ). */
    public boolean sameSettingAs(ImageProtocol other) {
        return other != null && withSeeds(1).equals(other.withSeeds(1));
    }

    /** A copy with {@code n} seeds per arm. */
    public ImageProtocol withSeeds(int n) {
        return new ImageProtocol(trainImages, testImages, widths, batchNorm, epochs, batch, lr, n, dataSeed);
    }

    /** Optimiser iterations per epoch (the last incomplete batch is dropped). */
    public int iterationsPerEpoch() {
        return trainImages / batch;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageProtocol p && trainImages == p.trainImages && testImages == p.testImages
                && Arrays.equals(widths, p.widths) && batchNorm == p.batchNorm && epochs == p.epochs
                && batch == p.batch && lr == p.lr && seeds == p.seeds && dataSeed == p.dataSeed;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(widths) * 31 + Integer.hashCode(trainImages) + Double.hashCode(lr);
    }

    @Override
    public String toString() {
        return "ImageProtocol[trainImages=" + trainImages + ", testImages=" + testImages + ", widths="
                + Arrays.toString(widths) + ", batchNorm=" + batchNorm + ", epochs=" + epochs + ", batch=" + batch
                + ", lr=" + lr + ", seeds=" + seeds + ", dataSeed=" + dataSeed + "]";
    }
}
