package org.neurotheory.core.figure;

/**
 * What a series is, for the figure grammar of {@link FigureRenderer}: every series of one
 * condition shares the condition's colour; theory is a solid line, simulation markers (or a
 * lighter line of the same colour), reference values a thin grey dashed line.
 */
public enum Role {
    /** A closed-form or numerically solved prediction: solid line in the condition's colour. */
    THEORY,
    /** A simulation or measurement: markers, or a lighter line, in the condition's colour. */
    SIMULATION,
    /** A reference value (chance level, a paper's number, a bound): thin grey dashed line. */
    REFERENCE
}
