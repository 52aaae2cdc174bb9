#!/usr/bin/python3
"""Paired per-step timing of two builds of core.nn (before/after a change), interleaved rounds.

Usage (from the repository root; see docs/performance.md for building the two classpaths):
    /usr/bin/python3 benchmarks/scripts/paired_builds.py CLASSPATH_A CLASSPATH_B mlp|cnn BATCH ROUNDS STEPS

Two persistent JVMs run TrainingSpeed on the same network and data, one per classpath. Each round
trains STEPS SGD steps in A and STEPS steps in B, alternating which goes first, so that both sides
see the same load; it prints the milliseconds per step of each and the ratio B / A, then the median
ratio with its quartiles and range.
"""
import statistics, subprocess, sys

cp_a, cp_b, model, batch, rounds, steps = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])

def start(cp):
    p = subprocess.Popen(["java", "-Xmx3g", "-Dneurotheory.progress=silent", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                          "-cp", cp, "org.neurotheory.benchmarks.TrainingSpeed", model, batch],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    line = p.stdout.readline()
    while not line.startswith("ready"):
        line = p.stdout.readline()
    return p

def train(p, n):
    p.stdin.write(f"train {n}\n"); p.stdin.flush()
    return float(p.stdout.readline().split()[1])

a, b = start(cp_a), start(cp_b)
train(a, max(10, steps // 2)); train(b, max(10, steps // 2))  # warm-up
ratios, ta_all, tb_all = [], [], []
for r in range(rounds):
    if r % 2 == 0:
        ta = train(a, steps); tb = train(b, steps)
    else:
        tb = train(b, steps); ta = train(a, steps)
    ta_all.append(ta / steps * 1e3); tb_all.append(tb / steps * 1e3); ratios.append(tb / ta)
    print(f"round {r}: A {ta / steps * 1e3:.1f} ms/step, B {tb / steps * 1e3:.1f} ms/step, B/A {tb / ta:.3f}", flush=True)
for p in (a, b):
    p.stdin.close(); p.wait()
q = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else [ratios[0]] * 3
print(f"{model} batch {batch}: median A {statistics.median(ta_all):.1f} ms/step, B {statistics.median(tb_all):.1f} ms/step, "
      f"B/A median {statistics.median(ratios):.3f} (quartiles {q[0]:.3f}-{q[2]:.3f}, min {min(ratios):.3f}, max {max(ratios):.3f})")
