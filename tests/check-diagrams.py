#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when the committed diagrams or marks are not what the generators make.

Runs assets/diagrams/src/generate.py --out into a temporary folder (never into the
source tree) and compares byte for byte: the nine SVGs with assets/diagrams/, the
marks-*.tsv with assets/diagrams/src/, and atlas.xml with the marks applied with
assets/atlas.xml.  generate.py also runs the generators' own checks, tile.py's tiling
check and check.py, so a failing check fails this test too.  An SVG edited by hand,
a mark moved in atlas.xml only, or a generator changed without regenerating all
show here, naming the file and its first differing line.

Usage: check-diagrams.py SOURCE_ROOT
"""
import os
import subprocess
import sys
import tempfile

SVGS = ('anterior', 'anterior-deep', 'posterior', 'posterior-deep', 'lateral', 'head', 'head-deep',
        'hand', 'foot')
MARKS = ('anterior', 'posterior', 'lateral', 'head', 'hand', 'foot')


def first_difference(a, b):
    la, lb = a.split(b'\n'), b.split(b'\n')
    for n, (x, y) in enumerate(zip(la, lb), 1):
        if x != y:
            return f'line {n}:\n    committed: {x[:160]!r}\n    generated: {y[:160]!r}'
    return f'the files have {len(la)} and {len(lb)} lines'


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: check-diagrams.py SOURCE_ROOT')
    root = sys.argv[1]
    src = os.path.join(root, 'assets', 'diagrams', 'src')
    with tempfile.TemporaryDirectory(prefix='atlas-diagrams-') as out:
        # no __pycache__ in the source tree either
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE='1')
        run = subprocess.run([sys.executable, os.path.join(src, 'generate.py'), '--out', out], env=env)
        if run.returncode != 0:
            sys.exit(f'generate.py failed (exit status {run.returncode})')
        pairs = [(os.path.join(root, 'assets', 'diagrams', f'{v}.svg'), f'{v}.svg') for v in SVGS]
        pairs += [(os.path.join(src, f'marks-{v}.tsv'), f'marks-{v}.tsv') for v in MARKS]
        pairs.append((os.path.join(root, 'assets', 'atlas.xml'), 'atlas.xml'))
        failed = 0
        for committed, name in pairs:
            with open(committed, 'rb') as f:
                a = f.read()
            with open(os.path.join(out, name), 'rb') as f:
                b = f.read()
            if a != b:
                failed += 1
                print(f'{committed} is not what generate.py makes; {first_difference(a, b)}',
                      file=sys.stderr)
        if failed:
            sys.exit(f'{failed} file(s) differ: run python3 assets/diagrams/src/generate.py and commit, '
                     f'or change the generator rather than its output')
    print(f'{len(pairs)} files are what generate.py makes')


if __name__ == '__main__':
    main()
