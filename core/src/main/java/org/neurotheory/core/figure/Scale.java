package org.neurotheory.core.figure;

import java.util.Arrays;
import java.util.Locale;

/**
 * How big a figure's computation is: {@link #QUICK} finishes in seconds to a minute on two
 * cores and still shows the effect; {@link #PAPER} uses the paper's sizes.
 */
public enum Scale {
    QUICK, PAPER;

    /** Parses {@code quick} or {@code paper} (case-insensitive). */
    public static Scale parse(String text) {
        for (Scale s : values()) {
            if (s.name().equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("scale = " + text + " is not allowed: must be one of "
                + Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }

    /** Picks the value for this scale. */
    public <T> T pick(T quick, T paper) {
        return this == QUICK ? quick : paper;
    }

    /** Picks the value for this scale. */
    public int pick(int quick, int paper) {
        return this == QUICK ? quick : paper;
    }

    /** Picks the value for this scale. */
    public double pick(double quick, double paper) {
        return this == QUICK ? quick : paper;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
