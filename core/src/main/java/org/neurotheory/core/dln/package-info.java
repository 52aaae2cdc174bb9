/**
 * Deep linear network theory shared by the relu, multimodal and attention modules:
 * {@link org.neurotheory.core.dln.DeepLinearFlow} (the full matrix gradient flow for any depth and
 * input covariance), {@link org.neurotheory.core.dln.SaxeModeSolution} (the exact two-layer sigmoidal
 * mode solution) and {@link org.neurotheory.core.dln.DeepModeDynamics} (the depth-L mode ODE and its
 * learning times).
 */
package org.neurotheory.core.dln;
