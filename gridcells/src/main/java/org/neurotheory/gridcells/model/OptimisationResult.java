package org.neurotheory.gridcells.model;

/**
 * What an optimisation produced.
 *
 * @param finalCode      the code after the last step
 * @param best           the best constraint-satisfying snapshot (lowest functional loss among steps
 *                       with both smoothed constraints met), or null if no step met both
 * @param bestFunctional its functional loss (infinite when there is none)
 * @param bestStep       the step it was taken at, -1 when there is none
 * @param history        recorded losses and constraint weights
 * @param lambdaPos      final positivity weight
 * @param lambdaNorm     final norm weight
 */
public record OptimisationResult(ActionableCode finalCode, ActionableCode best, double bestFunctional, long bestStep,
                                 LossHistory history, double lambdaPos, double lambdaNorm) {
    /** The best snapshot when there is one, else the final code (what figures analyse). */
    public ActionableCode chosen() {
        return best != null ? best : finalCode;
    }
}
