package org.neurotheory.synaptic.data;

/**
 * Summary statistics of the published experimental tables, recorded as cited facts (§4.2; computed from the public tables listed in each constant's javadoc). {@link SynapseTables} reads
 * the raw tables (bundled with the module), the figures recompute these numbers from them as checks,
 * and the tests do too.
 */
public final class PublishedStatistics {
    private PublishedStatistics() {
    }

    /** Song, Sjostrom, Reigl, Nelson &amp; Chklovskii (2005), PLoS Biol 3:e68; table songdata.txt of Jegmi/the-bayesian-synapse. */
    public static final String SONG_2005 = "Song et al. 2005, PLoS Biol 3:e68 (rat visual cortex L5 pairs)";
    /** Number of connections in the Song table. */
    public static final int SONG_N = 852;
    /** Song: least-squares slope of EPSP variance (mV^2) on mean (mV) through the origin, mV (the successor's k). */
    public static final double SONG_ORIGIN_SLOPE = 0.08767;
    /** Song: ordinary least-squares slope of variance on mean, mV. */
    public static final double SONG_OLS_SLOPE = 0.08378;
    /** Song: ordinary least-squares intercept, mV^2 (s.e. 0.0056: not different from 0). */
    public static final double SONG_OLS_INTERCEPT = 0.00697;
    /** Song: log-log slope of variance on mean. */
    public static final double SONG_LOGLOG_SLOPE = 0.758;

    /** Ko et al. (2013), Nature 496:96 (mouse V1 L2/3); table data-fig6/ko2013 of JamesMalkin/EfficientBayes. */
    public static final String KO_2013 = "Ko et al. 2013, Nature 496:96 (mouse V1 L2/3)";
    /** Number of connections in the Ko table. */
    public static final int KO_N = 136;
    /** Ko: log-log slope of variance/mean on the presynaptic activity index foopsi_mean (prediction P2). */
    public static final double KO_RATE_SLOPE = -0.7144;
    /** Ko: standard error of {@link #KO_RATE_SLOPE}. */
    public static final double KO_RATE_SLOPE_SE = 0.208;
    /** Ko: intercept of the same regression (natural logs, variance/mean in mV). */
    public static final double KO_RATE_INTERCEPT = -5.693;
    /** Ko: range of foopsi_mean (arbitrary units proportional to rate). */
    public static final double KO_RATE_MIN = 0.0015;
    /** Ko: upper end of the foopsi_mean range. */
    public static final double KO_RATE_MAX = 0.0055;
    /** Ko: Pearson correlation of log variance/mean with log foopsi_mean. */
    public static final double KO_RATE_R = -0.284;

    /** Sjostrom, Turrigiano &amp; Nelson (2001), Neuron 32:1149; table data-fig6/Sjostrom2001_LTP_schug.csv of JamesMalkin/EfficientBayes. */
    public static final String SJOSTROM_2001 = "Sjostrom, Turrigiano & Nelson 2001, Neuron 32:1149 (L5 pairs, LTP)";
    /** Number of LTP recordings. */
    public static final int SJOSTROM_N = 30;
    /** Sjostrom: Spearman correlation of relative change dw_rel with CV^2 = (1 - Pr)/Pr before induction (P1; p = 0.008). */
    public static final double SJOSTROM_SPEARMAN_CV2 = 0.4745;
}
