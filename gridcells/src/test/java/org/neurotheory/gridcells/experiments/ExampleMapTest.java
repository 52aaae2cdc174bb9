package org.neurotheory.gridcells.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Series;
import org.neurotheory.gridcells.analysis.GridScore;
import org.neurotheory.gridcells.analysis.ModuleAssignment;
import org.neurotheory.gridcells.analysis.RateMap;
import org.neurotheory.gridcells.model.ActionableCode;

/**
 * The sweep figures' example map ({@link PlaneSweeps#exampleMap}) on a planted code of two modules: a
 * coarse band module (one frequency, |k| = 1.2, 8 neurons) and a fine hexagonal module (three
 * frequencies 60 degrees apart at |k| = 7, a period of 0.9, 5 neurons). The fine module's neurons are
 * scored and drawn on six of its periods, so the map shown is one of the fine module's neurons, over
 * that window, and hexagonal.
 */
class ExampleMapTest {
    private static final double FINE = 7;

    @Test
    void fineModuleIsDrawnOverSixOfItsPeriods() {
        ActionableCode code = plantedCode();
        List<int[]> modules = ModuleAssignment.modules(code);
        assertEquals(2, modules.size(), "planted modules");
        int[] fine = modules.get(1);
        PlaneRun run = new PlaneRun(code.neurons(), 0.04, 0.5, 2, 8 / 13.0, 0, 0, 1.2, Double.NaN, 0, 0, code);
        FigureData data = new FigureData("example map");
        PlaneSweeps.exampleMap(data, run, "map", "c", "most hexagonal neuron");
        Panel panel = data.panel("map");
        assertEquals("c   most hexagonal neuron (module 2 of 2)", panel.displayTitle());
        assertEquals("x (6 periods of |k| = 7.00)", panel.xLabel());
        double window = PlaneFigures.MAP_PERIODS * Math.PI / FINE;
        Series rate = panel.series("rate");
        double last = Arrays.stream(rate.x()).max().orElseThrow();
        assertEquals(Math.round(RateMap.coordinate(PlaneRun.BINS - 1, PlaneRun.BINS, window) * 100) / 100.0, last, 1e-12, "window");
        RateMap own = RateMap.of(code, PlaneRun.BINS, window);
        int drawn = -1;
        for (int n : fine) {
            if (Arrays.equals(own.map(n), rate.z())) {
                drawn = n;
            }
        }
        assertTrue(drawn >= 0, "the drawn map is a neuron of the fine module on its own window");
        // three plane waves 60 degrees apart sampled at 8 bins per period: a clean hexagonal map (grid60 near 1;
        // the rotated autocorrelogram's interpolation costs a few hundredths)
        assertTrue(GridScore.of(rate.z(), PlaneRun.BINS).grid60() > 0.8, "the drawn map is hexagonal");
    }

    /**
     * A map keeps 50 bins unless its finest dominant frequency would get fewer than 4 bins per period:
     * |k| = 10.18 on the room window (half-width 2 pi, period 0.62) needs ceil(4 x 4 pi x 10.18 / (2 pi)) = 82.
     */
    @Test
    void mapBinsResolveTheFinestDominantFrequency() {
        double room = PlaneRun.EXTENT;
        assertEquals(82, PlaneFigures.mapBins(PlaneRun.BINS, room, 10.18));
        assertEquals(PlaneRun.BINS, PlaneFigures.mapBins(PlaneRun.BINS, room, 5), "25 / 5 = 5 bins per period already");
        assertEquals(PlaneRun.BINS, PlaneFigures.mapBins(PlaneRun.BINS, room, Double.POSITIVE_INFINITY), "no dominant frequency");
        assertEquals(PlaneFigures.MAX_BINS, PlaneFigures.mapBins(PlaneRun.BINS, room, 60), "capped");
        // a fine module on its own six periods keeps 50 bins (50 / 6 per period of its shortest frequency)
        assertEquals(PlaneRun.BINS, PlaneFigures.mapBins(PlaneRun.BINS, PlaneFigures.mapExtent(room, FINE), FINE));
    }

    /** 8 neurons on one frequency of |k| = 1.2 (bands), 5 on three of |k| = 7 at 0, 60 and 120 degrees (hexagons). */
    private static ActionableCode plantedCode() {
        int n = 13;
        int d = 4;
        int b = 2 * d + 1;
        double[] k = {1.2 * Math.cos(0.3), 1.2 * Math.sin(0.3), FINE, 0, FINE / 2, FINE * Math.sqrt(3) / 2, -FINE / 2, FINE * Math.sqrt(3) / 2};
        double[] w = new double[n * b];
        for (int i = 0; i < n; i++) {
            w[i * b] = 2;
            int from = i < 8 ? 0 : 1;
            int to = i < 8 ? 1 : 4;
            for (int q = from; q < to; q++) {
                double phase = 0.7 * i + 1.3 * q;
                w[i * b + 2 * q + 1] = Math.cos(phase);
                w[i * b + 2 * q + 2] = Math.sin(phase);
            }
        }
        return new ActionableCode(n, 2, w, k);
    }
}
