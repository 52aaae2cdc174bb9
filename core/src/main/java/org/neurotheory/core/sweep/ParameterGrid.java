package org.neurotheory.core.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurotheory.core.Require;

/**
 * The Cartesian product of named parameter axes, the first axis varying slowest:
 * {@code ParameterGrid.of().axis("rho", -0.5, 0, 0.5).axis("depth", 2, 4).points()}.
 */
public final class ParameterGrid {
    private final Map<String, double[]> axes = new LinkedHashMap<>();

    private ParameterGrid() {
    }

    /** An empty grid. */
    public static ParameterGrid of() {
        return new ParameterGrid();
    }

    /** Adds an axis with the given values. */
    public ParameterGrid axis(String name, double... values) {
        Require.nonNull("name", name);
        Require.allFinite(name, values);
        Require.that(values.length > 0, name + ".length", values.length, "must be > 0");
        Require.that(!axes.containsKey(name), "axis", name, "must not repeat");
        axes.put(name, values.clone());
        return this;
    }

    /** Every combination, as an ordered name -> value map. */
    public List<Map<String, Double>> points() {
        List<Map<String, Double>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, double[]> axis : axes.entrySet()) {
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> partial : out) {
                for (double v : axis.getValue()) {
                    Map<String, Double> m = new LinkedHashMap<>(partial);
                    m.put(axis.getKey(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        List<Map<String, Double>> frozen = new ArrayList<>();
        for (Map<String, Double> m : out) {
            frozen.add(Collections.unmodifiableMap(m));
        }
        return frozen;
    }

    /** Number of points. */
    public int size() {
        int n = 1;
        for (double[] v : axes.values()) {
            n *= v.length;
        }
        return n;
    }
}
