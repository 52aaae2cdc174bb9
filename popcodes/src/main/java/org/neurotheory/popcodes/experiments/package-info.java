/**
 * One class per figure: Figs 2, 4 and 7 (reconstructions, see the docs page) and the derived
 * figures S1-S3. Each computes with the library, carries checks (closed form vs Monte-Carlo,
 * optimum vs analytic family, reference values) and runs in seconds at quick scale.
 */
package org.neurotheory.popcodes.experiments;
