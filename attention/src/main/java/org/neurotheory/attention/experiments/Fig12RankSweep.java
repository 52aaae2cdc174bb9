package org.neurotheory.attention.experiments;

/** Fig. 12 (appendix): the rank sweep of {@link Fig4RankSweep} for R = 3, 5, 6, 7. */
public final class Fig12RankSweep extends RankSweep {
    public Fig12RankSweep() {
        super(Params.figure12());
    }
}
