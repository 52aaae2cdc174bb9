/**
 * One class per figure of the relu module (all reconstructed from the paper card, see
 * docs/papers/relu.md): {@link org.neurotheory.relu.experiments.AlphaSweep} (the paper's slope
 * sweep, key {@code fige2}, and the closed form with an odd residual, {@code fige3}),
 * {@link org.neurotheory.relu.experiments.FigE5ExactEquivalence} ({@code exactness}),
 * {@link org.neurotheory.relu.experiments.FigE1Expressivity} ({@code expressivity}),
 * {@link org.neurotheory.relu.experiments.FigE4EquivalenceBreaking} ({@code breaking}) and
 * {@link org.neurotheory.relu.experiments.FigE6DeepNetworks} ({@code deep}); each has a parameter
 * record with {@code paper()} and {@code quick()} presets. {@link org.neurotheory.relu.experiments.LossCurves}
 * holds the shared curve measurements (half-drop time, gaps).
 */
package org.neurotheory.relu.experiments;
