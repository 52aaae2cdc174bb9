package org.neurotheory.attention.model;

import org.neurotheory.core.Require;

/**
 * The loss {@link EndToEndLoss} of a model's end-to-end tensor as a function of the model's weights:
 * {@code theta -> G(theta) -> fold -> L}. Exact full-batch loss of a fixed training set, or the
 * population loss, at {@code O(H R D^3 + m^2)} per evaluation. Not thread-safe (internal buffers).
 */
public final class EndToEndObjective implements Objective {
    private final AttentionModel model;
    private final EndToEndLoss loss;
    private final double[] raw;
    private final double[] folded;
    private final double[] dFolded;
    private final double[] dRaw;

    public EndToEndObjective(AttentionModel model, EndToEndLoss loss) {
        this.model = Require.nonNull("model", model);
        this.loss = Require.nonNull("loss", loss);
        FeatureSpace s = model.space();
        Require.that(s.kind() == loss.space().kind() && s.dimension() == loss.space().dimension(),
                "loss space", loss.space(), "must equal the model's space " + s);
        raw = new double[s.rawSize()];
        folded = new double[s.foldedSize()];
        dFolded = new double[s.foldedSize()];
        dRaw = new double[s.rawSize()];
    }

    public AttentionModel model() {
        return model;
    }

    public EndToEndLoss loss() {
        return loss;
    }

    @Override
    public int parameterCount() {
        return model.parameterCount();
    }

    /** The folded end-to-end tensor of theta (a copy). */
    public double[] endToEnd(double[] theta) {
        return model.space().fold(model.endToEnd(theta, raw), new double[folded.length]);
    }

    @Override
    public double value(double[] theta) {
        model.space().fold(model.endToEnd(theta, raw), folded);
        return loss.value(folded);
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        model.space().fold(model.endToEnd(theta, raw), folded);
        double v = loss.valueAndGradient(folded, dFolded);
        model.pullBack(theta, model.space().unfold(dFolded, dRaw), gradient);
        return v;
    }
}
