package org.neurotheory.core.figure;

/**
 * The x axis of a {@link Panel#turnX} panel: angles over one turn, drawn in units of pi from 0 to 2
 * with a tick at every half (0, pi/2, pi, 3 pi/2, 2 pi).
 */
final class TurnTicks {
    /** One turn in units of pi, ticked every half. */
    static final AxisScale AXIS = new AxisScale(0, 2, 0.5, false, false);

    private TurnTicks() {
    }

    /** The tick label of {@code v} (in units of pi): 0, π/2, π, 3π/2, 2π; a value off the half-steps as a number. */
    static String label(Double v) {
        long halves = Math.round(v / AXIS.step());
        if (Math.abs(v - halves * AXIS.step()) > 1e-9) {
            return String.valueOf(v);
        }
        if (halves == 0) {
            return "0";
        }
        String sign = halves < 0 ? "\u2212" : "";
        long h = Math.abs(halves);
        if (h % 2 == 0) {
            return sign + (h == 2 ? "" : String.valueOf(h / 2)) + "\u03c0";
        }
        return sign + (h == 1 ? "" : String.valueOf(h)) + "\u03c0/2";
    }
}
