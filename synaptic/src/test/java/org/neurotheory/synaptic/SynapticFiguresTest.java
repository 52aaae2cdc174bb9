package org.neurotheory.synaptic;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.FigureContract;
import org.neurotheory.synaptic.experiments.Fig4LtpChange;

/** Every figure at quick scale: checks pass, CSV hashes as committed, keys registered (core's contract). */
class SynapticFiguresTest extends FigureContract {
    SynapticFiguresTest() {
        super(new SynapticPaper());
    }

    /** fig4 runs a 500-synapse simulation (spikes, drift, sampled PSPs, noise): the seed reaches all of it. */
    @Test
    void anotherSeedGivesAnotherCsv() {
        Fig4LtpChange spec = new Fig4LtpChange(Optional.empty());
        assertNotEquals(FigureExporter.csv(spec.compute(Scale.QUICK, 5)), FigureExporter.csv(spec.compute(Scale.QUICK, 6)));
    }
}
