package org.neurotheory.core.figure;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The tick labels of a logarithmic axis as a reader expects them: plain numbers (0.01, 1, 100)
 * when every labelled value lies in [10⁻³, 10⁴], otherwise powers of ten (10⁻⁶, 2×10⁻⁵), never a
 * mix, and never XChart's "1E5". Decade axes label every decade while the labels have room and
 * every second, third, fifth, ... decade beyond that; narrower axes label as many of the 1-9
 * multiples of each decade as have room ({@link #multiples}). XChart formats log ticks with a {@code DecimalFormat}
 * pattern, so the axis is given a pattern no other label takes ("2E1"; "2E01" on the y axis) and
 * {@link ChartText} draws these labels in its place.
 */
final class LogTicks {
    /** Axis lengths in panel pixels, roughly (the plot inside a 560 × 420 panel, no legend beside it). */
    static final double X_LENGTH = 440;
    private static final double Y_LENGTH = 290;
    /** Room one decade label needs along the axis. */
    private static final double X_ROOM = 42;
    private static final double Y_ROOM = 22;

    private final AxisScale axis;
    private final boolean x;
    private final double length;

    /** Ticks of an axis of the typical length. */
    LogTicks(AxisScale axis, boolean x) {
        this(axis, x, x ? X_LENGTH : Y_LENGTH);
    }

    /** Ticks of an axis {@code length} panel pixels long (shorter with a legend beside the plot). */
    LogTicks(AxisScale axis, boolean x, double length) {
        this.axis = axis;
        this.x = x;
        this.length = length;
    }

    /**
     * The DecimalFormat pattern XChart formats this axis's ticks with. XChart sizes the y axis
     * by these placeholders, so on a y axis that shows 2×10⁻⁵ they carry a decimal ("2.0E-05")
     * to be as wide as the label drawn in their place.
     */
    String pattern() {
        if (x) {
            return "0E0";
        }
        return plain() || axis.decadeOnly() ? "0E00" : "0.0E00";
    }

    /** Whether the labels are plain numbers (every labelled value in [10⁻³, 10⁴]). */
    boolean plain() {
        return axis.min() >= 1e-3 * 0.999 && axis.max() <= 1e4 * 1.001;
    }

    /** Label every k-th decade, the smallest k of 1, 2, 3, 5, 10, 20, ... that leaves each label room. */
    int decadeStride() {
        double decades = Math.log10(axis.max() / axis.min());
        double perDecade = length / Math.max(decades, 1);
        double room = x ? (plain() ? X_ROOM : X_ROOM * 0.9) : Y_ROOM;
        int[] strides = {1, 2, 3, 5, 10, 20, 50, 100};
        for (int k : strides) {
            if (perDecade * k >= room) {
                return k;
            }
        }
        return 100;
    }

    /**
     * Which multiples 1-9 of each decade a narrow axis labels: all of them if their labels have
     * room, else the first of 1-5 and 7, 1-3 and 5, 1, 2 and 5, 1 and 3, 1 alone that leaves
     * each label room (a label is about 7.6 pixels a character wide, 20 pixels high). An axis
     * written in powers of ten that spans a decade or more labels its decades only (and their
     * 3× when a single decade falls inside it).
     */
    boolean[] multiples() {
        double decades = Math.log10(axis.max() / axis.min());
        double perDecade = length / Math.max(decades, 0.3);
        int[][] sets = {{1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 5, 7}, {1, 2, 3, 5}, {1, 2, 5}, {1, 3}, {1}};
        int lo = (int) Math.floor(Math.log10(axis.min()));
        int hi = (int) Math.ceil(Math.log10(axis.max()));
        int first = 0;
        if (!plain() && decades >= 1) {
            // powers of ten: "2×10⁴" labels clutter an axis that holds two decades; label decades (and 3×)
            int inside = hi - lo + 1 - (axis.min() > Math.pow(10, lo) * 1.001 ? 1 : 0)
                    - (axis.max() < Math.pow(10, hi) * 0.999 ? 1 : 0);
            first = inside >= 2 ? sets.length - 1 : sets.length - 2;
        }
        for (int k = first;; k++) {
            int[] set = sets[k];
            int chars = 0;
            for (int n = lo; n <= hi; n++) {
                for (int m : set) {
                    chars = Math.max(chars, plainOrPower(m, n).length());
                }
            }
            double room = x ? 7.6 * chars + 8 : 20;
            double gap = Double.POSITIVE_INFINITY;
            for (int i = 0; i < set.length; i++) {
                double next = i + 1 < set.length ? set[i + 1] : 10;
                gap = Math.min(gap, Math.log10(next / set[i]) * perDecade);
            }
            if (gap >= room || k == sets.length - 1) {
                boolean[] keep = new boolean[10];
                for (int m : set) {
                    keep[m] = true;
                }
                return keep;
            }
        }
    }

    /** The text of the tick at {@code m × 10^n} ({@code m} in 1..9), empty when it is not labelled. */
    String text(int m, int n) {
        if (axis.decadeOnly()) {
            if (m != 1 || Math.floorMod(n, decadeStride()) != 0) {
                return "";
            }
        } else if (!multiples()[m]) {
            return "";
        }
        return plainOrPower(m, n);
    }

    private String plainOrPower(int m, int n) {
        if (plain()) {
            return BigDecimal.valueOf(m).scaleByPowerOfTen(n).stripTrailingZeros().toPlainString();
        }
        String power = "10" + MathText.unicode("^{" + n + "}");
        return m == 1 ? power : m + "\u00d7" + power;
    }

    /** Registers, for every tick XChart can draw on this axis, the label to draw instead. */
    void register(ChartText text, Locale locale) {
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        f.applyPattern(pattern());
        int lo = (int) Math.floor(Math.log10(axis.min())) - 1;
        int hi = (int) Math.ceil(Math.log10(axis.max())) + 1;
        for (int n = lo; n <= hi; n++) {
            for (int m = 1; m <= 9; m++) {
                text.add(f.format(m * Math.pow(10, n)), x ? ChartText.Place.X_TICK : ChartText.Place.Y_TICK, text(m, n));
            }
        }
    }
}
