# SPDX-License-Identifier: GPL-3.0-or-later
"""The frame of the side view (lateral.py): the head view's coordinates mapped onto
the body, and the palpable landmarks of the skeleton (landmarks.tsv, frame side) that
the side view's bones are drawn from.

The head and neck of the side view are head.py's outlines, scaled to one head and set
on the plumb line (hp, hcmds).  The landmarks of the head (the mastoid, the angle of the
mandible) and the acromion are where those scaled outlines put them: the mastoid is
drawn round its landmark (head_around), and side_landmark_errors() checks that the
scaled jaw and acromion put theirs where the table says, so that the two agree.
"""
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import grid as G  # noqa: E402
from silhouette import Limb  # noqa: E402
import head as HD  # noqa: E402

PLUMB = 230

# ----------------------------------------------------------------------------------------
# the head view's coordinates mapped onto the body: one head (vertex 60 .. menton 527 in
# head.py) becomes 170 units; below the mastoid the neck is shortened a little so that
# the clavicle lands on the front view's (y 290-300).

S = 170 / 467
HEAD_EAR_X = 334
BREAK = 480
NECK_K = (290 - (60 + (BREAK - 60) * S)) / (745 - BREAK)


def hx(x):
    return PLUMB + (x - HEAD_EAR_X) * S


def hy(y):
    if y <= BREAK:
        return 60 + (y - 60) * S
    return 60 + (BREAK - 60) * S + (y - BREAK) * NECK_K


def hp(pts):
    return [(hx(p[0]), hy(p[1])) + tuple(p[2:]) for p in pts]


def hcmds(cmds):
    return [(c[0],) + tuple(hx(a) if i % 2 == 0 else hy(a) for i, a in enumerate(c[1:])) for c in cmds]


# ----------------------------------------------------------------------------------------
# landmarks


def side(name):
    """(x, y) of a landmark of the side view (landmarks.tsv, frame side)."""
    return G.landmark('side', name)


def head_around(name, offsets):
    """Points round a landmark of the head, given in the head view's units: the
    landmark is taken back into head.py's frame, so that hcmds() puts the shape on it."""
    x, y = side(name)
    if y > hy(BREAK):
        raise SystemExit(f'landmarks.tsv: side {name} is below the head; head_around() maps the head only')
    hx0, hy0 = HEAD_EAR_X + (x - PLUMB) / S, 60 + (y - 60) / S
    return [(hx0 + p[0], hy0 + p[1]) + tuple(p[2:]) for p in offsets]


# how near the scaled head view's bones must pass to their side-view landmarks
ON_BONE = 2.0


def side_landmark_errors():
    """The landmarks the scaled head view places rather than the table: the angle of the
    mandible is where head.py's lower and back borders of the jaw meet, the acromion on
    the outline of head.py's acromion."""
    errors = []
    (ax, ay), (bx, by) = HD.MANDIBLE_LOWER[-1], HD.MANDIBLE_BACK[0]
    angle = hp([((ax + bx) / 2, (ay + by) / 2)])[0]
    for name, d in (('mandible-angle', math.dist(angle, side('mandible-angle'))),
                    ('acromion', G.edge_dist(G.flatten(hcmds(G.spline(HD.ACROMION)), 24), side('acromion')))):
        if d > ON_BONE:
            errors.append(f'landmarks.tsv: side {name} is {d:.1f} units from where the head view\'s bone puts it '
                          f'(at most {ON_BONE:g})')
    return errors


def sweep_belly(d, m, k=2):
    """The belly of a muscle of muscles.tsv, swept along its line with its width profile
    (m.outline()), and k fibres each side of the centre line; its tendon is drawn where the
    view's layers want it (m.tendon_outline())."""
    d.add('muscle', m.outline(), m.id)
    lines = [m.line]
    for j in range(1, k + 1):
        ring = G.ribbon(m.line, [m.fibre * 0.55 * j / k] * len(m.line))
        lines += [ring[:len(m.line)], list(reversed(ring[len(m.line):]))]
    d.fibres(m.id, lines, inset=1.4)


# ----------------------------------------------------------------------------------------
# limbs as stations (y, back x, front x); Limb.P(y, v) is the point at fraction v across


def limb(rows):
    return Limb([(y, (b + f) / 2, (f - b) / 2, (f - b) / 2) for y, b, f in rows])


def on_bones(bones):
    """A limb placed on its skeleton: for each bone, given as the two landmarks at its ends
    (landmarks.tsv, frame side), stations (t, back, front): the station lies at fraction t
    of the way from the first landmark to the second, its skin `back` units behind the
    line joining them and `front` units in front of it.  Move a landmark and the skin
    over the bone follows."""
    rows = []
    for a, b, stations in bones:
        (xa, ya), (xb, yb) = side(a), side(b)
        for t, back, front in stations:
            x, y = xa + t * (xb - xa), ya + t * (yb - ya)
            rows.append((y, x - back, x + front))
    return limb(rows)


def vf(*pairs):
    """v as a function of y, linear between (y, v) pairs: the shared border of two
    neighbouring limb muscles, so that they tile the limb without gaps."""
    def f(y):
        if y <= pairs[0][0]:
            return pairs[0][1]
        for (y0, v0), (y1, v1) in zip(pairs, pairs[1:]):
            if y <= y1:
                return v0 + (v1 - v0) * (y - y0) / (y1 - y0)
        return pairs[-1][1]
    return f


def strip(d, pid, lb, ys, back, front, k=3, top=(), bottom=(), cls='muscle'):
    """A limb muscle between two shared borders (functions of y), from ys[0] to ys[-1]."""
    rows = [(y, back(y), front(y)) for y in ys]
    d.limb_muscle(pid, lb, rows, k=k, top=top, bottom=bottom, cls=cls)
