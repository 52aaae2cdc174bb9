/**
 * Paper-specific data: presynaptic rate draws, the published experimental tables (Song 2005, Ko 2013,
 * Sjostrom 2001; bundled as resources of this package, with a README.md citing their sources, and read
 * by {@link org.neurotheory.synaptic.data.SynapseTables}), their summary statistics recorded as cited
 * facts ({@link org.neurotheory.synaptic.data.PublishedStatistics}) and the line fits used on them.
 */
package org.neurotheory.synaptic.data;
