#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Make a view's body regions tile its skin: no gaps, no overlaps.

The generators draw each region as a rounded shape where it is clinically
named; between them lies bare skin. This pass rewrites the `regions` group of
the SVGs named on the command line: every unit square of the document inside
the skin (and a thin margin outside it) goes to the region whose drawn shape
is nearest (where drawn shapes overlap, to the smaller) among those that lie
on the figure drawn on top there (the hand over the buttock), and each
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


def spans(polys, width, height):
    """The runs of unit squares whose centres lie inside (non-zero winding), as
    (y, x from, x to) row by row."""
    edges = []
    for poly in polys:
        for j in range(len(poly)):
            edges.append((poly[j], poly[(j + 1) % len(poly)]))
    if not edges:
        return
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
                a, b = max(0, int(x + 0.5)), min(width, int(x_next + 0.5))
                if a < b:
                    yield y, a, b


def raster(polys, width, height):
    """The unit squares whose centres lie inside (non-zero winding)."""
    cells = set()
    for y, a, b in spans(polys, width, height):
        for x_ in range(a, b):
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


def regions_of(path, svg, width, height, regions, skin_paths):
    """Each region's squares (dict id -> set of (x, y)), as the docstring at the top
    says.  The document is held as flat arrays, one byte or int a square, with a
    border of one square all round so that a step to a neighbour never wraps to the
    next row.  Where several drawn regions are equally near a square, the first to
    reach it wins, so the order in which squares are visited decides the outline;
    it is kept exactly as the first version of this file (sets of squares) had it,
    so that the regions do not change by a byte."""
    stride = width + 2

    def at(x, y):
        return (y + 1) * stride + x + 1

    area = bytearray(stride * (height + 2))
    # The figure on top at each square (1 + its index; 0 off the skin): later
    # skin outlines are drawn over earlier ones (the arm over the trunk).
    top = bytearray(len(area))
    skin_count = 0
    for k, d in enumerate(skin_paths):
        for y, a, b in spans(polygons(d), width, height):
            row = at(0, y)
            for i in range(row + a, row + b):
                top[i] = min(k + 1, 255)
                if not area[i]:
                    area[i] = 1
                    skin_count += 1
    skin = bytes(area)
    frontier = [i for i in range(len(area)) if area[i]]
    for _ in range(MARGIN):
        grown = []
        for i in frontier:
            x, y = i % stride - 1, i // stride - 1
            for c, ok in ((i + 1, x + 1 < width), (i - 1, x - 1 >= 0),
                          (i + stride, y + 1 < height), (i - stride, y - 1 >= 0)):
                if ok and not area[c]:
                    area[c] = 1
                    grown.append(c)
        frontier = grown

    # the drawn squares of each region inside the area, as a set built as
    # `raster(...) & area` built it (iterating the raster's set), for its order
    drawn = []
    for _, d in regions:
        cells = raster(polygons(d), width, height)
        drawn.append({c for c in cells if area[at(*c)]})

    # Each region lies on the figure on top of most of its drawn squares: the
    # buttock on the trunk, not on the hand that hangs over it.  It takes only
    # squares where that figure is on top, so that no zone is painted on a
    # limb drawn over it.
    figure = []
    for cells in drawn:
        counts = {}
        for c in cells:
            t = top[at(*c)]
            if t:
                counts[t] = counts.get(t, 0) + 1
        figure.append(max(sorted(counts), key=lambda t: counts[t]) if counts else 0)

    def allowed(i, index):
        return not top[i] or not figure[index] or top[i] == figure[index]

    owner = [-1] * len(area)
    queue = deque()
    order = []
    # Where drawn shapes overlap, the smaller keeps its place: it is the more
    # particular one (the breast on the chest, the kneecap on the knee).
    for index in sorted(range(len(regions)), key=lambda k: (len(drawn[k]), k)):
        for c in drawn[index]:
            i = at(*c)
            if owner[i] < 0 and allowed(i, index):
                owner[i] = index
                queue.append(i)
                order.append(i)
    # Nearest drawn region, by steps across the skin: a region never reaches
    # past another, nor across bare background.
    popleft, push, note = queue.popleft, queue.append, order.append
    while queue:
        i = popleft()
        o = owner[i]
        for c in (i + 1, i - 1, i + stride, i - stride):
            if area[c] and owner[c] < 0 and allowed(c, o):
                owner[c] = o
                push(c)
                note(c)
    # A figure that no region lies on (a finger of the hand) goes to the
    # regions next to it.
    queue.extend(order)
    while queue:
        i = popleft()
        o = owner[i]
        for c in (i + 1, i - 1, i + stride, i - stride):
            if area[c] and owner[c] < 0:
                owner[c] = o
                push(c)
                note(c)

    missed = [i for i in range(len(area)) if skin[i] and owner[i] < 0]
    if missed:
        x, y = missed[0] % stride - 1, missed[0] // stride - 1
        sys.exit(f'{path}: {len(missed)} squares of skin belong to no region (a patch of skin no '
                 f'drawn region reaches), the first at ({x}, {y})')
    cells = [set() for _ in regions]
    for i in order:
        cells[owner[i]].add((i % stride - 1, i // stride - 1))
    return cells, skin, skin_count


def verify(path, width, height, skin, lines):
    """The written regions, read back, tile the skin: every square of skin lies in
    exactly one of them.  Exits naming the regions and the place otherwise."""
    stride = width + 2
    seen = [None] * len(skin)
    for rid, d in lines:
        for y, a, b in spans(polygons(d), width, height):
            row = (y + 1) * stride + 1
            for i in range(row + a, row + b):
                if seen[i] is not None:
                    sys.exit(f'{path}: regions {seen[i]} and {rid} overlap at ({i % stride - 1}, {y})')
                seen[i] = rid
    for i, s in enumerate(skin):
        if s and seen[i] is None:
            sys.exit(f'{path}: a gap between the regions at ({i % stride - 1}, {i // stride - 1})')


_DONE = {}      # (size, skin, regions) -> region lines: a deep view shares its surface view's map


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
    skin_paths = re.findall(r'<path class="skin"[^>]* d="([^"]*)"', svg)

    key = (width, height, tuple(skin_paths), tuple(regions))
    if key not in _DONE:
        cells, skin, skin_count = regions_of(path, svg, width, height, regions, skin_paths)
        lines = []
        for (rid, _), own in zip(regions, cells):
            if not own:
                sys.exit(f'{path}: region {rid} lies outside the skin')
            lines.append((rid, outline(own)))
        verify(path, width, height, skin, lines)
        _DONE[key] = (lines, skin_count)
    lines, skin_count = _DONE[key]
    text = [f'<path id="{rid}" d="{d}"/>' for rid, d in lines]
    svg = svg[:body_start] + '\n' + '\n'.join(text) + '\n' + svg[end:]
    with open(path, 'w') as f:
        f.write(svg)
    print(f'tiled {path}: {len(regions)} regions over {skin_count} units of skin')


if __name__ == '__main__':
    for name in sys.argv[1:]:
        tile(name)
