/**
 * Explicit seeds: {@link org.neurotheory.core.random.Seeds#stream(long)} for sampling,
 * {@link org.neurotheory.core.random.Seeds#derive(long, long...)} to split a seed per run or sweep point.
 */
package org.neurotheory.core.random;
