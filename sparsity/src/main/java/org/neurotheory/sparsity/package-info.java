/**
 * Schwarz, Jayakumar, Pascanu, Latham, Teh, "Powerpropagation: A sparsity inducing weight
 * reparameterisation", NeurIPS 2021, arXiv:2110.00296.
 */
package org.neurotheory.sparsity;
