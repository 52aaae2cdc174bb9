package org.neurotheory.attention.experiments;

/** Read-outs of recorded loss curves used by the figure checks (steps are array indices). */
final class LossCurves {
    private LossCurves() {
    }

    /** First step with {@code loss < level}, or -1. */
    static int firstBelow(double[] loss, double level) {
        for (int k = 0; k < loss.length; k++) {
            if (loss[k] < level) {
                return k;
            }
        }
        return -1;
    }

    /** First step with loss below the midpoint of its first and last values (the "half-drop step"). */
    static int halfDropStep(double[] loss) {
        return firstBelow(loss, 0.5 * (loss[0] + loss[loss.length - 1]));
    }

    /** {@code min_k |loss[k] - level|}. */
    static double closestApproach(double[] loss, double level) {
        double best = Double.POSITIVE_INFINITY;
        for (double l : loss) {
            best = Math.min(best, Math.abs(l - level));
        }
        return best;
    }

    /** Number of steps with {@code |loss - level| < tolerance}. */
    static int dwell(double[] loss, double level, double tolerance) {
        int n = 0;
        for (double l : loss) {
            if (Math.abs(l - level) < tolerance) {
                n++;
            }
        }
        return n;
    }

    /** 0, 1, ..., n-1 as doubles (the step axis). */
    static double[] steps(int n) {
        double[] s = new double[n];
        for (int k = 0; k < n; k++) {
            s[k] = k;
        }
        return s;
    }

    /** Every {@code stride}-th entry (keeps figures' CSVs small). */
    static double[] thin(double[] x, int stride) {
        double[] out = new double[(x.length + stride - 1) / stride];
        for (int i = 0; i < out.length; i++) {
            out[i] = x[i * stride];
        }
        return out;
    }

    /** A constant line over {@code [0, last]}. */
    static double[] constant(double value) {
        return new double[] {value, value};
    }
}
