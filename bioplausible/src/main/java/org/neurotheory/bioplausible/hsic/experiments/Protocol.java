package org.neurotheory.bioplausible.hsic.experiments;

import java.util.Arrays;
import org.neurotheory.bioplausible.hsic.model.Mlp;
import org.neurotheory.core.Require;

/**
 * The training protocol of a Table 1 run (Sec. 2.10 of the paper's settings, Fashion-MNIST): the
 * network width, the number of training images, epochs, learning-rate milestones (all rates times
 * 0.25 after each), batch size and the number of seeds.
 *
 * @param trainImages first images of the 60,000-image training set used
 * @param width       hidden units per layer (3 hidden layers)
 * @param epochs      epochs
 * @param milestones  numbers of completed epochs after which every learning rate is multiplied by 0.25
 * @param batch       mini-batch size
 * @param seeds       independent runs (seeds 0..seeds-1 derived from the figure's seed)
 */
public record Protocol(int trainImages, int width, int epochs, int[] milestones, int batch, int seeds) {
    public Protocol {
        Require.inRange("trainImages", trainImages, 1, 60_000);
        Require.positive("width", width);
        Require.positive("epochs", epochs);
        Require.nonNull("milestones", milestones);
        milestones = milestones.clone();
        for (int m : milestones) {
            Require.positive("milestone", m);
        }
        Require.positive("batch", batch);
        Require.positive("seeds", seeds);
    }

    /** The smoke protocol (about a minute per method on two cores): 20,000 images, 3 x 256, 3 epochs, rates x0.25 after epoch 2, one seed. */
    public static Protocol smoke() {
        return new Protocol(20_000, 256, 3, new int[] {2}, 256, 1);
    }

    /** The reduced protocol: all 60,000 images, 3 x 256, 10 epochs, milestones 5, 8, 9, three seeds. */
    public static Protocol reduced() {
        return new Protocol(60_000, 256, 10, new int[] {5, 8, 9}, 256, 3);
    }

    /** The paper's protocol: 3 x 1024, 100 epochs, milestones 50, 75, 90, five seeds. */
    public static Protocol paper() {
        return new Protocol(60_000, 1024, 100, new int[] {50, 75, 90}, 256, 5);
    }

    /**
     * Whether this is the paper's protocol up to the number of seeds (the setting of the paper's
     * Table 1 numbers): all 60,000 images, 3 x 1024, 100 epochs, milestones 50, 75, 90, batch 256.
     */
    public boolean isPaperProtocol() {
        Protocol p = paper();
        return trainImages == p.trainImages && width == p.width && epochs == p.epochs
                && Arrays.equals(milestones, p.milestones) && batch == p.batch;
    }

    /** A copy with another number of seeds. */
    public Protocol withSeeds(int s) {
        return new Protocol(trainImages, width, epochs, milestones, batch, s);
    }

    /** The network of this protocol for the MNIST family (784 inputs). */
    public Mlp mlp() {
        return Mlp.paper().withWidth(width);
    }

    /** The network of this protocol for {@code dataset}'s input size. */
    public Mlp mlp(Table1Dataset dataset) {
        Mlp p = Mlp.paper();
        return new Mlp(dataset.inputs(), width, p.depth(), p.classes(), p.slope(), p.dropout());
    }

    @Override
    public int[] milestones() {
        return milestones.clone();
    }

    @Override
    public String toString() {
        return "Protocol[trainImages=" + trainImages + ", width=" + width + ", epochs=" + epochs + ", milestones="
                + Arrays.toString(milestones) + ", batch=" + batch + ", seeds=" + seeds + "]";
    }
}
