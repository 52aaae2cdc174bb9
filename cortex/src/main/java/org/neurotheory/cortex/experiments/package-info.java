/**
 * The substitute figure set S1-S7 (docs/papers/cortex.md), one class per figure, each a
 * {@link org.neurotheory.core.figure.FigureSpec} with checks. Quick scale runs the reduced network
 * (half-size populations, p = 0.2, same in-degrees); paper scale runs SUB-0. {@link org.neurotheory.cortex.experiments.StateRuns}
 * runs input states on one network and {@link org.neurotheory.cortex.experiments.StateSummary} computes
 * one row of the §5 table.
 */
package org.neurotheory.cortex.experiments;
