#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerate every diagram, copy the trigger-point marks into atlas.xml, tile the
regions and check the result.

Run from anywhere:  python3 assets/diagrams/src/generate.py [--out DIR]

Without --out it rewrites assets/diagrams/*.svg, assets/diagrams/src/marks-*.tsv
and the marks in assets/atlas.xml.  With --out DIR it writes all of them into DIR
instead (DIR/atlas.xml is the bundled atlas.xml with the marks applied) and leaves
the source tree alone: the diagrams test compares such a folder with the tree.
Each step's time is printed; a step that fails stops the run with its status.
"""
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, "..", "..", ".."))

GENERATORS = ("anterior.py", "posterior.py", "lateral.py", "head.py", "hand.py", "foot.py")
# Every view's regions tile its skin (tile.py).
TILED = ("head.svg", "head-deep.svg", "anterior.svg", "anterior-deep.svg", "posterior.svg",
         "posterior-deep.svg", "lateral.svg", "hand.svg", "foot.svg")


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(name, args, times):
    wall, used = time.monotonic(), cpu()
    status = subprocess.run([sys.executable] + args, cwd=TOP).returncode
    times.append((name, time.monotonic() - wall, cpu() - used))
    if status != 0:
        print(f"generate.py: {name} failed (exit status {status})", file=sys.stderr)
        sys.exit(status)


def main():
    args = sys.argv[1:]
    out = None
    if args[:1] == ["--out"] and len(args) == 2:
        out = os.path.abspath(args[1])
        os.makedirs(out, exist_ok=True)
    elif args:
        sys.exit("usage: generate.py [--out DIR]")
    where = ["--out", out] if out else []
    svg_dir = out or os.path.dirname(HERE)

    times = []
    for script in GENERATORS:
        run(script, [os.path.join(HERE, script)] + where, times)
    run("apply-marks.py", [os.path.join(HERE, "apply-marks.py")] + where, times)
    run("tile.py", [os.path.join(HERE, "tile.py")] + [os.path.join(svg_dir, n) for n in TILED], times)
    run("check.py", [os.path.join(HERE, "check.py")] + where, times)

    print("time per step (wall, processor):")
    for name, wall, used in times:
        print(f"  {name:16} {wall:6.1f} s {used:6.1f} s")
    print(f"  {'total':16} {sum(t[1] for t in times):6.1f} s {sum(t[2] for t in times):6.1f} s")


if __name__ == "__main__":
    main()
