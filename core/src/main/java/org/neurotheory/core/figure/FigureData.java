package org.neurotheory.core.figure;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurotheory.core.Require;

/**
 * What a figure computed: parameters, panels of plain numbers, and checks. No drawing happens
 * here; {@link FigureSpec#render(FigureData)} styles it, tests read the numbers directly.
 */
public final class FigureData {
    private final String title;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final List<Panel> panels = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Color> colours = new LinkedHashMap<>();

    /** @param title the figure's title, e.g. "Fig. 2: loss curves, ATTN_M vs ATTN_S" */
    public FigureData(String title) {
        this.title = Require.nonNull("title", title);
    }

    /** Records a parameter (number, string, boolean or array) for the run record. */
    public FigureData parameter(String name, Object value) {
        Require.nonNull("name", name);
        parameters.put(name, value);
        return this;
    }

    /** Records every component of a parameter record: {@code parameters(params)} uses its {@code toString()}. */
    public FigureData parameters(Record params) {
        Require.nonNull("params", params);
        for (var c : params.getClass().getRecordComponents()) {
            try {
                parameters.put(c.getName(), c.getAccessor().invoke(params));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read record component " + c.getName(), e);
            }
        }
        return this;
    }

    /** Adds and returns a new panel. */
    public Panel panel(String name, String xLabel, String yLabel) {
        for (Panel p : panels) {
            Require.that(!p.name().equals(name), "panel name", name, "must be unique");
        }
        Panel p = new Panel(name, xLabel, yLabel);
        panels.add(p);
        return p;
    }

    /** Adds a check. */
    public FigureData check(Check check) {
        checks.add(Require.nonNull("check", check));
        return this;
    }

    /** Adds a free-text note (departures from the paper, reconstructed parts). */
    public FigureData note(String text) {
        notes.add(Require.nonNull("text", text));
        return this;
    }

    /**
     * Draws every series of {@code condition} (in every panel) in {@code colour}: the paper's own
     * colours where it has them.
     */
    public FigureData colour(String condition, Color colour) {
        colours.put(Require.nonNull("condition", condition), Require.nonNull("colour", colour));
        return this;
    }

    /** The colours fixed by {@link #colour}, by condition. */
    public Map<String, Color> colours() {
        return Collections.unmodifiableMap(colours);
    }

    public String title() {
        return title;
    }

    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    public List<Panel> panels() {
        return Collections.unmodifiableList(panels);
    }

    /** The panel called {@code name}. */
    public Panel panel(String name) {
        return panels.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("panel = " + name
                        + " is not allowed: figure has " + panels.stream().map(Panel::name).toList()));
    }

    public List<Check> checks() {
        return Collections.unmodifiableList(checks);
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** True when every check passed. */
    public boolean allChecksPass() {
        return checks.stream().allMatch(Check::pass);
    }
}
