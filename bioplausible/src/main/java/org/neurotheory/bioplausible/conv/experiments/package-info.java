/**
 * One class per reproduced figure of Pogodin et al. 2021, "Towards Biologically Plausible
 * Convolutional Networks": {@link org.neurotheory.bioplausible.conv.experiments.Fig4SharingConvergence}
 * (toy convergence of weight sharing, SGD and rate circuit, against the closed forms).
 */
package org.neurotheory.bioplausible.conv.experiments;
