package org.neurotheory.core.nn;

/**
 * Thrown when a training loss becomes NaN or infinite. Names the step and the first layer, in
 * forward order, whose parameters or output were no longer finite.
 */
public class TrainingDivergedException extends ArithmeticException {
    private static final long serialVersionUID = 1L;
    private final long step;
    private final String layer;

    /**
     * @param step  the 0-based global step whose loss was not finite
     * @param loss  that loss
     * @param layer where the non-finite values first appeared (or a note that none did)
     */
    public TrainingDivergedException(long step, double loss, String layer) {
        super("loss = " + loss + " at step " + step + "; first non-finite values in layer " + layer);
        this.step = step;
        this.layer = layer;
    }

    /** The 0-based global step whose loss was not finite. */
    public long step() {
        return step;
    }

    /** The first layer with non-finite parameters or output. */
    public String layer() {
        return layer;
    }
}
