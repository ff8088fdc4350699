#!/usr/bin/env python3
"""Whole-process timing of one map on the built-in world basemap against one map of the
built-in scenario at the same width (issue 14: no slower than twice).

Each command runs as a whole process, 1 warm-up then RUNS counted runs, interleaved
(case A run 1, case B run 1, ... so that the shared machine's slow minutes fall on every
case alike); for each it prints the median wall time (min–max), median CPU (user +
system, from wait4) and median peak RSS, then each world map's ratio to the built-in
map. `spheres validate` of each scenario (the load and its checks alone) is timed alike.
Standard library only.

usage: tools/bench/world.py [--runs N] [--width PX] [--bin PATH] [--before PATH]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCENARIOS = os.path.join(ROOT, "tests", "scenarios")
# (name, moment, scenario folder or None for the built-in one)
MAPS = [
    ("built-in 1912", "1912", None),
    ("europe-blocs 1956", "1956", "europe-blocs"),
    ("africa-1914 1914", "1914", "africa-1914"),
]


# What is timed of each map: the SVG alone, SVG and PNG, and `spheres validate` (the load
# and checks alone).
FORMATS = ("svg", "both", "validate")


def once(argv):
    t0 = time.monotonic()
    p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("failed: %s\n%s" % (" ".join(argv), err))
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--width", type=int, default=1600)
    ap.add_argument("--bin", default=os.path.join(
        os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "spheres"))
    ap.add_argument("--before", metavar="BIN", help="another build, timed alike")
    a = ap.parse_args()

    builds = [("now", os.path.abspath(a.bin))]
    if a.before:
        builds.insert(0, ("before", os.path.abspath(a.before)))
    out = tempfile.mkdtemp(prefix="spheres-world-bench-")
    cases = []
    for build, binary in builds:
        for fmt in FORMATS:
            for name, moment, folder in MAPS:
                if fmt == "validate":
                    argv = [binary, "validate", "--quiet"]
                else:
                    argv = [binary, "render", moment, "--format", fmt, "--width", str(a.width),
                            "--quiet", "--out", os.path.join(out, "x")]
                if folder:
                    argv += ["--scenario", os.path.join(SCENARIOS, folder)]
                cases.append(((build, fmt, name), argv))
    print("load average %s; %d runs of each, interleaved" % (
        " ".join("%.2f" % v for v in os.getloadavg()), a.runs))
    for _, argv in cases:
        print("$ " + " ".join(argv))
    times = {key: [] for key, _ in cases}
    for r in range(a.runs + 1):
        for key, argv in cases:
            shutil.rmtree(os.path.join(out, "x"), ignore_errors=True)
            t = once(argv)
            if r > 0:
                times[key].append(t)
    shutil.rmtree(out, ignore_errors=True)

    med = {}
    print("%-7s %-8s %-20s %22s %8s %9s" % ("build", "what", "map", "wall s (min-max)", "CPU s", "peak MiB"))
    for key, runs in times.items():
        wall = [t[0] for t in runs]
        med[key] = statistics.median(wall)
        print("%-7s %-8s %-20s %7.3f (%.3f-%.3f) %8.3f %9.1f" % (
            key[0], key[1], key[2], med[key], min(wall), max(wall),
            statistics.median(t[1] for t in runs), statistics.median(t[2] for t in runs)))
    print()
    for build, _ in builds:
        for fmt in FORMATS:
            base = med[(build, fmt, MAPS[0][0])]
            for name, _, folder in MAPS[1:]:
                r = med[(build, fmt, name)] / base
                print("%-7s %-8s %-20s %.2fx the built-in map%s" % (
                    build, fmt, name, r,
                    "" if fmt == "validate" else " (target <= 2x: %s)" % ("met" if r <= 2.0 else "MISSED")))


if __name__ == "__main__":
    main()
