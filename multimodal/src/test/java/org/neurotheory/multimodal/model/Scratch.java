package org.neurotheory.multimodal.model;

import org.junit.jupiter.api.Test;
import org.neurotheory.multimodal.data.FusionDatasets;
import org.neurotheory.multimodal.data.TrainingSet;

class Scratch {
    @Test
    void run() {
        for (double rho : new double[] {0, 0.5, -0.5, -0.9}) {
            TrainingSet set = TrainingSet.draw(FusionDatasets.toy(2, rho), 8192, 1);
            for (int lf = 1; lf <= 2; lf++) {
                FusionNetwork net = new FusionNetwork(new FusionArchitecture(1, 1, 100, 2, lf, 1));
                long t0 = System.nanoTime();
                TrainingRun run = new GradientDescent(0.04, 40000, 1e-4).run(new MomentObjective(net, set.moments()),
                        net.initialise(InitScheme.PER_ENTRY, 1e-9, 2));
                PhaseTimes pt = PhaseTimes.measure(run, 1 + rho / 2);
                System.out.printf("rho %.2f lf %d epochs %d tA %d tB %d ratio %.3f mis %.3f plateau %.4f final %s  %.1f ms%n", rho, lf, run.epochs(), pt.tA(), pt.tB(), pt.ratio(),
                        pt.misattribution(run), run.weightA()[(pt.tA() + pt.tB()) / 2], java.util.Arrays.toString(run.finalTotals()), (System.nanoTime() - t0) / 1e6);
            }
        }
    }
}
