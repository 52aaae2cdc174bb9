package org.neurotheory.bioplausible.hsic.model;

/**
 * The three processing modes of the paper (Sec. 2.5, Table 1 columns): the kernel on the raw
 * activity ({@code NONE}), on grouped and centred activity ({@code GROUPED}, "grp", grouping power
 * 0.5), or the latter with divisive normalisation in the forward pass ({@code GROUPED_DIVNORM},
 * "grp+div", p = 0.2 and grouping power q = 1 - p = 0.8, which makes the post-synaptic factor the
 * cell's own normalised rate).
 */
public enum HsicMode {
    NONE("", false, false), GROUPED(" grp", true, false), GROUPED_DIVNORM(" grp+div", true, true);

    /** Divisive-normalisation power p of the paper. */
    public static final double DIVNORM_POWER = 0.2;
    /** Grouping power without divisive normalisation. */
    public static final double GROUPING_POWER = 0.5;
    /** Variance smoothing delta whenever grouping is on. */
    public static final double DELTA = 1.0;

    private final String suffix;
    private final boolean grouped;
    private final boolean divisive;

    HsicMode(String suffix, boolean grouped, boolean divisive) {
        this.suffix = suffix;
        this.grouped = grouped;
        this.divisive = divisive;
    }

    /** Label suffix as in the paper's tables ("", " grp", " grp+div"). */
    public String suffix() {
        return suffix;
    }

    /** Whether the kernel sees grouped, centred activity. */
    public boolean grouped() {
        return grouped;
    }

    /** Whether layers apply divisive normalisation in the forward pass. */
    public boolean divisive() {
        return divisive;
    }

    /** The grouping of this mode for {@code groups} groups, or null in mode NONE. */
    public Grouping grouping(int groups) {
        if (!grouped) {
            return null;
        }
        return new Grouping(groups, divisive ? 1 - DIVNORM_POWER : GROUPING_POWER, DELTA);
    }

    /** The divisive normalisation of this mode for {@code groups} groups, or null. */
    public DivisiveNormalisation divisiveNormalisation(int groups) {
        return divisive ? new DivisiveNormalisation(groups, DIVNORM_POWER, DELTA) : null;
    }
}
