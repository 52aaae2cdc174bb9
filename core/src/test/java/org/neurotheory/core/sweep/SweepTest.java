package org.neurotheory.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.random.Seeds;

class SweepTest {
    private static double work(Map<String, Double> p, long seed) {
        var rng = Seeds.stream(seed);
        double s = 0;
        for (int i = 0; i < 1000; i++) {
            s += rng.nextGaussian() * p.get("a") + p.get("b");
        }
        return s;
    }

    @Test
    void resultsDoNotDependOnThreadCount() {
        List<Map<String, Double>> points = ParameterGrid.of().axis("a", 0.5, 1, 2).axis("b", -1, 0, 1, 2).points();
        assertEquals(12, points.size());
        var one = Sweep.run(points, 99, 1, SweepTest::work);
        var two = Sweep.run(points, 99, 2, SweepTest::work);
        for (int i = 0; i < points.size(); i++) {
            assertEquals(one.get(i).result(), two.get(i).result(), 0.0);
            assertEquals(points.get(i), two.get(i).point());
            assertEquals(Seeds.derive(99, i), two.get(i).seed());
        }
    }

    @Test
    void gridOrderHasFirstAxisSlowest() {
        var pts = ParameterGrid.of().axis("x", 1, 2).axis("y", 10, 20).points();
        assertEquals(Map.of("x", 1.0, "y", 20.0), pts.get(1));
        assertEquals(Map.of("x", 2.0, "y", 10.0), pts.get(2));
    }

    @Test
    void failingPointPropagates() {
        assertThrows(IllegalStateException.class, () -> Sweep.run(List.of(1, 2), 0, 2, (p, s) -> {
            if (p == 2) {
                throw new IllegalStateException("point 2");
            }
            return p;
        }));
    }
}
