package org.neurotheory.core.figure;

/**
 * The x axis of a {@link Panel#angleX} panel: angles drawn in units of pi, over the data's range
 * rounded out to halves (multiples of pi/2), ticked at every half (pi/2) up to two turns and at every
 * pi beyond.
 */
final class AngleTicks {
    private static final double HALF = 0.5;

    private AngleTicks() {
    }

    /** The axis for drawn values from {@code lo} to {@code hi} (in units of pi). */
    static AxisScale axis(double lo, double hi) {
        if (!(hi > lo)) {
            return new AxisScale(0, 2, HALF, false, false);
        }
        double min = Math.floor(lo / HALF + 1e-9) * HALF;
        double max = Math.ceil(hi / HALF - 1e-9) * HALF;
        return new AxisScale(min, max, max - min <= 4 ? HALF : 1, false, false);
    }

    /** The tick label of {@code v} (in units of pi): 0, π/2, π, 3π/2, 2π, −π/2, ...; a value off the halves as a number. */
    static String label(Double v) {
        long halves = Math.round(v / HALF);
        if (Math.abs(v - halves * HALF) > 1e-9) {
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
