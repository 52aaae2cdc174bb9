/**
 * One class per figure of the relu module (all reconstructed from the paper card, see
 * docs/papers/relu.md): {@link org.neurotheory.relu.experiments.AlphaSweepFigure} (the paper's slope
 * sweep, key {@code alpha-sweep}, and the closed form with an odd residual, {@code closed-form}),
 * {@link org.neurotheory.relu.experiments.ExactEquivalenceFigure} ({@code exactness}),
 * {@link org.neurotheory.relu.experiments.ExpressivityFigure} ({@code expressivity}),
 * {@link org.neurotheory.relu.experiments.EquivalenceBreakingFigure} ({@code breaking}) and
 * {@link org.neurotheory.relu.experiments.DeepNetworkFigure} ({@code deep}); each has a parameter
 * record with {@code paper()} and {@code quick()} presets. {@link org.neurotheory.relu.experiments.LossCurves}
 * holds the shared curve measurements (half-drop time, gaps).
 */
package org.neurotheory.relu.experiments;
