/**
 * Figures as data: a {@link org.neurotheory.core.figure.FigureSpec} computes
 * {@link org.neurotheory.core.figure.FigureData} (panels of {@link org.neurotheory.core.figure.Series}
 * plus {@link org.neurotheory.core.figure.Check}s and notes) and renders it with XChart in one
 * style ({@link org.neurotheory.core.figure.FigureRenderer}: a colour per condition, theory as lines,
 * simulation as markers, round ticks, Unicode maths);
 * {@link org.neurotheory.core.figure.FigureExporter} writes PNG, SVG, PDF, CSV and JSON atomically.
 */
package org.neurotheory.core.figure;
