#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when the files of app/ include each other in a circle.

A unit is a .c file with its .h (and its -private.h, which only it and its
helpers read). Unit A depends on unit B when a file of A includes a header of
B. No unit may depend, directly or through others, on a unit that depends on
it: such a circle means neither can be read, changed or tested alone.

The files of the GTK-free core (app/core) are units in the same way, named
core/STEM: the widgets may use them, they may not use the widgets, and no core
file may lean on one that leans on it. A header that only names a type of
another declares it through atlas-forward.h.

Usage: check-includes.py APP_DIR
"""
import re
import sys
from pathlib import Path

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)


def unit_of(path):
    stem = path.stem
    if stem.endswith('-private'):
        stem = stem[:-len('-private')]
    if path.parent.name == 'core':
        return 'core/' + stem
    return stem


def graph(app):
    files = [p for p in app.rglob('*') if p.suffix in ('.c', '.h')]
    headers = {p.name: unit_of(p) for p in files if p.suffix == '.h'}
    edges = {}
    for path in files:
        unit = unit_of(path)
        targets = edges.setdefault(unit, {})
        for name in INCLUDE.findall(path.read_text(encoding='utf-8')):
            other = headers.get(Path(name).name)
            if other is not None and other != unit:
                targets.setdefault(other, path.relative_to(app).as_posix())
    return edges


def find_cycles(edges):
    """Each strongly connected component of more than one unit (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(unit):
        index[unit] = low[unit] = len(index)
        stack.append(unit)
        on_stack.add(unit)
        for other in edges.get(unit, {}):
            if other not in index:
                visit(other)
                low[unit] = min(low[unit], low[other])
            elif other in on_stack:
                low[unit] = min(low[unit], index[other])
        if low[unit] == index[unit]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == unit:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for unit in sorted(edges):
        if unit not in index:
            visit(unit)
    return found


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    app = Path(sys.argv[1])
    edges = graph(app)
    cycles = find_cycles(edges)
    for component in cycles:
        print('include circle among: ' + ', '.join(component))
        members = set(component)
        for unit in component:
            for other, where in sorted(edges[unit].items()):
                if other in members:
                    print(f'  {unit} -> {other} ({where} includes it)')
    if cycles:
        sys.exit(1)
    print(f'{len(edges)} units of {app}, no include circle')


if __name__ == '__main__':
    main()
