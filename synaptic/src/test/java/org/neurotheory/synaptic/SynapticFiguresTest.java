package org.neurotheory.synaptic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.figure.Series;
import org.neurotheory.core.testing.FigureContract;
import org.neurotheory.synaptic.experiments.Fig4LtpChange;
import org.neurotheory.synaptic.experiments.Fig7SomaDistance;
import org.neurotheory.synaptic.model.SynapticParameters;
import org.neurotheory.synaptic.theory.DendriticAttenuation;

/** Every figure at quick scale: checks pass, CSV hashes as committed, keys registered (core's contract). */
class SynapticFiguresTest extends FigureContract {
    SynapticFiguresTest() {
        super(new SynapticPaper());
    }

    /**
     * Issue #22's principle for fig7: the plotted s^2/m against distance (sigma_loc = 2 mV, nu = 1 Hz,
     * m = 0.5 mV, sigma_delta^2 = 4.78 mV^2) is the public attenuation form at a = exp(-d / lambda).
     */
    @Override
    protected void moreAssertions(FigureSpec figure, FigureData data) {
        SynapticPublicCalls.verify(figure, data, SEED);
        if (figure instanceof Fig7SomaDistance) {
            SynapticParameters p = SynapticParameters.paper();
            DendriticAttenuation model = new DendriticAttenuation(1, 2);
            Series curve = data.panel("model").series().get(2);
            for (int j = 0; j < curve.size(); j++) {
                assertEquals(curve.y()[j], model.normalisedVariabilityAtAttenuation(1, 0.5, 4.78, p.sigma2Prior(), p.tau(),
                        Math.exp(-curve.x()[j])), 0.0, "s^2/m at d = " + curve.x()[j]);
            }
        }
    }

    /** fig4 runs a 500-synapse simulation (spikes, drift, sampled PSPs, noise): the seed reaches all of it. */
    @Test
    void anotherSeedGivesAnotherCsv() {
        Fig4LtpChange spec = new Fig4LtpChange(Optional.empty());
        assertNotEquals(FigureExporter.csv(spec.compute(Scale.QUICK, 5)), FigureExporter.csv(spec.compute(Scale.QUICK, 6)));
    }
}
