package org.neurotheory.bioplausible.conv.experiments;

import org.neurotheory.bioplausible.conv.model.HebbianSleep;
import org.neurotheory.bioplausible.conv.model.SharingSchedule;
import org.neurotheory.core.Require;

/**
 * One arm of the image experiments (Pogodin et al. 2021, Sec. 5 and Table 1 at reduced scale):
 * convolutional or locally connected, with or without weight sharing, with {@code nRep} translated
 * copies of each image.
 *
 * @param name             label in tables and plots
 * @param locallyConnected LC layers instead of convolutions
 * @param sharing          weight-sharing schedule, or {@code null} for none
 * @param nRep             translated copies per image (1 = no augmentation)
 * @param maxShift         largest shift in pixels of a copy (0 = none)
 */
public record ImageArm(String name, boolean locallyConnected, SharingSchedule sharing, int nRep, int maxShift) {
    public ImageArm {
        Require.nonNull("name", name);
        Require.that(sharing == null || locallyConnected, "sharing", sharing, "needs locally connected layers");
        Require.positive("nRep", nRep);
        Require.nonNegative("maxShift", maxShift);
    }

    /** Convolutional network. */
    public static ImageArm conv() {
        return new ImageArm("conv", false, null, 1, 0);
    }

    /** Locally connected network, no sharing. */
    public static ImageArm lc() {
        return new ImageArm("LC", true, null, 1, 0);
    }

    /** LC with instant sharing over phase groups every {@code f} iterations. */
    public static ImageArm lcShared(int f) {
        return new ImageArm("LC + sharing/" + f, true, SharingSchedule.instant(f), 1, 0);
    }

    /** LC with a Hebbian sleep phase every {@code f} iterations. */
    public static ImageArm lcSleep(int f, HebbianSleep.Params sleep) {
        return new ImageArm("LC + sleep/" + f, true, SharingSchedule.sleep(f, sleep), 1, 0);
    }

    /** LC trained on {@code nRep} copies of each image shifted by up to {@code shift} pixels. */
    public static ImageArm lcTranslated(int nRep, int shift) {
        return new ImageArm("LC + " + nRep + " translations", true, null, nRep, shift);
    }

    /** Convolution trained on the same translated copies (the reference of the augmentation curve). */
    public static ImageArm convTranslated(int nRep, int shift) {
        return new ImageArm("conv + " + nRep + " translations", false, null, nRep, shift);
    }
}
