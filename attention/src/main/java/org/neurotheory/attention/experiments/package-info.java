/**
 * One class per figure of Zhang et al. (2025); each computes plain numbers and checks
 * ({@link org.neurotheory.core.figure.FigureSpec}) and is registered by
 * {@link org.neurotheory.attention.AttentionPaper}. Step counts are the official code's GD steps.
 */
package org.neurotheory.attention.experiments;
