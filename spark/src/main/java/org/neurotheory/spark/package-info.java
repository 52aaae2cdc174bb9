/**
 * The optional Apache Spark backend of {@code reproduce --spark MASTER}: {@link org.neurotheory.spark.SparkMain}
 * (the command line), {@link org.neurotheory.spark.SparkConnection} (opening a context on {@code local[N]}
 * or a standalone cluster), {@link org.neurotheory.spark.SparkFigures} (one Spark task per figure of a
 * batch) and {@link org.neurotheory.spark.SparkSweepBackend} (one Spark task per point of a registered
 * sweep). Work travels as data (figure and sweep keys, seeds, scale), never as closures; executors
 * rebuild it from their own paper registry. See docs/scale.md.
 */
package org.neurotheory.spark;
