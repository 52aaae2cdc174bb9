package org.neurotheory.gridcells.model;

import java.util.Arrays;

/**
 * Losses and constraint weights recorded during an optimisation: at each recorded step the
 * functional loss, the positivity loss, the norm loss and the weights lambda_p and lambda_b. An
 * optimisation on a finite space ({@link FiniteSpaceOptimisation}) records its equivariance loss
 * and lambda_eq in the columns of the second constraint ({@link #NORM}, {@link #LAMBDA_NORM}).
 */
public final class LossHistory {
    /** Columns of a record row. */
    public static final int STEP = 0;
    public static final int FUNCTIONAL = 1;
    public static final int POSITIVITY = 2;
    public static final int NORM = 3;
    public static final int LAMBDA_POS = 4;
    public static final int LAMBDA_NORM = 5;
    private static final int WIDTH = 6;

    private double[] rows;
    private int size;

    LossHistory(int capacity) {
        rows = new double[WIDTH * Math.max(1, capacity)];
    }

    void add(double step, double functional, double positivity, double norm, double lambdaPos, double lambdaNorm) {
        if ((size + 1) * WIDTH > rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
        int o = size * WIDTH;
        rows[o] = step;
        rows[o + 1] = functional;
        rows[o + 2] = positivity;
        rows[o + 3] = norm;
        rows[o + 4] = lambdaPos;
        rows[o + 5] = lambdaNorm;
        size++;
    }

    /** Number of recorded steps. */
    public int size() {
        return size;
    }

    /** Column {@code c} ({@link #STEP}, {@link #FUNCTIONAL}, ...) over all recorded steps. */
    public double[] column(int c) {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = rows[i * WIDTH + c];
        }
        return out;
    }

    double[] raw() {
        return Arrays.copyOf(rows, size * WIDTH);
    }

    static LossHistory of(double[] raw) {
        LossHistory h = new LossHistory(raw.length / WIDTH + 1);
        System.arraycopy(raw, 0, h.rows, 0, raw.length);
        h.size = raw.length / WIDTH;
        return h;
    }
}
