"""PyTorch peer of relu's TrainingStepTiming: full-batch GD steps of a bias-free two-layer ReLU net.

Same configuration as the Java timing: D = 10, H = 100, scalar output, P = 1000 samples, square loss
(1/2 mean), plain SGD, float64 (and float32 for reference). Reports wall and process CPU time per step.
Run: /usr/bin/python3 relu/src/test/python/torch_two_layer_step.py [64|32] [steps]
     /usr/bin/python3 relu/src/test/python/torch_two_layer_step.py serve [64|32]
The serve mode is the PyTorch side of paired_step_comparison.py: after a warm-up it prints "ready",
then for every line n read from standard input runs n steps and prints the wall time per step in us.
"""
import sys
import time

import torch

D, H, P = 10, 100, 1000


def make_step(dtype):
    torch.manual_seed(0)
    X = torch.randn(P, D, dtype=dtype)
    y = X[:, :1] + 0.5 * torch.randn(P, 1, dtype=dtype)
    net = torch.nn.Sequential(torch.nn.Linear(D, H, bias=False), torch.nn.ReLU(),
                              torch.nn.Linear(H, 1, bias=False)).to(dtype)
    opt = torch.optim.SGD(net.parameters(), lr=0.01)

    def step():
        opt.zero_grad()
        loss = 0.5 * ((net(X) - y) ** 2).mean()
        loss.backward()
        opt.step()
        return loss

    return step


def serve(bits):
    step = make_step(torch.float64 if bits == "64" else torch.float32)
    for _ in range(300):
        step()
    print(f"ready torch {torch.__version__} float{bits} threads={torch.get_num_threads()}", flush=True)
    for line in sys.stdin:
        n = int(line)
        w0 = time.perf_counter()
        for _ in range(n):
            step()
        print(f"{(time.perf_counter() - w0) / n * 1e6:.2f}", flush=True)


def main():
    dtype = torch.float64 if (len(sys.argv) < 2 or sys.argv[1] == "64") else torch.float32
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    step = make_step(dtype)
    for _ in range(300):
        step()
    for _ in range(3):
        w0, c0 = time.perf_counter(), time.process_time()
        for _ in range(steps):
            loss = step()
        w1, c1 = time.perf_counter(), time.process_time()
        print(f"torch {torch.__version__} float{64 if dtype == torch.float64 else 32} threads={torch.get_num_threads()} "
              f"P={P} D={D} H={H}: wall {(w1 - w0) / steps * 1e6:.1f} us/step, cpu {(c1 - c0) / steps * 1e6:.1f} us/step "
              f"(loss {loss.item():.6f})")


if __name__ == "__main__":
    serve(sys.argv[2] if len(sys.argv) > 2 else "64") if len(sys.argv) > 1 and sys.argv[1] == "serve" else main()
