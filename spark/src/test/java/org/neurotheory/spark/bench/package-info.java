/** Paired timings of the sweep backends for docs/scale.md ({@link org.neurotheory.spark.bench.SweepTiming}); not tests. */
package org.neurotheory.spark.bench;
