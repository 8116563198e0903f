#!/usr/bin/env python3
"""Generate the posterior (back) body diagrams of the Trigger Point Atlas.

    python3 assets/diagrams/src/posterior.py      (run from the repository root)

writes assets/diagrams/posterior.svg (superficial layer), posterior-deep.svg (deep
layer) and assets/diagrams/src/marks-posterior.tsv (trigger-point marks, right side).

Only the image-left half (x < MID, the body's LEFT side in a back view) is described;
every sided shape is emitted twice, the second time mirrored with grid.mx, so left and
right match exactly.  Midline shapes are built symmetric and emitted once.

Shapes are written as Catmull-Rom splines converted to cubic Beziers (absolute M/C/L/Z
only).  Every trigger-point mark is checked to lie inside its muscle's flattened
outline, at least MARGIN units from the edge; the script fails loudly otherwise.
"""
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import grid  # noqa: E402
from grid import MID, mx, fmt  # noqa: E402

OUT_DIR = os.path.dirname(HERE)
MARGIN = 3.0

# --------------------------------------------------------------------------------------
# geometry helpers


def P(x, y, corner=False):
    return (x, y, 'c') if corner else (x, y)


def _is_corner(p):
    return len(p) > 2 and p[2] == 'c'


def spline(points, closed=True, smooth=1.0):
    """Catmull-Rom spline through points -> list of path commands (M, C, Z).

    A point given as (x, y, 'c') is a corner (zero tangent)."""
    pts = list(points)
    n = len(pts)
    cmds = [('M', pts[0][0], pts[0][1])]
    segs = n if closed else n - 1

    def tangent(i):
        p = pts[i]
        if _is_corner(p):
            return (0.0, 0.0)
        if closed:
            a, b = pts[(i - 1) % n], pts[(i + 1) % n]
        else:
            a, b = pts[max(i - 1, 0)], pts[min(i + 1, n - 1)]
        return ((b[0] - a[0]) / 6.0 * smooth, (b[1] - a[1]) / 6.0 * smooth)

    tans = [tangent(i) for i in range(n)]
    for i in range(segs):
        j = (i + 1) % n
        p0, p1 = pts[i], pts[j]
        t0, t1 = tans[i], tans[j]
        cmds.append(('C', p0[0] + t0[0], p0[1] + t0[1], p1[0] - t1[0], p1[1] - t1[1], p1[0], p1[1]))
    if closed:
        cmds.append(('Z',))
    return cmds


def mirror_cmds(cmds):
    out = []
    for c in cmds:
        op, args = c[0], list(c[1:])
        out.append((op,) + tuple(mx(a) if i % 2 == 0 else a for i, a in enumerate(args)))
    return out


def d_of(cmds):
    return grid.path_d(cmds)


def flatten(cmds, steps=14):
    """Polyline(s) approximating a path; returns list of point lists (one per subpath)."""
    polys, cur, start, pos = [], [], None, None
    for c in cmds:
        op = c[0]
        if op == 'M':
            if cur:
                polys.append(cur)
            pos = (c[1], c[2])
            start = pos
            cur = [pos]
        elif op == 'L':
            pos = (c[1], c[2])
            cur.append(pos)
        elif op == 'Q':
            x0, y0 = pos
            x1, y1, x2, y2 = c[1:]
            for k in range(1, steps + 1):
                t = k / steps
                u = 1 - t
                cur.append((u * u * x0 + 2 * u * t * x1 + t * t * x2, u * u * y0 + 2 * u * t * y1 + t * t * y2))
            pos = (x2, y2)
        elif op == 'C':
            x0, y0 = pos
            x1, y1, x2, y2, x3, y3 = c[1:]
            for k in range(1, steps + 1):
                t = k / steps
                u = 1 - t
                cur.append((u ** 3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x3,
                            u ** 3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t ** 3 * y3))
            pos = (x3, y3)
        elif op == 'Z':
            pos = start
    if cur:
        polys.append(cur)
    return polys


def inside(poly, x, y):
    c = False
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            xi = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < xi:
                c = not c
    return c


def edge_dist(poly, x, y):
    best = 1e9
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        dx, dy = x2 - x1, y2 - y1
        L = dx * dx + dy * dy
        t = 0 if L == 0 else max(0, min(1, ((x - x1) * dx + (y - y1) * dy) / L))
        px, py = x1 + t * dx, y1 + t * dy
        best = min(best, math.hypot(x - px, y - py))
    return best


def xat(chain, y):
    """x of a y-monotone polyline chain at height y (clamped)."""
    pts = sorted(chain, key=lambda p: p[1])
    if y <= pts[0][1]:
        return pts[0][0]
    for a, b in zip(pts, pts[1:]):
        if a[1] <= y <= b[1]:
            t = 0 if b[1] == a[1] else (y - a[1]) / (b[1] - a[1])
            return a[0] + t * (b[0] - a[0])
    return pts[-1][0]


def along(chain, t):
    """Point at arc-length fraction t of a polyline."""
    seg = [math.dist(a[:2], b[:2]) for a, b in zip(chain, chain[1:])]
    total = sum(seg)
    if total == 0:
        return chain[0][:2]
    s = t * total
    for (a, b), L in zip(zip(chain, chain[1:]), seg):
        if s <= L or L == seg[-1]:
            u = 0 if L == 0 else min(1, s / L)
            return (a[0] + u * (b[0] - a[0]), a[1] + u * (b[1] - a[1]))
        s -= L
    return chain[-1][:2]


def circle_pts(cx, cy, rx, ry=None, n=8):
    ry = rx if ry is None else ry
    return [(cx + rx * math.cos(2 * math.pi * k / n), cy + ry * math.sin(2 * math.pi * k / n)) for k in range(n)]


def sym(pts):
    """Symmetric closed point list from a left half running from a midline point to a
    midline point (both with x == MID)."""
    right = [(mx(p[0]), p[1]) + tuple(p[2:]) for p in reversed(pts[1:-1])]
    return list(pts) + right


def band_from_centre(centre, w0, w1=None):
    """Closed outline of a ribbon of width w0 -> w1 around an open centre line."""
    w1 = w0 if w1 is None else w1
    n = len(centre)
    left, right = [], []
    for i, p in enumerate(centre):
        a = centre[max(i - 1, 0)]
        b = centre[min(i + 1, n - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        L = math.hypot(dx, dy) or 1
        nx, ny = -dy / L, dx / L
        w = (w0 + (w1 - w0) * i / (n - 1)) / 2
        left.append((p[0] + nx * w, p[1] + ny * w))
        right.append((p[0] - nx * w, p[1] - ny * w))
    return left + list(reversed(right))


# --------------------------------------------------------------------------------------
# document model

class Doc:
    def __init__(self, title):
        self.title = title
        self.items = []          # (order, svg string)
        self.muscles = {}        # id -> flattened polygon of the LEFT instance (before warp)
        self.warped = {}         # id -> flattened polygon of the LEFT instance as drawn

    def raw(self, s):
        self.items.append(s)

    def _path(self, cmds, cls=None, pid=None, extra='', nowarp=False):
        if not nowarp:
            cmds = warp_cmds(cmds)
        a = []
        if pid:
            a.append(f'id="{pid}"')
        if cls:
            a.append(f'class="{cls}"')
        a.append(f'd="{d_of(cmds)}"')
        if extra:
            a.append(extra)
        return '<path ' + ' '.join(a) + '/>'

    def pair(self, cmds, cls, base=None, extra=''):
        """Emit a sided shape (given for the image-left half) and its mirror."""
        lid = f'{base}-left' if base else None
        rid = f'{base}-right' if base else None
        cmds = warp_cmds(cmds)
        self.raw(self._path(cmds, cls, lid, extra, nowarp=True))
        self.raw(self._path(mirror_cmds(cmds), cls, rid, extra, nowarp=True))

    def mid(self, cmds, cls, pid=None, extra='', nowarp=False):
        self.raw(self._path(cmds, cls, pid, extra, nowarp))

    def muscle(self, mid_, pts, cls='muscle', fibres=None, extra='', smooth=1.0):
        cmds = spline(pts, True, smooth)
        if mid_ in self.muscles:
            raise SystemExit(f'duplicate muscle {mid_} in {self.title}')
        self.muscles[mid_] = flatten(cmds)[0]
        self.warped[mid_] = flatten(warp_cmds(cmds))[0]
        self.pair(cmds, cls, mid_, extra)
        if fibres:
            self.fibre_store.append((mid_, fibres))
        return cmds

    def render(self):
        out = ['<?xml version="1.0" encoding="UTF-8"?>']
        out.append('<svg xmlns="http://www.w3.org/2000/svg" width="700" height="1500" viewBox="0 0 700 1500">')
        out.append(HEADER_COMMENT.replace('TITLE', self.title))
        out.append('<style>' + grid.CSS + '</style>')
        out.extend(self.items)
        out.append('</svg>')
        return '\n'.join(out) + '\n'


HEADER_COMMENT = f"""<!-- Trigger Point Atlas: TITLE.
  Generated by assets/diagrams/src/posterior.py from grid.py - do not edit by hand.
  Back view, anatomical position: the body's LEFT side is the image's left half
  (x < {fmt(MID)}), its RIGHT side the image's right half; ids ending -right are at x > {fmt(MID)}.
  Proportion grid (eight heads, one head H = {grid.H} units, y grows downwards):
    vertex y={grid.VERTEX}  chin y={grid.CHIN}  acromion/shoulder y={grid.SHOULDER}
    nipple line (~T4) y={grid.NIPPLE}  elbow y={grid.ELBOW}  navel line (~L3) y={grid.NAVEL}
    iliac crest y={grid.ILIAC_CREST}  greater trochanter y={grid.TROCHANTER}  wrist y={grid.WRIST}
    pubis / gluteal region y={grid.PUBIS}  fingertips y={grid.FINGERTIP}  mid-thigh y={grid.MID_THIGH}
    knee y={grid.KNEE}  mid-calf y={grid.MID_CALF}  ankle (malleoli) y={grid.ANKLE}  sole y={grid.SOLE}
  Half-widths from the midline: head {grid.HEAD_HALF}, neck {grid.NECK_HALF}, acromion {grid.ACROMION_HALF},
    trochanter {grid.TROCHANTER_HALF}, wrist centre {grid.WRIST_HALF}, knee centre {grid.KNEE_HALF}, ankle centre {grid.ANKLE_HALF}.
-->"""


# --------------------------------------------------------------------------------------
# the body outline (image-left half, body's left side)

HEAD = [P(350, 60), (327, 62), (307, 71), (294, 88), (287, 110), P(286, 127, True)]
EAR = [(281, 125), (276, 133), (274, 150), (276, 167), (281, 180), P(288, 190, True)]
NECK = [(293, 200), (300, 212), (305, 226), (306, 242), (303, 256)]
SHOULDER = [(294, 265), (272, 275), (243, 284), (213, 292), (191, 298)]
ARM_LAT = [(176, 306), (164, 320), (157, 340), (153, 364), (147, 395), (138, 430), (129, 470),
           (120, 510), (112, 545), (108, 565), (103, 585), (97, 610), (92, 640), (86, 675),
           (80, 705), (75, 735)]
HAND = [(71, 752), (64, 766), (57, 784), (52, 805), (51, 824), (55, 836), (62, 835), (67, 822),
        P(72, 803, True), (73, 830), (76, 862), (80, 886), (88, 898), (100, 902), (112, 897),
        (119, 882), (122, 855), (123, 822), (121, 790), (118, 760)]
ARM_MED = [(116, 735), (122, 712), (129, 685), (138, 650), (147, 615), (154, 590), (160, 568),
           (165, 548), (173, 515), (182, 480), (191, 445), (199, 410), (203, 392), (208, 380)]
AXILLA = [P(214, 373, True)]
TORSO = [(222, 380), (226, 410), (230, 450), (236, 500), (243, 545), (246, 575), (244, 600),
         (238, 625), (228, 660), (216, 695), (210, 725)]
LEG_LAT = [(210, 760), (213, 800), (219, 850), (227, 920), (238, 985), (246, 1020), (249, 1045),
           (247, 1080), (244, 1120), (245, 1165), (250, 1220), (259, 1285), (266, 1335), (270, 1362)]
FOOT = [(268, 1385), (265, 1405), (270, 1420), (284, 1428), (305, 1429), (321, 1422), (326, 1405),
        (324, 1385)]
LEG_MED = [(323, 1362), (321, 1335), (319, 1300), (321, 1240), (327, 1185), (330, 1140), (328, 1090),
           (325, 1050), (327, 1010), (332, 960), (337, 900), (342, 840), (346, 800), P(350, 776, True)]

SKIN_HALF = HEAD + EAR + NECK + SHOULDER + ARM_LAT + HAND + ARM_MED + AXILLA + TORSO + LEG_LAT + FOOT + LEG_MED

# chains used to build limb bands (y-monotone)
ARM_L = [(157, 340), (153, 364), (147, 395), (138, 430), (129, 470), (120, 510), (112, 545),
         (108, 565), (103, 585), (97, 610), (92, 640), (86, 675), (80, 705), (75, 735)]
ARM_R = [(208, 380), (203, 392), (199, 410), (191, 445), (182, 480), (173, 515), (165, 548),
         (160, 568), (154, 590), (147, 615), (138, 650), (129, 685), (122, 712), (116, 735)]
THIGH_L = [(210, 725), (210, 760), (213, 800), (219, 850), (227, 920), (238, 985), (246, 1020),
           (249, 1045)]
THIGH_R = [(350, 776), (346, 800), (342, 840), (337, 900), (332, 960), (327, 1010), (325, 1050)]
LEG_L = [(249, 1045), (247, 1080), (244, 1120), (245, 1165), (250, 1220), (259, 1285), (266, 1335),
         (270, 1362), (268, 1385), (266, 1405)]
LEG_R = [(325, 1050), (328, 1090), (330, 1140), (327, 1185), (321, 1240), (319, 1300), (321, 1335),
         (323, 1362), (324, 1385), (326, 1405)]


# The front view (anterior.py) defines the limb silhouette; the back view uses the same
# outline so both views line up.  The muscles of the limbs are described against the
# chains above and mapped onto these by warp_pt (fraction across the limb kept).
NEW_ARM_L = [(162.5, 350), (159.6, 375), (157.2, 395), (154.8, 415), (152.2, 435), (149.3, 455),
             (146.3, 475), (142.9, 495), (138.9, 515), (134.0, 535), (128.7, 555), (123.0, 575),
             (116.6, 595), (110.7, 615), (105.7, 635), (100.9, 655), (95.6, 675), (89.6, 695),
             (83.2, 715), (76.1, 735.6)]
NEW_ARM_R = [(208.1, 390), (204.3, 410), (200.5, 430), (196.4, 450), (192.0, 470), (187.8, 490),
             (184.2, 510), (182.0, 530), (180.0, 550), (176.4, 570), (170.2, 590), (163.0, 610),
             (155.5, 630), (147.6, 650), (140.0, 670), (133.0, 690), (126.3, 710), (119.7, 730),
             (116.8, 740.6)]
NEW_HAND = [(71.2, 751.1), (65.3, 766.5), (59.1, 783.8), (54.2, 799.4), (53.0, 809.3), (56.4, 814.7),
            (61.7, 812.4), (66.1, 800.8), P(70.1, 789.2, True), (67.1, 800.9), (64.2, 816.7), (60.5, 846.5),
            (59.1, 866.5), (61.1, 874.8), (66.2, 874.4), (69.0, 863.6), (73.4, 831.9), P(74.5, 827.0, True),
            (74.9, 832.1), (70.2, 873.9), (70.9, 885.0), (75.5, 888.6), (80.1, 884.1), (83.1, 867.4),
            (87.3, 833.7), P(88.7, 828.8, True), (89.1, 833.9), (85.9, 869.7), (86.5, 880.9), (90.1, 884.4),
            (94.3, 878.8), (97.3, 859.1), (100.7, 835.3), P(102.0, 831.4, True), (102.5, 836.5), (101.2, 859.5),
            (102.6, 868.8), (106.8, 867.3), (109.4, 858.5), (112.1, 836.7), (114.3, 810.8), (116.2, 782.8),
            (116.6, 758.7), (116.8, 740.6)]
NEW_TRUNK = [P(218, 368, True), (222.9, 385), (224.5, 405), (226.7, 425), (229.3, 445), (232.6, 465),
             (236.5, 485), (239.7, 505), (242.2, 525), (243.0, 545), (242.0, 565), (239.0, 585),
             (233.4, 605), (227.7, 625), (222.5, 645), (218.0, 665), (214.7, 685), (212.3, 705),
             (209.4, 740)]
NEW_THIGH_L = [(209.4, 740), (210.0, 760), (211.6, 780), (213.7, 800), (216.0, 820), (218.3, 840),
               (220.6, 860), (223.0, 880), (225.6, 900), (228.5, 920), (232.0, 940), (235.7, 960),
               (239.0, 980), (241.9, 1000), (244.2, 1020), (245.6, 1040)]
NEW_THIGH_R = [(350, 766), (345.5, 770), (340.5, 790), (337.9, 810), (336.4, 830), (335.5, 850),
               (334.8, 870), (334.4, 890), (334.0, 910), (333.8, 930), (333.9, 950), (334.0, 970),
               (333.9, 990), (333.4, 1010), (333.0, 1030), (332.8, 1050)]
NEW_LEG_L = [(246.0, 1060), (246.0, 1080), (245.3, 1100), (244.2, 1120), (244.0, 1140), (245.3, 1160),
             (247.4, 1180), (250.0, 1200), (253.0, 1220), (256.5, 1240), (260.0, 1260), (263.5, 1280),
             (267.0, 1300), (270.0, 1320), (271.9, 1340), (273.0, 1372)]
NEW_LEG_R = [(332.8, 1070), (333.5, 1090), (335.1, 1110), (336.6, 1130), (337.0, 1150), (336.5, 1170),
             (335.5, 1190), (334.5, 1210), (333.2, 1230), (331.8, 1250), (330.1, 1270), (327.9, 1290),
             (325.8, 1310), (324.5, 1330), (324.2, 1350), (325.0, 1372)]


def _remap(x, y, oL, oR, nL, nR):
    a, b = xat(oL, y), xat(oR, y)
    c, d = xat(nL, y), xat(nR, y)
    f = (x - a) / (b - a)
    return c + f * (d - c), f


def warp_pt(x, y):
    """Map a point described against the old limb chains onto the shared silhouette."""
    if x > MID:
        return (mx(warp_pt(mx(x), y)[0]), y)
    if 330 < y < 760:                      # arm and hand
        nx, f = _remap(x, y, ARM_L, ARM_R, NEW_ARM_L, NEW_ARM_R)
        wy = min(1.0, (y - 330) / 40.0)
        wf = 1.0 if f <= 1.0 else max(0.0, 1 - (f - 1.0) / 0.35)
        if f < -0.5:
            wf = 0.0
        x = x + wy * wf * (nx - x)
    if 395 < y < 745:                      # flank and hip: old torso edge -> shared trunk edge
        e = xat(TORSO, y)
        if x >= e - 8:
            dx = xat([p[:2] for p in NEW_TRUNK[1:]], y) - e
            x = x + dx * max(0.0, min(1.0, 1 - (x - e) / 45.0))
    if y > 740:                            # thigh, leg and heel
        if y <= 1045:
            nx, f = _remap(x, y, THIGH_L, THIGH_R, NEW_THIGH_L, NEW_THIGH_R)
        else:
            nx, f = _remap(x, y, LEG_L, LEG_R, NEW_LEG_L, NEW_LEG_R)
        wy = min(1.0, (y - 740) / 40.0)
        wf = 1.0 if -0.3 <= f <= 1.05 else 0.0
        x = x + wy * wf * (nx - x)
    return (x, y)


def warp_cmds(cmds):
    out = []
    for c in cmds:
        args = list(c[1:])
        for i in range(0, len(args), 2):
            args[i], args[i + 1] = warp_pt(args[i], args[i + 1])
        out.append((c[0],) + tuple(args))
    return out


def band(lchain, rchain, rows, end_top=None, end_bot=None):
    """Outline of a strip inside a limb: rows = [(y, fa, fb)], fractions across the limb
    from the lchain (0) to the rchain (1).  Optional extra end points close the ends."""
    def X(y, f):
        a, b = xat(lchain, y), xat(rchain, y)
        return a + f * (b - a)
    down = [(X(y, fa), y) for y, fa, fb in rows]
    up = [(X(y, fb), y) for y, fa, fb in reversed(rows)]
    pts = down
    if end_bot:
        pts = pts + list(end_bot)
    pts = pts + up
    if end_top:
        pts = pts + list(end_top)
    return pts


def band_fibres(lchain, rchain, rows, k=3):
    def X(y, f):
        a, b = xat(lchain, y), xat(rchain, y)
        return a + f * (b - a)
    lines = []
    for j in range(1, k + 1):
        u = j / (k + 1)
        lines.append([(X(y, fa + u * (fb - fa)), y) for y, fa, fb in rows])
    return lines


# --------------------------------------------------------------------------------------
# fibres

def fibre_lines(poly, spec, covers=()):
    """spec: ('pair', origin_chain, insertion_chain, n, lo, hi) -> lines from origin to
    insertion; or ('lines', [polyline, ...]).  Lines are trimmed to stay inside."""
    kind = spec[0]
    raw = []
    if kind == 'pair':
        _, o, ins, n, lo, hi = spec
        for i in range(n):
            t = (i + 0.5) / n
            a, b = along(o, t), along(ins, t)
            p = (a[0] + lo * (b[0] - a[0]), a[1] + lo * (b[1] - a[1]))
            q = (a[0] + hi * (b[0] - a[0]), a[1] + hi * (b[1] - a[1]))
            raw.append([p, q])
    else:
        raw = spec[1]
    out = []
    for line in raw:
        # densify then keep the longest run of points well inside
        dense = []
        for a, b in zip(line, line[1:]):
            for k in range(8):
                t = k / 8
                dense.append((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
        dense.append(line[-1])
        ok = [inside(poly, x, y) and edge_dist(poly, x, y) > 1.6
              and not any(inside(c, x, y) or edge_dist(c, x, y) < 1.2 for c in covers) for x, y in dense]
        best, cur = [], []
        for p, good in zip(dense, ok):
            if good:
                cur.append(p)
            else:
                if len(cur) > len(best):
                    best = cur
                cur = []
        if len(cur) > len(best):
            best = cur
        if len(best) >= 4:
            # simplify back to a few points for a smooth curve
            step = max(1, len(best) // 4)
            pts = best[::step]
            if pts[-1] != best[-1]:
                pts.append(best[-1])
            out.append(pts)
    return out


def emit_fibres(doc):
    names = list(doc.muscles)
    for mid_, specs in doc.fibre_store:
        poly = doc.muscles[mid_]
        later = [doc.muscles[n] for n in names[names.index(mid_) + 1:]]
        covers = later + [[(mx(x), y) for x, y in c] for c in later]
        for spec in specs:
            for line in fibre_lines(poly, spec, covers):
                doc.pair(spline(line, closed=False), 'fibre')


# --------------------------------------------------------------------------------------
# shared pieces

def skin(doc):
    heel = [(270.5, 1386), (266, 1398), (262, 1410), (264, 1420), (272, 1425), (284, 1430), (300, 1433),
            (316, 1430), (327, 1423), (331, 1412), (329, 1398), (326.5, 1386)]
    half = (HEAD + EAR + NECK + [(296, 260), (272, 274), (240, 285), (210, 292), (191, 297), (176, 306),
                                 (167, 325)] + NEW_ARM_L + NEW_HAND + list(reversed(NEW_ARM_R))
            + NEW_TRUNK + NEW_THIGH_L[1:] + NEW_LEG_L + heel + list(reversed(NEW_LEG_R))
            + list(reversed(NEW_THIGH_R[1:])) + [P(350, 766, True)])
    doc.mid(spline(sym(half)), 'skin', 'skin', nowarp=True)


def head_features(doc, hair=True):
    # ear inner rim (helix seen from behind) and nape hairline
    doc.pair(spline([(284, 131), (279, 140), (278, 158), (282, 174), (287, 182)], closed=False), 'feature')
    if hair:
        doc.mid(spline([(296, 196), (312, 206), (332, 211), (350, 212), (368, 211), (388, 206), (404, 196)],
                       closed=False), 'feature')
        # crown whorl hint
        doc.mid(spline([(338, 92), (346, 86), (356, 88), (358, 96), (350, 100)], closed=False), 'feature')


def hand_features(doc):
    # knuckles on the back of the hand
    for x, y in ((67, 824), (81, 827), (95, 827), (108, 821)):
        doc.pair(spline([(x - 4, y + 1), (x, y - 1.5), (x + 4, y + 1)], closed=False), 'feature')


def foot_features(doc):
    doc.pair(spline([(276, 1394), (280, 1414), (296, 1424), (312, 1416), (318, 1396)], closed=False), 'feature')


# regions: (id, sided, points of the left half / symmetric half)
REGIONS = [
    ('vertex', False, [(350, 61), (330, 63), (312, 71), (303, 84), (315, 93), (333, 97), (350, 98)]),
    ('occiput', True, [(345, 112), (322, 112), (300, 120), (291, 140), (294, 165), (304, 186), (322, 195), (345, 197)]),
    ('ear', True, [(287, 127), (281, 125), (275, 135), (274, 152), (277, 170), (283, 183), (289, 188), (291, 160)]),
    ('mastoid', True, [(292, 177), (300, 176), (306, 188), (308, 204), (304, 214), (298, 210), (292, 196)]),
    ('posterior-neck', True, [(346, 208), (330, 208), (320, 220), (318, 242), (322, 262), (346, 266)]),
    ('lateral-neck', True, [(314, 214), (306, 222), (306, 244), (302, 258), (312, 260), (316, 244), (316, 224)]),
    ('neck-shoulder-angle', True, [(312, 264), (298, 266), (276, 276), (268, 290), (290, 290), (312, 282), (322, 272)]),
    ('suprascapular', True, [(296, 296), (262, 294), (232, 300), (214, 308), (236, 318), (266, 328), (296, 336), (304, 318)]),
    ('posterior-shoulder', True, [(262, 338), (234, 328), (208, 318), (194, 330), (192, 362), (204, 366), (230, 352), (258, 345)]),
    ('lateral-shoulder', True, [(196, 306), (182, 303), (168, 316), (160, 340), (157, 372), (164, 392), (178, 380), (188, 350), (192, 322)]),
    ('scapula', True, [(296, 350), (298, 382), (291, 414), (276, 414), (250, 392), (224, 376), (214, 360), (236, 352), (266, 348)]),
    ('interscapular', True, [(346, 300), (322, 302), (308, 318), (306, 362), (304, 404), (318, 416), (346, 418)]),
    ('mid-back', True, [(346, 428), (312, 428), (290, 438), (266, 452), (250, 480), (254, 520), (290, 532), (346, 532)]),
    ('lumbar', True, [(346, 540), (300, 540), (272, 548), (266, 580), (280, 604), (308, 612), (346, 614)]),
    ('iliac-crest', True, [(314, 616), (284, 608), (256, 608), (240, 620), (246, 632), (264, 628), (290, 628), (314, 632)]),
    ('sacroiliac', True, [(334, 640), (320, 640), (314, 658), (318, 684), (330, 696), (338, 670)]),
    ('sacrum', False, [(350, 638), (340, 642), (339, 672), (343, 700), (350, 714)]),
    ('coccyx', False, [(350, 718), (345, 722), (346, 738), (350, 748)]),
    ('buttock', True, [(306, 642), (276, 646), (248, 660), (234, 690), (246, 716), (278, 718), (306, 706), (314, 676)]),
    ('lower-buttock', True, [(334, 728), (300, 726), (262, 734), (244, 762), (262, 790), (300, 798), (334, 792), (344, 762)]),
    ('greater-trochanter', True, [(234, 700), (218, 704), (213, 730), (216, 760), (230, 764), (238, 732)]),
    ('lateral-thigh', True, [(220, 790), (216, 830), (224, 900), (236, 965), (246, 1005), (256, 1000), (248, 930), (238, 860), (232, 796)]),
    ('posterior-thigh', True, [(260, 808), (248, 850), (254, 930), (264, 996), (296, 1004), (322, 996), (328, 930), (334, 850), (334, 806)]),
    ('posterior-knee', True, [(268, 1010), (260, 1038), (270, 1062), (300, 1066), (318, 1048), (320, 1014)]),
    ('calf', True, [(266, 1078), (256, 1130), (262, 1190), (282, 1228), (306, 1226), (320, 1180), (322, 1110), (310, 1078), (288, 1072)]),
    ('lateral-leg', True, [(250, 1082), (247, 1150), (252, 1220), (262, 1290), (270, 1342), (278, 1338), (270, 1280), (262, 1200), (258, 1130), (258, 1084)]),
    ('achilles', True, [(283, 1262), (279, 1320), (282, 1378), (296, 1378), (300, 1320), (297, 1262)]),
    ('heel', True, [(276, 1392), (272, 1418), (298, 1426), (320, 1418), (320, 1396), (298, 1388)]),
    ('lateral-ankle', True, [(270, 1352), (265, 1375), (270, 1392), (281, 1386), (283, 1362)]),
    ('lateral-arm', True, [(158, 392), (150, 420), (140, 460), (131, 500), (140, 504), (149, 462), (158, 424), (166, 396)]),
    ('posterior-arm', True, [(172, 396), (164, 440), (154, 490), (148, 530), (166, 534), (176, 490), (188, 440), (198, 400)]),
    ('lateral-epicondyle', True, [(112, 546), (105, 566), (111, 584), (124, 580), (126, 556)]),
    ('medial-epicondyle', True, [(158, 544), (154, 564), (161, 580), (168, 566), (167, 548)]),
    ('radial-forearm', True, [(106, 592), (98, 632), (89, 680), (81, 722), (92, 724), (102, 684), (112, 636), (120, 596)]),
    ('thumb-web', True, [(73, 758), (66, 774), (60, 794), (62, 808), (68, 800), (74, 786), (79, 768)]),
    ('hand-dorsum', True, [(80, 744), (76, 780), (73, 820), (112, 822), (115, 782), (114, 744)]),
]


def regions(doc):
    doc.raw('<g id="regions" display="none">')
    for rid, sided, pts in REGIONS:
        if sided:
            pts = [P(x, y, True) if x >= 344 else (x, y) for x, y in pts]
            cmds = spline(pts)
            if max(p[0] for p in flatten(cmds)[0]) > MID:
                raise SystemExit(f'region {rid} crosses the midline')
            doc.pair(cmds, None, f'region-{rid}')
        else:
            doc.mid(spline(sym(pts)), None, f'region-{rid}')
    doc.raw('</g>')


def dots_circle(cx, cy, r):
    return spline(circle_pts(cx, cy, r))


RHOMBOIDS = [P(346, 266, True), (346, 370), (330, 398), (312, 420), P(293, 433, True), (296, 404),
             (301, 370), (302, 340), (300, 314), (320, 290)]

# vertebral levels (spinous process tips)
LEVELS = {}
for i, y in enumerate([212, 221, 231, 240, 249, 259, 268]):
    LEVELS[f'C{i + 1}'] = y
for i in range(12):
    LEVELS[f'T{i + 1}'] = 286 + i * 19.2
for i, y in enumerate([517, 540, 563, 587, 610]):
    LEVELS[f'L{i + 1}'] = y


# --------------------------------------------------------------------------------------
# SUPERFICIAL VIEW

def superficial():
    doc = Doc('back view, superficial muscles (posterior.svg)')
    doc.fibre_store = []
    skin(doc)
    head_features(doc)
    hand_features(doc)
    foot_features(doc)
    # --- bones / landmarks drawn under the muscles (only show where uncovered)
    doc.pair(spline([(287, 190), (296, 200), (302, 212), (297, 214), (291, 204)]), 'bone')  # mastoid tip
    doc.pair(spline([(132, 552), (140, 548), (149, 552), (148, 566), (140, 572), (133, 566)]), 'bone')  # olecranon

    M = doc.muscle
    # ---------------- trunk, deepest first
    M('erector-spinae', [(345, 380), (326, 382), (314, 420), (306, 480), (302, 540), (305, 600),
                         (316, 650), (334, 700), P(345, 705, True)],
      fibres=[('lines', [[(336, 420), (334, 520), (334, 640)], [(322, 440), (316, 540), (320, 640)]])])
    M('external-oblique', [(234, 470), (246, 470), (256, 520), (268, 570), (282, 613), (258, 611),
                           (240, 620), (244, 600), (246, 575), (243, 545), (236, 500)],
      fibres=[('lines', [[(246, 500), (262, 560)], [(250, 560), (266, 600)], [(244, 530), (256, 590)]])])
    M('teres-major', [(294, 414), P(288, 432, True), (270, 424), (246, 404), (222, 386), (206, 376),
                      (203, 364), (214, 364), (236, 376), (262, 394), (284, 404)],
      fibres=[('pair', [(290, 412), (286, 430)], [(210, 365), (207, 375)], 3, 0.12, 0.88)])
    M('rhomboids', RHOMBOIDS, fibres=[('pair', [(344, 272), (344, 360)], [(302, 318), (296, 424)], 7, 0.06, 0.94)])
    M('infraspinatus', [(299, 343), (301, 372), (298, 400), P(292, 416, True), (276, 400),
                        (258, 386), (236, 370), (214, 354), (198, 340), (193, 330), (200, 322),
                        (214, 326), (240, 332), (268, 337), (288, 340)],
      fibres=[('pair', [(298, 350), (299, 375), (295, 405)], [(205, 328), (202, 333), (200, 338)], 6, 0.08, 0.9)])
    M('teres-minor', [P(286, 400, True), (262, 394), (238, 379), (214, 366), (200, 358), (196, 346), (198, 338),
                      (212, 346), (236, 362), (262, 378)],
      fibres=[('lines', [[(270, 388), (240, 371), (210, 350)]])])
    M('latissimus-dorsi', [P(350, 400, True), P(350, 472, True), (332, 508), (314, 552), (300, 590),
                           P(290, 616, True), (278, 614), (266, 574), (254, 536), (240, 500), (236, 490),
                           (230, 450), (226, 410), (222, 386), P(210, 376, True), (222, 384),
                           (250, 404), (274, 424), (290, 431), (318, 414)],
      fibres=[('pair', [(346, 410), (346, 470), (330, 512), (300, 590), (286, 612)],
               [(214, 382), (220, 390), (226, 404), (232, 430), (238, 470)], 8, 0.1, 0.85)])
    # leg
    rows_so = [(1092, 0.03, 0.97), (1140, 0.012, 0.99), (1230, 0.02, 0.98), (1290, 0.12, 0.9), (1330, 0.32, 0.7),
               (1348, 0.42, 0.58)]
    M('soleus', band(LEG_L, LEG_R, rows_so),
      fibres=[('lines', [[(258, 1200), (270, 1270), (284, 1320)], [(322, 1190), (312, 1270), (298, 1320)]])])
    rows_fl = [(1062, 0.01, 0.16), (1120, 0.012, 0.14), (1200, 0.012, 0.12), (1280, 0.02, 0.12), (1340, 0.04, 0.13),
               (1362, 0.08, 0.16)]
    M('fibularis-longus', band(LEG_L, LEG_R, rows_fl),
      fibres=[('lines', band_fibres(LEG_L, LEG_R, rows_fl[:4], 1))])
    rows_fb = [(1200, 0.1, 0.2), (1270, 0.1, 0.3), (1330, 0.12, 0.36), (1362, 0.16, 0.32)]
    M('fibularis-brevis', band(LEG_L, LEG_R, rows_fb))
    rows_fdl = [(1170, 0.88, 0.98), (1250, 0.8, 0.99), (1320, 0.72, 0.98), (1362, 0.7, 0.9)]
    M('flexor-digitorum-longus', band(LEG_L, LEG_R, rows_fdl),
      fibres=[('lines', band_fibres(LEG_L, LEG_R, rows_fdl[:3], 1))])

    def LX(y, f):
        a, b = xat(LEG_L, y), xat(LEG_R, y)
        return (a + f * (b - a), y)
    gas = [LX(1006, 0.34), LX(1016, 0.2), LX(1045, 0.1), LX(1100, 0.07), LX(1160, 0.1), LX(1205, 0.18),
           LX(1240, 0.34), P(*LX(1266, 0.5), True), LX(1252, 0.68), LX(1215, 0.86), LX(1160, 0.94),
           LX(1100, 0.93), LX(1045, 0.87), LX(1014, 0.78), LX(1004, 0.64), (LX(1020, 0.5)[0], 1020)]
    M('gastrocnemius', gas,
      fibres=[('lines', [[LX(1040, 0.3), LX(1120, 0.25), LX(1200, 0.32)], [LX(1050, 0.42), LX(1150, 0.42), LX(1235, 0.46)],
                         [LX(1040, 0.7), LX(1130, 0.78), LX(1210, 0.72)], [LX(1050, 0.58), LX(1150, 0.58), LX(1240, 0.54)],
                         [LX(1040, 0.14), LX(1110, 0.14), LX(1180, 0.2)], [LX(1050, 0.85), LX(1120, 0.88), LX(1190, 0.84)]])])
    # thigh
    rows_vl = [(760, 0.0, 0.32), (850, 0.0, 0.26), (950, 0.0, 0.18), (1010, 0.0, 0.1), (1035, 0.02, 0.06)]
    M('vastus-lateralis', band(THIGH_L, THIGH_R, rows_vl),
      fibres=[('lines', band_fibres(THIGH_L, THIGH_R, rows_vl[:4], 1))])
    doc.pair(spline(band(THIGH_L, THIGH_R, [(722, 0.01, 0.08), (800, 0.02, 0.1), (900, 0.02, 0.09),
                                            (990, 0.02, 0.09), (1040, 0.04, 0.1)])), 'tendon')  # iliotibial tract
    rows_am = [(772, 0.66, 0.9), (850, 0.6, 0.95), (930, 0.56, 0.92), (985, 0.64, 0.9)]
    M('adductor-magnus', band(THIGH_L, THIGH_R, rows_am))
    rows_sm = [(800, 0.66, 0.9), (880, 0.52, 0.9), (960, 0.44, 0.9), (1010, 0.58, 0.92), (1045, 0.74, 0.92),
               (1062, 0.8, 0.9)]
    M('semimembranosus', band(THIGH_L, THIGH_R, rows_sm),
      fibres=[('lines', band_fibres(THIGH_L, THIGH_R, rows_sm[1:5], 2))])
    rows_gr = [(785, 0.9, 1.0), (880, 0.9, 1.0), (960, 0.88, 1.0), (1030, 0.86, 0.99), (1060, 0.84, 0.95)]
    M('gracilis', band(THIGH_L, THIGH_R, rows_gr),
      fibres=[('lines', band_fibres(THIGH_L, THIGH_R, rows_gr, 1))])
    rows_bf = [(785, 0.56, 0.72), (805, 0.34, 0.66), (830, 0.26, 0.6), (900, 0.17, 0.52), (960, 0.12, 0.46), (1010, 0.08, 0.32),
               (1045, 0.06, 0.18), (1062, 0.08, 0.14)]
    M('biceps-femoris', band(THIGH_L, THIGH_R, rows_bf),
      fibres=[('lines', band_fibres(THIGH_L, THIGH_R, rows_bf[1:6], 3))])
    rows_st = [(785, 0.72, 0.84), (840, 0.56, 0.78), (900, 0.5, 0.72), (960, 0.5, 0.72), (1005, 0.64, 0.8),
               (1045, 0.8, 0.88), (1068, 0.84, 0.9)]
    M('semitendinosus', band(THIGH_L, THIGH_R, rows_st),
      fibres=[('lines', band_fibres(THIGH_L, THIGH_R, rows_st[1:5], 2))])
    # gluteal region
    M('gluteus-medius', [(312, 627), (290, 617), (262, 612), (245, 617), (236, 630), (228, 660),
                         (218, 694), P(213, 724, True), (228, 732), (250, 716), (274, 696),
                         (298, 672), (316, 648)],
      fibres=[('pair', [(306, 632), (290, 624), (266, 619), (246, 621), (234, 640)],
               [(224, 712), (221, 716), (218, 716)], 7, 0.08, 0.8)])
    M('gluteus-maximus', [P(316, 638, True), (326, 660), (336, 688), (344, 712), (348, 740),
                          (348, 765), (340, 786), (316, 800), (286, 806), (258, 810), P(236, 812, True),
                          (216, 796), (212, 770), (214, 744), (226, 726), (240, 714), (262, 694), (288, 668),
                          (304, 648)],
      fibres=[('pair', [(318, 642), (332, 675), (342, 705), (347, 740), (346, 768)],
               [(228, 730), (222, 752), (222, 775), (230, 800), (246, 810)], 9, 0.06, 0.92)])
    # ---------------- neck and shoulder
    M('splenius-capitis', [(300, 206), (314, 203), (330, 210), (336, 236), (328, 262), (316, 262),
                           (309, 244), (304, 224)],
      fibres=[('lines', [[(320, 255), (312, 230), (305, 212)], [(328, 250), (320, 228), (312, 209)]])])
    M('sternocleidomastoid', [(291, 198), (300, 204), (307, 216), (311, 234), (311, 250), P(307, 262, True),
                              (304, 250), (305, 232), (301, 214)],
      fibres=[('lines', [[(298, 206), (305, 224), (307, 248)]])])
    M('triceps-brachii', [(153, 364), (147, 395), (138, 430), (129, 470), (122, 500), (126, 522),
                          (132, 545), (138, 560), P(150, 563, True), (164, 548), (173, 515), (182, 480),
                          (191, 445), (199, 410), (204, 390), (208, 366), (198, 352), (170, 356)],
      fibres=[('lines', [[(150, 404), (138, 460), (136, 510)], [(166, 400), (156, 460), (146, 520)],
                         [(186, 404), (176, 460), (160, 525)], [(194, 420), (182, 470), (166, 530)]])])
    # forearm (dorsal) - lateral to medial
    rows_br = [(505, 0.0, 0.14), (545, 0.0, 0.2), (575, 0.0, 0.24), (610, 0.0, 0.22), (650, 0.0, 0.18),
               (690, 0.0, 0.13), (725, 0.02, 0.1)]
    M('brachioradialis', band(ARM_L, ARM_R, rows_br), fibres=[('lines', band_fibres(ARM_L, ARM_R, rows_br[:6], 1))])
    rows_ecrl = [(528, 0.16, 0.22), (550, 0.2, 0.32), (580, 0.24, 0.42), (610, 0.22, 0.42), (640, 0.19, 0.36),
                 (668, 0.18, 0.28), (700, 0.16, 0.22)]
    M('extensor-carpi-radialis-longus', band(ARM_L, ARM_R, rows_ecrl),
      fibres=[('lines', band_fibres(ARM_L, ARM_R, rows_ecrl[1:6], 2))])
    rows_ecrb = [(568, 0.4, 0.5), (600, 0.42, 0.54), (640, 0.36, 0.52), (690, 0.26, 0.42), (725, 0.24, 0.34)]
    M('extensor-carpi-radialis-brevis', band(ARM_L, ARM_R, rows_ecrb),
      fibres=[('lines', band_fibres(ARM_L, ARM_R, rows_ecrb[:4], 1))])
    rows_ed = [(566, 0.5, 0.62), (600, 0.54, 0.72), (650, 0.52, 0.74), (700, 0.42, 0.68), (732, 0.38, 0.6)]
    M('extensor-digitorum', band(ARM_L, ARM_R, rows_ed), fibres=[('lines', band_fibres(ARM_L, ARM_R, rows_ed[:4], 2))])
    rows_ecu = [(570, 0.62, 0.76), (610, 0.72, 0.86), (660, 0.74, 0.88), (700, 0.68, 0.84), (732, 0.64, 0.8)]
    M('extensor-carpi-ulnaris', band(ARM_L, ARM_R, rows_ecu),
      fibres=[('lines', band_fibres(ARM_L, ARM_R, rows_ecu[:4], 1))])
    rows_fcu = [(572, 0.76, 1.0), (610, 0.86, 1.0), (660, 0.88, 1.0), (700, 0.84, 1.0), (730, 0.8, 0.98)]
    M('flexor-carpi-ulnaris', band(ARM_L, ARM_R, rows_fcu),
      fibres=[('lines', band_fibres(ARM_L, ARM_R, rows_fcu[:4], 1))])
    M('anconeus', [P(115, 561, True), (130, 562), P(146, 566, True), (145, 584), P(140, 604, True), (126, 582)],
      fibres=[('pair', [(117, 562), (119, 566)], [(144, 572), (141, 598)], 3, 0.1, 0.9)])
    rows_apl = [(640, 0.42, 0.54), (670, 0.3, 0.48), (700, 0.12, 0.32), (725, 0.0, 0.14)]
    M('abductor-pollicis-longus', band(ARM_L, ARM_R, rows_apl))
    # deltoid and trapezius (most superficial)
    M('deltoid', [P(268, 336, True), (242, 326), (216, 314), (198, 306), P(184, 302, True), (176, 306),
                  (164, 320), (157, 340), (153, 364), (149, 392), P(145, 424, True), (154, 414),
                  (166, 396), (182, 378), (202, 362), (226, 350), (250, 341)],
      fibres=[('pair', [(262, 336), (240, 327), (218, 316), (198, 307), (184, 304), (172, 312), (162, 328)],
               [(170, 392), (162, 402), (156, 410), (152, 414), (150, 414), (149, 412), (148, 405)], 9, 0.08, 0.85)])
    UT_LOW = [(350, 270), (326, 278), (298, 289), (268, 298), (238, 304), (212, 307), (198, 308)]
    MT_LOW = [(350, 324), (326, 334), (300, 344)]
    M('upper-trapezius', [P(350, 199, True), (340, 198), P(330, 198, True), (325, 215), (318, 238),
                          (308, 258), (294, 266), (272, 276), (243, 285), (213, 293), P(192, 299, True)]
      + [P(*p) for p in reversed(UT_LOW[1:])] + [P(350, 270, True)],
      fibres=[('lines', [[(336, 210), (330, 240), (318, 266), (296, 278)], [(344, 232), (336, 255), (310, 274), (270, 286)],
                         [(346, 258), (320, 276), (280, 290), (240, 297)], [(326, 282), (280, 294), (222, 302)]])])
    M('middle-trapezius', [P(350, 270, True)] + UT_LOW[1:-1] + [P(196, 309, True), (214, 314), (240, 324),
                                                                (266, 334), P(294, 344, True)]
      + [P(*p) for p in reversed(MT_LOW[1:])] + [P(350, 324, True)],
      fibres=[('lines', [[(344, 286), (300, 298), (250, 308), (214, 310)], [(344, 302), (300, 312), (250, 318)],
                         [(344, 316), (306, 326), (268, 328)]])])
    M('lower-trapezius', [P(350, 324, True), (326, 334), P(296, 344, True), (296, 352), (304, 372),
                          (316, 405), (330, 440), (342, 475), P(350, 500, True)],
      fibres=[('lines', [[(346, 470), (326, 410), (306, 360)], [(346, 420), (326, 380), (308, 352)],
                         [(346, 370), (320, 350)]])])
    emit_fibres(doc)
    # ---------------- tendons and aponeuroses
    doc.mid(spline(sym([P(350, 256, True), (345, 266), (340, 280), (344, 296), P(350, 308, True)])), 'tendon')  # trapezius diamond
    doc.pair(spline([P(296, 344, True), (306, 350), (308, 362), (298, 356)]), 'tendon')  # lower trap to spine root
    doc.mid(spline(sym([P(350, 470, True), (332, 508), (314, 552), (300, 590), P(290, 616, True), (302, 628),
                        P(316, 639, True), (326, 661), (336, 689), (344, 713), P(350, 720, True)])),
            'tendon', extra='fill-opacity="0.72"')  # thoracolumbar fascia
    doc.pair(spline(band(LEG_L, LEG_R, [(1250, 0.4, 0.6), (1300, 0.42, 0.58), (1350, 0.42, 0.58),
                                        (1396, 0.38, 0.62)])), 'tendon')  # Achilles
    doc.pair(spline([P(135, 518, True), (146, 515), P(156, 519, True), (152, 538), P(143, 556, True), (137, 538)]), 'tendon')  # triceps tendon
    for x0, x1, y1 in ((88, 67, 818), (94, 81, 821), (100, 95, 821), (106, 108, 815)):   # extensor digitorum tendons
        doc.pair(spline([(x0 - 0.9, 740), (x1 - 0.9, y1), (x1 + 0.9, y1), (x0 + 0.9, 740)]), 'tendon')
    # ---------------- landmarks over the muscles (palpable contours)
    lm = 'class="landmark" stroke-dasharray="3 2" stroke-opacity="0.55"'
    doc.pair(spline([(298, 320), (301, 350), (300, 385), (294, 414), (288, 430), (278, 420)], closed=False),
             None, extra=lm)  # medial border / inferior angle of the scapula
    doc.pair(spline([(300, 342), (268, 334), (236, 322), (206, 310), (190, 304)], closed=False), None,
             extra='class="landmark" stroke-opacity="0.6"')  # spine of scapula + acromion
    doc.pair(spline([(182, 300), (192, 298), (200, 303)], closed=False), 'landmark')
    doc.pair(spline([(310, 624), (286, 612), (260, 610), (240, 620)], closed=False), None, extra=lm)  # iliac crest
    doc.pair(spline(circle_pts(326, 650, 3.2)), 'landmark')  # PSIS dimple
    doc.mid(spline([(332, 652), (338, 690), (350, 726), (362, 690), (368, 652)], closed=False), None, extra=lm)  # sacrum
    doc.mid(spline([(350, 700), (350, 740), (350, 778)], closed=False), 'feature')  # natal cleft
    doc.pair(spline([(344, 782), (318, 796), (288, 802), (262, 800)], closed=False), 'feature')  # gluteal fold
    doc.pair(spline([(220, 712), (214, 728), (218, 744)], closed=False), None, extra=lm)  # greater trochanter
    doc.pair(spline([(274, 998), (288, 1002), (302, 998)], closed=False), 'feature')  # popliteal crease
    doc.pair(spline(circle_pts(254, 1066, 4)), None, extra=lm)  # fibular head
    doc.pair(spline([(274, 1358), (270, 1370), (272, 1384)], closed=False), 'landmark')  # lateral malleolus
    doc.pair(spline([(320, 1352), (318, 1364), (320, 1376)], closed=False), 'landmark')  # medial malleolus
    doc.pair(spline([(132, 556), (140, 566), (150, 562)], closed=False), 'landmark')  # olecranon
    doc.pair(spline(circle_pts(115, 558, 3)), 'landmark')  # lateral epicondyle
    doc.pair(spline(circle_pts(162, 553, 3)), 'landmark')  # medial epicondyle
    doc.mid(spline([(346, 198), (350, 195), (354, 198)], closed=False), 'landmark')  # external occipital protuberance
    for lv, y in LEVELS.items():
        if lv in ('C1', 'C2', 'C3', 'C4', 'C5', 'C6'):
            continue
        w = 3.4 if lv == 'C7' else 2.2
        doc.mid(spline([(350 - w, y), (350, y + 1.5), (350 + w, y)], closed=False), 'landmark')
    regions(doc)
    return doc


# --------------------------------------------------------------------------------------
# DEEP VIEW

def vertebra(doc, y, tp, spine_len, tp_drop=1.0, body=False):
    """A vertebra seen from behind: laminae + transverse processes + spinous process."""
    half = [P(350, y - 5, True), (346, y - 5), (342, y - 4), (350 - tp, y - 2 + tp_drop), P(350 - tp - 1, y + 2 + tp_drop, True),
            (342, y + 3), (346, y + 4), P(350, y + spine_len, True)]
    doc.mid(spline(sym(half), smooth=0.6), 'bone')


def deep():
    doc = Doc('back view, deep muscles and skeleton (posterior-deep.svg)')
    doc.fibre_store = []
    skin(doc)
    head_features(doc, hair=True)
    hand_features(doc)
    foot_features(doc)
    B = lambda pts, **k: doc.pair(spline(pts, **k), 'bone')  # noqa: E731
    # ---------------- skeleton
    # occipital bone / skull base with the mastoid process
    doc.mid(spline(sym([P(350, 150, True), (324, 152), (304, 162), (292, 180), (293, 196), P(299, 214, True),
                        (305, 205), (316, 201), (332, 204), P(350, 209, True)])), 'bone')
    doc.mid(spline([(306, 178), (326, 186), (350, 188), (374, 186), (394, 178)], closed=False), 'landmark')  # sup. nuchal line
    doc.mid(spline([(346, 188), (350, 184), (354, 188)], closed=False), 'landmark')
    # ribs (left), drawn before the spine
    torso_edge = [(p[0] + 7, p[1]) for p in TORSO[:8]]
    for i in range(12):
        y0 = LEVELS[f'T{i + 1}'] + 4
        if i < 10:
            ex = xat(torso_edge, y0 + 26) if y0 + 26 > 380 else 230 + (y0 - 290) * 0.2
            ex = max(ex, 234)
            c = [(333, y0), (318, y0 - 2), (300, y0 + 2), ((300 + ex) / 2, y0 + 12), (ex + 3, y0 + 30)]
            if y0 < 340:   # upper ribs arch steeply under the shoulder
                c = [(333, y0), (318, y0 - 3), (300, y0), (270, y0 + 8), (ex + 8, y0 + 26)]
        elif i == 10:
            c = [(334, y0), (318, y0 + 2), (296, y0 + 12), (272, y0 + 30)]
        else:
            c = [(335, y0), (320, y0 + 4), (304, y0 + 14), (292, y0 + 26)]
        doc.pair(spline(band_from_centre(c, 7 if i < 10 else 6, 5 if i < 10 else 3)), 'bone')
    # vertebral column
    for k in range(1, 8):
        y = LEVELS[f'C{k}']
        vertebra(doc, y, 26 if k == 1 else 17, 5 if k < 7 else 8, 0)
    for k in range(1, 13):
        y = LEVELS[f'T{k}']
        vertebra(doc, y, 24 - k * 0.6, 13, 1.5)
    for k in range(1, 6):
        y = LEVELS[f'L{k}']
        vertebra(doc, y, 24 + (k if k < 4 else 4 - (k - 4) * 3), 11, 0)
    # sacrum and coccyx
    doc.mid(spline(sym([P(350, 624, True), (334, 626), P(320, 630, True), (324, 660), (332, 690), (342, 712),
                        P(350, 722, True)])), 'bone')
    for k, y in enumerate((642, 662, 682, 700)):
        doc.pair(spline(circle_pts(334 + k * 2.5, y, 2.6 - k * 0.3)), 'landmark')
    doc.mid(spline(sym([P(350, 722, True), (346, 726), (347, 740), P(350, 748, True)])), 'bone')
    # hip bone (ilium, ischium) and pubic ramus
    B([P(326, 652, True), (322, 630), (302, 614), (270, 608), (246, 614), (231, 632), (227, 660),
       (236, 690), (248, 712), (262, 738), (282, 762), (302, 778), P(319, 783, True), (325, 770),
       (322, 752), P(313, 742, True), (310, 726), P(318, 716, True), (312, 706), (314, 690), P(326, 670, True)])
    B([(318, 778), (332, 770), (344, 752), P(350, 744, True), (346, 760), (336, 778), (322, 786)])
    # femur
    B([(250, 700), (232, 698), P(216, 706, True), (214, 724), (224, 742), (234, 752), (240, 800),
       (248, 880), (256, 950), (258, 995), (254, 1012), (262, 1030), (284, 1032), (292, 1024),
       (302, 1032), (324, 1030), (330, 1012), (320, 996), (284, 980), (274, 940), (266, 880),
       (258, 800), (254, 760), (252, 738), (260, 726), (264, 712)])
    # tibia and fibula
    B([(270, 1040), (292, 1036), (320, 1038), (326, 1050), (318, 1080), (308, 1140), (306, 1240),
       (310, 1330), (322, 1352), (324, 1376), (314, 1384), (302, 1372), (294, 1340), (292, 1240),
       (290, 1140), (284, 1080), (272, 1058)])
    B([(252, 1056), (262, 1054), (266, 1068), (264, 1090), (266, 1180), (272, 1300), (276, 1350),
       (274, 1382), (266, 1384), (262, 1360), (260, 1300), (256, 1180), (256, 1090), (250, 1070)])
    B([(278, 1392), (298, 1386), (318, 1392), (320, 1414), (300, 1424), (280, 1418)])  # calcaneus
    # humerus, ulna, radius
    B([(206, 312), (194, 310), (184, 318), (182, 332), (188, 346), (186, 380), (172, 440), (150, 510),
       P(116, 552, True), (114, 566), (124, 572), (138, 566), (152, 570), (164, 566), P(166, 552, True),
       (160, 540), (166, 520), (186, 450), (198, 388), (204, 350), (210, 330)])
    B([(136, 550), (148, 548), (152, 566), (146, 590), (134, 650), (120, 712), (116, 730), (108, 732),
       (112, 710), (124, 650), (134, 590), (132, 566)])                                    # ulna
    B([(114, 574), (126, 574), (124, 590), (118, 620), (104, 670), (96, 710), (92, 730), (78, 734),
       (82, 712), (92, 670), (106, 620), (113, 590)])                                      # radius
    # scapula body (fossae) - spine and acromion come after the rotator cuff
    B([P(298, 312, True), (278, 308), (254, 306), P(232, 310, True), (222, 312), (210, 318), (206, 330),
       (208, 344), (230, 372), (260, 404), P(287, 430, True), (296, 410), (302, 370), (302, 340)])

    M = doc.muscle
    # ---------------- deep back and neck
    M('quadratus-lumborum', [P(331, 505, True), (316, 510), (304, 517), P(287, 524, True), (276, 560),
                             (268, 596), P(264, 612, True), (286, 613), (306, 617), P(331, 622, True), (331, 560)],
      cls='muscle deep',
      fibres=[('lines', [[(290, 515), (284, 560), (288, 606)], [(278, 522), (276, 560), (278, 604)],
                         [(320, 520), (300, 560), (296, 600)]])])
    y12 = LEVELS['T12'] + 4   # 12th rib over the upper border of quadratus lumborum
    doc.pair(spline(band_from_centre([(335, y12), (320, y12 + 4), (304, y12 + 14), (292, y12 + 26)], 6, 3)), 'bone')
    M('erector-spinae', [P(341, 300, True), (340, 400), (340, 500), P(340, 508, True), (330, 514),
                         (326, 560), (322, 610), (324, 650), (330, 690), P(340, 712, True), (330, 712),
                         (316, 676), (308, 630), (304, 580), (300, 530), (296, 470), (302, 400), (312, 330),
                         (326, 300)],
      cls='muscle deep',
      fibres=[('lines', [[(334, 330), (332, 420), (332, 500)], [(322, 340), (316, 420), (312, 500), (312, 580)],
                         [(308, 440), (306, 520), (316, 640)]])])
    M('lumbar-multifidus', [P(345, 505, True), (336, 508), (331, 540), (329, 580), (326, 620), (326, 660),
                            (332, 696), P(344, 716, True), (345, 680), (345, 600)],
      cls='muscle deep',
      fibres=[('lines', [[(342, 520), (336, 560)], [(342, 560), (334, 600)], [(342, 600), (332, 640)],
                         [(342, 640), (332, 680)], [(342, 675), (336, 705)]])])
    M('rhomboids', RHOMBOIDS,
      fibres=[('pair', [(344, 272), (344, 360)], [(302, 318), (296, 424)], 7, 0.06, 0.94)])
    M('splenius-capitis', [P(348, 252, True), (348, 322), (340, 318), (332, 290), (322, 262), (310, 236),
                           (300, 216), (304, 206), (316, 203), (326, 216), (338, 236)],
      fibres=[('pair', [(346, 258), (346, 316)], [(305, 210), (318, 208)], 4, 0.06, 0.9)])
    M('levator-scapulae', [(330, 214), (320, 216), (316, 236), (308, 262), (298, 290), P(292, 314, True),
                           (302, 316), (310, 296), (320, 268), (328, 244), (334, 226)],
      fibres=[('lines', [[(326, 222), (316, 262), (300, 308)], [(330, 228), (322, 262), (306, 304)]])])
    M('suboccipitals', [P(348, 206, True), (334, 205), P(313, 204, True), (306, 211), P(303, 221, True),
                        (322, 226), P(348, 238, True), (347, 222)],
      cls='muscle deep',
      fibres=[('lines', [[(346, 233), (336, 220), (326, 208)], [(344, 235), (326, 229), (307, 220)],
                         [(306, 217), (310, 211), (316, 207)], [(347, 228), (342, 218), (340, 208)]])])
    # ---------------- rotator cuff
    M('supraspinatus', [(298, 318), (286, 308), (262, 302), (236, 300), (212, 302), (196, 308), P(186, 318, True),
                        (194, 326), (214, 320), (240, 326), (268, 334), (296, 342)],
      fibres=[('pair', [(296, 322), (296, 338)], [(196, 314), (194, 322)], 4, 0.08, 0.9)])
    M('infraspinatus', [(299, 343), (301, 372), (298, 400), P(292, 416, True), (276, 400), (258, 386),
                        (236, 370), (212, 352), (196, 340), P(190, 332, True), (198, 326), (214, 328),
                        (240, 334), (268, 338), (288, 341)],
      fibres=[('pair', [(298, 350), (299, 375), (295, 405)], [(200, 331), (199, 335), (198, 339)], 6, 0.08, 0.9)])
    M('teres-minor', [P(286, 400, True), (262, 394), (238, 379), (214, 366), (200, 358), (194, 346), (196, 338),
                      (212, 346), (236, 362), (262, 378)],
      fibres=[('lines', [[(270, 390), (240, 373), (206, 352)]])])
    M('teres-major', [(294, 414), P(288, 432, True), (270, 424), (246, 404), (222, 386), (206, 376),
                      (203, 364), (214, 364), (236, 376), (262, 394), (284, 404)],
      fibres=[('pair', [(290, 412), (286, 430)], [(210, 365), (207, 375)], 3, 0.12, 0.88)])
    # spine of scapula and acromion over the cuff
    B(band_from_centre([(301, 343), (284, 339), (264, 332), (238, 322), (214, 312), (198, 305)], 10, 12))
    B([(206, 300), (192, 296), (180, 299), (176, 306), (184, 312), (200, 312), (210, 308)])
    # ---------------- arm
    rows_tri = [(418, 0.4, 0.74), (450, 0.14, 0.9), (490, 0.06, 0.95), (525, 0.1, 0.93), (548, 0.3, 0.78), (558, 0.42, 0.62)]
    M('triceps-brachii', band(ARM_L, ARM_R, rows_tri), cls='muscle deep',
      fibres=[('lines', band_fibres(ARM_L, ARM_R, rows_tri[1:], 3))])
    M('supinator', [P(111, 570, True), (126, 574), P(141, 583, True), (141, 598), P(137, 612, True), (118, 626),
                    P(102, 642, True), (99, 620), (103, 592)],
      cls='muscle deep',
      fibres=[('lines', [[(134, 590), (120, 604), (104, 620)], [(128, 584), (112, 596), (104, 608)]])])
    M('abductor-pollicis-longus', [(132, 628), (126, 652), (112, 682), (96, 706), (84, 724), (78, 720),
                                   (88, 700), (104, 674), (116, 646), (124, 630)],
      cls='muscle deep')
    M('extensor-pollicis-longus', [(140, 640), (136, 664), (122, 692), (104, 718), (94, 730), (92, 722),
                                   (104, 700), (120, 672), (130, 648)],
      cls='muscle deep')
    # ---------------- hip
    PIR_UP = [(334, 672), (312, 680), (284, 692), (254, 702), (228, 709)]
    M('gluteus-minimus', [(318, 664), (306, 646), (288, 630), (266, 622), (246, 626), (236, 640), (230, 662),
                          (226, 686), P(221, 706, True)] + list(reversed(PIR_UP[1:])) + [(324, 672)],
      cls='muscle deep',
      fibres=[('pair', [(312, 660), (296, 636), (268, 626), (246, 630), (234, 650)],
               [(234, 704), (230, 705), (228, 706), (226, 704), (224, 700)], 6, 0.1, 0.85)])
    M('piriformis', [P(336, 668, True)] + PIR_UP[1:] + [P(222, 712, True), (234, 716), (258, 714), (286, 710),
                                                       (312, 706), P(334, 702, True)],
      cls='muscle deep',
      fibres=[('lines', [[(326, 678), (290, 698), (240, 711)], [(326, 692), (290, 703), (250, 711)]])])
    M('gemelli', [P(314, 716, True), (290, 718), (260, 719), P(230, 720, True), P(230, 729, True), (262, 731),
                  (292, 733), P(314, 737, True)],
      cls='muscle deep', fibres=[('lines', [[(310, 726), (240, 726)]])])
    M('quadratus-femoris', [P(318, 752, True), (290, 751), P(240, 748, True), P(242, 772, True), (270, 772),
                            P(318, 772, True)],
      cls='muscle deep', fibres=[('lines', [[(314, 760), (246, 760)], [(314, 765), (250, 765)]])])
    # ---------------- thigh
    def TX(y, f):
        a, b = xat(THIGH_L, y), xat(THIGH_R, y)
        return (a + f * (b - a), y)
    M('adductor-magnus', [P(*TX(778, 0.68), True), TX(783, 0.44), P(*TX(792, 0.25), True), TX(850, 0.25),
                          TX(920, 0.27), TX(965, 0.33), P(*TX(992, 0.5), True), TX(1000, 0.7),
                          P(*TX(1014, 0.8), True), TX(1004, 0.87), TX(960, 0.9), TX(880, 0.9), TX(810, 0.9),
                          P(*TX(784, 0.9), True)],
      cls='muscle deep',
      fibres=[('pair', [TX(780, 0.66), TX(782, 0.88), TX(830, 0.89), TX(900, 0.89), TX(960, 0.89)],
               [TX(795, 0.27), TX(860, 0.27), TX(930, 0.29), TX(975, 0.38), TX(1005, 0.8)], 7, 0.08, 0.9)])
    rows_gr = [(785, 0.9, 1.0), (880, 0.9, 1.0), (960, 0.88, 1.0), (1030, 0.86, 0.99), (1060, 0.84, 0.95)]
    M('gracilis', band(THIGH_L, THIGH_R, rows_gr),
      fibres=[('lines', band_fibres(THIGH_L, THIGH_R, rows_gr, 1))])
    rows_vl = [(760, 0.0, 0.2), (850, 0.0, 0.24), (950, 0.0, 0.2), (1010, 0.0, 0.12), (1035, 0.02, 0.06)]
    M('vastus-lateralis', band(THIGH_L, THIGH_R, rows_vl), cls='muscle deep',
      fibres=[('lines', band_fibres(THIGH_L, THIGH_R, rows_vl[:4], 1))])
    rows_bfs = [(880, 0.24, 0.32), (940, 0.16, 0.32), (990, 0.1, 0.28), (1030, 0.06, 0.18), (1060, 0.06, 0.12)]
    M('biceps-femoris', band(THIGH_L, THIGH_R, rows_bfs), cls='muscle deep',
      fibres=[('lines', band_fibres(THIGH_L, THIGH_R, rows_bfs[:4], 1))])
    # ---------------- leg
    M('popliteus', [P(262, 1040, True), (290, 1046), P(318, 1052, True), (322, 1070), P(320, 1088, True), (296, 1074),
                    (272, 1056)],
      cls='muscle deep')

    def LX(y, f):
        a, b = xat(LEG_L, y), xat(LEG_R, y)
        return (a + f * (b - a), y)
    rows_tp = [(1120, 0.5, 0.8), (1200, 0.5, 0.84), (1280, 0.52, 0.84), (1340, 0.62, 0.84), (1372, 0.74, 0.86)]
    M('tibialis-posterior', band(LEG_L, LEG_R, rows_tp), cls='muscle deep')
    rows_fdl = [(1130, 0.84, 0.97), (1240, 0.82, 0.99), (1320, 0.72, 0.98), (1362, 0.7, 0.9)]
    M('flexor-digitorum-longus', band(LEG_L, LEG_R, rows_fdl), cls='muscle deep',
      fibres=[('lines', band_fibres(LEG_L, LEG_R, rows_fdl[:3], 1))])
    rows_fl = [(1062, 0.0, 0.16), (1120, 0.0, 0.16), (1200, 0.0, 0.14), (1280, 0.02, 0.14), (1340, 0.04, 0.14),
               (1362, 0.08, 0.16)]
    M('fibularis-longus', band(LEG_L, LEG_R, rows_fl), fibres=[('lines', band_fibres(LEG_L, LEG_R, rows_fl[:4], 1))])
    sol = [P(*LX(1060, 0.14), True), LX(1064, 0.26), LX(1078, 0.42), LX(1090, 0.62), P(*LX(1096, 0.84), True),
           LX(1140, 0.92), LX(1200, 0.9), LX(1260, 0.86), LX(1310, 0.82), LX(1340, 0.72), P(*LX(1354, 0.6), True),
           LX(1354, 0.4), LX(1338, 0.28), LX(1300, 0.18), LX(1240, 0.14), LX(1170, 0.14), LX(1110, 0.14)]
    M('soleus', sol,
      fibres=[('lines', [[LX(1100, 0.3), LX(1200, 0.34), LX(1290, 0.44)], [LX(1110, 0.6), LX(1200, 0.6), LX(1290, 0.56)],
                         [LX(1150, 0.2), LX(1240, 0.24), LX(1320, 0.38)], [LX(1150, 0.8), LX(1240, 0.76), LX(1320, 0.62)]])])
    emit_fibres(doc)
    # ---------------- tendons
    doc.pair(spline(band(LEG_L, LEG_R, [(1250, 0.42, 0.58), (1300, 0.42, 0.57), (1350, 0.42, 0.58),
                                        (1396, 0.38, 0.62)])), 'tendon')  # Achilles
    doc.pair(spline(band(THIGH_L, THIGH_R, [(722, 0.01, 0.08), (800, 0.02, 0.1), (900, 0.02, 0.09),
                                            (990, 0.02, 0.09), (1040, 0.04, 0.1)])), 'tendon')  # iliotibial tract
    doc.mid(spline(sym([P(350, 246, True), (347, 256), (347, 300), P(350, 320, True)])), 'tendon')  # nuchal ligament
    regions(doc)
    return doc


# --------------------------------------------------------------------------------------
# marks: (muscle, tp, view, x, y) for the LEFT instance drawn; written mirrored (right)

MARKS = [
    ('upper-trapezius', 'tp1', 'posterior', 284, 283),
    ('upper-trapezius', 'tp2', 'posterior', 252, 291),
    ('splenius-capitis', 'tp1', 'posterior', 314, 228),
    ('infraspinatus', 'tp1', 'posterior', 274, 365),
    ('infraspinatus', 'tp2', 'posterior', 242, 356),
    ('deltoid', 'tp2', 'posterior', 196, 358),
    ('extensor-carpi-radialis-longus', 'tp1', 'posterior', 120, 592),
    ('gluteus-maximus', 'tp1', 'posterior', 318, 670),
    ('gluteus-maximus', 'tp2', 'posterior', 314, 760),
    ('gluteus-maximus', 'tp3', 'posterior', 338, 772),
    ('gluteus-medius', 'tp1', 'posterior', 296, 636),
    ('gluteus-medius', 'tp2', 'posterior', 266, 632),
    ('gluteus-medius', 'tp3', 'posterior', 238, 654),
    ('gastrocnemius', 'tp1', 'posterior', 308, 1085),
    ('gastrocnemius', 'tp2', 'posterior', 265, 1085),
    ('levator-scapulae', 'tp1', 'posterior-deep', 314, 266),
    ('levator-scapulae', 'tp2', 'posterior-deep', 300, 302),
    ('suboccipitals', 'tp1', 'posterior-deep', 332, 222),
    ('supraspinatus', 'tp1', 'posterior-deep', 272, 320),
    ('supraspinatus', 'tp2', 'posterior-deep', 214, 312),
    ('rhomboids', 'tp1', 'posterior-deep', 312, 380),
    ('supinator', 'tp1', 'posterior-deep', 114, 606),
    ('quadratus-lumborum', 'tp1', 'posterior-deep', 288, 540),
    ('quadratus-lumborum', 'tp2', 'posterior-deep', 294, 600),
    ('lumbar-multifidus', 'tp1', 'posterior-deep', 338, 540),
    ('lumbar-multifidus', 'tp2', 'posterior-deep', 335, 622),
    ('gluteus-minimus', 'tp1', 'posterior-deep', 244, 650),
    ('gluteus-minimus', 'tp2', 'posterior-deep', 282, 684),
    ('piriformis', 'tp1', 'posterior-deep', 250, 709),
    ('piriformis', 'tp2', 'posterior-deep', 318, 692),
    ('soleus', 'tp1', 'posterior-deep', 302, 1320),
    ('soleus', 'tp2', 'posterior-deep', 262, 1088),
]

REQUIRED = {
    'posterior': ['upper-trapezius', 'splenius-capitis', 'infraspinatus', 'deltoid',
                  'extensor-carpi-radialis-longus', 'gluteus-maximus', 'gluteus-medius',
                  'gastrocnemius', 'soleus'],
    'posterior-deep': ['levator-scapulae', 'suboccipitals', 'splenius-capitis', 'infraspinatus',
                       'supraspinatus', 'rhomboids', 'supinator', 'quadratus-lumborum',
                       'lumbar-multifidus', 'gluteus-minimus', 'piriformis', 'soleus'],
}


def main():
    docs = {'posterior': superficial(), 'posterior-deep': deep()}
    errors = []
    for view, names in REQUIRED.items():
        for n in names:
            if n not in docs[view].muscles:
                errors.append(f'{view}: required muscle {n} missing')
    lines = []
    for muscle, tp, view, x, y in MARKS:
        x, y = warp_pt(x, y)
        x, y = round(x, 1), y
        poly = docs[view].warped.get(muscle)
        if poly is None:
            errors.append(f'{muscle} {tp}: no path in {view}')
            continue
        if not inside(poly, x, y):
            errors.append(f'{muscle} {tp} ({x},{y}) is OUTSIDE its path in {view}')
            continue
        dist = edge_dist(poly, x, y)
        if dist < MARGIN:
            errors.append(f'{muscle} {tp} ({x},{y}) only {dist:.1f} from the edge in {view}')
        lines.append(f'{muscle}\t{tp}\t{view}\t{fmt(mx(x))}\t{fmt(y)}')
    for view, d in docs.items():
        for name, poly in d.warped.items():
            xs = [p[0] for p in poly]
            ys = [p[1] for p in poly]
            if max(xs) > MID + 0.01:
                errors.append(f'{view}: {name}-left crosses the midline')
    if errors:
        sys.stderr.write('posterior.py: FAILED\n  ' + '\n  '.join(errors) + '\n')
        sys.exit(1)
    for view, d in docs.items():
        with open(os.path.join(OUT_DIR, f'{view}.svg'), 'w') as f:
            f.write(d.render())
    with open(os.path.join(HERE, 'marks-posterior.tsv'), 'w') as f:
        f.write('\n'.join(lines) + '\n')
    print('wrote posterior.svg, posterior-deep.svg, marks-posterior.tsv')


if __name__ == '__main__':
    main()
