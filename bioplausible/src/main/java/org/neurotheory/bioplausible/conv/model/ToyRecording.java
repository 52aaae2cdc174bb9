package org.neurotheory.bioplausible.conv.model;

import org.neurotheory.core.ode.DivergenceException;

/**
 * The curves of a toy weight-sharing run as they are recorded: the layer's inverse SNR and mean
 * cosine at the start of every trial, after every {@code every}-th step and after the last one.
 * A non-finite inverse SNR throws with the weights of the last finite record.
 */
final class ToyRecording {
    private final int every;
    private final int total;
    private final double[] iterations;
    private final double[][] inverseSnr;
    private final double[][] meanCosine;
    private int point;
    private double[] lastFinite;

    ToyRecording(int trials, int total, int every) {
        this.every = every;
        this.total = total;
        int points = total / every + 1 + (total % every == 0 ? 0 : 1);
        iterations = new double[points];
        inverseSnr = new double[trials][points];
        meanCosine = new double[trials][points];
    }

    /** Records trial {@code trial}'s initial layer. */
    void start(int trial, ToySharingLayer layer) {
        inverseSnr[trial][0] = layer.inverseSnr();
        meanCosine[trial][0] = layer.meanCosine();
        lastFinite = layer.weights();
        point = 1;
    }

    /**
     * Records the layer after {@code done} steps of trial {@code trial} if that is a recorded step.
     *
     * @param what names the run in the message of a divergence
     * @return whether it recorded
     */
    boolean after(int trial, int done, ToySharingLayer layer, String what) {
        if (done % every != 0 && done != total) {
            return false;
        }
        iterations[point] = done;
        inverseSnr[trial][point] = layer.inverseSnr();
        meanCosine[trial][point] = layer.meanCosine();
        if (!Double.isFinite(inverseSnr[trial][point])) {
            throw new DivergenceException(what + " weights diverged at step " + done, iterations[point - 1],
                    lastFinite);
        }
        lastFinite = layer.weights();
        point++;
        return true;
    }

    /** The recorded curves. */
    ToyRun run() {
        return new ToyRun(iterations, inverseSnr, meanCosine);
    }
}
