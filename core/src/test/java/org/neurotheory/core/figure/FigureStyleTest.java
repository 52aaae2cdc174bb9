package org.neurotheory.core.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

class FigureStyleTest {
    @Test
    void linearAxesRunBetweenRoundValues() {
        AxisScale a = AxisScale.linear(0, 16380);
        assertEquals(0, a.min());
        assertEquals(20000, a.max());
        assertEquals(5000, a.step());
        assertEquals("5000", a.labels().apply(5000.0));
        AxisScale b = AxisScale.linear(1.0833, 1.42);
        assertEquals(0.05, b.step(), 1e-12);
        assertEquals(1.05, b.min(), 1e-12);
        assertEquals(1.45, b.max(), 1e-12);
        assertEquals(1.2, AxisScale.linear(0, 1.02).max(), 1e-12, "no half-empty axis");
        assertEquals("1.20", b.labels().apply(1.2000000000000002));
        assertEquals("\u22120.5", AxisScale.linear(-1, 1).labels().apply(-0.5));
        assertEquals("2\u00d710\u2075", AxisScale.linear(0, 1e6).labels().apply(2e5));
    }

    @Test
    void logAxesLabelDecadesOrTheirMultiples() {
        AxisScale wide = AxisScale.log(0.0012, 90);
        assertTrue(wide.decadeOnly());
        assertEquals(0.001, wide.min(), 1e-15);
        assertEquals(100, wide.max(), 1e-12);
        LogTicks plain = new LogTicks(wide, true);
        assertEquals("0.01", plain.text(1, -2));
        assertEquals("", plain.text(2, -2), "decade axes label decades only");
        AxisScale narrow = AxisScale.log(23, 87);
        assertFalse(narrow.decadeOnly());
        assertEquals(20, narrow.min(), 1e-12);
        assertEquals(90, narrow.max(), 1e-12);
        assertEquals("30", new LogTicks(narrow, true).text(3, 1), "within one decade every multiple");
        AxisScale twoDecades = AxisScale.log(1, 100);
        assertFalse(twoDecades.decadeOnly());
        assertEquals("", new LogTicks(twoDecades, false).text(4, 0), "wider: the multiples that have room");
        assertEquals("3", new LogTicks(twoDecades, false).text(3, 0));
        LogTicks tenths = new LogTicks(AxisScale.log(0.004, 0.04), true);
        assertEquals("", tenths.text(9, -3), "0.008 and 0.009 would overlap on an x axis");
        assertEquals("0.005", tenths.text(5, -3));
        LogTicks powers = new LogTicks(AxisScale.log(1, 1e6), false);
        assertEquals("10\u2075", powers.text(1, 5), "no 1E5, and no mixing with 1000");
        assertEquals("10\u00b3", powers.text(1, 3));
        LogTicks crowded = new LogTicks(AxisScale.log(1e-18, 0.1), false);
        assertTrue(crowded.decadeStride() > 1, "eighteen decades: every k-th labelled");
        assertEquals("", crowded.text(1, -17), "a decade between labelled ones");
        assertEquals("10\u207b\u00b3\u2070", crowded.text(1, -30));
    }

    @Test
    void aLogAxisBesideALegendLabelsFewerMultiples() {
        AxisScale twoDecades = AxisScale.log(0.01, 1);
        LogTicks full = new LogTicks(twoDecades, true);
        assertEquals("0.02", full.text(2, -2), "the whole plot width: 1, 2, 3 and 5 of each decade");
        assertEquals("0.05", full.text(5, -2));
        LogTicks beside = new LogTicks(twoDecades, true, LogTicks.X_LENGTH - 210);
        assertEquals("", beside.text(2, -2), "0.02, 0.03 and 0.05 would overlap on a plot narrowed by a legend");
        assertEquals("", beside.text(5, -2));
        assertEquals("0.03", beside.text(3, -2), "1 and 3 of each decade");
        assertEquals("0.1", beside.text(1, -1));
    }

    @Test
    void aLongTitleKeepsItsPanelLetterBesideALegend() {
        XYChart fits = besideLegend("MLP 196-100-10, one-shot pruned after 10000 steps");
        assertEquals(Styler.LegendPosition.OutsideE, fits.getStyler().getLegendPosition(), "five long entries: beside the plot");
        assertTrue(fits.getStyler().getChartTitleFont().getSize() < 15, "the title's font made smaller to fit over the narrow plot");
        XYChart tooLong = besideLegend("MLP 196-100-10 with five alphas, one-shot pruned after 10000 steps of SGD");
        assertEquals(Styler.LegendPosition.OutsideS, tooLong.getStyler().getLegendPosition(),
                "XChart centres the title over the plot; beside the legend its letter would fall off the panel");
        XYChart shortTitle = besideLegend("one-shot pruning");
        assertEquals(15, shortTitle.getStyler().getChartTitleFont().getSize());
        assertTrue(tooLong.getStyler().getChartTitleFont().getSize() < 12,
                "below the plot the legend leaves the whole width, and the title is made smaller still to fit it");
    }

    /** A panel of five series with long labels on a log x axis, its legend too big for any corner. */
    private static XYChart besideLegend(String title) {
        FigureData d = new FigureData("t");
        Panel p = d.panel("a: p", "weights remaining (fraction)", "test accuracy").logX().title("a", title);
        double[] x = new double[25];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.pow(10, -2 + 2.0 * i / 24);
        }
        for (int a = 1; a <= 5; a++) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = 0.1 + 0.75 / (1 + Math.exp(-4 * (Math.log10(x[i]) + 1.5 - 0.1 * a)));
            }
            p.add(new Series("alpha=" + a + " (baseline) 10000 steps", x, y, null, Series.Style.LINE_MARKERS));
        }
        return (XYChart) FigureRenderer.charts(d).get(0);
    }

    @Test
    void heatMapTicksSitAtRoundGridValues() {
        List<Double> rho = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            rho.add(-0.92 + i * 0.08);
        }
        List<String> l = HeatmapPanelChart.labels(rho, 6);
        assertEquals("\u22120.5", l.get(5), "-0.5 lies in the cell of -0.52");
        assertEquals("0.5", l.get(18));
        assertEquals(3, l.stream().filter(s -> !s.startsWith("\u200b")).count());
        assertEquals(List.of("1", "2", "3", "4"), HeatmapPanelChart.labels(List.of(1.0, 2.0, 3.0, 4.0), 8));
    }

    @Test
    void placeholdersAreDrawnAsTheLabelTheyStandFor() {
        FigureData d = new FigureData("t");
        d.panel("a", "t_B / t_A", "y").line("l", new double[] {0, 1}, new double[] {1, 2});
        Chart<?, ?> c = FigureRenderer.charts(d).get(0);
        assertEquals("tB / tA", c.getXAxisTitle(), "XChart gets a placeholder");
        ChartText text = ChartText.of(c);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        Font font = ((AxesChartStyler) c.getStyler()).getAxisTitleFont();
        Shape placeholder = new TextLayout("tB / tA", font, frc).getOutline(null);
        Shape drawn = text.substitute(placeholder, frc);
        assertTrue(drawn != placeholder && drawn.getBounds2D().getWidth() < placeholder.getBounds2D().getWidth(),
                "the subscripts are drawn smaller in its place");
        assertEquals(placeholder.getBounds2D().getCenterX(), drawn.getBounds2D().getCenterX(), 0.5, "centred as XChart centres titles");
        Shape marker = new Ellipse2D.Double(0, 0, 6, 6);
        assertTrue(text.substitute(marker, frc) == marker, "other shapes pass unchanged");
    }

    @Test
    void scriptsUnicodeLacksAreDrawnAsScripts() {
        assertTrue(MathText.hasScripts(MathText.unicode("W_A^tot")));
        assertEquals("WA\u1d57\u1d52\u1d57", MathText.withoutScripts(MathText.unicode("W_A^tot")));
        assertEquals(List.of(new MathText.Segment("t", 0), new MathText.Segment("B", -1), new MathText.Segment(" / t", 0),
                new MathText.Segment("A", -1), new MathText.Segment("", 0)), MathText.segments("t_B / t_A"));
        assertFalse(MathText.hasScripts(MathText.unicode("sigma^2")));
    }

    @Test
    void labelsGetUnicodeMaths() {
        assertEquals("\u03c1", MathText.unicode("rho"));
        String sigmaXi = MathText.unicode("Sigma_xi");
        assertEquals("\u03a3\u03be", MathText.withoutScripts(sigmaXi), "bare xi is a letter, subscripted: " + sigmaXi);
        assertEquals("axis", MathText.unicode("axis"), "xi inside a word stays");
        assertEquals("\u03c3\u00b2", MathText.unicode("\\sigma^2"));
        assertEquals("W\u1d57\u1d52\u1d57(t\u1d64\u2099\u1d62)", MathText.unicode("W^tot(t_uni)"));
        assertEquals("x \u2264 1", MathText.unicode("x <= 1"));
        assertEquals("b_population", MathText.unicode("b_population"));
        assertEquals("x_{Q}", MathText.unicode("x_{Q}"));
    }

    @Test
    void checksSayWhatTheyRequire() {
        assertEquals("\u2264 0.05", Check.atMost("e", 0.05, 0.01, 0).criterion());
        assertEquals("yes", Check.holds("h", true).criterion());
        assertEquals("no", Check.holds("h", false).result());
        assertEquals("holds", Check.holds("h", true).kind());
        assertEquals("1.5 \u00b1 5%", Check.relative("r", 1.5, 1.52, 0.05).criterion());
        assertEquals("2 \u00b1 0.01", Check.absolute("a", 2, 2.001, 0.01).criterion());
        assertEquals("\u2265 0.9", Check.atLeast("m", 1, 0.95, 0.1).criterion());
    }

    @Test
    void conditionsShareAColourAndOneLegendEntry() {
        FigureData d = new FigureData("t");
        double[] x = {0, 1, 2};
        d.panel("b", "t", "y").theory("th3", "L = 3", x, new double[] {3, 2, 1})
                .simulation("sim3 seed 1", "L = 3", x, new double[] {3, 2.1, 1})
                .simulation("sim3 seed 2", "L = 3", x, new double[] {3, 1.9, 1})
                .theory("th5", "L = 5", x, new double[] {5, 4, 3}).title("b", "second");
        d.panel("a", "t", "y").line("only", x, x).title("a", "first");
        d.colour("L = 5", Color.GREEN);
        List<Chart<?, ?>> charts = FigureRenderer.charts(d);
        assertEquals("a   first", charts.get(0).getTitle(), "panels in label order");
        XYChart b = (XYChart) charts.get(1);
        var s = b.getSeriesMap();
        assertEquals(s.get("th3").getLineColor(), s.get("sim3 seed 1").getMarkerColor());
        assertEquals(Color.GREEN, s.get("th5").getLineColor());
        assertEquals(2, s.values().stream().filter(x1 -> x1.isShowInLegend()).count());
        assertTrue(List.of(Styler.LegendPosition.InsideNE, Styler.LegendPosition.InsideNW, Styler.LegendPosition.InsideSE,
                Styler.LegendPosition.InsideSW, Styler.LegendPosition.OutsideE).contains(b.getStyler().getLegendPosition()));
    }

    @Test
    void wholeNumberAxesTickEveryValueUpToTenApart() {
        AxisScale tasks = AxisScale.wholeNumbers(1, 5);
        assertEquals(List.of(1.0, 5.0, 1.0), List.of(tasks.min(), tasks.max(), tasks.step()));
        AxisScale methods = AxisScale.wholeNumbers(1, 11);
        assertEquals(1, methods.step(), "ten apart: still every value");
        assertEquals(2, AxisScale.wholeNumbers(1, 12).step(), "wider: a whole 1-2-5 step");
        assertEquals(5, AxisScale.wholeNumbers(1, 30).step());
        assertEquals(1, AxisScale.wholeNumbers(3, 3).step(), "one value");
    }

    @Test
    void aLegendBesideThePlotGivesTheXAxisTheSpacingOfItsShorterLength() {
        // six conditions: the legend goes to the right and takes width from the x axis
        FigureData d = new FigureData("t");
        double[] tasks = {1, 2, 3, 4, 5};
        var beside = d.panel("a", "task", "accuracy");
        var alone = d.panel("b", "task", "accuracy");
        for (int i = 0; i < 6; i++) {
            beside.line("alpha=" + i + " after all five tasks", tasks, new double[] {i, i + 1, i, i + 1, i});
        }
        alone.line("one curve", tasks, new double[] {0, 1, 0, 1, 0});
        List<Chart<?, ?>> charts = FigureRenderer.charts(d);
        AxesChartStyler b = (AxesChartStyler) charts.get(0).getStyler();
        AxesChartStyler a = (AxesChartStyler) charts.get(1).getStyler();
        assertEquals(Styler.LegendPosition.OutsideE, b.getLegendPosition());
        int full = a.getXAxisTickMarkSpacingHint();
        int shorter = b.getXAxisTickMarkSpacingHint();
        assertTrue(shorter < full, shorter + " against " + full);
        // a figure's own styling that moves the legend into the plot gets the full length's spacing when painted
        b.setLegendPosition(Styler.LegendPosition.InsideNE);
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        FigureRenderer.paint(charts.get(0), g);
        assertEquals(full, b.getXAxisTickMarkSpacingHint());
        b.setLegendPosition(Styler.LegendPosition.OutsideE);
        FigureRenderer.paint(charts.get(0), g);
        assertEquals(shorter, b.getXAxisTickMarkSpacingHint());
        g.dispose();
    }

    @Test
    void anglesAreDrawnInUnitsOfPiWithATickEveryHalf() {
        FigureData d = new FigureData("t");
        double[] theta = new double[101];
        double[] rate = new double[101];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = 2 * Math.PI * i / 100;
            rate[i] = Math.cos(theta[i]);
        }
        d.panel("a", "theta (rad)", "rate").angleX().line("cos", theta, rate);
        XYChart chart = (XYChart) FigureRenderer.charts(d).get(0);
        double[] drawn = chart.getSeriesMap().get("cos").getXData();
        assertEquals(2, drawn[drawn.length - 1], 1e-12, "2 pi is drawn at 2 (units of pi)");
        assertEquals(2 * Math.PI, d.panels().get(0).series().get(0).x()[100], 0.0, "the data keep radians");
        var st = chart.getStyler();
        assertEquals(List.of(0.0, 2.0), List.of(st.getXAxisMin(), st.getXAxisMax()));
        assertEquals(List.of("0", "\u03c0/2", "\u03c0", "3\u03c0/2", "2\u03c0"),
                List.of(0.0, 0.5, 1.0, 1.5, 2.0).stream().map(v -> st.getxAxisTickLabelsFormattingFunction().apply(v)).toList());
        // a turn centred on 0 runs from -pi to pi; more than two turns are ticked every pi
        assertEquals(List.of(-1.0, 1.0, 0.5), List.of(AngleTicks.axis(-1, 1).min(), AngleTicks.axis(-1, 1).max(),
                AngleTicks.axis(-1, 1).step()));
        assertEquals(List.of(0.0, 6.0, 1.0), List.of(AngleTicks.axis(0, 5.9).min(), AngleTicks.axis(0, 5.9).max(),
                AngleTicks.axis(0, 5.9).step()));
        assertEquals("\u2212\u03c0/2", AngleTicks.label(-0.5));
        // painting fits the x spacing to the axis of five ticks, as for a linear axis of step 0.5 over [0, 2]
        assertEquals(List.of(0.0, 2.0, 0.5), List.of(AxisScale.linear(0.1, 1.9).min(), AxisScale.linear(0.1, 1.9).max(), AxisScale.linear(0.1, 1.9).step()));
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        FigureRenderer.paint(chart, g);
        g.dispose();
        FigureData plain = new FigureData("t");
        plain.panel("a", "x", "y").line("line", new double[] {0.1, 1.9}, new double[] {0, 1});
        assertEquals(((XYChart) FigureRenderer.charts(plain).get(0)).getStyler().getXAxisTickMarkSpacingHint(),
                st.getXAxisTickMarkSpacingHint());
    }

    @Test
    void manyConditionsShowAtMostEightEntries() {
        FigureData d = new FigureData("t");
        var p = d.panel("a", "t", "y");
        for (int i = 0; i < 20; i++) {
            p.line("c" + i, new double[] {0, 1}, new double[] {i, i + 1});
        }
        XYChart c = (XYChart) FigureRenderer.charts(d).get(0);
        assertEquals(8, c.getSeriesMap().values().stream().filter(s -> s.isShowInLegend()).count());
        assertEquals(Styler.LegendPosition.OutsideE, c.getStyler().getLegendPosition());
    }

    @Test
    void panelLabelsSortNaturally() {
        assertTrue(FigureRenderer.naturalCompare("b2", "b10") < 0);
        assertTrue(FigureRenderer.naturalCompare("(ii)", "(iii)") < 0);
        assertTrue(FigureRenderer.naturalCompare("b", "b-population") < 0);
        assertEquals(Map.of(), Map.of());
    }
    @Test
    void aConditionInTwoPanelsKeepsItsColourOnlyWhenTheyDrawItInTheSameOrder() {
        double[] x = {1, 2};
        FigureData swapped = new FigureData("t");
        swapped.panel("a", "x", "y").line("E", x, x).line("I", x, x);
        swapped.panel("b", "x", "y").line("X", x, x).line("E", x, x).line("I", x, x);
        FigureData kept = new FigureData("t");
        kept.panel("a", "x", "y").line("E", x, x).line("I", x, x);
        kept.panel("b", "x", "y").line("E", x, x).line("I", x, x).line("X", x, x);
        FigureData fixed = new FigureData("t").colour("E", Color.BLACK).colour("I", Color.GRAY);
        fixed.panel("a", "x", "y").line("E", x, x).line("I", x, x);
        fixed.panel("b", "x", "y").line("X", x, x).line("E", x, x).line("I", x, x);
        // the rendered colours, which the contract's check must agree with
        assertFalse(sameRenderedColour(swapped, "E"));
        assertTrue(sameRenderedColour(kept, "E") && sameRenderedColour(kept, "I"));
        assertTrue(sameRenderedColour(fixed, "E") && sameRenderedColour(fixed, "I"));
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> org.neurotheory.core.testing.Assertions.assertSameColourInEveryPanel("t", swapped));
        assertTrue(e.getMessage().contains("'E' {a=[0, 0], b=[1, 0]}"), e.getMessage());
        org.neurotheory.core.testing.Assertions.assertSameColourInEveryPanel("t", kept);
        org.neurotheory.core.testing.Assertions.assertSameColourInEveryPanel("t", fixed);
    }

    private static boolean sameRenderedColour(FigureData d, String series) {
        List<Color> colours = new ArrayList<>();
        for (Chart<?, ?> c : FigureRenderer.charts(d)) {
            colours.add(((XYChart) c).getSeriesMap().get(series).getLineColor());
        }
        return colours.stream().distinct().count() == 1;
    }
}
