package org.neurotheory.synaptic.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurotheory.core.Require;

/**
 * Readers for the published tables (card section 4.2), from a directory the caller supplies (the
 * library never needs it). Each reader returns columns: {@code columns[c][row]}.
 */
public final class SynapseTables {
    /** File names inside the data directory. */
    public static final String SONG = "song2005.txt";
    public static final String KO = "ko2013";
    public static final String SJOSTROM_LTP = "Sjostrom2001_LTP_schug.csv";

    private SynapseTables() {
    }

    /** True when {@code dir} holds all three tables. */
    public static boolean available(Path dir) {
        return dir != null && Files.isReadable(dir.resolve(SONG)) && Files.isReadable(dir.resolve(KO))
                && Files.isReadable(dir.resolve(SJOSTROM_LTP));
    }

    /** Song 2005: {@code {mean (mV), variance (mV^2)}}; space separated, no header. */
    public static double[][] song(Path dir) throws IOException {
        return columns(read(dir, SONG), "\\s+", 0, new int[] {0, 1});
    }

    /** Ko 2013: {@code {mean (mV), variance (mV^2), foopsi_mean, foopsi_threshold}}; one header line. */
    public static double[][] ko(Path dir) throws IOException {
        return columns(read(dir, KO), ",", 1, new int[] {0, 1, 2, 3});
    }

    /**
     * Sjostrom 2001 LTP: {@code {CV^2 before = (1 - Pr)/Pr, relative change dw_rel}} (single release
     * site assumption, card section 4.2c).
     */
    public static double[][] sjostromLtp(Path dir) throws IOException {
        double[][] raw = columns(read(dir, SJOSTROM_LTP), ",", 1, new int[] {3, 14});
        double[] cv2 = new double[raw[0].length];
        for (int i = 0; i < cv2.length; i++) {
            cv2[i] = (1 - raw[0][i]) / raw[0][i];
        }
        return new double[][] {cv2, raw[1]};
    }

    private static List<String> read(Path dir, String name) throws IOException {
        Require.nonNull("dir", dir);
        return Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8);
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
