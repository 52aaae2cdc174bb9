/** Parameter sweeps: {@link org.neurotheory.core.sweep.ParameterGrid} and {@link org.neurotheory.core.sweep.Sweep} (one derived seed per point). */
package org.neurotheory.core.sweep;
