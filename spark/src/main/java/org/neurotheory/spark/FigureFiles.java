package org.neurotheory.spark;

import java.io.Serializable;
import java.util.Map;

/**
 * What an executor sends back for one figure: the files {@code reproduce} writes for it (PNG, SVG,
 * PDF, CSV, JSON run record), by file name, and the paper folder they belong in.
 *
 * @param key   {@code paper/figure}
 * @param paper the paper's folder name
 * @param files file name to content
 */
record FigureFiles(String key, String paper, Map<String, byte[]> files) implements Serializable {
}
