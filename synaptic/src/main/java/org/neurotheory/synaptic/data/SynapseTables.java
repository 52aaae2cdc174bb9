package org.neurotheory.synaptic.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurotheory.core.Require;

/**
 * The published experimental tables (Song et al. 2005, Ko et al. 2013, Sjostrom et al. 2001), read
 * either from the copies shipped with this module ({@link #bundled()}, class-path folder
 * {@value #RESOURCES}, whose README.md cites each table's source) or from a folder holding files of
 * the same names ({@link #in(Path)}). Each reader returns columns: {@code columns[c][row]}.
 */
public final class SynapseTables {
    /** Song 2005: EPSP mean and variance. */
    public static final String SONG = "song2005.txt";
    /** Ko 2013: EPSP mean, variance and presynaptic activity estimates. */
    public static final String KO = "ko2013";
    /** Sjostrom 2001: quantal parameters before and after LTP induction. */
    public static final String SJOSTROM_LTP = "Sjostrom2001_LTP_schug.csv";
    /** Class-path folder of the bundled tables. */
    public static final String RESOURCES = "/org/neurotheory/synaptic/data/";

    private final Path dir;

    private SynapseTables(Path dir) {
        this.dir = dir;
    }

    /** The tables shipped with the module. */
    public static SynapseTables bundled() {
        return new SynapseTables(null);
    }

    /** The tables in {@code dir}, which must hold all three files ({@link #available}). */
    public static SynapseTables in(Path dir) {
        Require.that(available(dir), "dir", dir, "must be a folder holding " + SONG + ", " + KO + " and " + SJOSTROM_LTP);
        return new SynapseTables(dir);
    }

    /** True when {@code dir} holds all three tables. */
    public static boolean available(Path dir) {
        return dir != null && Files.isReadable(dir.resolve(SONG)) && Files.isReadable(dir.resolve(KO))
                && Files.isReadable(dir.resolve(SJOSTROM_LTP));
    }

    /** Where the tables come from: the folder, or {@code bundled} for the module's copies. */
    public String source() {
        return dir == null ? "bundled" : dir.toString();
    }

    /** Song 2005: {@code {mean (mV), variance (mV^2)}}; space separated, no header. */
    public double[][] song() {
        return columns(read(SONG), "\\s+", 0, new int[] {0, 1});
    }

    /** Ko 2013: {@code {mean (mV), variance (mV^2), foopsi_mean, foopsi_threshold}}; one header line. */
    public double[][] ko() {
        return columns(read(KO), ",", 1, new int[] {0, 1, 2, 3});
    }

    /**
     * Sjostrom 2001 LTP: {@code {CV^2 before = (1 - Pr)/Pr, relative change dw_rel}} (single release
     * site assumption, §4.2c).
     */
    public double[][] sjostromLtp() {
        double[][] raw = columns(read(SJOSTROM_LTP), ",", 1, new int[] {3, 14});
        double[] cv2 = new double[raw[0].length];
        for (int i = 0; i < cv2.length; i++) {
            cv2[i] = (1 - raw[0][i]) / raw[0][i];
        }
        return new double[][] {cv2, raw[1]};
    }

    private List<String> read(String name) {
        try {
            if (dir != null) {
                return Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8);
            }
            try (InputStream in = SynapseTables.class.getResourceAsStream(RESOURCES + name)) {
                if (in == null) {
                    throw new IOException("resource " + RESOURCES + name + " is missing from the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the table " + name + " (" + source() + ")", e);
        }
    }

    private static double[][] columns(List<String> lines, String separator, int header, int[] wanted) {
        List<double[]> rows = new ArrayList<>();
        for (int l = header; l < lines.size(); l++) {
            String line = lines.get(l).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(separator);
            double[] row = new double[wanted.length];
            for (int c = 0; c < wanted.length; c++) {
                row[c] = Double.parseDouble(f[wanted[c]].strip());
            }
            rows.add(row);
        }
        double[][] out = new double[wanted.length][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < wanted.length; c++) {
                out[c][r] = rows.get(r)[c];
            }
        }
        return out;
    }
}
