package org.neurotheory.core.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.neurotheory.core.Require;

/**
 * A named quantitative claim of a figure: the value the paper or the theory expects, the value
 * the simulation produced, the tolerance and whether it passed. Build with the factories, which
 * say what kind of comparison the tolerance belongs to; {@link #criterion()} and
 * {@link #result()} say it in words for tables.
 *
 * @param name      what is compared, e.g. "final loss vs Eq. (10)"
 * @param expected  theory or paper value (the bound for {@code max} and {@code min}; 1 for {@code holds})
 * @param actual    simulated value (1 or 0 for {@code holds})
 * @param tolerance allowed deviation, in the units of {@code kind}
 * @param kind      {@code abs}, {@code rel}, {@code max} (actual <= expected + tol), {@code min}
 *                  (actual >= expected - tol) or {@code holds} (a yes/no claim)
 * @param pass      whether the claim holds
 */
public record Check(String name, double expected, double actual, double tolerance, String kind, boolean pass) {
    /** The kinds of comparison, with the name the JSON record uses for each. */
    public enum Kind {
        /** |actual - expected| <= tolerance. */
        ABS("abs"),
        /** |actual - expected| <= tolerance |expected|. */
        REL("rel"),
        /** actual <= expected + tolerance. */
        MAX("max"),
        /** actual >= expected - tolerance. */
        MIN("min"),
        /** a yes/no claim. */
        HOLDS("holds");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        /** The name in the JSON record. */
        public String json() {
            return json;
        }

        /** The kind called {@code json} in a record. */
        public static Kind of(String json) {
            for (Kind k : values()) {
                if (k.json.equals(json)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("kind = " + json + " is not allowed: must be one of abs, rel, max, min, holds");
        }
    }

    public Check {
        Require.nonNull("name", name);
        Kind.of(Require.nonNull("kind", kind));
        Require.that(tolerance >= 0 || Double.isNaN(tolerance), "tolerance", tolerance, "must be >= 0");
    }

    /** Passes when {@code |actual - expected| <= tolerance}. */
    public static Check absolute(String name, double expected, double actual, double tolerance) {
        return new Check(name, expected, actual, tolerance, "abs", Math.abs(actual - expected) <= tolerance);
    }

    /** Passes when {@code |actual - expected| <= tolerance |expected|}. */
    public static Check relative(String name, double expected, double actual, double tolerance) {
        return new Check(name, expected, actual, tolerance, "rel",
                Math.abs(actual - expected) <= tolerance * Math.abs(expected));
    }

    /** Passes when {@code actual <= bound + tolerance}. */
    public static Check atMost(String name, double bound, double actual, double tolerance) {
        return new Check(name, bound, actual, tolerance, "max", actual <= bound + tolerance);
    }

    /** Passes when {@code actual >= bound - tolerance}. */
    public static Check atLeast(String name, double bound, double actual, double tolerance) {
        return new Check(name, bound, actual, tolerance, "min", actual >= bound - tolerance);
    }

    /** Passes when the condition holds; expected 1, actual 1 or 0 (an ordering or sign claim). */
    public static Check holds(String name, boolean condition) {
        return new Check(name, 1, condition ? 1 : 0, 0, "holds", condition);
    }

    /** The kind of comparison. */
    public Kind comparison() {
        return Kind.of(kind);
    }

    /**
     * What the claim requires, in words: "yes" for a yes/no claim, "<= 0.05" for a bound
     * (the tolerance folded in), "1.23 ± 5%" for a relative and "1.23 ± 0.01" for an absolute
     * tolerance.
     */
    public String criterion() {
        return switch (comparison()) {
            case HOLDS -> "yes";
            case MAX -> "\u2264 " + number(expected + tolerance);
            case MIN -> "\u2265 " + number(expected - tolerance);
            case REL -> number(expected) + " \u00b1 " + number(100 * tolerance) + "%";
            case ABS -> number(expected) + " \u00b1 " + number(tolerance);
        };
    }

    /** The measured value in words: "yes"/"no" for a yes/no claim, else the number. */
    public String result() {
        if (comparison() == Kind.HOLDS) {
            return actual != 0 ? "yes" : "no";
        }
        return number(actual);
    }

    /** A number with four significant digits, plain for moderate magnitudes. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e6) {
            String s = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros()
                    .toPlainString();
            return s;
        }
        return String.format(Locale.ROOT, "%.3e", v).replaceAll("\\.?0+e", "e");
    }
}
