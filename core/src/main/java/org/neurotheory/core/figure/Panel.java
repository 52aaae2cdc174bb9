package org.neurotheory.core.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.neurotheory.core.Require;

/**
 * One panel of a figure: axis labels, scales and its series. Built fluently:
 * {@code data.panel("a", "time", "loss").logY().line("simulation", t, l).dashed("theory", t, lTh)}.
 */
public final class Panel {
    /** What kind of chart the panel is. */
    public enum Kind { XY, HEATMAP }

    private final String name;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private boolean logX;
    private boolean logY;
    private Kind kind = Kind.XY;

    Panel(String name, String xLabel, String yLabel) {
        this.name = Require.nonNull("name", name);
        Require.that(!name.contains(","), "panel name", name, "must not contain a comma");
        this.xLabel = Require.nonNull("xLabel", xLabel);
        this.yLabel = Require.nonNull("yLabel", yLabel);
    }

    /** Logarithmic x axis. */
    public Panel logX() {
        logX = true;
        return this;
    }

    /** Logarithmic y axis. */
    public Panel logY() {
        logY = true;
        return this;
    }

    /** Draws the panel as a heat map of the z values of its (single) series. */
    public Panel heatmap() {
        kind = Kind.HEATMAP;
        return this;
    }

    /** Adds a solid line. */
    public Panel line(String label, double[] x, double[] y) {
        return add(new Series(label, x, y, null, Series.Style.LINE));
    }

    /** Adds a dashed line (theory curves). */
    public Panel dashed(String label, double[] x, double[] y) {
        return add(new Series(label, x, y, null, Series.Style.DASHED));
    }

    /** Adds markers only (simulation points, data). */
    public Panel markers(String label, double[] x, double[] y) {
        return add(new Series(label, x, y, null, Series.Style.MARKERS));
    }

    /** Adds a heat-map layer: value z at (x, y). */
    public Panel grid(String label, double[] x, double[] y, double[] z) {
        return add(new Series(label, x, y, z, Series.Style.MARKERS));
    }

    /** Adds a series. */
    public Panel add(Series s) {
        Require.nonNull("series", s);
        Require.that(!s.name().contains(","), "series name", s.name(), "must not contain a comma");
        for (Series existing : series) {
            Require.that(!existing.name().equals(s.name()), "series name", s.name(),
                    "must be unique within panel " + name);
        }
        series.add(s);
        return this;
    }

    public String name() {
        return name;
    }

    public String xLabel() {
        return xLabel;
    }

    public String yLabel() {
        return yLabel;
    }

    public boolean isLogX() {
        return logX;
    }

    public boolean isLogY() {
        return logY;
    }

    public Kind kind() {
        return kind;
    }

    /** The panel's series, in insertion order. */
    public List<Series> series() {
        return Collections.unmodifiableList(series);
    }

    /** The series called {@code label}. */
    public Series series(String label) {
        return series.stream().filter(s -> s.name().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("series = " + label
                        + " is not allowed: panel " + name + " has " + series.stream().map(Series::name).toList()));
    }
}
