#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerate every diagram, tile its regions, check the result and copy the
trigger-point marks into atlas.xml.

Run from anywhere:  python3 assets/diagrams/src/generate.py [--out DIR]

Every step writes into a folder of its own (the scripts' --out): DIR, or without
--out a temporary folder whose files are moved into the tree only when every step
has passed, so a failing generator or check leaves assets/diagrams/*.svg,
assets/diagrams/src/marks-*.tsv and assets/atlas.xml as they were.  DIR/atlas.xml is
the bundled atlas.xml with the marks applied; the diagrams test compares such a
folder with the tree.  Each step's time is printed; a step that fails stops the run
with its status.
"""
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DIAGRAMS = os.path.dirname(HERE)
ATLAS = os.path.join(TOP, "assets", "atlas.xml")

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
        print(f"generate.py: {name} failed (exit status {status}); the tree is unchanged",
              file=sys.stderr)
        sys.exit(status)


def generate(out):
    times = []
    where = ["--out", out]
    for script in GENERATORS:
        run(script, [os.path.join(HERE, script)] + where, times)
    run("tile.py", [os.path.join(HERE, "tile.py")] + [os.path.join(out, n) for n in TILED], times)
    run("check.py", [os.path.join(HERE, "check.py")] + where, times)
    run("apply-marks.py", [os.path.join(HERE, "apply-marks.py")] + where, times)
    print("time per step (wall, processor):")
    for name, wall, used in times:
        print(f"  {name:16} {wall:6.1f} s {used:6.1f} s")
    print(f"  {'total':16} {sum(t[1] for t in times):6.1f} s {sum(t[2] for t in times):6.1f} s")


def install(out):
    """Move the generated files into the tree, each by a rename in its own folder."""
    moves = [(os.path.join(out, n), os.path.join(DIAGRAMS, n)) for n in TILED]
    moves += [(os.path.join(out, n), os.path.join(HERE, n))
              for n in sorted(os.listdir(out)) if n.startswith("marks-") and n.endswith(".tsv")]
    moves.append((os.path.join(out, "atlas.xml"), ATLAS))
    for source, target in moves:
        tmp = target + ".new"
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--out"] and len(args) == 2:
        out = os.path.abspath(args[1])
        os.makedirs(out, exist_ok=True)
        generate(out)
    elif not args:
        with tempfile.TemporaryDirectory(prefix="atlas-generate-") as out:
            generate(out)
            install(out)
    else:
        sys.exit("usage: generate.py [--out DIR]")


if __name__ == "__main__":
    main()
