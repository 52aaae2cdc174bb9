package org.neurotheory.core.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiguresTest {
    private static FigureData sample() {
        FigureData d = new FigureData("sample");
        d.panel("a", "t", "loss").line("sim", new double[] {0, 1, 2}, new double[] {1, 0.5, 0});
        d.panel("b", "t", "loss").line("sim", new double[] {0, 1}, new double[] {2, 1});
        return d;
    }

    @Test
    void savesPngAndSvgByExtension(@TempDir Path dir) throws IOException {
        Path png = Figures.save(sample(), dir.resolve("fig.png"));
        // two panels side by side, at the export scale
        assertEquals(FigureExporter.PNG_SCALE * 2 * FigureRenderer.PANEL_WIDTH, ImageIO.read(png.toFile()).getWidth());
        Path svg = Figures.save(sample(), dir.resolve("fig.SVG"));
        assertTrue(Files.readString(svg).contains("<svg"));
        Path pdf = Figures.save(sample(), dir.resolve("fig.pdf"));
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void rejectsUnknownExtensionNamingIt(@TempDir Path dir) {
        var e = assertThrows(IllegalArgumentException.class, () -> Figures.save(sample(), dir.resolve("fig.gif")));
        assertTrue(e.getMessage().contains("fig.gif"), e.getMessage());
    }
}
