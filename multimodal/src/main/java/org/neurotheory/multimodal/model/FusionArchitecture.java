package org.neurotheory.multimodal.model;

import org.neurotheory.core.Require;

/**
 * The shape of a two-modality fusion network (paper Sec. 2, §2.3): total depth L (weight
 * layers), fusion layer L_f, hidden width H (per branch before fusion), input sizes d_A and d_B,
 * scalar output, no biases, and the activation {@code LeakyReLU(leakySlope)} applied after every
 * pre-fusion layer and after the fusion layer (1 = linear network, 0 = ReLU).
 *
 * <p>Layers 1..L_f-1 are modality specific; layer L_f acts on the concatenation
 * {@code [W_A^{L_f}, W_B^{L_f}]}; layers L_f+1..L are shared. Early fusion is L_f = 1, late fusion
 * L_f = L. The official code's {@code early_fusion} / {@code late_fusion} classes are
 * {@link #early} and {@link #late} with L = 2.
 *
 * @param dimA       d_A, size of modality A
 * @param dimB       d_B, size of modality B
 * @param hidden     H, width of every hidden layer
 * @param depth      L, number of weight layers, >= 2
 * @param fusion     L_f, in [1, L]
 * @param leakySlope negative slope of the activation in [0, 1]; 1 is linear
 */
public record FusionArchitecture(int dimA, int dimB, int hidden, int depth, int fusion, double leakySlope) {
    public FusionArchitecture {
        Require.positive("dimA", dimA);
        Require.positive("dimB", dimB);
        Require.positive("hidden", hidden);
        Require.that(depth >= 2, "depth", depth, "must be >= 2");
        Require.inRange("fusion", fusion, 1, depth);
        Require.inRange("leakySlope", leakySlope, 0, 1);
    }

    /** Two-layer early fusion (the code's {@code early_fusion}). */
    public static FusionArchitecture early(int dimA, int dimB, int hidden, double leakySlope) {
        return new FusionArchitecture(dimA, dimB, hidden, 2, 1, leakySlope);
    }

    /** Two-layer late fusion, H hidden units per modality (the code's {@code late_fusion}). */
    public static FusionArchitecture late(int dimA, int dimB, int hidden, double leakySlope) {
        return new FusionArchitecture(dimA, dimB, hidden, 2, 2, leakySlope);
    }

    /** Copy with another fusion layer. */
    public FusionArchitecture withFusion(int newFusion) {
        return new FusionArchitecture(dimA, dimB, hidden, depth, newFusion, leakySlope);
    }

    /** Copy with another activation slope. */
    public FusionArchitecture withLeakySlope(double slope) {
        return new FusionArchitecture(dimA, dimB, hidden, depth, fusion, slope);
    }

    /** Whether the network is linear (slope 1). */
    public boolean isLinear() {
        return leakySlope == 1.0;
    }

    /** D = d_A + d_B. */
    public int inputs() {
        return dimA + dimB;
    }

    /** Output size of weight layer l (1-based): 1 for l = L, else H. */
    public int outputsOf(int layer) {
        return layer == depth ? 1 : hidden;
    }

    /** Number of shared post-fusion layers, L - L_f. */
    public int sharedLayers() {
        return depth - fusion;
    }
}
