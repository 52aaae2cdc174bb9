package org.neurotheory.core.sweep;

import java.io.Serializable;

/**
 * The result row of one sweep point, sent back from wherever it was computed.
 *
 * @param index the point
 * @param row   its values
 */
public record SweepResult(int index, double[] row) implements Serializable {
}
