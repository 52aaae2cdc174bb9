package org.neurotheory.synaptic.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.Assertions;
import org.neurotheory.synaptic.SynapticPaper;
import org.neurotheory.synaptic.experiments.DataDirectory;
import org.neurotheory.synaptic.experiments.Fig6MeanVariance;

/**
 * Check 10 of the model reference (docs/papers/synaptic.md): the statistics recorded in
 * {@link PublishedStatistics} are recomputed from the published tables bundled with the module, the
 * figures overlay those tables by default, and the {@value DataDirectory#PROPERTY} property replaces them.
 */
class PublishedDataTest {
    private static SynapseTables tables() {
        return SynapseTables.bundled();
    }

    @Test
    void songThroughOriginSlope() {
        double[][] t = tables().song();
        assertEquals(PublishedStatistics.SONG_N, t[0].length);
        // reference value 0.0877 +- 0.0005, computed from the Song et al. 2005 table (the successor paper's
        // official code uses this slope as its fixed Fano factor k; the recorded constant has 4 digits)
        assertEquals(0.0877, LineFit.throughOrigin(t[0], t[1]).slope(), 5e-4);
        assertEquals(PublishedStatistics.SONG_ORIGIN_SLOPE, LineFit.throughOrigin(t[0], t[1]).slope(), 5e-5);
        LineFit ols = LineFit.ordinary(t[0], t[1]);
        assertEquals(PublishedStatistics.SONG_OLS_SLOPE, ols.slope(), 5e-5);
        assertEquals(PublishedStatistics.SONG_OLS_INTERCEPT, ols.intercept(), 5e-5);
        assertEquals(PublishedStatistics.SONG_LOGLOG_SLOPE, LineFit.logLog(t[0], t[1]).slope(), 5e-4);
    }

    @Test
    void koRateSlope() {
        double[][] t = tables().ko();
        assertEquals(PublishedStatistics.KO_N, t[0].length);
        double[] ratio = new double[t[0].length];
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = t[1][i] / t[0][i];
        }
        LineFit fit = LineFit.logLog(t[2], ratio);
        // reference value computed from the Ko et al. 2013 table: -0.714 +- 0.005, s.e. 0.21, r = -0.28
        assertEquals(-0.714, fit.slope(), 0.005);
        assertEquals(PublishedStatistics.KO_RATE_SLOPE, fit.slope(), 5e-4);
        assertEquals(PublishedStatistics.KO_RATE_SLOPE_SE, fit.slopeSe(), 5e-3);
        assertEquals(PublishedStatistics.KO_RATE_R, fit.r(), 5e-3);
        assertEquals(PublishedStatistics.KO_RATE_INTERCEPT, fit.intercept(), 5e-3);
    }

    @Test
    void sjostromSpearman() {
        double[][] t = tables().sjostromLtp();
        assertEquals(PublishedStatistics.SJOSTROM_N, t[0].length);
        // reference value computed from the Sjostrom et al. 2001 LTP table: 0.475 +- 0.005
        assertEquals(0.475, LineFit.spearman(t[0], t[1]), 0.005);
        assertEquals(PublishedStatistics.SJOSTROM_SPEARMAN_CV2, LineFit.spearman(t[0], t[1]), 5e-4);
    }

    @Test
    void figuresOverlayTheBundledTablesByDefault() {
        Map<String, String> overlay = Map.of("fig4", "Sjostrom 2001 LTP recordings", "fig5", "Ko 2013 connections",
                "fig6", "Song 2005 connections");
        Map<String, Integer> points = Map.of("fig4", PublishedStatistics.SJOSTROM_N, "fig5", PublishedStatistics.KO_N,
                "fig6", PublishedStatistics.SONG_N);
        for (FigureSpec spec : new SynapticPaper().figures()) {
            if (!overlay.containsKey(spec.key())) {
                continue;
            }
            FigureData data = Assertions.assertFigurePasses(spec, 23);
            assertEquals(1, data.checks().stream().filter(c -> c.name().contains("recomputed from the table")).count(),
                    spec.key() + " recomputes its recorded statistic");
            assertEquals("bundled", data.parameters().get("publishedTables"), spec.key());
            assertEquals(points.get(spec.key()), data.panels().stream().flatMap(p -> p.series().stream())
                    .filter(s -> s.name().equals(overlay.get(spec.key()))).mapToInt(s -> s.x().length).sum(), spec.key());
        }
    }

    @Test
    void bundledTablesEqualTheSharedCopies() throws IOException {
        Optional<Path> shared = PublishedTables.find();
        assumeTrue(shared.isPresent(), "shared/data/synaptic not found above " + System.getProperty("user.dir"));
        for (String name : List.of(SynapseTables.SONG, SynapseTables.KO, SynapseTables.SJOSTROM_LTP, "Sjostrom2001_LTD_schug.csv")) {
            try (InputStream in = SynapseTables.class.getResourceAsStream(SynapseTables.RESOURCES + name)) {
                assertArrayEquals(Files.readAllBytes(shared.get().resolve(name)), in.readAllBytes(), name);
            }
        }
        assertArrayEquals(SynapseTables.in(shared.get()).song()[1], tables().song()[1]);
    }

    @Test
    void propertyReplacesTheBundledTables(@TempDir Path dir) throws IOException {
        for (String name : List.of(SynapseTables.SONG, SynapseTables.KO, SynapseTables.SJOSTROM_LTP)) {
            try (InputStream in = SynapseTables.class.getResourceAsStream(SynapseTables.RESOURCES + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        // keep only the first 100 Song connections: the recomputed slope then differs from the recorded one
        List<String> song = Files.readAllLines(dir.resolve(SynapseTables.SONG));
        Files.write(dir.resolve(SynapseTables.SONG), song.subList(0, 100));
        String old = System.getProperty(DataDirectory.PROPERTY);
        try {
            System.setProperty(DataDirectory.PROPERTY, dir.toString());
            assertEquals(dir.toString(), DataDirectory.tables().source());
            assertEquals(100, DataDirectory.tables().song()[0].length);
            FigureData fig6 = new Fig6MeanVariance().compute(Scale.QUICK, 1);
            assertEquals(dir.toString(), fig6.parameters().get("publishedTables"));
            System.setProperty(DataDirectory.PROPERTY, dir.resolve("nowhere").toString());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, DataDirectory::tables);
            assertTrue(e.getMessage().contains(DataDirectory.PROPERTY) && e.getMessage().contains("nowhere"), e.getMessage());
        } finally {
            if (old == null) {
                System.clearProperty(DataDirectory.PROPERTY);
            } else {
                System.setProperty(DataDirectory.PROPERTY, old);
            }
        }
        assertEquals("bundled", DataDirectory.tables().source());
    }
}
