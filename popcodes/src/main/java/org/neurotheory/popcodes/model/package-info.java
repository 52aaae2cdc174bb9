/**
 * The circuit: von Mises {@link org.neurotheory.popcodes.model.TuningCurves}, first-layer noise
 * {@link org.neurotheory.popcodes.model.CovarianceModels} (independent, limited-range,
 * differential, rank-one), and the second stage, either a general linearised
 * {@link org.neurotheory.popcodes.model.DownstreamStage} ({@code y = g(W x) + eta}, Eq. E4) or the
 * {@link org.neurotheory.popcodes.model.ExpPoissonStage} (exponential nonlinearity and Poisson-like
 * counts, linearised and exact moments). Use {@code DownstreamStage.isotropic} for the i.i.d.
 * corruption of Figs 2 and 7.
 */
package org.neurotheory.popcodes.model;
