/**
 * Models of Pogodin et al. 2021, "Towards Biologically Plausible Convolutional Networks": the
 * single-layer weight-sharing toy of Fig. 4, trained by SGD on the sharing objective
 * ({@link org.neurotheory.bioplausible.conv.model.ToySgdSharing}) or through the lateral-inhibition
 * rate circuit ({@link org.neurotheory.bioplausible.conv.model.ToyCircuitSharing},
 * {@link org.neurotheory.bioplausible.conv.model.LateralInhibitionRates}), on plain arrays.
 */
package org.neurotheory.bioplausible.conv.model;
