package org.neurotheory.attention.experiments;

/**
 * Fig. 4: ATTN_S with separate rank-R key and query, R = 1, 2, 4, 8 (D = 8, H = 9, init 5e-3,
 * eta = 0.02): the rank sets how many principal components are learned per plateau.
 */
public final class Fig4RankSweep extends RankSweep {
    public Fig4RankSweep() {
        super(Params.figure4());
    }
}
