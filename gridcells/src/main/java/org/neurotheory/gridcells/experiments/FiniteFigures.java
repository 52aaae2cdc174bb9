package org.neurotheory.gridcells.experiments;

import java.util.Locale;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.gridcells.model.LossHistory;
import org.neurotheory.gridcells.model.OptimisationResult;

/** Panels shared by the finite-space figures: loss curves and constraint weights, strongest frequencies. */
final class FiniteFigures {
    private FiniteFigures() {
    }

    /** Separation loss (linear), constraint losses and weights (log) of a finite-space optimisation. */
    static void losses(FigureData data, OptimisationResult r, String second, String secondLambda) {
        LossHistory h = r.history();
        double[] step = h.column(LossHistory.STEP);
        data.panel("separation loss", "step", "L_sep").line("separation", step, h.column(LossHistory.FUNCTIONAL));
        data.panel("constraint losses", "step", "loss").logY()
                .line("positivity", step, floor(h.column(LossHistory.POSITIVITY)))
                .line(second, step, floor(h.column(LossHistory.NORM)));
        data.panel("constraint weights", "step", "lambda").logY()
                .line("lambda_p (positivity)", step, h.column(LossHistory.LAMBDA_POS))
                .line(secondLambda, step, h.column(LossHistory.LAMBDA_NORM));
    }

    /** "n (share)" of the {@code count} strongest frequencies. */
    static String strongest(double[] freq, double[] power, int count) {
        Integer[] idx = new Integer[freq.length];
        double total = 0;
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
            total += power[i];
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(power[b], power[a]));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(count, idx.length); i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f (%.2f)", freq[idx[i]], power[idx[i]] / total));
        }
        return sb.toString();
    }

    private static double[] floor(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(out[i], 1e-12);
        }
        return out;
    }
}
