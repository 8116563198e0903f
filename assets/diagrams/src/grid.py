# SPDX-License-Identifier: GPL-3.0-or-later
"""Proportion grid and helpers shared by the diagram generators.

The diagrams are generated rather than hand-drawn so that left and right are exact
mirror images: each generator describes one half of the body (the half on the image's
left, x < MID) and emits every shape twice.  Run `python3 assets/diagrams/src/generate.py`
to rewrite the SVG files; never edit the SVG output by hand.

Canon: an adult eight heads tall.  One head (H) is 170 units; the canvas is 700 x 1500.
"""

import math
import os
import sys

SRC = os.path.dirname(os.path.abspath(__file__))
ATLAS = os.path.normpath(os.path.join(SRC, '..', '..', 'atlas.xml'))


def _out_option():
    """The folder after --out on the command line, or None.  generate.py passes it
    to every script, so that the diagrams test can regenerate everything into a
    temporary folder without writing into the source tree."""
    args = sys.argv[1:]
    if '--out' in args:
        i = args.index('--out')
        if i + 1 >= len(args):
            raise SystemExit('--out needs a folder')
        return args[i + 1]
    return None


def out_dir():
    """Where a generator writes its SVGs: assets/diagrams, or the --out folder."""
    return _out_option() or os.path.dirname(SRC)


def marks_dir():
    """Where a generator writes its marks-VIEW.tsv: assets/diagrams/src, or the --out
    folder."""
    return _out_option() or SRC


W, HEIGHT = 700, 1500
MID = W / 2          # the body's midline; mirror axis
H = 170              # one head height

def parse_number(text, where):
    """A number from a data file: an int when it is one (the SVG comments print the
    grid as integers), refusing NaN and infinities."""
    try:
        v = float(text)
    except ValueError:
        raise SystemExit(f'{where}: {text!r} is not a number') from None
    if not abs(v) < 1e6:
        raise SystemExit(f'{where}: {text!r} is not a finite number')
    return int(v) if v == int(v) else v


def read_tsv(path, columns, error=SystemExit):
    """The rows of a tab-separated data file (a bare name is one beside this file):
    `columns` fields a row, # comments and blank lines skipped.  Yields (where,
    fields), where being FILE:LINE for messages; a row of another length raises
    error."""
    if os.sep not in path:
        path = os.path.join(SRC, path)
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith('#'):
                continue
            fields = line.rstrip('\n').split('\t')
            where = f'{os.path.basename(path)}:{number}'
            if len(fields) != columns:
                raise error(f'{where}: expected {columns} tab-separated fields, found {len(fields)}')
            yield where, fields


def _read_landmarks():
    out = {}
    for where, (frame, name, x, y, _) in read_tsv('landmarks.tsv', 5):
        if (frame, name) in out:
            raise SystemExit(f'{where}: {frame} {name} is given twice')
        out[frame, name] = (None if x == '-' else parse_number(x, where), None if y == '-' else parse_number(y, where))
    return out


LANDMARKS = _read_landmarks()


def landmark(frame, name):
    """(x, y) of a named landmark of landmarks.tsv; x or y is None where the file
    gives a level or a width only."""
    try:
        return LANDMARKS[frame, name]
    except KeyError:
        raise SystemExit(f'landmarks.tsv: no landmark {name} in frame {frame}') from None


def around(frame, name, offsets):
    """Points given relative to a landmark (an outline drawn round it)."""
    x, y = landmark(frame, name)
    return [(x + p[0], y + p[1]) + tuple(p[2:]) for p in offsets]


def limb_measures():
    """proportions.tsv: measure -> (y, limb index, min, max) in head heights."""
    out = {}
    for where, (name, y, limb, lo, hi, _) in read_tsv('proportions.tsv', 6):
        out[name] = (parse_number(y, where), int(parse_number(limb, where)),
                     parse_number(lo, where), parse_number(hi, where))
    return out


REACH = 12          # how near a muscle defined from landmarks must end to them (units)
BELLIES = ('fusiform', 'fan', 'strap', 'sheet', 'pennate')
SPREAD = ('fan', 'sheet')     # drawn between two edges rather than along a line
ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-'     # what a muscle's id or part is made of
CORNER_TURN = 25              # degrees: a fan's edge meeting a border more sharply is a corner


class Muscle:
    """One row of muscles.tsv: line, widths, tendon and tendon_widths as lists (a tendon
    given one half-width has it at every point), tendon_width as written (one number, or
    the list; None without a tendon).

    A fan or sheet row is read differently: its line is the origin edge (along the bone,
    from one free border to the other), its tendon column the insertion edge (the same
    way round: its first point at the end of the border that leaves the origin edge's
    first point), its widths two numbers, how far each free border bows out from the
    straight line (the first border, from the origin edge's first point; then the
    other; 0 straight, less than 0 hollow), its fibre the number of fibres drawn from
    edge to edge; it has no tendon (edges in `origin_edge` and `insertion_edge`, `tendon`
    empty).  The id may name a part, `deltoid/anterior`: a muscle with heads or parts
    has a row for each (`parts()`)."""

    def __init__(self, where, fields):
        (key, self.frame, self.origin, self.insertion, self.belly, line, widths, fibre, tendon,
         tendon_width) = fields
        self.where = where
        self.key = key
        self.id, _, self.part = key.partition('/')
        names = key.split('/')
        if len(names) > 2 or not all(n and not n.strip(ID_CHARS) and n[0] != '-' for n in names):
            raise SystemExit(f'{where}: muscle: {key!r} is not an id (a-z, 0-9 and -), or an id/part')
        if self.belly not in BELLIES:
            raise SystemExit(f'{where}: belly must be one of {", ".join(BELLIES)}')
        self.line = self._points(line, 'line')
        self.origin_edge = self.insertion_edge = None
        if self.belly in SPREAD:
            self._spread(widths, fibre, tendon)
        else:
            self.widths = self._widths(widths, len(self.line), 'widths', 'line')
            self.fibre = parse_number(fibre, f'{where}: fibre')
            self._tendon(tendon, tendon_width)
        for name in (self.origin, self.insertion):
            landmark(self.frame, name)

    def _tendon(self, tendon, tendon_width):
        if tendon == '-':                 # no tendon: its width is not read
            self.tendon, self.tendon_width, self.tendon_widths = [], None, []
            return
        self.tendon = self._points(tendon, 'tendon')
        # one number (the same half-width all along the tendon) or one a point
        n = 1 if len(tendon_width.split()) == 1 else len(self.tendon)
        given = self._widths(tendon_width, n, 'tendon-width', 'tendon (one number for all of it, or one a point)')
        self.tendon_widths = given * len(self.tendon) if n == 1 else given
        self.tendon_width = given[0] if n == 1 else given

    def _spread(self, widths, fibre, tendon):
        """A fan or a sheet: two edges, two borders' bows, a count of fibres."""
        if tendon == '-':
            raise SystemExit(f'{self.where}: tendon: a {self.belly} needs its insertion edge here, "x y; x y; ..."')
        self.origin_edge, self.insertion_edge = self.line, self._points(tendon, 'tendon')
        self.widths = [parse_number(w, f'{self.where}: widths') for w in widths.split()]
        if len(self.widths) != 2:
            raise SystemExit(f'{self.where}: widths: a {self.belly} has two numbers, how far each border bows '
                             f'out, not {len(self.widths)}')
        self.fibre = parse_number(fibre, f'{self.where}: fibre')
        if self.fibre != int(self.fibre) or not 1 <= self.fibre <= 60:
            raise SystemExit(f'{self.where}: fibre: a {self.belly} gives how many fibres to draw, 1 to 60, '
                             f'not {self.fibre:g}')
        self.tendon, self.tendon_width, self.tendon_widths = [], None, []
        a, b = self.origin_edge, self.insertion_edge
        if _segments_cross(a[0], b[0], a[-1], b[-1]):
            raise SystemExit(f'{self.where}: tendon: the insertion edge runs the other way from the origin '
                             f'edge (its borders cross); write its points in the opposite order')

    def _widths(self, text, count, column, what):
        """Half-widths, one a point of the `what`: `count` positive numbers."""
        values = [parse_number(w, f'{self.where}: {column}') for w in text.split()]
        if len(values) != count:
            raise SystemExit(f'{self.where}: {column}: {len(values)} number{"s" * (len(values) != 1)} for the '
                             f'{count} points of the {what}')
        for v in values:
            if v <= 0:
                raise SystemExit(f'{self.where}: {column}: a half-width must be more than 0, not {v:g}')
        return values

    def _points(self, text, column):
        points, where = [], f'{self.where}: {column}'
        for pair in text.split(';'):
            xy = pair.split()
            if len(xy) != 2:
                raise SystemExit(f'{where}: a point is two numbers, "x y", not {pair.strip()!r}')
            points.append((parse_number(xy[0], where), parse_number(xy[1], where)))
        if len(points) < 2:
            raise SystemExit(f'{where}: a line needs two points or more')
        return points

    def outline(self, caps=True):
        """The belly swept along its line with its width profile (band); without caps
        its ends are cut square.  A fan or sheet: its origin edge, one border bowed as
        its widths say, the insertion edge and the other border, corners where the
        borders meet the edges."""
        if self.origin_edge is None:
            return band(self.line, self.widths, caps)
        return spline(self.outline_points())

    def outline_points(self):
        """A fan's or sheet's outline as the points its curve passes through ('c' at a
        corner), for a view that moves them before drawing."""
        a, b = self.origin_edge, self.insertion_edge
        inside = _centroid(a + b)
        sides = ([tuple(p[:2]) for p in a], _bowed(a[-1], b[-1], self.widths[1], inside),
                 [tuple(p[:2]) for p in reversed(b)], _bowed(b[0], a[0], self.widths[0], inside))
        pts, ends = [], []
        for side in sides:
            if side is sides[0] or side is sides[2]:
                ends += [len(pts), len(pts) + len(side) - 1]
            pts += side
        for i in ends:          # where an edge meets a border at an angle, a corner
            if _turn(pts[i - 1], pts[i], pts[(i + 1) % len(pts)]) > CORNER_TURN:
                pts[i] = pts[i] + ('c',)
        return pts

    def fibre_lines(self, bend=0.0):
        """A fan's or sheet's fibres, from its origin edge to its insertion edge, spread
        evenly over both (for the generator to clip to the muscle)."""
        return fan_lines(self.origin_edge, self.insertion_edge, int(self.fibre), bend)

    def tendon_outline(self, upto=None):
        """The tendon swept along its line with its half-width(s), to the insertion or to
        the first `upto` points; None for a muscle without a tendon."""
        if not self.tendon:
            return None
        return band(self.tendon[:upto], self.tendon_widths[:upto])

    def reach_errors(self):
        """What is wrong with the ends: the belly must start at the origin landmark and
        the tendon (or the belly) end at the insertion landmark, within REACH; a fan's or
        sheet's origin edge must pass within REACH of the origin landmark, its insertion
        edge of the insertion landmark."""
        errors = []
        if self.origin_edge is None:
            last = (self.tendon or self.line)[-1]
            ends = (('starts', self.line[0], self.origin), ('ends', last, self.insertion))
            for end, point, name in ends:
                d = math.dist(point, landmark(self.frame, name))
                if d > REACH:
                    errors.append(f'{end} {d:.1f} units from its landmark {name} (at most {REACH}; {self.where})')
            return errors
        for edge, poly, name in (('origin', self.origin_edge, self.origin),
                                 ('insertion', self.insertion_edge, self.insertion)):
            d = _to_polyline(landmark(self.frame, name), poly)
            if d > REACH:
                errors.append(f'{edge} edge {d:.1f} units from its landmark {name} (at most {REACH}; {self.where})')
        return errors


def _centroid(points):
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def _turn(p, q, r):
    """How many degrees a path p-q-r turns at q."""
    a = math.atan2(q[1] - p[1], q[0] - p[0])
    b = math.atan2(r[1] - q[1], r[0] - q[0])
    return abs((math.degrees(b - a) + 180) % 360 - 180)


def _bowed(p, q, bow, inside, n=5):
    """The inner points of a border from p to q bowed `bow` units at its middle, away
    from `inside` (toward it when bow < 0)."""
    dx, dy = q[0] - p[0], q[1] - p[1]
    length = math.hypot(dx, dy) or 1
    nx, ny = -dy / length, dx / length
    mid = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
    if (mid[0] - inside[0]) * nx + (mid[1] - inside[1]) * ny < 0:
        nx, ny = -nx, -ny
    c = (mid[0] + 2 * bow * nx, mid[1] + 2 * bow * ny)      # a quadratic's middle is half way to c
    return quad(p[:2], c, q[:2], n + 1)[1:-1]


def _segments_cross(p, q, r, s):
    def side(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return side(p, q, r) * side(p, q, s) < 0 and side(r, s, p) * side(r, s, q) < 0


def _to_polyline(point, poly):
    """The distance from a point to a polyline."""
    best = math.inf
    for a, b in zip(poly, poly[1:]):
        dx, dy = b[0] - a[0], b[1] - a[1]
        ll = dx * dx + dy * dy
        t = 0 if ll == 0 else max(0.0, min(1.0, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / ll))
        best = min(best, math.dist(point, (a[0] + t * dx, a[1] + t * dy)))
    return best


def muscle_rows(path='muscles.tsv'):
    """Every row of muscles.tsv (or of another file in its format).  A muscle may have a
    row in each frame that draws it (the front, side and leg views each draw tibialis
    anterior), but only one per frame and part, and not both a whole row and parts."""
    if path in _ROWS:
        return _ROWS[path]
    rows, seen = [], {}
    for where, fields in read_tsv(path, 10):
        m = Muscle(where, fields)
        if (m.frame, m.key) in seen:
            raise SystemExit(f'{where}: {m.key} has a row in frame {m.frame} already ({seen[m.frame, m.key]})')
        seen[m.frame, m.key] = where
        rows.append(m)
    for (frame, key), where in seen.items():
        base = key.partition('/')[0]
        if '/' in key and (frame, base) in seen:
            raise SystemExit(f'{where}: {key} is a part of {base}, which has a whole row in frame {frame} '
                             f'({seen[frame, base]})')
    if path == 'muscles.tsv':        # read once a run: every generator asks for its rows several times
        _ROWS[path] = rows
    return rows


_ROWS = {}


def muscles(frame):
    """The muscles of muscles.tsv drawn in a frame, by id (id/part for a part)."""
    return {m.key: m for m in muscle_rows() if m.frame == frame}


def parts(frame, mid):
    """The rows of a muscle drawn in parts (id/part), in the file's order."""
    return [m for m in muscle_rows() if m.frame == frame and m.id == mid and m.part]


def _level(name):
    return landmark('body', name)[1]


def _half(name):
    x = MID - landmark('body', name)[0]
    return int(x) if x == int(x) else x


# Fixed heights (y grows downwards), from landmarks.tsv
VERTEX = _level('vertex')
CHIN = _level('chin')                    # vertex + H
SHOULDER = _level('acromion')
NIPPLE = _level('nipple')                # vertex + 2 H
ELBOW = _level('epicondyles')
NAVEL = _level('navel')                  # vertex + 3 H
ILIAC_CREST = _level('iliac-crest')
WRIST = _level('wrist')
PUBIS = _level('pubis')                  # vertex + 4 H
TROCHANTER = _level('greater-trochanter')
FINGERTIP = _level('fingertip')
MID_THIGH = _level('mid-thigh')          # vertex + 5 H
KNEE = _level('patella')                 # centre of the patella / knee joint line
MID_CALF = _level('mid-calf')            # vertex + 7 H
ANKLE = _level('malleoli')
SOLE = _level('sole')

for _name, _heads in (('chin', 1), ('nipple', 2), ('navel', 3), ('pubis', 4), ('mid-thigh', 5), ('mid-calf', 7)):
    if _level(_name) != VERTEX + _heads * H:
        raise SystemExit(f'landmarks.tsv: {_name} must be {_heads} head(s) ({_heads * H} units) below the vertex '
                         f'(the eight-head canon): {VERTEX + _heads * H}, not {_level(_name)}')

# Half-widths from the midline (the image-left half is at MID - value)
HEAD_HALF = _half('head-side')
NECK_HALF = _half('neck-side')
ACROMION_HALF = _half('acromion')
TROCHANTER_HALF = _half('greater-trochanter')
WRIST_HALF = _half('wrist')              # arms hang about 15 degrees out, palms forward
KNEE_HALF = _half('patella')
ANKLE_HALF = _half('malleoli')

CSS = """
.skin { fill: #f4e7dd; stroke: #8a6f60; stroke-width: 1.6; stroke-linejoin: round }
.bone { fill: #efe8d8; stroke: #9c907a; stroke-width: 1 }
.tendon { fill: #eadfcb; stroke: #9c907a; stroke-width: 0.8 }
.muscle { fill: url(#muscle-shade) #c9786b; stroke: #7d3b33; stroke-width: 1.2; stroke-linejoin: round }
.muscle.deep { fill: url(#muscle-deep-shade) #b86a5e }
.fibre { fill: none; stroke: #8b4438; stroke-width: 0.6; stroke-opacity: 0.5; stroke-linecap: round }
.landmark { fill: none; stroke: #6f6352; stroke-width: 1.1; stroke-linecap: round }
.feature { fill: none; stroke: #8a6f60; stroke-width: 1.1; stroke-linecap: round }
"""

# Light shading: each muscle darkens towards its right-hand edge (light from the left, the
# same on both sides of the body), so that neighbouring muscles part at small sizes.  The
# gradients are per shape (objectBoundingBox); a file without these defs falls back to the
# flat colours given after url() in CSS.  The dark style (app/atlas-diagram-style.c) fills
# muscles with the *-dark gradients, the same shading on its darker reds; high contrast is flat.
SHADES = (         # gradient id: its lit edge, its flat colour (at 0.58) and its shaded edge
    ('muscle-shade', '#d18377', '#c9786b', '#a05348'),
    ('muscle-deep-shade', '#c07266', '#b86a5e', '#924b41'),
    ('muscle-shade-dark', '#9b564c', '#8e4d44', '#6c362f'),
    ('muscle-deep-shade-dark', '#8b4b42', '#7f443c', '#60302a'),
)
SHADE_DEFS = '<defs>' + ''.join(
    f'<linearGradient id="{name}" x1="0" y1="0.1" x2="1" y2="0.9">'
    f'<stop offset="0" stop-color="{lit}"/><stop offset="0.58" stop-color="{flat}"/>'
    f'<stop offset="1" stop-color="{shaded}"/></linearGradient>'
    for name, lit, flat, shaded in SHADES) + '</defs>'


def mx(x):
    """Mirror an x coordinate about the midline."""
    return W - x


def fmt(v):
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def mirror_cmds(cmds):
    """Path commands reflected about the midline: each sided shape is described once,
    for the image-left half, so that the two halves match exactly."""
    return [(c[0],) + tuple(mx(a) if i % 2 == 0 else a for i, a in enumerate(c[1:])) for c in cmds]


def path_d(cmds, mirror=False):
    """Build path data from [('M', x, y), ('C', x1, y1, x2, y2, x, y), ('L', x, y), ('Q', ...), ('Z',)].

    Only absolute M, L, C, Q and Z are used: the app's own parser reads these (no arcs,
    no transforms)."""
    if mirror:
        cmds = mirror_cmds(cmds)
    return " ".join(c[0] + " ".join(fmt(a) for a in c[1:]) for c in cmds)




# ----------------------------------------------------------------------------------------
# geometry shared by the generators
#
# Points are (x, y) or (x, y, 'c'); the 'c' marks a corner, where the outline may kink.


def is_corner(p):
    return len(p) > 2 and p[2] == 'c'


def sym(half):
    """Close a half outline (midline point at the top, down the image-left side, midline
    point at the bottom) with its mirror image, so midline shapes are symmetric by
    construction rather than by careful typing."""
    rest = [(mx(p[0]), p[1]) + tuple(p[2:]) for p in reversed(half[1:-1])]
    return list(half) + rest


def spline(points, closed=True, smooth=1.0):
    """Catmull-Rom spline through points as cubic Beziers (M, C[, Z]).

    Curves are given as points they pass through because that is what one reads off an
    anatomical reference; corners get a zero tangent.  smooth < 1 pulls the curve
    tighter to the polygon."""
    pts = list(points)
    n = len(pts)

    def tangent(i):
        if is_corner(pts[i]):
            return (0.0, 0.0)
        if closed:
            a, b = pts[(i - 1) % n], pts[(i + 1) % n]
        else:
            a, b = pts[max(i - 1, 0)], pts[min(i + 1, n - 1)]
        return ((b[0] - a[0]) / 6.0 * smooth, (b[1] - a[1]) / 6.0 * smooth)

    tans = [tangent(i) for i in range(n)]
    cmds = [('M', pts[0][0], pts[0][1])]
    for i in range(n if closed else n - 1):
        j = (i + 1) % n
        p0, p1, t0, t1 = pts[i], pts[j], tans[i], tans[j]
        cmds.append(('C', p0[0] + t0[0], p0[1] + t0[1], p1[0] - t1[0], p1[1] - t1[1], p1[0], p1[1]))
    if closed:
        cmds.append(('Z',))
    return cmds


def ellipse_pts(cx, cy, rx, ry=None, n=8):
    ry = rx if ry is None else ry
    return [(cx + rx * math.cos(2 * math.pi * k / n), cy + ry * math.sin(2 * math.pi * k / n)) for k in range(n)]


def ribbon(centre, half_widths):
    """Closed outline (one side down, the other back) of a strip of the given half-width
    at each point of an open centre line: thin, curved shapes (ribs, tendons, straps)
    are easier to describe by their middle than by their edges."""
    n = len(centre)
    left, right = [], []
    for i, p in enumerate(centre):
        a, b = centre[max(i - 1, 0)], centre[min(i + 1, n - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        d = math.hypot(dx, dy) or 1
        nx, ny = -dy / d, dx / d
        w = half_widths[i]
        left.append((p[0] + nx * w, p[1] + ny * w))
        right.append((p[0] - nx * w, p[1] - ny * w))
    return left + list(reversed(right))


def flatten(cmds, steps=14):
    """Polygons (one per subpath) approximating a path, for the inside/edge tests that
    place fibres and check trigger-point marks; steps is the number of chords per curve."""
    rings, ring, start, pos = [], [], None, None
    for c in cmds:
        op = c[0]
        if op == 'M':
            if ring:
                rings.append(ring)
            pos = start = (c[1], c[2])
            ring = [pos]
        elif op == 'L':
            pos = (c[1], c[2])
            ring.append(pos)
        elif op == 'Q':
            x0, y0 = pos
            x1, y1, x2, y2 = c[1:]
            for k in range(1, steps + 1):
                t = k / steps
                u = 1 - t
                ring.append((u * u * x0 + 2 * u * t * x1 + t * t * x2, u * u * y0 + 2 * u * t * y1 + t * t * y2))
            pos = (x2, y2)
        elif op == 'C':
            x0, y0 = pos
            x1, y1, x2, y2, x3, y3 = c[1:]
            for k in range(1, steps + 1):
                t = k / steps
                u = 1 - t
                ring.append((u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
                             u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3))
            pos = (x3, y3)
        elif op == 'Z':
            pos = start
    if ring:
        rings.append(ring)
    return rings


class _RingIndex:
    """One polygon's edges, indexed: per row of the document the edges that cross it,
    per square cell the edges that reach into it.  inside() and edge_dist() are asked
    about the same polygons many thousands of times (fibres, widths, marks); with the
    index they look at the few edges that can matter instead of all of them.  The
    answers are the same floating-point numbers the plain loops give (the same
    expressions, on the same edges, only edges that cannot change the answer are
    skipped), so the diagrams do not change by a byte."""

    CELL = 8.0

    def __init__(self, ring):
        self.copy = list(ring)
        rows, cells = {}, {}
        C = self.CELL
        n = len(ring)
        for i in range(n):
            x1, y1 = ring[i][:2]
            x2, y2 = ring[(i + 1) % n][:2]
            dx, dy = x2 - x1, y2 - y1
            e = (x1, y1, x2, y2, dx, dy, dx * dx + dy * dy)
            # (y1 > y) != (y2 > y) holds only for min <= y < max
            for r in range(math.floor(min(y1, y2)), math.floor(max(y1, y2)) + 1):
                rows.setdefault(r, []).append(e)
            for cx in range(math.floor(min(x1, x2) / C), math.floor(max(x1, x2) / C) + 1):
                for cy in range(math.floor(min(y1, y2) / C), math.floor(max(y1, y2) / C) + 1):
                    cells.setdefault((cx, cy), []).append(e)
        self.rows, self.cells = rows, cells
        if cells:
            self.cx0 = min(c[0] for c in cells)
            self.cx1 = max(c[0] for c in cells)
            self.cy0 = min(c[1] for c in cells)
            self.cy1 = max(c[1] for c in cells)

    def crossings(self, x, y):
        """Whether an odd number of edges cross the ray from (x, y) to the right."""
        result = False
        for x1, y1, x2, y2, dx, dy, L in self.rows.get(math.floor(y), ()):
            if (y1 > y) != (y2 > y):
                xi = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
                if x < xi:
                    result = not result
        return result

    def nearest(self, x, y, best):
        """min(best, distance from (x, y) to the nearest edge)."""
        if not self.cells:
            return best
        C = self.CELL
        cells = self.cells
        cx0, cx1, cy0, cy1 = self.cx0, self.cx1, self.cy0, self.cy1
        px, py = math.floor(x / C), math.floor(y / C)
        # a cell k cells away from p's (Chebyshev distance) lies more than (k - 1) * C
        # from p; the cells nearer than the index's bounding box are empty
        k = max(0, px - cx1, cx0 - px, py - cy1, cy0 - py)
        kmax = max(abs(px - cx0), abs(px - cx1), abs(py - cy0), abs(py - cy1))
        hypot = math.hypot
        while k <= kmax:
            # edges not seen yet lie in cells k or more away, so farther than
            # (k - 1) * C; the margin covers hypot's rounding
            if best + 1e-6 < (k - 1) * C:
                break
            ring_cells = []
            xa, xb = max(px - k, cx0), min(px + k, cx1)
            for j in ((py - k, py + k) if k else (py,)):
                if cy0 <= j <= cy1:
                    ring_cells += [(i, j) for i in range(xa, xb + 1)]
            ya, yb = max(py - k + 1, cy0), min(py + k - 1, cy1)
            for i in ((px - k, px + k) if k else ()):
                if cx0 <= i <= cx1:
                    ring_cells += [(i, j) for j in range(ya, yb + 1)]
            # an edge in several cells is measured again: the minimum is the same
            for c in ring_cells:
                for x1, y1, x2, y2, dx, dy, L in cells.get(c, ()):
                    if L == 0:
                        t = 0
                    else:
                        t = ((x - x1) * dx + (y - y1) * dy) / L
                        if t > 1:
                            t = 1
                        elif t < 0:
                            t = 0
                    d = hypot(x - x1 - t * dx, y - y1 - t * dy)
                    if d < best:
                        best = d
            k += 1
        return best


_INDEX = {}     # id(ring) -> [calls, ring, index]; the ring is kept so the id stays its own


def _index(ring):
    """The ring's index, from the second question about it on (many polygons are asked
    about once); None for the first.  A ring changed since it was indexed is indexed
    again."""
    entry = _INDEX.get(id(ring))
    if entry is None or entry[1] is not ring:
        _INDEX[id(ring)] = [1, ring, None]
        return None
    if entry[2] is None or entry[2].copy != ring:
        entry[2] = _RingIndex(ring)
    return entry[2]


def inside(rings, p):
    """Even-odd test over all rings, so a shape with a hole (evenodd fill) counts as
    the SVG renderer draws it."""
    x, y = p
    result = False
    for ring in rings:
        index = _index(ring)
        if index is not None:
            if index.crossings(x, y):
                result = not result
            continue
        n = len(ring)
        for i in range(n):
            x1, y1 = ring[i]
            x2, y2 = ring[(i + 1) % n]
            if (y1 > y) != (y2 > y):
                xi = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
                if x < xi:
                    result = not result
    return result


def edge_dist(rings, p):
    """Distance from p to the nearest edge of any ring."""
    x, y = p
    best = 1e9
    for ring in rings:
        index = _index(ring)
        if index is not None:
            best = index.nearest(x, y, best)
            continue
        n = len(ring)
        for i in range(n):
            x1, y1 = ring[i]
            x2, y2 = ring[(i + 1) % n]
            dx, dy = x2 - x1, y2 - y1
            L = dx * dx + dy * dy
            t = 0 if L == 0 else max(0, min(1, ((x - x1) * dx + (y - y1) * dy) / L))
            best = min(best, math.hypot(x - x1 - t * dx, y - y1 - t * dy))
    return best


def bbox(rings):
    """(min x, min y, max x, max y) of the rings."""
    xs = [q[0] for r in rings for q in r]
    ys = [q[1] for r in rings for q in r]
    return min(xs), min(ys), max(xs), max(ys)


def aim_width(rings, covers=(), step=2.0, enough=None):
    """Twice the largest distance from the outline of a point of the shape that none
    of the covers (shapes drawn over it, as lists of rings) hides: the width a finger
    or pointer can aim at.  The points tried are a grid of the given step over the
    shape's bounding box.  With enough, the search stops at the first point that
    makes the width at least that (the checks need only know whether it is wide
    enough); the exact width otherwise."""
    if not rings or not any(rings):
        return 0.0
    x0, y0, x1, y1 = bbox(rings)
    near = []
    for c in covers:
        if not c or not any(c):
            continue
        b = bbox(c)
        near.append((c, b, b[0] <= x1 and b[2] >= x0 and b[1] <= y1 and b[3] >= y0))
    best = 0
    y = y0
    while y <= y1:
        x = x0
        while x <= x1:
            if inside(rings, (x, y)) and not any(hits and b[0] <= x <= b[2] and b[1] <= y <= b[3]
                                                 and inside(c, (x, y)) for c, b, hits in near):
                dd = edge_dist(rings, (x, y))
                if dd > best:
                    for c, b, _ in near:
                        # a cover farther than dd (by its box) cannot lower it
                        gx = max(b[0] - x, 0, x - b[2])
                        gy = max(b[1] - y, 0, y - b[3])
                        if math.hypot(gx, gy) <= dd + 1e-6:
                            dd = min(dd, edge_dist(c, (x, y)))
                            if dd <= best:
                                break
                    best = max(best, dd)
                    if enough is not None and 2 * best >= enough:
                        return 2 * best
            x += step
        y += step
    return 2 * best


def along(poly, t, stop_at_last_length=False):
    """Point at arc-length fraction t of a polyline: fibres are spread evenly over an
    origin and an insertion line, whatever their point spacing.

    stop_at_last_length reproduces the back view's original helper, which stopped at
    the first segment as long as the last one (it compared lengths where it meant
    positions), so points beyond such a segment pile up at its end.  posterior.py's
    fibres were laid out with it; dropping it would move some of them."""
    lens = [math.dist(a[:2], b[:2]) for a, b in zip(poly, poly[1:])]
    s = t * sum(lens)
    for i, L in enumerate(lens):
        last = L == lens[-1] if stop_at_last_length else i == len(lens) - 1
        if s <= L or last:
            a, b = poly[i], poly[i + 1]
            f = 0 if L == 0 else min(1, s / L)
            return (a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]))
        s -= L
    return tuple(poly[0][:2])


def densify(line, steps=None, spacing=None):
    """The polyline resampled with `steps` points per segment, or one every `spacing`
    units (at least 2 per segment), so that clipping it to a shape is fine-grained."""
    dense = []
    for a, b in zip(line, line[1:]):
        n = steps if steps else max(2, int(math.dist(a, b) / spacing))
        for k in range(n):
            t = k / n
            dense.append((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
    dense.append(line[-1])
    return dense


def longest_run(points, keep):
    """The longest stretch of consecutive points for which keep(p) holds (the first
    one on a tie): a fibre is drawn only where it is well inside its muscle."""
    best, run = [], []
    for p in points:
        if keep(p):
            run.append(p)
            if len(run) > len(best):
                best = list(run)
        else:
            run = []
    return best


def every(points, step):
    """Every step-th point, always ending on the last one."""
    out = points[::step]
    if out[-1] != points[-1]:
        out.append(points[-1])
    return out


# ---- Shape builders used by the generators ----------------------------------


def multi(*cmd_lists):
    """Several subpaths as one path."""
    out = []
    for c in cmd_lists:
        out.extend(c)
    return out


def band(center, hw, caps=True):
    """A closed band around a centre polyline; hw is a half-width or a list per point.
    Without caps the ends are cut square (corners) instead of rounded."""
    n = len(center)
    if not isinstance(hw, (list, tuple)):
        hw = [hw] * n
    pts = ribbon(center, hw)
    if not caps:
        for i in (0, n - 1, n, 2 * n - 1):
            pts[i] = pts[i] + ('c',)
    return spline(pts)


def ellipse(cx, cy, rx, ry, n=10):
    return spline(ellipse_pts(cx, cy, rx, ry, n))


def line(pts, smooth=1.0):
    return spline(pts, closed=False, smooth=smooth)


def polyline(pts):
    return [('M',) + tuple(pts[0][:2])] + [('L',) + tuple(p[:2]) for p in pts[1:]]


def quad(a, c, b, n=12):
    return [((1 - u) ** 2 * a[0] + 2 * (1 - u) * u * c[0] + u * u * b[0],
             (1 - u) ** 2 * a[1] + 2 * (1 - u) * u * c[1] + u * u * b[1]) for u in (k / n for k in range(n + 1))]


def fan_lines(a_pts, b_pts, n, bend=0.0, t0=0.0, t1=1.0):
    """n candidate fibres from origin line a_pts to insertion line b_pts, spread
    evenly over both; bend > 0 bows them to the left of the a->b direction."""
    lines = []
    for i in range(n):
        t = t0 + (t1 - t0) * (i + 0.5) / n
        a, b = along(a_pts, t), along(b_pts, t)
        if bend:
            dx, dy = b[0] - a[0], b[1] - a[1]
            c = ((a[0] + b[0]) / 2 + dy * bend, (a[1] + b[1]) / 2 - dx * bend)
            lines.append(quad(a, c, b))
        else:
            lines.append([a, b])
    return lines


# ---- Trigger-point marks ------------------------------------------------------


def mark_errors(view, muscle, tp, x, y, cmds):
    """What is wrong with a mark: it must lie inside its muscle, 3 units or more from
    the edge, so that the X reads as on the muscle and the atlas's own test passes."""
    rings = flatten(cmds, 24)
    if not inside(rings, (x, y)):
        return [f'{view}: mark {muscle} {tp} ({x},{y}) is OUTSIDE its muscle']
    if edge_dist(rings, (x, y)) < 3:
        return [f'{view}: mark {muscle} {tp} ({x},{y}) is only {edge_dist(rings, (x, y)):.1f} from the edge']
    return []


def exit_on_errors(errors):
    if errors:
        for e in errors:
            print('ERROR:', e, file=sys.stderr)
        raise SystemExit(1)


def write_marks(path, marks):
    """The marks as apply-marks.py reads them: muscle, tp, view, x, y per line."""
    with open(path, 'w') as f:
        for m, tp, view, x, y in marks:
            f.write(f'{m}\t{tp}\t{view}\t{x:g}\t{y:g}\n')
