/** The paper registry: {@link org.neurotheory.core.paper.Paper} entries found by ServiceLoader. */
package org.neurotheory.core.paper;
