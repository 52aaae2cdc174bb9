/**
 * One class per reproduced figure of Pogodin et al. 2021, "Towards Biologically Plausible
 * Convolutional Networks": {@link org.neurotheory.bioplausible.conv.experiments.Fig4SharingConvergence}
 * (toy convergence of weight sharing, SGD and rate circuit, against the closed forms) and
 * {@link org.neurotheory.bioplausible.conv.experiments.FigS1SleepConvergence} (derived: one sleep
 * phase on the LC layers of the reduced network against the exact mean-square recursion); the image
 * experiments' driver {@link org.neurotheory.bioplausible.conv.experiments.ImageTraining} with its
 * arms {@link org.neurotheory.bioplausible.conv.experiments.ImageArm}.
 */
package org.neurotheory.bioplausible.conv.experiments;
