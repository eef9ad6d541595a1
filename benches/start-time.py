#!/usr/bin/env python3
"""Whole-process start-up of `slate run hello.py` beside `python3 hello.py`.

Usage: python3 benches/start-time.py [path/to/slate] [runs]

Uses a throwaway SLATE_HOME and cache folder; the first (untimed) run prepares Python.
Prints the median and quartiles of the wall time of each, in milliseconds, and the ratio.
"""
import os, statistics, subprocess, sys, tempfile, time

slate = sys.argv[1] if len(sys.argv) > 1 else "target/release/slate"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
tmp = tempfile.mkdtemp(prefix="slate-start-")
hello = os.path.join(tmp, "hello.py")
with open(hello, "w") as f:
    f.write('print("hello")\n')
env = dict(os.environ, SLATE_HOME=os.path.join(tmp, "home"), XDG_CACHE_HOME=os.path.join(tmp, "cache"))
env.pop("SLATE_CACHE_DIR", None)


def timed(cmd):
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)  # warm-up
    xs = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
        xs.append((time.perf_counter() - start) * 1000)
    q = statistics.quantiles(xs, n=4)
    return statistics.median(xs), q[0], q[2]


s = timed([slate, "run", hello])
p = timed(["/usr/bin/python3", hello])
print(f"slate run hello.py   {s[0]:7.1f} ms  (quartiles {s[1]:.1f}-{s[2]:.1f})")
print(f"python3 hello.py     {p[0]:7.1f} ms  (quartiles {p[1]:.1f}-{p[2]:.1f})")
print(f"ratio                {s[0] / p[0]:7.2f}x")
