#!/usr/bin/env python3
"""Whole-run benchmark of `spheres render` beside the peer tools, and the targets of
DESIGN.md checked against the figures.

Runs, as whole processes, through the peers' harness (../shared/bench/compare.py):
  1. the default run: `spheres render` (built-in scenario, every year, SVG + PNG,
     1600 px) and its SVG-only batch;
  2. the peers' four cases (one map / a batch of N per-year maps, SVG / PNG) on the
     bench's Natural Earth input, with spheres given the same geometry and per-year
     fills through the adapter tools/bench/make_scenario.py;
then prints medians and ratios, target by target, and the geopandas peer's single PNG
re-encoded by spheres' encoder (examples/reencode.rs: the two encoders on the same
pixels). Standard library only.

The peers must be installed first: ../shared/bench/setup.sh (into $PEERBENCH,
default /tmp/peerbench). Outputs go under $PEERBENCH/compare-out/ and
$PEERBENCH/spheres-out/.

usage: tools/bench/run.py [--runs N] [--res 50m|10m] [--n MAPS] [--no-build]
                          [--no-peers] [--bench DIR] [--bin PATH] [--before PATH]
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "tools", "bench")
PB = os.environ.get("PEERBENCH", "/tmp/peerbench")
ROW = re.compile(r"^(\S+)\s+(\S+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)$")


def machine():
    model = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    return "%d cores (%s), load average %s" % (os.cpu_count() or 0, model,
                                               " ".join("%.2f" % v for v in load))


def compare(bench, args, extra):
    """Runs compare.py and returns its rows as {(case, tool): dict}."""
    cmd = [sys.executable, os.path.join(bench, "compare.py")] + args + extra
    print("$ " + " ".join(cmd[1:3] + [a if " " not in a else repr(a) for a in cmd[3:]]), flush=True)
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    sys.stdout.write(out)
    rows = {}
    for line in out.splitlines():
        m = ROW.match(line.strip())
        if m:
            case, tool = m.group(1), m.group(2)
            rows[(case, tool)] = {
                "min": float(m.group(3)), "wall": float(m.group(4)), "max": float(m.group(5)),
                "cpu": float(m.group(6)), "peak": float(m.group(7)),
                "bytes": int(m.group(8)), "files": int(m.group(9)),
            }
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--res", default="50m")
    ap.add_argument("--n", type=int, default=39, help="maps per peer batch (default 39)")
    ap.add_argument("--no-build", action="store_true", help="use the binary as it is")
    ap.add_argument("--no-peers", action="store_true", help="time spheres only")
    ap.add_argument("--bench", default=os.environ.get("SPHERES_PEER_BENCH",
                                                       os.path.join(ROOT, "..", "shared", "bench")))
    ap.add_argument("--bin", help="the spheres binary (default: target/release/spheres)")
    ap.add_argument("--before", metavar="BIN",
                    help="another spheres binary (e.g. an older commit's) whose default run "
                         "is timed too, for a before/after comparison")
    a = ap.parse_args()

    bench = os.path.abspath(a.bench)
    if not os.path.isfile(os.path.join(bench, "compare.py")):
        sys.exit("no compare.py in %s (use --bench)" % bench)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    binary = os.path.abspath(a.bin or os.path.join(target, "release", "spheres"))
    if not a.no_build and not a.bin:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    print("machine: " + machine())
    print("binary: " + binary)

    # The adapter: the bench's geometry and per-year fills as a spheres scenario.
    scenario = os.path.join(PB, "spheres-scenario-" + a.res)
    subprocess.run([sys.executable, os.path.join(HERE, "make_scenario.py"),
                    os.path.join(bench, "data", "ne_%s_nea.geojson" % a.res), scenario], check=True)
    last = 1907 + a.n - 1
    one = ("sh -c '%s render 1907 --scenario %s --format {fmt} --out {{out}}.d"
           " && mv {{out}}.d/1907.{fmt} {{out}} && rm -r {{out}}.d'") % (binary, scenario)
    batch = "%s render --scenario %s --from 1907 --to %d --format {fmt} --out {{outdir}}" % (
        binary, scenario, last)
    runs = ["--runs", str(a.runs), "--res", a.res, "--n", str(a.n)]

    # 1. The default run and the SVG-only batch of the built-in scenario (no peer does
    #    these maps; compare.py is used for its timing only).
    default = compare(bench, runs + ["--no-peers", "--cases", "batch-png,batch-svg",
                                     "--out", os.path.join(PB, "spheres-out")],
                      ["--project", "batch-png=%s render --out {outdir}" % binary,
                       "--project", "batch-svg=%s render --format svg --out {outdir}" % binary])
    before = None
    if a.before:
        old = os.path.abspath(a.before)
        before = compare(bench, runs + ["--no-peers", "--cases", "batch-png,batch-svg",
                                        "--out", os.path.join(PB, "spheres-before-out")],
                         ["--project", "batch-png=%s render --out {outdir}" % old,
                          "--project", "batch-svg=%s render --format svg --out {outdir}" % old])
    # 2. The peers' cases, with spheres on the same geometry.
    peers = compare(bench, runs + (["--no-peers"] if a.no_peers else []),
                    ["--project", "single-svg=" + one.format(fmt="svg"),
                     "--project", "single-png=" + one.format(fmt="png"),
                     "--project", "batch-svg=" + batch.format(fmt="svg"),
                     "--project", "batch-png=" + batch.format(fmt="png")])

    d_both, d_svg = default[("batch-png", "project")], default[("batch-svg", "project")]
    print()
    print("Targets (DESIGN.md), medians of %d runs; %s" % (a.runs, machine()))

    def verdict(ok):
        return "met" if ok else "MISSED"

    print("  default run (41 maps SVG+PNG, 1600 px): %.3f s wall (target <= 1.0 s: %s), %.3f s CPU, peak %.1f MiB (target <= 100: %s)"
          % (d_both["wall"], verdict(d_both["wall"] <= 1.0), d_both["cpu"], d_both["peak"],
             verdict(d_both["peak"] <= 100.0)))
    print("  default run SVG only: %.3f s wall, %.3f s CPU, %.1f MiB" % (d_svg["wall"], d_svg["cpu"], d_svg["peak"]))
    if before:
        for case, name in (("batch-png", "SVG+PNG"), ("batch-svg", "SVG only")):
            b, n = before[(case, "project")], default[(case, "project")]
            print("  default run %s, before -> now: %.3f -> %.3f s wall (%.1fx), %.3f -> %.3f s CPU (%.1fx), %.1f -> %.1f MiB, %d -> %d bytes"
                  % (name, b["wall"], n["wall"], b["wall"] / n["wall"], b["cpu"], n["cpu"],
                     b["cpu"] / n["cpu"], b["peak"], n["peak"], b["bytes"], n["bytes"]))
    if a.no_peers:
        return

    def ratio(case, peer, what):
        p, s = peers.get((case, peer)), peers.get((case, "project"))
        return (p[what] / s[what]) if p and s and s[what] > 0 else float("nan")

    for what in ("wall", "cpu"):
        r = ratio("batch-png", "geopandas", what)
        print("  %d-map PNG batch vs geopandas, %s: %.1fx faster (target >= 10x: %s)"
              % (a.n, what, r, verdict(r >= 10)))
    for what in ("wall", "cpu"):
        r = ratio("batch-svg", "d3-geo", what)
        print("  %d-map SVG batch vs d3-geo, %s: %.2fx faster (target >= 2x: %s)"
              % (a.n, what, r, verdict(r >= 2)))
    for case in ("single-svg", "batch-svg"):
        s, d = peers[(case, "project")], peers[(case, "d3-geo")]
        print("  %s bytes: spheres %d, d3-geo %d (%.0f%%; target <= 100%%: %s)"
              % (case, s["bytes"], d["bytes"], 100.0 * s["bytes"] / d["bytes"],
                 verdict(s["bytes"] <= d["bytes"])))
    s, g = peers[("batch-png", "project")], peers[("batch-png", "geopandas")]
    print("  PNG batch bytes: spheres %d, geopandas %d (%.0f%%)" % (s["bytes"], g["bytes"], 100.0 * s["bytes"] / g["bytes"]))
    # The same pixels through both encoders: geopandas' single map re-encoded by ours.
    gp = os.path.join(PB, "compare-out", a.res, "single-png", "geopandas.png")
    if os.path.isfile(gp):
        out = subprocess.run(["cargo", "run", "--release", "--quiet", "--example", "reencode", "--", gp],
                             cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True).stdout.strip()
        print("  geopandas' PNG re-encoded by spheres: " + out)
    for case in ("single-svg", "single-png"):
        for peer in ("mapshaper", "geopandas", "d3-geo"):
            if (case, peer) in peers:
                print("  %s vs %s: %.1fx faster (wall), %.1fx (CPU)"
                      % (case, peer, ratio(case, peer, "wall"), ratio(case, peer, "cpu")))


if __name__ == "__main__":
    main()
