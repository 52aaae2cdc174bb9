package org.neurotheory.core.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * The extent and tick labels of one axis. A linear axis runs between multiples of a 1-2-5 step
 * chosen for at most eight intervals, so XChart's tick finder (which also steps in 1-2-5 and drops
 * to a coarser step until labels are distinct and do not overlap) lands on round values; the
 * labels carry as many decimals as the step needs, and use a power of ten for very large or small
 * magnitudes. A logarithmic axis is widened to a whole decade when one is within half a decade,
 * so its decades are labelled and its minor ticks drawn; an axis spanning less than about a decade
 * labels its 1-9 multiples instead.
 *
 * @param min        lower end
 * @param max        upper end
 * @param step       tick step of a linear axis (NaN for a logarithmic one)
 * @param log        whether the axis is logarithmic
 * @param decadeOnly for a logarithmic axis, whether only decades carry labels
 */
record AxisScale(double min, double max, double step, boolean log, boolean decadeOnly) {
    /** At most this many tick intervals: the smallest 1-2-5 step that needs no more. */
    private static final int INTERVALS = 8;

    /** A linear axis covering {@code [lo, hi]}. */
    static AxisScale linear(double lo, double hi) {
        if (!(Double.isFinite(lo) && Double.isFinite(hi))) {
            return new AxisScale(0, 1, 0.2, false, false);
        }
        if (hi <= lo) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        double step = niceStep((hi - lo) / INTERVALS);
        double min = Math.floor(lo / step + 1e-9) * step;
        double max = Math.ceil(hi / step - 1e-9) * step;
        return new AxisScale(clean(min), clean(max), step, false, false);
    }

    /** A logarithmic axis covering {@code [lo, hi]}, both positive. */
    static AxisScale log(double lo, double hi) {
        if (!(lo > 0 && hi > 0 && Double.isFinite(lo) && Double.isFinite(hi))) {
            return new AxisScale(1, 10, Double.NaN, true, true);
        }
        if (hi <= lo) {
            lo /= 2;
            hi *= 2;
        }
        double a = Math.log10(lo);
        double b = Math.log10(hi);
        if (b - a < 1.2) {
            double min = Math.pow(10, Math.floor(a)) * Math.floor(lo / Math.pow(10, Math.floor(a)) + 1e-9);
            double top = Math.pow(10, Math.floor(b));
            double max = top * Math.ceil(hi / top - 1e-9);
            return new AxisScale(clean(min), clean(max), Double.NaN, true, false);
        }
        double min = a - Math.floor(a) < 0.5 ? Math.pow(10, Math.floor(a)) : lo;
        double max = Math.ceil(b) - b < 0.5 ? Math.pow(10, Math.ceil(b)) : hi;
        return new AxisScale(min, max, Double.NaN, true, true);
    }

    /** The 1-2-5 value nearest above {@code raw}. */
    static double niceStep(double raw) {
        double e = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / e;
        double m = f <= 1 + 1e-9 ? 1 : f <= 2 + 1e-9 ? 2 : f <= 5 + 1e-9 ? 5 : 10;
        return clean(m * e);
    }

    /** The tick-label formatter of a linear axis: decimals from the step, powers of ten for extreme magnitudes. */
    Function<Double, String> labels() {
        double mag = Math.max(Math.abs(min), Math.abs(max));
        boolean scientific = mag >= 1e5 || mag < 1e-3;
        int stepExponent = (int) Math.floor(Math.log10(step) + 1e-9);
        return v -> {
            if (Math.abs(v) < 1e-9 * step) {
                return "0";
            }
            if (!scientific) {
                return new BigDecimal(v).setScale(Math.max(0, -stepExponent), RoundingMode.HALF_EVEN).toPlainString()
                        .replace('-', '\u2212');
            }
            int e = (int) Math.floor(Math.log10(Math.abs(v)) + 1e-9);
            String m = new BigDecimal(v / Math.pow(10, e)).setScale(Math.max(0, e - stepExponent), RoundingMode.HALF_EVEN)
                    .stripTrailingZeros().toPlainString().replace('-', '\u2212');
            return m + "\u00d710" + MathText.unicode("^{" + e + "}");
        };
    }

    /** The DecimalFormat pattern of a logarithmic axis: plain numbers unless a labelled value is extreme. */
    String logPattern() {
        boolean plain = min >= 1e-3 * 0.999 && max <= 1e4 * 1.001;
        if (!plain) {
            return "0E0";
        }
        return min >= 1 ? "0" : "0." + "#".repeat(Math.max(1, (int) Math.ceil(-Math.log10(min) - 1e-9)));
    }

    /** Rounds away binary noise such as 0.30000000000000004. */
    static double clean(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(12)).doubleValue();
    }
}
