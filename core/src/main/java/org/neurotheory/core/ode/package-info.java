/**
 * Ordinary differential equations in four small roles (after Hipparchus): the system
 * ({@link org.neurotheory.core.ode.OdeSystem}, {@link org.neurotheory.core.ode.GradientFlow}),
 * the integrator ({@link org.neurotheory.core.ode.EulerIntegrator} = gradient descent,
 * {@link org.neurotheory.core.ode.Rk4Integrator}, {@link org.neurotheory.core.ode.DormandPrinceIntegrator}),
 * the recording grid ({@link org.neurotheory.core.ode.TimeGrid} -> {@link org.neurotheory.core.ode.Trajectory})
 * and events ({@link org.neurotheory.core.ode.ThresholdEvent}).
 *
 * <p>Which integrator: Euler when the paper trains by gradient descent (it <em>is</em> GD);
 * Dormand-Prince for gradient flow compared with closed forms; RK4 for smooth systems where a
 * fixed step is wanted.
 */
package org.neurotheory.core.ode;
