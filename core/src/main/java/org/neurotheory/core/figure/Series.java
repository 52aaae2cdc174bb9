package org.neurotheory.core.figure;

import org.neurotheory.core.Require;

/**
 * One curve (or point set, or heat map) of a panel: plain numbers.
 *
 * @param name  legend label; "theory" curves are conventionally drawn {@link Style#DASHED}
 * @param x     abscissae
 * @param y     ordinates, same length as x
 * @param z     values for heat maps (same length as x), or null
 * @param style how {@link FigureRenderer} draws it
 */
public record Series(String name, double[] x, double[] y, double[] z, Style style) {
    /** Drawing style. */
    public enum Style { LINE, DASHED, MARKERS, LINE_MARKERS }

    public Series {
        Require.nonNull("name", name);
        Require.nonNull("x", x);
        Require.length("y", y, x.length);
        if (z != null) {
            Require.length("z", z, x.length);
        }
        Require.nonNull("style", style);
        x = x.clone();
        y = y.clone();
        z = z == null ? null : z.clone();
    }

    /** Number of points. */
    public int size() {
        return x.length;
    }
}
