package org.neurotheory.relu.experiments;

import java.util.Arrays;
import org.neurotheory.core.Require;

/**
 * One slope of an {@link AlphaSweep}: the simulated loss curve of the pair-initialised leaky-ReLU
 * network at slope alpha against the linear-network closed form ({@code ReluTimeCourse}), as the
 * result row a sweep backend sends back ({@link #toRow}, {@link #fromRow}).
 *
 * @param steps        GD steps of the recorded points
 * @param losses       simulated loss at those steps
 * @param lossTheory   closed-form loss at those steps
 * @param timeFactor   c = (1+alpha)/2, the closed form's time rescaling
 * @param residualLoss L_res, the best linear fit's loss
 * @param simHalf      simulated half-drop step
 * @param theoryHalf   closed-form half-drop step
 */
public record SlopeRun(double[] steps, double[] losses, double[] lossTheory, double timeFactor, double residualLoss,
                       double simHalf, double theoryHalf) {
    private static final int SCALARS = 5;

    public SlopeRun {
        Require.nonNull("steps", steps);
        Require.length("losses", losses, steps.length);
        Require.length("lossTheory", lossTheory, steps.length);
    }

    /** {@code [timeFactor, residualLoss, simHalf, theoryHalf, n, steps(n), losses(n), lossTheory(n)]}. */
    public double[] toRow() {
        int n = steps.length;
        double[] row = new double[SCALARS + 3 * n];
        row[0] = timeFactor;
        row[1] = residualLoss;
        row[2] = simHalf;
        row[3] = theoryHalf;
        row[4] = n;
        System.arraycopy(steps, 0, row, SCALARS, n);
        System.arraycopy(losses, 0, row, SCALARS + n, n);
        System.arraycopy(lossTheory, 0, row, SCALARS + 2 * n, n);
        return row;
    }

    /** The inverse of {@link #toRow}. */
    public static SlopeRun fromRow(double[] row) {
        Require.that(row.length >= SCALARS, "row.length", row.length, "must be >= " + SCALARS);
        int n = (int) row[4];
        Require.length("row", row, SCALARS + 3 * n);
        return new SlopeRun(Arrays.copyOfRange(row, SCALARS, SCALARS + n),
                Arrays.copyOfRange(row, SCALARS + n, SCALARS + 2 * n),
                Arrays.copyOfRange(row, SCALARS + 2 * n, SCALARS + 3 * n), row[0], row[1], row[2], row[3]);
    }
}
