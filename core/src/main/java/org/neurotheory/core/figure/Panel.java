package org.neurotheory.core.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neurotheory.core.Require;

/**
 * One panel of a figure: axis labels, scales and its series. Built fluently:
 * {@code data.panel("a", "time", "loss").logY().line("simulation", t, l).dashed("theory", t, lTh)}.
 *
 * <p>How the series look (not what they hold: the CSV never changes with these) follows the
 * figure grammar of {@link FigureRenderer}: {@link #title(String, String)} names the panel with
 * the paper's label and a few words, {@link #theory}, {@link #simulation} and {@link #reference}
 * (or {@link #tag} on a series added before) give a series a condition and a {@link Role}, so a
 * condition's theory and simulation share one colour and one legend entry.
 */
public final class Panel {
    /** Marker shapes, for telling apart simulations of one condition (e.g. linear vs ReLU networks). */
    public enum Mark { CIRCLE, DIAMOND, SQUARE, TRIANGLE }

    /** What kind of chart the panel is. */
    public enum Kind { XY, HEATMAP }

    /**
     * How far apart to draw series that share a category of a {@link #categoriesX} axis (e.g. the
     * single seeds at {@code i - SIDE_BY_SIDE}, their mean at {@code i}), so that equal values stay visible.
     */
    public static final double SIDE_BY_SIDE = 0.22;

    private final String name;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private boolean logX;
    private boolean logY;
    private boolean angleX;
    private Kind kind = Kind.XY;
    private String label;
    private String caption;
    private String colorLabel;
    private List<String> categoriesX;
    private final Map<String, String> conditions = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();
    private final Map<String, Mark> marks = new HashMap<>();
    private boolean legend = true;

    Panel(String name, String xLabel, String yLabel) {
        this.name = Require.nonNull("name", name);
        Require.that(!name.contains(","), "panel name", name, "must not contain a comma");
        this.xLabel = Require.nonNull("xLabel", xLabel);
        this.yLabel = Require.nonNull("yLabel", yLabel);
    }

    /** Logarithmic x axis. */
    public Panel logX() {
        Require.that(!angleX, "logX", true, "is not allowed on an angle x axis");
        logX = true;
        return this;
    }

    /** Logarithmic y axis. */
    public Panel logY() {
        logY = true;
        return this;
    }

    /**
     * The x values are angles in radians: the axis is drawn in units of pi over the data's range
     * rounded out to multiples of pi/2, ticked at every pi/2 (0, pi/2, pi, 3 pi/2, 2 pi for one turn;
     * every pi beyond two turns) instead of the 1-2-5 steps of a numeric axis (which end at 7). Only the
     * drawing changes; the data, and so the CSV, keep the angles in radians.
     */
    public Panel angleX() {
        Require.that(!logX, "angleX", true, "is not allowed on a logarithmic x axis");
        angleX = true;
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

    /** Adds a theory curve {@code name} of {@code condition}: a solid line in the condition's colour. */
    public Panel theory(String name, String condition, double[] x, double[] y) {
        return line(name, x, y).tag(name, condition, Role.THEORY);
    }

    /** Adds simulation points {@code name} of {@code condition}: markers in the condition's colour. */
    public Panel simulation(String name, String condition, double[] x, double[] y) {
        return markers(name, x, y).tag(name, condition, Role.SIMULATION);
    }

    /** Adds a simulated trace {@code name} of {@code condition}: a lighter line in the condition's colour. */
    public Panel simulationLine(String name, String condition, double[] x, double[] y) {
        return line(name, x, y).tag(name, condition, Role.SIMULATION);
    }

    /**
     * Adds a horizontal reference line {@code y = value} over {@code [from, to]}: a two-point series
     * drawn as a reference ({@link #reference}); a data series, so it lands in the CSV like any other.
     */
    public Panel referenceLine(String name, double from, double to, double value) {
        return reference(name, new double[] {from, to}, new double[] {value, value});
    }

    /** Adds a reference value or curve: a thin grey dashed line, its legend entry {@code name}. */
    public Panel reference(String name, double[] x, double[] y) {
        return dashed(name, x, y).tag(name, name, Role.REFERENCE);
    }

    /**
     * Says which condition the series called {@code series} belongs to and what it is: series of
     * one condition share a colour and one legend entry (labelled {@code condition}).
     */
    public Panel tag(String series, String condition, Role role) {
        series(series);
        conditions.put(series, Require.nonNull("condition", condition));
        roles.put(series, Require.nonNull("role", role));
        return this;
    }

    /**
     * Puts the series called {@code series} into {@code condition} without a role: it keeps the
     * look of its {@link Series.Style}, shares the condition's colour and legend entry (seeds of
     * one condition, curves of one family).
     */
    public Panel condition(String series, String condition) {
        series(series);
        conditions.put(series, Require.nonNull("condition", condition));
        return this;
    }

    /** Draws the markers of the series called {@code series} as {@code mark} (default: circles). */
    public Panel mark(String series, Mark mark) {
        series(series);
        marks.put(series, Require.nonNull("mark", mark));
        return this;
    }

    /** The marker shape of a series. */
    public Mark markOf(String series) {
        return marks.getOrDefault(series, Mark.CIRCLE);
    }

    /** Titles the panel with the paper's panel label (e.g. "b") and a few words; panels are laid out in label order. */
    public Panel title(String label, String words) {
        this.label = Require.nonNull("label", label);
        this.caption = Require.nonNull("words", words);
        return this;
    }

    /** Titles the panel with a few words, for a panel the paper gives no label (it keeps its place in the layout). */
    public Panel caption(String words) {
        this.caption = Require.nonNull("words", words);
        return this;
    }

    /** Draws no legend (many curves of one family, told apart by the axes or the title). */
    public Panel hideLegend() {
        legend = false;
        return this;
    }

    /** Whether the panel draws a legend. */
    public boolean hasLegend() {
        return legend;
    }

    /** Labels a heat map's colour bar (the quantity and its unit). */
    public Panel colorLabel(String text) {
        this.colorLabel = Require.nonNull("text", text);
        return this;
    }

    /**
     * Draws the x axis as categories: x value {@code i} is shown as {@code names[i]} (the data
     * keep the numbers 0, 1, ...).
     */
    public Panel categoriesX(String... names) {
        Require.that(names.length > 0, "names", names.length, "must name at least one category");
        this.categoriesX = List.of(names);
        return this;
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

    /** The paper's panel label given by {@link #title(String, String)}, or null. */
    public String label() {
        return label;
    }

    /** The title drawn above the panel: label and words, or the panel's name. */
    public String displayTitle() {
        if (label == null) {
            return caption == null ? name : caption;
        }
        return label + "   " + caption;
    }

    /** The colour bar's label, or null. */
    public String colorLabelText() {
        return colorLabel;
    }

    /** The x-axis category names, or null for a numeric axis. */
    public List<String> categoriesX() {
        return categoriesX;
    }

    /** The condition of a series: what {@link #tag} gave, else the series' own name. */
    public String conditionOf(String series) {
        return conditions.getOrDefault(series, series);
    }

    /** The role of a series, or null when it was never tagged (then drawn by its {@link Series.Style}). */
    public Role roleOf(String series) {
        return roles.get(series);
    }

    public boolean isLogX() {
        return logX;
    }

    /** Whether the x axis holds angles ({@link #angleX}). */
    public boolean isAngleX() {
        return angleX;
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
