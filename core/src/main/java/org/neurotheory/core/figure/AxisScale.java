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
 * so its decades are labelled and its minor ticks drawn; an axis spanning fewer than
 * {@link #DECADES} decades labels its 1, 2 and 5 multiples instead ({@link LogTicks}).
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
    /** The widest span of whole numbers ticked at every one of them ({@link #wholeNumbers}). */
    static final int WHOLE_TICKS = 10;
    /** Log axes spanning fewer decades label their 1, 2 and 5 multiples, wider ones their decades. */
    static final double DECADES = 2.5;

    /** A linear axis covering {@code [lo, hi]}. */
    static AxisScale linear(double lo, double hi) {
        return linear(lo, hi, 0);
    }

    /**
     * A linear axis covering {@code [lo, hi]} whose step is at least {@code minStep} (1 for whole
     * numbers). A range narrower than rounding ({@code 1e-9} relative) counts as one value and is
     * padded by a tenth of it, so a constant curve reads 1.69, not 1.6923076923100000.
     */
    static AxisScale linear(double lo, double hi, double minStep) {
        if (!(Double.isFinite(lo) && Double.isFinite(hi))) {
            return new AxisScale(0, 1, 0.2, false, false);
        }
        if (hi - lo <= 1e-9 * Math.max(Math.abs(lo), Math.abs(hi))) {
            double mid = (lo + hi) / 2;
            double pad = mid == 0 ? 1 : Math.abs(mid) * 0.1;
            lo = mid - pad;
            hi = mid + pad;
        }
        double step = Math.max(minStep, niceStep((hi - lo) / INTERVALS));
        double min = Math.floor(lo / step + 1e-9) * step;
        double max = Math.ceil(hi / step - 1e-9) * step;
        return new AxisScale(clean(min), clean(max), step, false, false);
    }

    /**
     * An axis of whole numbers (tasks, layers, methods) over {@code [lo, hi]} ticked at every one of
     * them when they are at most {@link #WHOLE_TICKS} apart, else {@link #linear} with a whole step.
     */
    static AxisScale wholeNumbers(double lo, double hi) {
        if (Double.isFinite(lo) && Double.isFinite(hi) && hi - lo >= 1 && hi - lo <= WHOLE_TICKS) {
            return new AxisScale(clean(Math.floor(lo)), clean(Math.ceil(hi)), 1, false, false);
        }
        return linear(lo, hi, 1);
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
        if (b - a < DECADES) {
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

    /** Rounds away binary noise such as 0.30000000000000004. */
    static double clean(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(12)).doubleValue();
    }
}
