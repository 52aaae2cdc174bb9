"""Paired per-step timing of relu's two-layer network, Java against PyTorch, for docs/performance.md.

This VM's speed drifts between states that last seconds (docs/performance.md, relu), so timing each
side in its own long run compares different machine states. Here four long-lived servers
(TrainingStepTiming serve at 1 and 2 threads, torch_two_layer_step.py serve with one thread and with
its default threads) are warmed up once, then driven in rounds: each round runs one short block on
each server, one after the other (~0.1-0.3 s each, a quarter second apart), and forms the ratio PyTorch / Java within the round,
one thread against one thread and default threads against two Java threads. The report gives each
server's median block and the distribution of the per-round ratios.

PyTorch also runs as a careful user would run it on this machine: with glibc's allocator tuned so
that freed tensors stay in the process (MALLOC_MMAP_THRESHOLD_ and MALLOC_TRIM_THRESHOLD_; by
default every step's large buffers are unmapped and page-faulted back), in float64 and in its
default precision float32, default threads. Those rounds give the ratios against Java's 2 threads.

Run from the repository root after `mvn -B -q -pl relu -am test-compile`:
    /usr/bin/python3 relu/src/test/python/paired_step_comparison.py [rounds]
"""
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 40
JAVA_STEPS, TORCH_STEPS = 1000, 100
# idle gap before each block: Java's shard worker spins 2 ms after a step and OpenBLAS's threads
# ~0.1 s after a call; without the gap a finished server's spinning threads slow the next one down
SETTLE_SECONDS = 0.25


class Server:
    def __init__(self, name, cmd, steps, env=None):
        self.name, self.steps, self.times = name, steps, []
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True, bufsize=1)
        self.banner = self.proc.stdout.readline().strip()
        if not self.banner.startswith("ready"):
            raise RuntimeError(f"{name} did not start: {self.banner!r}")

    def block(self):
        time.sleep(SETTLE_SECONDS)
        self.proc.stdin.write(f"{self.steps}\n")
        t = float(self.proc.stdout.readline())
        self.times.append(t)
        return t

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


def java_classpath():
    with open(os.path.join(ROOT, "examples", "target", "classpath.txt")) as f:
        deps = f.read().strip()
    return ":".join(["relu/target/classes", "relu/target/test-classes", "core/target/classes", deps])


def summary(xs):
    s = sorted(xs)
    q = lambda f: s[min(len(s) - 1, int(f * len(s)))]
    return f"min {s[0]:.1f} p10 {q(0.1):.1f} median {statistics.median(s):.1f} p90 {q(0.9):.1f} max {s[-1]:.1f}"


def main():
    java = ["java", "--add-modules", "jdk.incubator.vector", "-cp", java_classpath(),
            "org.neurotheory.relu.bench.TrainingStepTiming", "serve"]
    torch = ["/usr/bin/python3", "relu/src/test/python/torch_two_layer_step.py", "serve"]
    single = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    java1 = Server("java 1 thread", java + ["1"], JAVA_STEPS)
    java2 = Server("java 2 threads", java + ["2"], JAVA_STEPS)
    torch1 = Server("torch 1 thread", torch, TORCH_STEPS, single)
    torchd = Server("torch default threads", torch, TORCH_STEPS)
    tuned = dict(os.environ, MALLOC_MMAP_THRESHOLD_=str(1 << 24), MALLOC_TRIM_THRESHOLD_=str(1 << 30))
    torcht = Server("torch tuned malloc", torch, TORCH_STEPS, tuned)
    torcht32 = Server("torch tuned float32", torch + ["32"], TORCH_STEPS, tuned)
    servers = [java1, torch1, java2, torchd, torcht, torcht32]
    one, both, tuned64, tuned32 = [], [], [], []
    for _ in range(ROUNDS):
        t = {s.name: s.block() for s in servers}
        one.append(t[torch1.name] / t[java1.name])
        both.append(t[torchd.name] / t[java2.name])
        tuned64.append(t[torcht.name] / t[java2.name])
        tuned32.append(t[torcht32.name] / t[java2.name])
    os.system("uptime")
    for s in servers:
        print(f"{s.name:24s} ({s.banner}): us/step over {ROUNDS} blocks: {summary(s.times)}")
        s.close()
    for name, r in (("one thread each", one), ("default torch vs java 2 threads", both),
                    ("tuned-malloc torch float64 vs java 2 threads", tuned64),
                    ("tuned-malloc torch float32 vs java 2 threads (float64)", tuned32)):
        print(f"ratio torch/java, {name}: {summary(r)}; rounds >= 10x: {sum(x >= 10 for x in r)}/{len(r)}")


if __name__ == "__main__":
    main()
