package org.neurotheory.core.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.neurotheory.core.provenance.LibraryVersion;
import org.neurotheory.core.provenance.RunRecord;

class FigureExportTest {
    private static FigureData sample() {
        FigureData d = new FigureData("sample").parameter("n", 3);
        d.panel("a", "t", "loss").logY().line("sim", new double[] {0, 1, 2}, new double[] {1, 0.5, 0})
                .dashed("theory", new double[] {0, 2}, new double[] {1, 0.25});
        d.panel("b", "x", "y").heatmap().grid("map", new double[] {0, 1, 0, 1}, new double[] {0, 0, 1, 1},
                new double[] {1, 2, 3, Double.NaN});
        d.check(Check.relative("ratio", 2.0, 2.1, 0.1));
        return d;
    }

    @Test
    void checksComputeTheirPass() {
        assertTrue(Check.relative("r", 2, 2.19, 0.1).pass());
        assertFalse(Check.relative("r", 2, 2.21, 0.1).pass());
        assertTrue(Check.absolute("a", 1, 1.04, 0.05).pass());
        assertFalse(Check.absolute("a", 1, Double.NaN, 0.05).pass());
        assertTrue(Check.atMost("m", 1, 1.01, 0.02).pass());
        assertFalse(Check.atLeast("m", 1, 0.9, 0.05).pass());
        assertFalse(Check.holds("h", false).pass());
    }

    @Test
    void csvIsLongFormatWithEveryPoint() {
        String csv = FigureExporter.csv(sample());
        List<String> lines = csv.lines().toList();
        assertEquals("panel,series,x,y,z", lines.get(0));
        assertEquals("a,sim,1.0,0.5,", lines.get(2));
        assertEquals("b,map,1.0,1.0,NaN", lines.get(lines.size() - 1));
        assertEquals(1 + 3 + 2 + 4, lines.size());
    }

    @Test
    void exportWritesDrawableFilesAtomically(@TempDir Path dir) throws IOException {
        FigureData d = sample();
        RunRecord rec = new RunRecord("p", "f", "t", Scale.QUICK, 1, d.parameters(), LibraryVersion.get(),
                RunRecord.javaVersion(), 0.5, d.checks(), d.notes(), null);
        FigureExporter.export(d, FigureRenderer.charts(d), rec, dir, "fig");
        var img = ImageIO.read(dir.resolve("fig.png").toFile());
        assertEquals(2 * 2 * FigureRenderer.PANEL_WIDTH, img.getWidth(), "two panels at twice the resolution");
        assertTrue(Files.readString(dir.resolve("fig.svg")).contains("<svg"));
        assertTrue(Files.readString(dir.resolve("fig.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        var json = JsonParser.parseString(Files.readString(dir.resolve("fig.json"))).getAsJsonObject();
        assertEquals("quick", json.get("scale").getAsString());
        assertTrue(json.getAsJsonArray("checks").get(0).getAsJsonObject().get("pass").getAsBoolean());
        assertEquals(3, json.getAsJsonObject("parameters").get("n").getAsInt());
        try (var files = Files.list(dir)) {
            assertEquals(5, files.count(), "no temporary files are left");
        }
    }

    @Test
    void filesGetTheUmaskPermissionsNotOwnerOnly(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("x.csv");
        AtomicFiles.writeString(target, "x");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
    }

    @Test
    void svgKeepsWhatTheEyeSeesAndCsvEveryPoint(@TempDir Path dir) throws IOException {
        FigureData d = new FigureData("big");
        int n = 50_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.sin(i * 1e-3) + 0.01 * Math.sin(i);
        }
        d.panel("a", "t", "y").line("trace", x, y).markers("dots", x, y);
        RunRecord rec = new RunRecord("p", "f", "t", Scale.QUICK, 1, d.parameters(), LibraryVersion.get(),
                RunRecord.javaVersion(), 0.5, d.checks(), d.notes(), null);
        var charts = FigureRenderer.charts(d);
        FigureExporter.export(d, charts, rec, dir, "big");
        assertTrue(Files.size(dir.resolve("big.svg")) < 1_500_000, "svg " + Files.size(dir.resolve("big.svg")));
        assertEquals(1 + 2L * n, Files.readAllLines(dir.resolve("big.csv")).size());
        assertEquals(n, ((XYChart) charts.get(0)).getSeriesMap().get("trace").getXData().length,
                "the chart gets its points back after the vector export");
    }

    @Test
    void failedWriteLeavesThePreviousFileIntact(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("x.csv");
        AtomicFiles.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("partial".getBytes());
            throw new IOException("interrupted");
        }));
        assertEquals("old", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void scaleParsesAndPicks() {
        assertEquals(Scale.PAPER, Scale.parse("Paper"));
        assertEquals(3, Scale.QUICK.pick(3, 30));
        assertThrows(IllegalArgumentException.class, () -> Scale.parse("huge"));
    }
}
