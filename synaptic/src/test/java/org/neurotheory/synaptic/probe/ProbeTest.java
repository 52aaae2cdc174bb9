package org.neurotheory.synaptic.probe;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.*;
import org.neurotheory.synaptic.experiments.SamplingBenefitFigure;
class ProbeTest {
  @Test void probe() {
    for (long seed : new long[]{17, 3}) {
    FigureData d = new SamplingBenefitFigure().compute(Scale.QUICK, seed);
    d.checks().forEach(c -> System.out.println(org.neurotheory.core.testing.Assertions.describe(c)));
    for (Series s : d.panel("decisions").series()) System.out.println(s.name()+" "+java.util.Arrays.toString(s.y()));
    System.out.println(d.parameters());
    }
  }
}
