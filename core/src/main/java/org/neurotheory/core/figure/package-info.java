/**
 * Figures as data: a {@link org.neurotheory.core.figure.FigureSpec} computes
 * {@link org.neurotheory.core.figure.FigureData} (panels of {@link org.neurotheory.core.figure.Series}
 * plus {@link org.neurotheory.core.figure.Check}s) and renders it with XChart;
 * {@link org.neurotheory.core.figure.FigureExporter} writes PNG, SVG, CSV and JSON atomically.
 */
package org.neurotheory.core.figure;
