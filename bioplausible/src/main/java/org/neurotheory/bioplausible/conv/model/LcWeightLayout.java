package org.neurotheory.bioplausible.conv.model;

import org.neurotheory.bioplausible.conv.theory.PhaseGroups;
import org.neurotheory.core.Require;

/**
 * Shape and memory order of a locally connected layer's weight tensor (Pogodin et al. 2021,
 * Sec. 3): one {@code K x C_out} matrix per output position, {@code K = C_in k^2}, stored as
 * {@code [position][K][C_out]} with position {@code i W_out + j} and {@code K} index
 * {@code (c k + a) k + d} (input channel, kernel row, kernel column), the order of the batched
 * product {@code (P, B, K) x (P, K, C_out)} over positions. Convolution is the special case where
 * every position holds the same matrix.
 *
 * @param inChannels  C_in
 * @param outChannels C_out
 * @param inSize      input height = width H (square maps)
 * @param kernel      odd kernel size k
 * @param stride      stride s, dividing H
 */
public record LcWeightLayout(int inChannels, int outChannels, int inSize, int kernel, int stride) {
    public LcWeightLayout {
        Require.positive("inChannels", inChannels);
        Require.positive("outChannels", outChannels);
        PhaseGroups.outputSize(inSize, kernel, stride);
    }

    /** Output size {@code H / s}. */
    public int outSize() {
        return inSize / stride;
    }

    /** Number of output positions {@code (H/s)^2}. */
    public int positions() {
        return outSize() * outSize();
    }

    /** Fan-in {@code K = C_in k^2}. */
    public int fanIn() {
        return inChannels * kernel * kernel;
    }

    /** Weights per position, {@code K C_out}. */
    public int perPosition() {
        return fanIn() * outChannels;
    }

    /** Total number of weights. */
    public int size() {
        return positions() * perPosition();
    }

    /** Offset of {@code W[i, j][c, a, d][o]}. */
    public int index(int i, int j, int c, int a, int d, int o) {
        return ((i * outSize() + j) * fanIn() + (c * kernel + a) * kernel + d) * outChannels + o;
    }

    /** Zero padding {@code p = (k - 1)/2}. */
    public int padding() {
        return (kernel - 1) / 2;
    }
}
