/**
 * Figures of Schwarz et al. 2021 as reproduced here, one class each, plus a theory figure for
 * Sec. 3 ({@link org.neurotheory.sparsity.experiments.FigT1RichGetRicher}). Each computes plain
 * numbers and checks; the module's docs page lists the paper figure, class and test of each.
 */
package org.neurotheory.sparsity.experiments;
