/**
 * Theory of Powerpropagation (Schwarz et al. 2021, Sec. 3), as closed forms checked against
 * simulation in the tests: gradient scaling, the effective learning rate
 * {@code eta alpha^2 |w|^(2-2/alpha)} and the exact single step ({@link
 * org.neurotheory.sparsity.theory.RichGetRicher}); the gradient flow under a constant gradient,
 * exponential at {@code alpha = 2}, finite-time blow-up above, polynomial below ({@link
 * org.neurotheory.sparsity.theory.PowerpropFlow}); the density of the effective weights and its
 * spike at zero ({@link org.neurotheory.sparsity.theory.WeightDensity}); weight decay on psi as an
 * L_(2/alpha) penalty on w ({@link org.neurotheory.sparsity.theory.WeightDecayEquivalence}).
 */
package org.neurotheory.sparsity.theory;
