package org.neurotheory.core;

/**
 * Argument validation shared by every public constructor and factory of the library.
 *
 * <p>Each method throws {@link IllegalArgumentException} whose message names the parameter,
 * the offending value and the allowed range, e.g. {@code "lr = -0.1 is not allowed: must be > 0"}.
 * Methods return the validated value so they can be used inline in record compact constructors.
 */
public final class Require {
    private Require() {
    }

    /** Requires {@code value > 0} and finite. */
    public static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw bad(name, value, "must be finite and > 0");
        }
        return value;
    }

    /** Requires {@code value > 0}. */
    public static int positive(String name, int value) {
        if (value <= 0) {
            throw bad(name, value, "must be > 0");
        }
        return value;
    }

    /** Requires {@code value > 0}. */
    public static long positive(String name, long value) {
        if (value <= 0) {
            throw bad(name, value, "must be > 0");
        }
        return value;
    }

    /** Requires {@code value >= 0} and finite. */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw bad(name, value, "must be finite and >= 0");
        }
        return value;
    }

    /** Requires {@code value >= 0}. */
    public static int nonNegative(String name, int value) {
        if (value < 0) {
            throw bad(name, value, "must be >= 0");
        }
        return value;
    }

    /** Requires a finite value (not NaN, not infinite). */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw bad(name, value, "must be finite");
        }
        return value;
    }

    /** Requires {@code lo <= value <= hi}. */
    public static double inRange(String name, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw bad(name, value, "must lie in [" + lo + ", " + hi + "]");
        }
        return value;
    }

    /** Requires {@code lo <= value <= hi}. */
    public static int inRange(String name, int value, int lo, int hi) {
        if (value < lo || value > hi) {
            throw bad(name, value, "must lie in [" + lo + ", " + hi + "]");
        }
        return value;
    }

    /** Requires {@code lo < value < hi}. */
    public static double openRange(String name, double value, double lo, double hi) {
        if (!(value > lo && value < hi)) {
            throw bad(name, value, "must lie in (" + lo + ", " + hi + ")");
        }
        return value;
    }

    /** Requires a probability, {@code 0 <= p <= 1}. */
    public static double probability(String name, double value) {
        return inRange(name, value, 0.0, 1.0);
    }

    /** Requires a non-null reference. */
    public static <T> T nonNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " = null is not allowed: must be non-null");
        }
        return value;
    }

    /** Requires every entry of {@code values} to be finite. */
    public static double[] allFinite(String name, double[] values) {
        nonNull(name, values);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] = " + values[i] + " is not allowed: must be finite");
            }
        }
        return values;
    }

    /** Requires {@code values.length == expected}. */
    public static double[] length(String name, double[] values, int expected) {
        nonNull(name, values);
        if (values.length != expected) {
            throw new IllegalArgumentException(name + ".length = " + values.length
                    + " is not allowed: must equal " + expected);
        }
        return values;
    }

    /** Requires a condition; the message says what the value is and what is allowed. */
    public static void that(boolean condition, String name, Object value, String allowed) {
        if (!condition) {
            throw new IllegalArgumentException(name + " = " + value + " is not allowed: " + allowed);
        }
    }

    private static IllegalArgumentException bad(String name, Object value, String allowed) {
        return new IllegalArgumentException(name + " = " + value + " is not allowed: " + allowed);
    }
}
