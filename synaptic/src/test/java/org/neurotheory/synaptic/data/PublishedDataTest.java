package org.neurotheory.synaptic.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.testing.Assertions;
import org.neurotheory.synaptic.experiments.Fig4LtpChange;
import org.neurotheory.synaptic.experiments.Fig6MeanVariance;
import org.neurotheory.synaptic.experiments.Fig5RateVariability;

/**
 * Card check 5a.10: the statistics recorded in {@link PublishedStatistics} are recomputed from the
 * published tables in ../shared/data/synaptic (skipped when the folder is absent), and the
 * data-overlay figures pass with the tables.
 */
class PublishedDataTest {
    private static Optional<Path> dir;

    @BeforeAll
    static void locate() {
        dir = PublishedTables.find();
    }

    private static Path tables() {
        assumeTrue(dir.isPresent(), "shared/data/synaptic not found above " + System.getProperty("user.dir"));
        return dir.get();
    }

    @Test
    void songThroughOriginSlope() throws IOException {
        double[][] t = SynapseTables.song(tables());
        assertEquals(PublishedStatistics.SONG_N, t[0].length);
        // card: 0.0877 +- 0.0005 (the recorded constant has 4 digits)
        assertEquals(0.0877, LineFit.throughOrigin(t[0], t[1]).slope(), 5e-4);
        assertEquals(PublishedStatistics.SONG_ORIGIN_SLOPE, LineFit.throughOrigin(t[0], t[1]).slope(), 5e-5);
        LineFit ols = LineFit.ordinary(t[0], t[1]);
        assertEquals(PublishedStatistics.SONG_OLS_SLOPE, ols.slope(), 5e-5);
        assertEquals(PublishedStatistics.SONG_OLS_INTERCEPT, ols.intercept(), 5e-5);
        assertEquals(PublishedStatistics.SONG_LOGLOG_SLOPE, LineFit.logLog(t[0], t[1]).slope(), 5e-4);
    }

    @Test
    void koRateSlope() throws IOException {
        double[][] t = SynapseTables.ko(tables());
        assertEquals(PublishedStatistics.KO_N, t[0].length);
        double[] ratio = new double[t[0].length];
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = t[1][i] / t[0][i];
        }
        LineFit fit = LineFit.logLog(t[2], ratio);
        // card: -0.714 +- 0.005, s.e. 0.21, r = -0.28
        assertEquals(-0.714, fit.slope(), 0.005);
        assertEquals(PublishedStatistics.KO_RATE_SLOPE, fit.slope(), 5e-4);
        assertEquals(PublishedStatistics.KO_RATE_SLOPE_SE, fit.slopeSe(), 5e-3);
        assertEquals(PublishedStatistics.KO_RATE_R, fit.r(), 5e-3);
        assertEquals(PublishedStatistics.KO_RATE_INTERCEPT, fit.intercept(), 5e-3);
    }

    @Test
    void sjostromSpearman() throws IOException {
        double[][] t = SynapseTables.sjostromLtp(tables());
        assertEquals(PublishedStatistics.SJOSTROM_N, t[0].length);
        // card: 0.475 +- 0.005
        assertEquals(0.475, LineFit.spearman(t[0], t[1]), 0.005);
        assertEquals(PublishedStatistics.SJOSTROM_SPEARMAN_CV2, LineFit.spearman(t[0], t[1]), 5e-4);
    }

    @Test
    void figuresOverlayTheTables() {
        Optional<Path> d = Optional.of(tables());
        for (var spec : new org.neurotheory.core.figure.FigureSpec[] {
                new Fig4LtpChange(d), new Fig5RateVariability(d), new Fig6MeanVariance(d)}) {
            FigureData data = Assertions.assertFigurePasses(spec, 23);
            assertEquals(1, data.checks().stream().filter(c -> c.name().contains("recomputed from the table")).count(),
                    spec.key() + " recomputes its recorded statistic");
        }
    }
}
