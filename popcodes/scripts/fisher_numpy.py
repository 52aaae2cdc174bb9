"""Reference timing of linear Fisher information at N = 1000 with NumPy/SciPy (LAPACK), for
docs/performance.md (section popcodes). Builds the same covariance as FisherTimingTest.
Run: /usr/bin/python3 popcodes/scripts/fisher_numpy.py  (OPENBLAS_NUM_THREADS=1 for one thread)."""
import time, numpy as np
n=1000
i=np.arange(n); phi=2*np.pi*i/n
A=5+10*(i%7)/6; k=1+2*(i%5)/4; b=0.5+1.5*(i%3)/2
s=0.7
rates=b+A*np.exp(k*(np.cos(s-phi)-1)); f=-A*k*np.sin(s-phi)*np.exp(k*(np.cos(s-phi)-1))
d=np.abs(np.remainder(phi[:,None]-phi[None,:]+np.pi,2*np.pi)-np.pi)
sd=np.sqrt(rates)
C=np.outer(sd,sd)*np.where(np.eye(n)>0,1.0,0.3*np.exp(-d/0.5))+0.01*np.outer(f,f)
def info():
    L=np.linalg.cholesky(C); y=np.linalg.solve(L,f); return y@y   # solve: LU on the triangular factor
def info_tri():
    L=np.linalg.cholesky(C); x=np.linalg.solve(C,f); return f@x
def chol_only():
    L=np.linalg.cholesky(C); return L[0,0]
fns=[info, chol_only]
try:
    import scipy.linalg as sl
    def info_scipy():
        c=sl.cho_factor(C, lower=True, check_finite=False); x=sl.cho_solve(c, f, check_finite=False); return f@x
    fns.append(info_scipy)
except ImportError:
    print('no scipy')
for fn in fns:
    for _ in range(3): fn()
    ts=[]
    for _ in range(11):
        t=time.perf_counter(); v=fn(); ts.append((time.perf_counter()-t)*1e3)
    ts.sort(); print(fn.__name__, "I=%.6g median %.2f ms min %.2f ms"%(v, ts[5], ts[0]))
print("numpy", np.__version__)
