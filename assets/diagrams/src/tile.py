#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Make a view's body regions tile its skin: no gaps, no overlaps.

The generators draw each region as a rounded shape where it is clinically
named; between them lies bare skin. This pass rewrites the `regions` group of
the SVGs named on the command line: every unit square of the document inside
the skin (and a thin margin outside it) goes to the region whose drawn shape
is nearest (where drawn shapes overlap, to the smaller), and each
region becomes the outline of its squares. The ids and their order stay as
they were, so the data file and the marks are untouched.

Usage: tile.py VIEW.svg...   (run after the generators; generate.py does)
"""

import re
import sys
from collections import deque

MARGIN = 3          # units past the skin, so that every point on the outline is covered
CURVE_STEPS = 10    # straight pieces per cubic segment when rasterising

NUM = r'-?\d+(?:\.\d+)?'


def polygons(d):
    """Absolute M/L/H/V/C/Z path data as closed polygons."""
    tokens = re.findall(r'[MLHVCZmlhvcz]|' + NUM, d)
    polys, cur, pos, i = [], [], (0.0, 0.0), 0
    cmd = None
    while i < len(tokens):
        t = tokens[i]
        if t.isalpha():
            cmd = t
            i += 1
            if cmd in 'Zz':
                if cur:
                    polys.append(cur)
                cur = []
            continue
        if cmd in 'Mm':
            if cur:
                polys.append(cur)
            pos = (float(tokens[i]), float(tokens[i + 1]))
            cur = [pos]
            i += 2
            cmd = 'L'
        elif cmd == 'L':
            pos = (float(tokens[i]), float(tokens[i + 1]))
            cur.append(pos)
            i += 2
        elif cmd == 'H':
            pos = (float(tokens[i]), pos[1])
            cur.append(pos)
            i += 1
        elif cmd == 'V':
            pos = (pos[0], float(tokens[i]))
            cur.append(pos)
            i += 1
        elif cmd == 'C':
            p0 = pos
            p1 = (float(tokens[i]), float(tokens[i + 1]))
            p2 = (float(tokens[i + 2]), float(tokens[i + 3]))
            p3 = (float(tokens[i + 4]), float(tokens[i + 5]))
            for k in range(1, CURVE_STEPS + 1):
                t_ = k / CURVE_STEPS
                a, b, c, e = (1 - t_) ** 3, 3 * (1 - t_) ** 2 * t_, 3 * (1 - t_) * t_ ** 2, t_ ** 3
                cur.append((a * p0[0] + b * p1[0] + c * p2[0] + e * p3[0],
                            a * p0[1] + b * p1[1] + c * p2[1] + e * p3[1]))
            pos = p3
            i += 6
        else:
            sys.exit(f'tile.py: unsupported path command {cmd!r} (write absolute M L H V C Z)')
    if cur:
        polys.append(cur)
    return polys


def raster(polys, width, height):
    """The unit squares whose centres lie inside (non-zero winding)."""
    cells = set()
    edges = []
    for poly in polys:
        for j in range(len(poly)):
            edges.append((poly[j], poly[(j + 1) % len(poly)]))
    if not edges:
        return cells
    ys = [p[1] for e in edges for p in e]
    for y in range(max(0, int(min(ys))), min(height, int(max(ys)) + 1)):
        yc = y + 0.5
        crossings = []
        for (x0, y0), (x1, y1) in edges:
            if (y0 <= yc) != (y1 <= yc):
                crossings.append((x0 + (yc - y0) * (x1 - x0) / (y1 - y0), 1 if y1 > y0 else -1))
        crossings.sort()
        winding = 0
        for k, (x, w) in enumerate(crossings):
            winding += w
            if winding != 0 and k + 1 < len(crossings):
                x_next = crossings[k + 1][0]
                for x_ in range(max(0, int(x + 0.5)), min(width, int(x_next + 0.5))):
                    cells.add((x_, y))
    return cells


def outline(cells):
    """The boundary of a set of unit squares as SVG path data: clockwise loops
    along the squares' edges, holes the other way round, straight runs merged."""
    nxt = {}
    for (x, y) in cells:
        # Clockwise on screen (y down): top, right, bottom, left.
        if (x, y - 1) not in cells:
            nxt.setdefault((x, y), []).append((x + 1, y))
        if (x + 1, y) not in cells:
            nxt.setdefault((x + 1, y), []).append((x + 1, y + 1))
        if (x, y + 1) not in cells:
            nxt.setdefault((x + 1, y + 1), []).append((x, y + 1))
        if (x - 1, y) not in cells:
            nxt.setdefault((x, y + 1), []).append((x, y))
    loops = []
    for start in sorted(nxt):
        while nxt.get(start):
            loop = [start]
            p = nxt[start].pop()
            while p != start:
                loop.append(p)
                p = nxt[p].pop()
            loops.append(loop)
    parts = []
    for loop in loops:
        pts = [p for k, p in enumerate(loop)
               if not (loop[k - 1][0] == p[0] == loop[(k + 1) % len(loop)][0] or
                       loop[k - 1][1] == p[1] == loop[(k + 1) % len(loop)][1])]
        parts.append('M' + ' L'.join(f'{x} {y}' for x, y in pts) + ' Z')
    return ' '.join(parts)


def tile(path):
    with open(path) as f:
        svg = f.read()
    m = re.search(r'viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"', svg)
    width, height = int(float(m.group(1))), int(float(m.group(2)))
    start = svg.index('<g id="regions"')
    body_start = svg.index('>', start) + 1
    end = svg.index('</g>', body_start)
    regions = re.findall(r'<path id="([^"]+)" d="([^"]*)"\s*/>', svg[body_start:end])
    if not regions:
        sys.exit(f'{path}: no region paths in the regions group')

    skin = set()
    for d in re.findall(r'<path class="skin"[^>]* d="([^"]*)"', svg):
        skin |= raster(polygons(d), width, height)
    area = set(skin)
    frontier = set(skin)
    for _ in range(MARGIN):
        grown = set()
        for (x, y) in frontier:
            for c in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                if 0 <= c[0] < width and 0 <= c[1] < height and c not in area:
                    grown.add(c)
        area |= grown
        frontier = grown

    owner = {}
    queue = deque()
    drawn = [raster(polygons(d), width, height) & area for _, d in regions]
    # Where drawn shapes overlap, the smaller keeps its place: it is the more
    # particular one (the breast on the chest, the kneecap on the knee).
    for index in sorted(range(len(regions)), key=lambda k: (len(drawn[k]), k)):
        for c in drawn[index]:
            if c not in owner:
                owner[c] = index
                queue.append(c)
    # Nearest drawn region, by steps across the skin: a region never reaches
    # past another, nor across bare background.
    while queue:
        x, y = queue.popleft()
        for c in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if c in area and c not in owner:
                owner[c] = owner[(x, y)]
                queue.append(c)

    cells = [set() for _ in regions]
    for c, index in owner.items():
        cells[index].add(c)
    lines = []
    for (rid, _), own in zip(regions, cells):
        if not own:
            sys.exit(f'{path}: region {rid} lies outside the skin')
        lines.append(f'<path id="{rid}" d="{outline(own)}"/>')
    svg = svg[:body_start] + '\n' + '\n'.join(lines) + '\n' + svg[end:]
    with open(path, 'w') as f:
        f.write(svg)
    print(f'tiled {path}: {len(regions)} regions over {len(skin)} units of skin')


if __name__ == '__main__':
    for name in sys.argv[1:]:
        tile(name)
