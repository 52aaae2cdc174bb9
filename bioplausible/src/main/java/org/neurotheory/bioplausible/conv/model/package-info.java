/**
 * Models of Pogodin et al. 2021, "Towards Biologically Plausible Convolutional Networks": the
 * single-layer weight-sharing toy of Fig. 4, trained by SGD on the sharing objective
 * ({@link org.neurotheory.bioplausible.conv.model.ToySgdSharing}) or through the lateral-inhibition
 * rate circuit ({@link org.neurotheory.bioplausible.conv.model.ToyCircuitSharing},
 * {@link org.neurotheory.bioplausible.conv.model.LateralInhibitionRates}), on plain arrays; and the
 * weight-sharing operations on a locally connected layer's weight tensor
 * ({@link org.neurotheory.bioplausible.conv.model.LcWeightLayout}): instant sharing over phase groups
 * ({@link org.neurotheory.bioplausible.conv.model.InstantSharing}; the all-positions grouping of
 * {@link org.neurotheory.bioplausible.conv.model.SharingGroups} is an ablation, not the paper's), the
 * Hebbian sleep phase through periodic inputs ({@link org.neurotheory.bioplausible.conv.model.HebbianSleep},
 * {@link org.neurotheory.bioplausible.conv.model.PeriodicSleepInput}), the weight SNR metric
 * ({@link org.neurotheory.bioplausible.conv.model.WeightSnr}) and augmentation by repeated translations
 * ({@link org.neurotheory.bioplausible.conv.model.RepeatedTranslations}); the reduced image network
 * ({@link org.neurotheory.bioplausible.conv.model.ReducedNetwork}) on {@code core.nn}'s layers and
 * the schedule that shares its LC weights during training
 * ({@link org.neurotheory.bioplausible.conv.model.SharingSchedule}).
 */
package org.neurotheory.bioplausible.conv.model;
