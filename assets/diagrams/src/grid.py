# SPDX-License-Identifier: GPL-3.0-or-later
"""Proportion grid and helpers shared by the diagram generators.

The diagrams are generated rather than hand-drawn so that left and right are exact
mirror images: each generator describes one half of the body (the half on the image's
left, x < MID) and emits every shape twice.  Run `python3 assets/diagrams/src/generate.py`
to rewrite the SVG files; never edit the SVG output by hand.

Canon: an adult eight heads tall.  One head (H) is 170 units; the canvas is 700 x 1500.
"""

import math
import sys

W, HEIGHT = 700, 1500
MID = W / 2          # the body's midline; mirror axis
H = 170              # one head height

# Fixed heights (y grows downwards)
VERTEX = 60
CHIN = VERTEX + H            # 230
SHOULDER = 300               # acromion
NIPPLE = VERTEX + 2 * H      # 400
ELBOW = 565
NAVEL = VERTEX + 3 * H       # 570
ILIAC_CREST = 620
WRIST = 735
PUBIS = VERTEX + 4 * H       # 740
TROCHANTER = 725             # greater trochanter
FINGERTIP = 900
MID_THIGH = VERTEX + 5 * H   # 910
KNEE = 1030                  # centre of the patella / knee joint line
MID_CALF = VERTEX + 7 * H    # 1250
ANKLE = 1370                 # malleoli
SOLE = 1425

# Half-widths from the midline (the image-left half is at MID - value)
HEAD_HALF = 64
NECK_HALF = 44
ACROMION_HALF = 165
TROCHANTER_HALF = 140
WRIST_HALF = 255             # arms hang about 15 degrees out, palms forward
KNEE_HALF = 62
ANKLE_HALF = 52

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
# flat colours given after url() in CSS, and the dark and high-contrast styles replace them.
SHADE_DEFS = (
    '<defs>'
    '<linearGradient id="muscle-shade" x1="0" y1="0.1" x2="1" y2="0.9">'
    '<stop offset="0" stop-color="#d18377"/><stop offset="0.58" stop-color="#c9786b"/>'
    '<stop offset="1" stop-color="#a05348"/></linearGradient>'
    '<linearGradient id="muscle-deep-shade" x1="0" y1="0.1" x2="1" y2="0.9">'
    '<stop offset="0" stop-color="#c07266"/><stop offset="0.58" stop-color="#b86a5e"/>'
    '<stop offset="1" stop-color="#924b41"/></linearGradient>'
    '</defs>')


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


def inside(rings, p):
    """Even-odd test over all rings, so a shape with a hole (evenodd fill) counts as
    the SVG renderer draws it."""
    x, y = p
    result = False
    for ring in rings:
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
        n = len(ring)
        for i in range(n):
            x1, y1 = ring[i]
            x2, y2 = ring[(i + 1) % n]
            dx, dy = x2 - x1, y2 - y1
            L = dx * dx + dy * dy
            t = 0 if L == 0 else max(0, min(1, ((x - x1) * dx + (y - y1) * dy) / L))
            best = min(best, math.hypot(x - x1 - t * dx, y - y1 - t * dy))
    return best


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
