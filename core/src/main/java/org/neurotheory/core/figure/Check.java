package org.neurotheory.core.figure;

import org.neurotheory.core.Require;

/**
 * A named quantitative claim of a figure: the value the paper or the theory expects, the value
 * the simulation produced, the tolerance and whether it passed. Build with the factories, which
 * say what kind of comparison the tolerance belongs to.
 *
 * @param name      what is compared, e.g. "final loss vs Eq. (10)"
 * @param expected  theory or paper value
 * @param actual    simulated value
 * @param tolerance allowed deviation, in the units of {@code kind}
 * @param kind      {@code abs}, {@code rel}, {@code max} (actual <= expected + tol), {@code min} (actual >= expected - tol)
 * @param pass      whether the claim holds
 */
public record Check(String name, double expected, double actual, double tolerance, String kind, boolean pass) {
    public Check {
        Require.nonNull("name", name);
        Require.nonNull("kind", kind);
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
        return new Check(name, 1, condition ? 1 : 0, 0, "abs", condition);
    }
}
