/** Provenance: {@link org.neurotheory.core.provenance.RunRecord} travels with every figure as its JSON. */
package org.neurotheory.core.provenance;
