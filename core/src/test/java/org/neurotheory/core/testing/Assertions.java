package org.neurotheory.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Role;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.figure.Series;

/** Shared test assertions (published in core's test-jar). */
public final class Assertions {
    private Assertions() {
    }

    /**
     * Asserts {@code |expected[i] - actual[i]| <= absTol + relTol |expected[i]|} for every i;
     * on failure reports the worst index, both values and the error.
     */
    public static void assertClose(double[] expected, double[] actual, double absTol, double relTol, String what) {
        if (expected.length != actual.length) {
            fail(what + ": length " + actual.length + " != expected " + expected.length);
        }
        int worst = -1;
        double worstExcess = 0;
        for (int i = 0; i < expected.length; i++) {
            double err = Math.abs(expected[i] - actual[i]);
            double allowed = absTol + relTol * Math.abs(expected[i]);
            double excess = Double.isNaN(err) ? Double.POSITIVE_INFINITY : err - allowed;
            if (excess > worstExcess) {
                worstExcess = excess;
                worst = i;
            }
        }
        if (worst >= 0) {
            fail(String.format("%s: worst index %d: expected %.12g, actual %.12g, |error| %.3g > allowed %.3g",
                    what, worst, expected[worst], actual[worst], Math.abs(expected[worst] - actual[worst]),
                    absTol + relTol * Math.abs(expected[worst])));
        }
    }

    /** Relative-only form of {@link #assertClose(double[], double[], double, double, String)}. */
    public static void assertCloseRel(double[] expected, double[] actual, double relTol, String what) {
        assertClose(expected, actual, 0, relTol, what);
    }

    /** Asserts one value, reporting both numbers. */
    public static void assertClose(double expected, double actual, double absTol, String what) {
        assertClose(new double[] {expected}, new double[] {actual}, absTol, 0, what);
    }

    /**
     * Computes a figure at quick scale and asserts that it has panels, at least one check, and
     * that every check passes (failures list each check with its numbers). Returns the data.
     */
    public static FigureData assertFigurePasses(FigureSpec spec, long seed) {
        return assertFigurePasses(spec, Scale.QUICK, seed);
    }

    /** {@link #assertFigurePasses(FigureSpec, long)} at the given scale. */
    public static FigureData assertFigurePasses(FigureSpec spec, Scale scale, long seed) {
        FigureData data = spec.compute(scale, seed);
        if (data.panels().isEmpty()) {
            fail(spec.key() + ": no panels");
        }
        if (data.checks().isEmpty()) {
            fail(spec.key() + ": no checks");
        }
        String failed = data.checks().stream().filter(c -> !c.pass()).map(Assertions::describe)
                .collect(Collectors.joining("\n  "));
        if (!failed.isEmpty()) {
            fail(spec.key() + " (" + scale + "): failed checks:\n  " + failed);
        }
        return data;
    }

    /**
     * Every condition drawn in several XY panels of a figure gets the same colour in each. The palette
     * colours a panel's conditions in the order they are first drawn (reference lines and empty series
     * aside), so the panels must draw shared conditions in the same order, or the figure must fix
     * their colour ({@link FigureData#colour}). Fails naming the condition and its colour slot per panel.
     */
    public static void assertSameColourInEveryPanel(String key, FigureData data) {
        Map<String, Map<String, List<Integer>>> slots = new LinkedHashMap<>();
        for (Panel p : data.panels()) {
            if (p.kind() != Panel.Kind.XY) {
                continue;
            }
            List<String> free = new ArrayList<>();
            for (Series s : p.series()) {
                String c = p.conditionOf(s.name());
                if (s.x().length > 0 && p.roleOf(s.name()) != Role.REFERENCE && !free.contains(c)
                        && !data.colours().containsKey(c)) {
                    free.add(c);
                }
            }
            // past eight conditions the palette becomes a ramp, where a slot's colour depends on the count too
            int ramp = free.size() > 8 ? free.size() : 0;
            for (String c : free) {
                slots.computeIfAbsent(c, k -> new LinkedHashMap<>()).put(p.name(), List.of(free.indexOf(c), ramp));
            }
        }
        String mismatched = slots.entrySet().stream().filter(e -> new HashSet<>(e.getValue().values()).size() > 1)
                .map(e -> "'" + e.getKey() + "' " + e.getValue()).collect(Collectors.joining("; "));
        if (!mismatched.isEmpty()) {
            fail(key + ": a condition changes colour between panels (panel: [palette slot, ramp size]): " + mismatched);
        }
    }

    /** One line describing a check. */
    public static String describe(Check c) {
        return String.format("%s [%s]: expected %.6g, actual %.6g, tolerance %.3g, pass=%s",
                c.name(), c.kind(), c.expected(), c.actual(), c.tolerance(), c.pass());
    }
}
