/**
 * One class per figure of the relu module, labelled by experiment E1 ... E6 (docs/papers/relu.md):
 * {@link org.neurotheory.relu.experiments.FigE1Expressivity} ({@code fige1}),
 * {@link org.neurotheory.relu.experiments.FigE2AlphaSweep} (the paper's slope sweep, {@code fige2}),
 * {@link org.neurotheory.relu.experiments.FigE3ClosedForm} (the closed form with an odd residual,
 * {@code fige3}; both on {@link org.neurotheory.relu.experiments.AlphaSweep}, whose slopes are a sweep
 * registered with the paper, one {@link org.neurotheory.relu.experiments.SlopeRun} per alpha),
 * {@link org.neurotheory.relu.experiments.FigE4EquivalenceBreaking} ({@code fige4}),
 * {@link org.neurotheory.relu.experiments.FigE5ExactEquivalence} ({@code fige5}) and
 * {@link org.neurotheory.relu.experiments.FigE6DeepNetworks} ({@code fige6}); each has a parameter
 * record with {@code paper()} and {@code quick()} presets. Curve measurements (half-drop time, gaps)
 * come from core's {@link org.neurotheory.core.figure.Curves}; training runs on core's
 * {@link org.neurotheory.core.ode.GradientDescent}.
 */
package org.neurotheory.relu.experiments;
