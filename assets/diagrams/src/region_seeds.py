# SPDX-License-Identifier: GPL-3.0-or-later
"""The seeds of the region map, read from regions.tsv.

A view's generator draws each region's seed from its rows (a closed curve through
points, an ellipse, or on the side view a band of a limb); tile.py then grows the seeds
until they tile the skin.  The file's header says what each column holds.
"""

from grid import read_tsv, parse_number, spline, ellipse

SIDES = ('pair', 'mid', 'one')
SHAPES = ('spline', 'ellipse', 'zone')
FLAGS = ('cut', 'bent')


class Seed:
    """One region of a drawing: its id, side ('pair', 'mid' or 'one'), flags (a set of
    'cut' and 'bent') and pieces, each (shape, values): for a spline its points, for an
    ellipse (cx, cy, rx, ry, n), for a zone (limb, y0, y1, v0, v1)."""

    def __init__(self, rid, side, flags, where):
        self.id, self.side, self.flags, self.where = rid, side, flags, where
        self.pieces = []

    def cmds(self, zone=None):
        """The seed's path commands; zone(limb, y0, y1, v0, v1) draws a zone piece."""
        out = []
        for shape, values in self.pieces:
            if shape == 'spline':
                out += spline(values)
            elif shape == 'ellipse':
                cx, cy, rx, ry, n = values
                out += ellipse(cx, cy, rx, ry, int(n))
            else:
                if zone is None:
                    raise SystemExit(f'{self.where}: this view does not draw zones')
                out += zone(*values)
        return out


def _points(text, where):
    points = []
    for pair in text.split(';'):
        words = pair.split()
        if len(words) not in (2, 3) or len(words) == 3 and words[2] != 'c':
            raise SystemExit(f'{where}: a point is "x y", or "x y c" for a corner, not {pair.strip()!r}')
        p = (parse_number(words[0], where), parse_number(words[1], where))
        points.append(p + ('c',) * (len(words) == 3))
    if len(points) < 3:
        raise SystemExit(f'{where}: a region needs three points or more')
    return points


def _fraction(text, where):
    """A zone's fraction across its limb: a number, or "y:v y:v ..." varying with y."""
    if ':' not in text:
        return parse_number(text, where)
    pairs = []
    for item in text.split():
        y, _, v = item.partition(':')
        pairs.append((parse_number(y, where), parse_number(v, where)))
    return pairs


def _values(shape, text, where):
    if shape == 'spline':
        return _points(text, where)
    words = text.split()
    if shape == 'ellipse':
        values = [parse_number(w, where) for w in words]
        if len(values) != 5 or min(values[2:]) <= 0:
            raise SystemExit(f'{where}: an ellipse is "cx cy rx ry n", its radii and n above 0')
        return values
    parts = text.split(',')
    words = parts[0].split()
    if len(parts) != 3 or len(words) != 3:
        raise SystemExit(f'{where}: a zone is "limb y0 y1, v0, v1", not {text!r}')
    return [words[0], parse_number(words[1], where), parse_number(words[2], where),
            _fraction(parts[1], where), _fraction(parts[2], where)]


def seeds(drawing, path='regions.tsv'):
    """The regions of a drawing, in the file's order (a region's rows in order are its
    pieces)."""
    out, by_id = [], {}
    for where, (name, rid, side, shape, text) in read_tsv(path, 5):
        if name != drawing:
            continue
        words = side.split()
        if not words or words[0] not in SIDES or any(w not in FLAGS for w in words[1:]):
            raise SystemExit(f'{where}: side must be {", ".join(SIDES)}, then any of {", ".join(FLAGS)}; '
                             f'not {side!r}')
        if shape not in SHAPES:
            raise SystemExit(f'{where}: shape must be one of {", ".join(SHAPES)}, not {shape!r}')
        seed = by_id.get(rid)
        if seed is None:
            seed = by_id[rid] = Seed(rid, words[0], set(words[1:]), where)
            out.append(seed)
        elif (seed.side, seed.flags) != (words[0], set(words[1:])):
            raise SystemExit(f'{where}: {rid} has another side than its first row ({seed.where})')
        seed.pieces.append((shape, _values(shape, text, where)))
    return out
