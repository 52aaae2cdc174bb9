/**
 * Dorrell, Latham, Behrens, Whittington, "Actionable Neural Representations: Grid Cells from
 * Minimal Constraints", ICLR 2023, arXiv:2209.15563.
 */
package org.neurotheory.gridcells;
