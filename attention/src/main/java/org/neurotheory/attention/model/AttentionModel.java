package org.neurotheory.attention.model;

/**
 * A parametrised model whose prediction is linear in a fixed feature tensor of the prompt:
 * {@code yhat = <G(theta), F(X)>} (see {@link FeatureSpace}). Implementations are immutable and
 * allocate nothing in {@link #endToEnd} and {@link #pullBack}.
 */
public interface AttentionModel {
    /** The feature space of {@code F}. */
    FeatureSpace space();

    /** Length of the flat parameter vector theta. */
    int parameterCount();

    /** Writes the raw end-to-end tensor {@code G(theta)} (length {@code space().rawSize()}); returns it. */
    double[] endToEnd(double[] theta, double[] raw);

    /**
     * Chain rule: given {@code dL/dG} in raw coordinates, writes {@code dL/dtheta} into
     * {@code gradient} (overwritten); returns it.
     */
    double[] pullBack(double[] theta, double[] dRaw, double[] gradient);
}
