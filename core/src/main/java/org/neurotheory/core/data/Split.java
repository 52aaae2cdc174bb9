package org.neurotheory.core.data;

/** The two standard splits of a catalog dataset. */
public enum Split {
    /** The training images (60000 for the MNIST family, 50000 for CIFAR-10). */
    TRAIN,
    /** The test images (10000). */
    TEST
}
