package org.neurotheory.multimodal.experiments;

import org.neurotheory.core.Require;
import org.neurotheory.core.data.TwoModalityData;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.multimodal.data.TrainingSet;
import org.neurotheory.multimodal.model.FusionArchitecture;
import org.neurotheory.multimodal.model.FusionNetwork;
import org.neurotheory.multimodal.model.FusionObjective;
import org.neurotheory.multimodal.model.GeneralisationError;
import org.neurotheory.multimodal.model.Training;
import org.neurotheory.multimodal.model.InitScheme;
import org.neurotheory.multimodal.model.MomentObjective;
import org.neurotheory.multimodal.model.SampleObjective;
import org.neurotheory.multimodal.model.TrainingRun;

/**
 * One training run of the paper's protocol (§2.4): draw P samples, initialise, full-batch
 * gradient descent. Linear networks train on the empirical moments (identical to the samples),
 * ReLU networks on the samples; {@code samples = 0} trains a linear network on the population
 * moments (gradient flow on the theory's data). The data and the init use seeds derived from the
 * run's seed.
 *
 * @param population   Sigma, w*, noise
 * @param samples      P, or 0 for population moments (linear only)
 * @param architecture network shape and activation
 * @param init         initialisation scheme
 * @param initScale    gamma or u0
 * @param descent      learning rate, epochs, stopping
 */
public record FusionRun(TwoModalityData population, int samples, FusionArchitecture architecture,
                        InitScheme init, double initScale, Training descent) {
    public FusionRun {
        Require.nonNull("population", population);
        Require.nonNegative("samples", samples);
        Require.nonNull("architecture", architecture);
        Require.nonNull("init", init);
        Require.positive("initScale", initScale);
        Require.nonNull("descent", descent);
        Require.that(samples > 0 || architecture.isLinear(), "samples", samples, "must be > 0 for a nonlinear network");
        Require.that(architecture.dimA() == population.dimA() && architecture.dimB() == population.dimB(),
                "architecture inputs", architecture.dimA() + "+" + architecture.dimB(),
                "must match the population's " + population.dimA() + "+" + population.dimB());
    }

    /** The training set this run draws for the given seed (null for population moments). */
    public TrainingSet trainingSet(long seed) {
        return samples == 0 ? null : TrainingSet.draw(population, samples, Seeds.derive(seed, 0));
    }

    /** Runs with the given seed. */
    public TrainingRun run(long seed) {
        return run(seed, false);
    }

    /** Runs with the given seed, recording E_g against the population when asked. */
    public TrainingRun run(long seed, boolean recordGeneralisation) {
        FusionNetwork net = new FusionNetwork(architecture);
        TrainingSet set = trainingSet(seed);
        FusionObjective objective;
        if (set == null) {
            objective = new MomentObjective(net, population.populationMoments());
        } else if (architecture.isLinear()) {
            objective = new MomentObjective(net, set.moments());
        } else {
            objective = new SampleObjective(net, set.inputs(), set.targets());
        }
        double[] theta0 = net.initialise(init, initScale, Seeds.derive(seed, 1));
        GeneralisationError eg = recordGeneralisation
                ? new GeneralisationError(population.sigma(), population.target()) : null;
        return descent.run(objective, theta0, eg);
    }

    /** Copy with another population. */
    public FusionRun withPopulation(TwoModalityData p) {
        return new FusionRun(p, samples, architecture, init, initScale, descent);
    }

    /** Copy with another architecture. */
    public FusionRun withArchitecture(FusionArchitecture a) {
        return new FusionRun(population, samples, a, init, initScale, descent);
    }

    /** Copy with another initialisation scale. */
    public FusionRun withInitScale(double s) {
        return new FusionRun(population, samples, architecture, init, s, descent);
    }
}
