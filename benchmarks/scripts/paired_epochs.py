#!/usr/bin/python3
"""Paired per-epoch timing of core.nn against PyTorch (CPU) on Fashion-MNIST, interleaved rounds.

Usage (from the repository root, after `mvn -o -q -pl benchmarks -am compile` and writing the
classpath, see docs/performance.md):
    /usr/bin/python3 benchmarks/scripts/paired_epochs.py CLASSPATH mlp|cnn BATCH ROUNDS STEPS

Each round trains STEPS SGD steps in Java (a persistent JVM, TrainingSpeed) and STEPS steps in
PyTorch (this process), alternating which side goes first; times are scaled to a full epoch
(60000 / BATCH steps). For the MLP it also times the GEMMs alone (Java side) to report the share
of the ND4J sgemm rate that an epoch reaches. Both sides use their default thread counts.
"""
import gzip, statistics, subprocess, sys, time
import numpy as np
import torch
import torch.nn as nn

cp, model, batch, rounds, steps = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
d = "/usr/share/datasets/fashion-mnist/"
with gzip.open(d + "train-images-idx3-ubyte.gz") as f:
    x = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 1, 28, 28).astype(np.float32) / 255
with gzip.open(d + "train-labels-idx1-ubyte.gz") as f:
    y = np.frombuffer(f.read(), np.uint8, offset=8).astype(np.int64)
X, Y = torch.from_numpy(x), torch.from_numpy(y)
torch.manual_seed(1)
if model == "mlp":
    net = nn.Sequential(nn.Flatten(), nn.Linear(784, 300), nn.ReLU(), nn.Linear(300, 100), nn.ReLU(), nn.Linear(100, 10))
else:
    net = nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                        nn.Linear(64 * 12 * 12, 128), nn.ReLU(), nn.Linear(128, 10))
opt = torch.optim.SGD(net.parameters(), lr=0.05)
loss_fn = nn.CrossEntropyLoss()
gen = torch.Generator().manual_seed(1)
perm = torch.randperm(len(Y), generator=gen)
pos = 0

def torch_steps(n):
    global pos, perm
    t0 = time.perf_counter()
    for _ in range(n):
        if pos + batch > len(Y):
            perm, pos = torch.randperm(len(Y), generator=gen), 0
        idx = perm[pos:pos + batch]
        pos += batch
        opt.zero_grad()
        loss = loss_fn(net(X[idx]), Y[idx])
        loss.backward()
        opt.step()
    return time.perf_counter() - t0

java = subprocess.Popen(["java", "-Xmx3g", "-Dneurotheory.progress=silent", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                         "-cp", cp, "org.neurotheory.benchmarks.TrainingSpeed", model, str(batch)],
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
line = java.stdout.readline()
while not line.startswith("ready"):
    line = java.stdout.readline()
print("java", line.strip(), "| torch threads", torch.get_num_threads(), flush=True)

def java_cmd(c, n):
    java.stdin.write(f"{c} {n}\n"); java.stdin.flush()
    return float(java.stdout.readline().split()[1])

scale = (60000 / batch) / steps
java_cmd("train", max(20, steps // 5)); torch_steps(max(20, steps // 5))  # warm-up
if model == "mlp":
    java_cmd("gemm", max(20, steps // 5))
ratios, js, ts, gs = [], [], [], []
for r in range(rounds):
    if r % 2 == 0:
        tj = java_cmd("train", steps); tt = torch_steps(steps)
    else:
        tt = torch_steps(steps); tj = java_cmd("train", steps)
    tg = java_cmd("gemm", steps) if model == "mlp" else float("nan")
    js.append(tj * scale); ts.append(tt * scale); gs.append(tg * scale); ratios.append(tj / tt)
    print(f"round {r}: java {tj*scale:.2f} s/epoch, torch {tt*scale:.2f} s/epoch, ratio {tj/tt:.3f}"
          + (f", java gemms alone {tg*scale:.2f} s/epoch (share {tg/tj:.2f})" if model == "mlp" else ""), flush=True)
java.stdin.close(); java.wait()
q = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else [ratios[0]] * 3
print(f"{model} batch {batch}: median java {statistics.median(js):.2f} s/epoch, torch {statistics.median(ts):.2f} s/epoch, "
      f"ratio median {statistics.median(ratios):.3f} (quartiles {q[0]:.3f}-{q[2]:.3f}, min {min(ratios):.3f}, max {max(ratios):.3f})"
      + (f", GEMM share median {statistics.median([g / j for g, j in zip(gs, js)]):.2f}" if model == "mlp" else ""))
