package org.neurotheory.core.figure;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Colours of conditions: the colour-blind-safe qualitative palette of Okabe and Ito for up to
 * eight conditions, a sequential viridis ramp for more (a sweep), colours a figure fixes with
 * {@link FigureData#colour} first. Simulation lines are a lighter tint of their condition's colour;
 * reference lines grey.
 */
final class Palette {
    static final Color GREY = new Color(140, 140, 140);
    private static final Color[] QUALITATIVE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x7F3C8D), new Color(0x8C6D31)};
    private static final Color[] VIRIDIS = {
        new Color(0x440154), new Color(0x482878), new Color(0x3E4A89), new Color(0x31688E), new Color(0x26828E),
        new Color(0x1F9E89), new Color(0x35B779), new Color(0x6DCD59), new Color(0xB4DE2C), new Color(0xFDE725)};

    private Palette() {
    }

    /** A colour per condition, in order of first appearance; {@code fixed} colours win. */
    static Map<String, Color> assign(List<String> conditions, Map<String, Color> fixed) {
        Map<String, Color> out = new LinkedHashMap<>();
        List<String> free = conditions.stream().filter(c -> !fixed.containsKey(c)).toList();
        for (int i = 0; i < conditions.size(); i++) {
            String c = conditions.get(i);
            if (fixed.containsKey(c)) {
                out.put(c, fixed.get(c));
                continue;
            }
            int k = free.indexOf(c);
            out.put(c, free.size() <= QUALITATIVE.length ? QUALITATIVE[k] : ramp(k / (double) (free.size() - 1)));
        }
        return out;
    }

    /** Viridis at {@code t} in [0, 1], stopping short of its pale yellow end. */
    static Color ramp(double t) {
        double u = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 2);
        int i = Math.min(VIRIDIS.length - 3, (int) Math.floor(u));
        return mix(VIRIDIS[i], VIRIDIS[i + 1], u - i);
    }

    /** A lighter tint: {@code c} mixed with white. */
    static Color lighter(Color c) {
        return mix(c, Color.WHITE, 0.45);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
}
