/**
 * Paper-specific data: presynaptic rate draws, the published experimental tables (read from a
 * directory the caller gives, never required at run time), their summary statistics recorded as
 * cited facts ({@link org.neurotheory.synaptic.data.PublishedStatistics}) and the line fits used on
 * them.
 */
package org.neurotheory.synaptic.data;
