/**
 * JMH benchmarks. Build and run: {@code mvn -B -q -DskipTests -Pbenchmarks -pl benchmarks -am package}
 * then {@code java -jar benchmarks/target/benchmarks.jar}. Results are recorded in docs/performance.md.
 */
package org.neurotheory.benchmarks;
