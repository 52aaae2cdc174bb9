/**
 * Parameter sweeps: {@link org.neurotheory.core.sweep.ParameterGrid} and {@link org.neurotheory.core.sweep.Sweep}
 * (one derived seed per point), {@link org.neurotheory.core.sweep.SeedReplicates} (repeats of several
 * conditions over shared seeds, with mean and sample standard deviation), and registered sweeps ({@link org.neurotheory.core.sweep.SweepSpec},
 * {@link org.neurotheory.core.sweep.SweepTask}) that a {@link org.neurotheory.core.sweep.SweepBackend}
 * evaluates on local threads or on a cluster.
 */
package org.neurotheory.core.sweep;
