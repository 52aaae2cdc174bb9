package org.neurotheory.bioplausible.conv.model;

/**
 * Which positions of a locally connected layer share weights.
 */
public enum SharingGroups {
    /**
     * The paper's grouping (official code): positions with the same phase {@code (i mod k, j mod k)},
     * border positions included for instant sharing; {@code k^2} groups per channel pair, so the
     * shared layer is a tiled convolution with {@code k^2} interleaved kernels.
     */
    PHASE,
    /** Ablation, not the paper's: one group of all positions, which makes the layer an exact convolution. */
    ALL_POSITIONS
}
