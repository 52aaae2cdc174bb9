package org.neurotheory.gridcells.model;

/**
 * Which form of the bounded-activity ("norm") constraint the optimisation uses.
 * The paper asks for {@code int g_n(x)^2 p(x) dx = 1} for every neuron (Section 2.3).
 */
public enum NormLossMode {
    /**
     * The official code: raw per-shifted-room sums of squares of the unnormalised rates,
     * {@code q_nm = sum_i g_n(x_i + s_m)^2}, loss {@code ||q - 1||_F / (N M_S)}.
     */
    OFFICIAL_RAW,
    /**
     * The paper's stated intent: each shifted room's sum of squares relative to the central
     * room's, {@code q_nm = sum_i g_n(x_i + s_m)^2 / sum_i g_n(x_i)^2}, same loss.
     */
    RATIO
}
