/**
 * Paper-specific generators: the reconstructed populations of Figs 2 and 7
 * ({@link org.neurotheory.popcodes.data.RecipePopulations}), seeded random problems
 * ({@link org.neurotheory.popcodes.data.RandomCovariances}) and trial-by-trial simulation of the
 * two-stage circuit ({@link org.neurotheory.popcodes.data.CircuitSampler}).
 */
package org.neurotheory.popcodes.data;
