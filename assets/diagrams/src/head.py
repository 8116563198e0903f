#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Head and neck diagrams (right lateral view) for the Trigger Point Atlas.

Run from the repository root:  python3 assets/diagrams/src/head.py
Writes assets/diagrams/head.svg, assets/diagrams/head-deep.svg and
assets/diagrams/src/marks-head.tsv.

A right lateral view: the face points to the image's right, Frankfort plane horizontal
(orbitale and porion both at y=315).  Only the body's RIGHT side is seen, so every
sided shape is emitted once, as `ID-right`; nothing is mirrored.  Outlines are
Catmull-Rom splines through points read off a lateral atlas plate (grid.spline), so
only absolute M, L, C, Z commands appear.

Skeleton first: the skull's palpable landmarks (mastoid, condyle, coronoid, angle of the
mandible, zygomatic arch, orbit rim, temporal line, inion, nuchal lines, atlas and axis,
hyoid, sternum, clavicle...) are the frame `head` of landmarks.tsv.  The bones, the
muscles' attachments and their trigger-point marks are given as offsets from them
(at(), mark()), so that moving a landmark there moves what hangs on it; the checks then
say whether a mark has left its muscle or been covered.  The digastric and zygomaticus
major are rows of muscles.tsv (frame head); the masseter's two layers are drawn by jaw.py.

Proportions (canvas 700 x 900, one head = vertex 60 to menton 527, about 20 units/cm):
vertex 60, hairline 150, brow 262, eye and nasion 292, Frankfort plane 315 (orbitale,
porion, top of the zygomatic arch), nose base 392, mouth 427, menton 527; ear 254-388;
cervical bodies C1 410 ... C7 655 at x 350-335; jugular notch 745; clavicle 745-782,
acromion 770.  Head length glabella (537) to opisthocranion (147).
"""
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import grid as G  # noqa: E402
import face  # noqa: E402
import jaw  # noqa: E402
import suboccipital  # noqa: E402
from grid import path_d, spline, flatten, inside, edge_dist, along  # noqa: E402
from grid import multi, band, ellipse, line, polyline  # noqa: E402
from grid import mark_errors, exit_on_errors, write_marks  # noqa: E402
import neck_front as NF  # noqa: E402

OUT_DIR = G.out_dir()
MUSCLES = G.muscles('head')     # the muscles defined as data (muscles.tsv)
W, HT = 700, 900

# ----------------------------------------------------------------------------------------
# small geometry helpers (grid.py has the general ones)


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def at(name, offsets):
    """Points given relative to a landmark of the head views (landmarks.tsv, frame head):
    what hangs on a bone moves with it."""
    return G.around('head', name, offsets)


# ----------------------------------------------------------------------------------------
# the document


class Doc:
    """A one-sided diagram: every id ends in -right. The close-ups and the side view
    subclass it."""
    FIBRE_SPACING = 2.5       # sample spacing along a candidate fibre line
    FIBRE_INSET = 1.8         # how far inside the outline a fibre must stay

    def __init__(self, view, title):
        self.view = view
        self.title = title
        self.items = []
        self.shapes = {}          # muscle id -> path commands (for marks and fibres)
        self.order = []           # every filled shape in drawing order: (id or None, cmds)
        self.regions = {}

    def add(self, cls, cmds, pid=None, extra=''):
        a = f' id="{pid}-right"' if pid else ''
        c = f' class="{cls}"' if cls else ''
        e = f' {extra}' if extra else ''
        self.items.append(f'<path{a}{c}{e} d="{path_d(cmds)}"/>')
        if pid:
            if pid in self.shapes:
                raise SystemExit(f'duplicate id {pid} in {self.view}')
            self.shapes[pid] = cmds
        if cls in ('muscle', 'muscle deep', 'bone', 'tendon', 'skin'):
            self.order.append((pid, cmds))

    def comment(self, text):
        self.items.append(f'<!-- {text} -->')

    def region(self, rid, cmds, sided=True):
        key = f'region-{rid}-right' if sided else f'region-{rid}'
        self.regions[key] = cmds

    def fibres(self, pid, lines, inset=None, rings=None):
        """Clip each candidate line to the inside of muscle pid (or of the given
        rings, for context muscles without an id) and draw the longest run that stays
        `inset` from the outline."""
        inset = self.FIBRE_INSET if inset is None else inset
        rings = rings or flatten(self.shapes[pid])
        for ln in lines:
            best = G.longest_run(G.densify(ln, spacing=self.FIBRE_SPACING),
                                 lambda p: inside(rings, p) and edge_dist(rings, p) >= inset)
            if len(best) >= 4:
                self.add('fibre', polyline(G.every(best, 2)))

    def fan(self, pid, a_pts, b_pts, n, bend=0.0, t0=0.0, t1=1.0):
        """n fibres from origin line a_pts to insertion line b_pts, spread evenly over
        both; bend > 0 bows them to the left of the a->b direction."""
        self.fibres(pid, G.fan_lines(a_pts, b_pts, n, bend, t0, t1))

    def render(self, comments, width, height, css=G.CSS, extra=()):
        """The SVG file: a comment per line of @comments, the picture, anything in
        @extra (captions), then the hidden regions group."""
        out = ['<?xml version="1.0" encoding="UTF-8"?>'] + [f'<!-- {c} -->' for c in comments]
        out.append(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
                   f'viewBox="0 0 {width} {height}">')
        out.append(f'<style>{css}</style>')
        out.append(G.SHADE_DEFS)
        out += self.items
        out += list(extra)
        out.append('<g id="regions" display="none">')
        out += [f'<path id="{k}" d="{path_d(v)}"/>' for k, v in self.regions.items()]
        out.append('</g>')
        out.append('</svg>')
        return '\n'.join(out) + '\n'

    def mark_problems(self, view, m, tp, x, y, width, height):
        """What is wrong with a mark here: no such muscle, off the canvas, outside or too
        near its muscle's edge, or under anything drawn after the muscle (a muscle, bone,
        tendon or skin shape would hide the X and take its click)."""
        if m not in self.shapes:
            return [f'{view}: mark {m} {tp}: no shape']
        errors = []
        if not (0 <= x <= width and 0 <= y <= height):
            errors.append(f'{view}: mark {m} {tp} outside the view')
        errors.extend(mark_errors(view, m, tp, x, y, self.shapes[m]))
        idx = [i for i, (pid, _) in enumerate(self.order) if pid == m][0]
        for pid, cmds in self.order[idx + 1:]:
            if inside(flatten(cmds), (x, y)):
                errors.append(f'{view}: mark {m} {tp} ({x:g},{y:g}) is covered by '
                              f'{pid or "a bone/tendon/context shape"}')
                break
        return errors

    def svg(self):
        return self.render([
            f'Trigger Point Atlas: {self.title}. Generated by assets/diagrams/src/head.py; do not edit by hand.',
            'Right lateral view, face to the image right, Frankfort plane horizontal (y=315). '
            'Vertex 60, brow 262, eye 292, nose base 392, mouth 427, menton 527, C7 655, '
            'jugular notch 745, acromion 770. Only the right side is drawn: every id ends in -right '
            'or is a midline region.'], W, HT)


# ----------------------------------------------------------------------------------------
# outline of the person (shared by both views)

SKIN_FRONT = [
    (330, 58), (395, 62), (452, 80), (494, 112), (520, 155), (532, 205), (537, 248), (536, 268),
    (528, 292, 'c'),                                          # nasion
    (536, 315), (550, 340), (565, 362), (575, 375), (572, 386), (560, 390), (545, 393, 'c'),  # nose
    (548, 406), (553, 419), (545, 427, 'c'),                  # upper lip, stomion
    (550, 439), (546, 452), (531, 467, 'c'),                  # lower lip, labiomental fold
    (535, 484), (536, 501), (528, 517), (512, 527),           # chin, menton
    (487, 540), (464, 553), (448, 566, 'c'),                  # submental line, cervicomental angle
    (452, 588), (459, 609), (455, 634), (456, 680), (462, 720), (472, 746, 'c'),  # throat, jugular notch
    (487, 790), (500, 850), (506, 910, 'c'),
]
SKIN_BACK = [
    (135, 910, 'c'), (140, 850), (155, 782), (174, 718), (192, 668), (201, 625), (206, 562), (204, 497),
    (196, 437), (184, 394), (170, 360), (157, 322), (148, 272), (147, 222), (157, 172), (184, 124),
    (227, 86), (278, 65),
]
SKIN = SKIN_FRONT + SKIN_BACK


def skin_inset(pts, d):
    """Points of the skin outline moved d units inwards (for shapes lying on it)."""
    rings = flatten(spline(SKIN), 20)
    ring = rings[0]
    out = []
    for p in pts:
        # nearest outline point and the inward normal there
        best, bi = 1e9, 0
        for i, q in enumerate(ring):
            dd = math.dist(p[:2], q)
            if dd < best:
                best, bi = dd, i
        a, b = ring[bi - 1], ring[(bi + 1) % len(ring)]
        tx, ty = b[0] - a[0], b[1] - a[1]
        L = math.hypot(tx, ty) or 1
        nx, ny = -ty / L, tx / L
        q = ring[bi]
        cand = (q[0] + nx * d, q[1] + ny * d)
        if not inside(rings, cand):
            cand = (q[0] - nx * d, q[1] - ny * d)
        out.append(cand + tuple(p[2:]))
    return out


# the ear hangs on the external acoustic meatus
EAR = at('external-acoustic-meatus', [(8, -47), (-4, -60), (-21, -64), (-38, -59), (-50, -45), (-56, -25), (-56, -2),
                                      (-52, 20), (-44, 39), (-35, 56), (-25, 68), (-13, 72), (-3, 65), (2, 50),
                                      (7, 35), (10, 19), (14, 5, 'c'), (10, -11), (7, -27)])


def draw_skin(d):
    d.comment('skin outline')
    d.add('skin', spline(SKIN))


EYEBROW = at('orbit-rim', [(-32, 11), (-20, 3), (-3, -1), (15, 1), (29, 8)])


def draw_face(d):
    d.comment('face profile (feature lines)')
    f = 'feature'
    d.add(f, line(EYEBROW))
    d.add(f, line([(483, 294), (491, 288.5), (500, 287.5), (508.5, 292.5)]))                         # upper lid
    d.add(f, line([(484, 296), (493, 301.5), (502, 301.5), (508.5, 297)]), extra='stroke-opacity="0.6"')
    d.add(f, line([(487, 284), (498, 280), (510, 284)]), extra='stroke-opacity="0.35"')              # lid crease
    d.add('', ellipse(505.2, 295, 2.2, 4.4, 8), extra='fill="#8a6f60" stroke="none"')                # iris
    d.add(f, line([(547, 366), (541, 374), (542, 384), (550, 389.5), (560, 389)]))                   # ala
    d.add(f, line([(556, 388), (563, 386.5)]), extra='stroke-opacity="0.6"')                         # nostril
    d.add(f, line([(538, 384), (532, 398), (528, 414), (527, 424)]), extra='stroke-opacity="0.35"')  # nasolabial fold
    d.add(f, line([(545, 427), (533, 428.6), (521, 427)]))                                           # mouth
    d.add(f, line([(531, 467), (524, 469)]), extra='stroke-opacity="0.4"')


def draw_ear(d):
    d.comment('ear')
    d.add('skin', spline(EAR))
    f = 'feature'
    d.add(f, line(at('external-acoustic-meatus', [(-1, -51), (-18, -55), (-36, -49), (-45, -33), (-47, -12), (-43, 13),
                                                  (-35, 35), (-26, 51)])),
          extra='stroke-opacity="0.7"')                                                          # helix rim
    d.add(f, line(at('external-acoustic-meatus', [(-12, -45), (-27, -38), (-34, -21), (-33, 1), (-27, 21), (-20, 33)])),
          extra='stroke-opacity="0.55"')                                                         # antihelix
    # concha
    d.add(f, line(at('external-acoustic-meatus', [(-5, -17), (-15, -11), (-16, 5), (-9, 17),
                                                  (2, 19)])), extra='stroke-opacity="0.55"')
    # antitragus
    d.add(f, line(at('external-acoustic-meatus', [(-18, 35), (-9, 41), (-1, 39)])), extra='stroke-opacity="0.5"')
    mx, my = G.landmark('head', 'external-acoustic-meatus')
    d.add('', ellipse(mx, my, 4, 5.5, 8), extra='fill="#8a6f60" fill-opacity="0.5" stroke="none"')  # meatus


SHOULDER_LINE = [(236, 910), (236, 858), (246, 818), (265, 792), (292, 782)]
SHOULDER_FRONT = [(338, 784), (372, 796), (398, 820), (414, 858), (420, 910)]

CLAVICLE = at('clavicle', [(46, -22, 'c'), (24, -14), (-6, -7), (-37, -2), (-68, 1), (-94, 2, 'c'), (-96, 16, 'c'),
                           (-68, 17), (-36, 14), (-4, 9), (28, 1), (50, -8)])
CLAV_TOP = at('clavicle', [(46, -22), (24, -14), (-6, -7), (-37, -2), (-68, 1), (-94, 2)])
ACROMION = [(330, 764), (306, 762), (284, 766), (276, 774), (286, 782), (310, 784), (330, 781)]

# The mandible hangs on its landmarks (landmarks.tsv, frame head): the body and chin on the
# menton, the lower and back borders on the angle, the head on the condyle, the notch and
# the coronoid process on theirs.
MANDIBLE_BODY_FRONT = at('menton', [(-62, -92), (-40, -91), (-12, -86), (9, -83, 'c'), (13, -70), (12, -54),
                                    (17, -38), (16, -22), (10, -8), (0, 0)])
MANDIBLE_LOWER = (at('menton', [(-20, -6), (-47, -18)])
                  + at('mandible-angle', [(55, 41), (28, 28), (11, 19), (2, 8)]))
MANDIBLE_BACK = (at('mandible-angle', [(-2, -8), (-5, -38), (-8, -70)])
                 + at('mandibular-condyle', [(-6, 32), (-6, 18)]))
CONDYLE = at('mandibular-condyle', [(-11, 6), (-6, -3), (5, -4), (11, 4, 'c')])


def mandible_full():
    return spline(at('mandibular-notch', [(-18, -15), (-11, -3), (0, 0), (10, -10)])
                  + at('coronoid', [(0, 0, 'c'), (5, 14), (4, 40), (8, 70), (18, 96)])
                  + MANDIBLE_BODY_FRONT + MANDIBLE_LOWER + MANDIBLE_BACK + CONDYLE)


MASTOID = at('mastoid', [(-20, -60), (-3, -54), (11, -38), (10, -18), (0, 0, 'c'), (-12, -8), (-20, -30)])
HYOID = at('hyoid', [(-28, -10), (-6, -4), (12, -2), (21, 2), (18, 9), (0, 6), (-24, -2)])

# the zygomatic arch, and the zygomatic bone in front of it on the orbit rim
ZYGOMA = (at('zygomatic-arch', [(-63, -7, 'c'), (-35, -10), (0, -11), (29, -14)])
          + at('orbit-rim', [(-40, 43), (-32, 21), (-25, 2, 'c'), (-13, 3), (-14, 31), (-15, 57), (-12, 77), (-20, 93),
                             (-36, 97)])
          + at('zygomatic-arch', [(31, 20), (0, 11), (-33, 10), (-60, 10, 'c')]))


def draw_neck_bones(d):
    d.add('bone', spline(CLAVICLE))
    d.add('bone', spline(ACROMION))


def draw_shoulder_lines(d):
    d.add('feature', line(SHOULDER_LINE), extra='stroke-opacity="0.55"')
    d.add('feature', line(SHOULDER_FRONT), extra='stroke-opacity="0.55"')


# ----------------------------------------------------------------------------------------
# muscle outlines shared by the views

SCALENES = ([(331, 487), (341, 478, 'c'), (352, 498), (362, 540), (376, 592), (393, 652), (410, 708)]
            + [(424, 754, 'c'), (412, 757.5), (381, 762.5), (350, 765.5), (292, 767, 'c')]
            + [(285, 724), (286, 664), (295, 610), (306, 560), (318, 514)])

# levator scapulae: from the transverse processes of C1-C4 (the atlas's the highest)
LEVATOR = (at('atlas-transverse-process', [(-15, -7), (-6, -10), (3, 1)])
           + [(331, 452), (331, 490), (327, 530, 'c'), (309, 574), (291, 620), (274, 668), (262, 708), (252, 718, 'c'),
              (236, 716), (229, 706, 'c'), (238, 658), (252, 604), (270, 540), (286, 486), (298, 440)])

# Temporalis fills the temporal fossa: its upper border is the superior temporal line,
# an arc from the zygomatic process of the frontal bone behind the orbit, peaking about
# two thirds of the way from the zygomatic arch to the vertex and coming down behind to
# the supramastoid crest above the ear; the fibres converge, the front ones nearly
# vertical and the back ones nearly horizontal, on a tendon that passes under the arch to
# the coronoid process.
TEMPORALIS_TOP = at('temporal-line', [(132, 123), (136, 93), (128, 61), (110, 33), (80, 12), (42, 1), (0, 0), (-39, 9),
                                      (-70, 28), (-88, 56), (-94, 89), (-88, 121)])
TEMPORALIS_ORIGIN = at('temporal-line', [(130, 113), (131, 86), (121, 59), (104, 37), (77, 18), (42, 7), (0, 6),
                                         (-36, 14), (-64, 32), (-81, 59), (-87, 89), (-82, 117)])
TEMPORALIS_INSERTION = at('coronoid', [(15, 12), (11, 12), (6, 14), (2, 15), (-3, 17), (-8, 19)])


def temporalis_full():
    return spline(TEMPORALIS_TOP + at('external-acoustic-meatus', [(-58, -31), (-29, -15)])
                  + at('zygomatic-arch', [(-75, -11), (-45, -1)])
                  + at('coronoid', [(-18, 11), (-5, 24, 'c'), (8, 18)])
                  + at('zygomatic-arch', [(19, 0), (41, -16), (57, -32)]))


def temporalis_cut():
    """Temporalis with its lower part (under the removed zygomatic arch) cut away."""
    return spline(TEMPORALIS_TOP + at('external-acoustic-meatus', [(-58, -31), (-29, -16)])
                  + at('zygomatic-arch', [(-79, -13.5, 'c'), (-35, -16), (15, -18), (51, -22, 'c'), (59, -35)]))


def temporalis_fibres(d, cut=False):
    d.fan('temporalis', TEMPORALIS_ORIGIN, TEMPORALIS_INSERTION, 15, bend=0.0)


# masseter: from the lower border of the zygomatic arch to the angle and the lateral ramus
MASSETER = (at('zygomatic-arch', [(-54, 9, 'c'), (-15, 11), (17, 14), (41, 21), (56, 30, 'c')])
            + at('mandible-angle', [(92, -68), (82, -33), (73, 4), (66, 44, 'c'), (44, 37), (26, 30), (10, 21),
                                    (0, 10), (-4, -10), (-8, -38)])
            + at('mandibular-condyle', [(-6, 60), (-7, 30)]))


def scalene_fibres(d):
    for c, _ in SCALENE_BELLIES:
        d.fibres('scalenes', [c] + [[(p[0] + o, p[1]) for p in c] for o in (-5, 5)], inset=1.5)


# The three scalenes apart (the side view's small copy keeps the one outline above:
# at its scale the bellies would be too narrow to aim at).  Each is a centre line with
# half-widths hung on the transverse processes of C3-C7 and on the first and second ribs
# (landmarks.tsv, frame head), so that moving a vertebra or a rib moves the belly: the
# anterior from the anterior tubercles of C3-C6 down and forward to the scalene tubercle
# of the first rib (its lower end showing behind the SCM's clavicular head), the middle,
# the largest, from the posterior tubercles of C2-C7 to the first rib behind the
# subclavian groove, the posterior, the smallest, coming out from behind the middle one
# at C4-C6 to the outer surface of the second rib.  The interscalene gap, where the
# brachial plexus and the subclavian artery come out, stays open between the first two.
SCALENE_BELLIES = [
    (at('c3-transverse-process', [(14, 2)]) + at('c4-transverse-process', [(19, 21)])
     + at('c6-transverse-process', [(29, 0)])
     + at('first-rib-scalene-tubercle', [(-16, -82), (-6, -34), (0, -2)]), [5, 9, 11, 12, 12, 12]),
    (at('c3-transverse-process', [(0, -28)]) + at('c4-transverse-process', [(-4, -9)])
     + at('c5-transverse-process', [(-4, 10)]) + at('c7-transverse-process', [(8, -10)])
     + at('first-rib', [(-6, -54), (0, -2)]), [5, 10, 13, 14, 14, 13]),
    (at('c4-transverse-process', [(-26, 22)]) + at('c5-transverse-process', [(-26, 20)])
     + at('c6-transverse-process', [(-29, 20)]) + at('c7-transverse-process', [(-28, 30)])
     + at('second-rib', [(1, -45), (0, -2)]), [3.5, 6, 8, 8.5, 9, 9]),
]


def scalenes_shape():
    """The bellies rounded at the vertebrae and cut square where they meet the rib."""
    out = []
    for c, hw in SCALENE_BELLIES:
        pts = G.ribbon(c, hw)
        n = len(c)
        pts[n - 1] += ('c',)
        pts[n] += ('c',)
        out.append(spline(pts))
    return multi(*out)


def levator_fibres(d):
    d.fan('levator-scapulae', [(314, 412), (329, 440), (330, 480), (327, 524)],
          [(234, 712), (240, 714), (247, 716), (253, 715)], 6)


# SCM: from the mastoid and the lateral superior nuchal line, its front border coming
# out just behind the angle of the jaw; the sternal head a round tendon onto the front of
# the manubrium below the jugular notch, the clavicular head flat on the medial third of
# the clavicle, the lesser supraclavicular fossa between them.
SCM = (at('superior-nuchal-line', [(0, 0), (26, 2), (54, 7)])
       + at('mastoid', [(3, -32), (13, -16), (14, -2), (29, 28), (49, 72), (73, 128)])
       # the front border down to the sternal tendon, the lesser supraclavicular fossa
       + at('sternum', [(-61, -173), (-36, -109), (-17, -59), (-5, -33), (1, -15), (6, -1, 'c'), (-6, 1, 'c'),
                        (-14, -22), (-23, -39), (-31, -59, 'c')])
       # the clavicular head and the back border
       + at('clavicle', [(16, -32), (21, -4, 'c'), (0, 1), (-18, 2, 'c'), (-28, -40), (-48, -96), (-72, -156)])
       + at('mastoid', [(15, 141), (-9, 79)])
       + at('superior-nuchal-line', [(36, 73), (16, 32)]))
SCM_TENDON = at('sternum', [(-17, -51), (-7, -33), (-1, -15), (6, -1, 'c'), (-6, 1, 'c'), (-14, -22), (-23, -39)])
SCM_INSERTION = at('clavicle', [(-14, 1), (6, -1)]) + at('sternum', [(-24, -29), (-2, -17)])


TRAP_FRONT = at('superior-nuchal-line', [(-21, -2)]) + [(224, 398), (236, 456), (251, 524), (269, 592), (291, 656),
                                         (316, 716), (341, 764, 'c')]


def trapezius():
    back = [(p[0] + 2.5, p[1])
            for p in [(199, 668), (204, 625), (208, 562), (206, 497), (198, 437), (186, 394), (172, 360)]]
    return spline(at('external-occipital-protuberance', [(0, -2, 'c'), (24, 1)]) + TRAP_FRONT
                  + [(350, 767.5), (330, 767), (305, 764), (287, 770, 'c'), (262, 756), (234, 735), (208, 708),
                     (194, 690, 'c')] + back)


# splenius capitis: from the lateral superior nuchal line and the mastoid, under the SCM
SPLENIUS_CAP = (at('superior-nuchal-line', [(2, 2), (32, 6), (60, 13)]) + at('mastoid', [(5, -22), (9, -6, 'c'),
                                            (1, 14)])
                + [(298, 446), (286, 490),
                (268, 548), (250, 604), (230, 656, 'c'), (205, 646), (206, 580), (204, 510), (198, 450), (196, 400),
                (212, 368)])


# ----------------------------------------------------------------------------------------
# superficial view


def superficial():
    d = Doc('head', 'head and neck, right lateral view, superficial muscles')
    draw_skin(d)
    draw_face(d)
    draw_shoulder_lines(d)

    d.comment('bones and landmarks')
    d.add('bone', mandible_full())
    d.add('bone', spline(MASTOID))
    # EOP
    d.add('landmark', line(at('external-occipital-protuberance', [(-8, -11), (0, 0),
                                                                  (8, -7)])), extra='stroke-opacity="0.6"')
    d.add('bone', spline(at('hyoid', [(-28, -9), (-6, -4), (12, -2), (21, 2), (18, 9), (0, 6), (-24, -2)])))  # hyoid
    # thyroid cartilage
    d.add('landmark', line([(420, 572), (448, 584), (451, 606), (440, 628), (420, 626)]), extra='stroke-opacity="0.45"')
    draw_neck_bones(d)

    d.comment('galea aponeurotica (context)')
    galea = skin_inset([(510, 136), (494, 112), (452, 80), (395, 62), (330, 58), (278, 65), (227, 86), (184, 124),
                        (160, 170), (150, 222), (151, 255)], 3)
    # its lower border runs just under the borders of the muscles it joins: occipitalis
    # behind, temporalis (the superior temporal line, where the galea gives way to the
    # temporal fascia) and frontalis in front, so no band of bare scalp shows between them
    d.add('tendon', spline(galea + [(168, 262), (204, 258), (236, 252), (256, 240), (259, 200), (277, 170),
                                    (309, 151), (350, 143), (392, 144), (430, 155), (458, 175), (474, 200),
                                    (480, 230), (484, 256), (494, 248), (496, 200), (495, 160)]))

    d.comment('muscles, deep to superficial, each followed by its fibre directions')
    d.add('muscle', temporalis_full(), 'temporalis')
    temporalis_fibres(d)
    d.add('bone', spline(ZYGOMA))
    d.add('muscle', spline(SPLENIUS_CAP), 'splenius-capitis')
    d.fan('splenius-capitis', [(204, 640), (205, 560), (200, 470), (196, 410)],
          at('mastoid', [(3, -12)]) + at('superior-nuchal-line', [(60, 14), (36, 6), (12, 3)]), 7)
    d.add('muscle', scalenes_shape(), 'scalenes')
    scalene_fibres(d)
    d.add('muscle', spline(LEVATOR), 'levator-scapulae')
    levator_fibres(d)
    # the mylohyoid and the infrahyoid straps (neck_front.py), under the omohyoid;
    # depressor anguli oris is context (no id)
    NF.mylohyoid(d)
    NF.infrahyoid_straps(d)
    omohyoid(d)
    d.add('bone', spline(HYOID))
    # buccinator: seen between the masseter and the mouth; its hind part runs on under
    # the masseter to the pterygomandibular raphe
    d.add('muscle deep', spline([(424, 388), (455, 390), (485, 398), (508, 412), (521, 428, 'c'), (507, 443),
                                 (478, 449), (450, 450), (424, 448)]), 'buccinator')
    d.fibres('buccinator', [[(430, 398 + k * 11), (480, 404 + k * 8), (518, 428)] for k in range(5)])
    d.add('muscle', spline([(474, 508), (496, 517), (505, 500), (514, 470), (519, 440, 'c'), (506, 452), (488, 480)]))
    d.fibres(None, [[(480 + k * 6, 510 + k * 2), (518, 440)] for k in range(4)], rings=flatten(d.order[-1][1]))
    lips = skin_inset([(544, 394), (548, 406), (552, 418), (546, 426), (549, 439), (546, 451), (533, 465)], 2.5)
    d.add('muscle', spline([p + ('c',) if i in (0, 6) else p for i, p in enumerate(lips)]
                           + [(526, 460), (521, 447), (519, 428), (521, 410), (530, 398)]), 'orbicularis-oris')
    d.fibres('orbicularis-oris', [[(524, 402), (536, 400), (546, 416)], [(522, 455), (536, 456), (545, 440)],
                                  [(521, 428), (540, 420), (548, 420)], [(521, 429), (538, 436), (546, 438)]],
             inset=1.2)
    NF.stylohyoid(d)
    # digastric (muscles.tsv): the posterior belly from the mastoid notch down and forward,
    # the intermediate tendon held to the hyoid by its sling, the anterior belly to the
    # digastric fossa beside the chin
    digastric(d)
    jaw.masseter(d, MASSETER)      # superficial and deep parts
    # zygomaticus major (muscles.tsv): from the zygomatic bone to the modiolus
    zm = MUSCLES['zygomaticus-major']
    zyg = zm.line
    d.add('muscle', band(zyg, zm.widths), 'zygomaticus-major')
    d.fibres('zygomaticus-major', [zyg, [(p[0] - 4, p[1] + 2.5) for p in zyg], [(p[0] + 4, p[1] - 2.5) for p in zyg]],
             inset=1.2)
    d.add('muscle', multi(spline([(458, 272), (476, 255), (505, 249), (529, 257), (528, 276), (524, 293), (524, 312),
                                  (519, 328), (505, 338), (480, 334), (462, 320), (454, 298)]),
                          spline([(477, 295), (489, 285.5), (501, 284.5), (511, 292), (503, 304), (490, 303.5)])),
          'orbicularis-oculi', extra='fill-rule="evenodd" opacity="0.45"')
    # frontalis down into the skin of the brow: its lower border is the eyebrow, whose
    # line is drawn again over it
    d.add('muscle', spline([(472, 146), (494, 133), (512, 142), (524, 168), (530, 205), (533, 240), (533, 264, 'c')]
                           + at('orbit-rim', [(15, 3), (-3, 1), (-20, 5)])
                           + [(466, 268, 'c'), (471, 228), (470, 192), (467, 165)]),
          'frontalis')
    d.fan('frontalis', [(470, 160), (490, 138), (512, 146), (524, 170), (528, 205)],
          at('orbit-rim', [(-30, 10), (-12, 3), (5, 1), (20, 3), (31, 7)]), 8)
    d.add('feature', line(EYEBROW))
    d.add('muscle', spline([(158, 262), (172, 246), (198, 238), (226, 244), (240, 262), (242, 290), (234, 317),
                            (216, 332)]
                           + at('external-occipital-protuberance', [(22, -10), (0, -7, 'c')])
                           + [(160, 320), (155, 292)]), 'occipitalis')
    d.fan('occipitalis', [(162, 262), (180, 246), (205, 240), (232, 250)],
          [(165, 338), (185, 338), (210, 333), (235, 315)], 6)
    d.add('muscle', spline(SCM), 'sternocleidomastoid')
    d.fan('sternocleidomastoid', at('mastoid', [(-65, -48), (-35, -46), (-5, -36), (13, -9)]),
          SCM_INSERTION, 9)
    # between the heads
    d.add('landmark', line(at('sternum', [(-31, -59), (-46, -107), (-64, -152)])), extra='stroke-opacity="0.35"')
    d.add('tendon', spline(SCM_TENDON))
    d.add('muscle', trapezius(), 'upper-trapezius')
    d.fan('upper-trapezius', at('external-occipital-protuberance', [(12, 4)]) + [(196, 400), (204, 460), (206, 530),
                                                                    (204, 600), (198, 665)],
          [(337, 760), (330, 767), (314, 766), (298, 766), (282, 764), (255, 750)], 9, bend=0.06)
    platysma(d)
    face.brow_and_chin(d, skin_inset)
    draw_ear(d)
    return d


def digastric(d):
    """The digastric (muscles.tsv) and the fibrous sling that holds its intermediate
    tendon to the hyoid; the same in both views."""
    dg = MUSCLES['digastric']
    c = dg.line
    d.add('muscle', band(c, dg.widths), 'digastric')
    d.fibres('digastric', [c[:6], c[8:], [(p[0] - 3, p[1] + 2.5) for p in c[:6]],
                           [(p[0] + 3, p[1] - 2.5) for p in c[:6]]], inset=1.2)
    d.add('tendon', band(at('hyoid', [(-14, -22), (5, -8), (22, -7), (32, -9)]), [3.6, 3.4, 3.4, 3.6]))


# omohyoid: the inferior belly leaves the scapula under the trapezius, crosses the lower
# posterior triangle on the scalenes two finger-widths above the clavicle (high enough to
# leave the scalenes' own trigger point below it in the omoclavicular triangle), turns at
# its intermediate tendon under the SCM and climbs as the superior belly beside the
# sternohyoid to the hyoid; the bend and the tendon stay hidden under the SCM
OMOHYOID = [(290, 744), (318, 729), (345, 714), (372, 700), (398, 688), (414, 674), (423, 648), (422, 618),
            (415, 586), (405, 556)]


def omohyoid(d):
    d.add('muscle', band(OMOHYOID, [6, 7.5, 8, 7.5, 4, 4, 6.5, 7, 7, 5.5]), 'omohyoid')
    d.fibres('omohyoid', [OMOHYOID[:4], OMOHYOID[6:]]
             + [[(p[0] + o * 0.45, p[1] + o) for p in OMOHYOID[:4]] for o in (-4.5, 4.5)]
             + [[(p[0] + o, p[1]) for p in OMOHYOID[6:]] for o in (-3, 3)], inset=1.2)


PLATYSMA_TOP = [(398, 470, 'c'), (430, 476), (466, 478), (500, 464), (516, 448, 'c'), (518, 470), (519, 490),
                (512, 508, 'c')]
PLATYSMA_FRONT = skin_inset([(512, 527), (487, 540), (464, 553), (448, 566), (452, 588), (459, 609), (455, 634),
                             (456, 680), (462, 720), (472, 746), (487, 790), (497, 836)], 2.5)
# its back border runs from behind the angle of the jaw obliquely down and back across the
# SCM and the supraclavicular fossa to cross the clavicle near its lateral third
PLATYSMA_BOTTOM = [(495, 852, 'c'), (462, 864), (420, 862), (380, 852), (345, 834), (326, 812, 'c'), (332, 782),
                   (342, 756)]
PLATYSMA_BACK = [(356, 700), (370, 630), (380, 560), (388, 505)]


def platysma(d):
    """The platysma is one sheet a millimetre or two thick, from the lower border of the
    mandible down over the front of the neck and the clavicle to the skin over the
    second rib, lying on the SCM, the digastric, the scalenes and the hyoid muscles,
    whose trigger points are marked under it.  It is drawn whole, veiled so that they show through, with its
    fibres running the length of it; but it must not take the clicks on the neck, so
    its clickable outline (transparent, the same tint and outline in every theme) is
    the part of the sheet clear of those points: along the jaw, down a narrow strip at
    the front of the neck (clear of the sternohyoid) and over the clavicle and the chest, in one piece with the
    sheet's own point."""
    d.comment('platysma: the whole sheet (takes no clicks), then its clickable part')
    sheet = spline(PLATYSMA_TOP + PLATYSMA_FRONT + PLATYSMA_BOTTOM + PLATYSMA_BACK)
    d.items.append(f'<path class="muscle" fill-opacity="0.4" stroke-opacity="0.7" d="{path_d(sheet)}"/>')
    # fibres rise from the chest forward and up to the jaw and the corner of the mouth
    d.fibres(None, [[(350 + k * 17, 880), (378 + k * 15, 760), (392 + k * 14, 640), (402 + k * 13, 520),
                     (410 + k * 12, 440)] for k in range(10)], rings=flatten(sheet), inset=1.5)
    clickable = spline(PLATYSMA_TOP + PLATYSMA_FRONT + PLATYSMA_BOTTOM[:4] + [(370, 838), (382, 800), (390, 764)]
                       + [(390, 722), (418, 716), (440, 700), (451, 680), (452, 645), (454, 615), (449, 590),
                          (442, 572), (466, 552), (486, 536), (490, 518), (462, 510), (432, 498), (408, 488)])
    d.add('muscle', clickable, 'platysma', extra='fill-opacity="0" stroke-opacity="0"')


# ----------------------------------------------------------------------------------------
# deep view

SKULL_DEEP = ([(500, 126), (470, 97), (430, 78), (385, 68), (330, 66), (277, 71), (233, 89), (196, 121),
               (170, 163), (156, 213), (154, 263), (160, 308), (172, 342, 'c'), (208, 359), (248, 369), (282, 375)]
              + at('mastoid', [(-10, -16), (-3, 0, 'c'), (8, -12), (16, -32)])
              + [(330, 354), (348, 338), (368, 332), (395, 337), (420, 341), (428, 362), (432, 386), (437, 403, 'c'),
                 (447, 399), (451, 409), (472, 413), (500, 414), (522, 411, 'c'), (522, 394), (518, 368), (512, 342),
                 (500, 326), (486, 321), (481, 292), (483, 262), (488, 222), (494, 172)])

VERTEBRAE = [  # body centres, C1 (anterior arch) .. T1
    (356, 412), (350, 456), (350, 497), (349, 538), (347, 579), (343, 619), (337, 659), (330, 699)]
SPINOUS = [(262, 432), G.landmark('head', 'axis-spinous-process'), (270, 510), (268, 552), (262, 594), (252, 636),
           (222, 672), (210, 712)]


MULTIFIDUS = [(262, 462, 'c'), (300, 466), (308, 500), (310, 540), (308, 580), (304, 620), (298, 660), (290, 700),
              (282, 746, 'c'), (206, 746, 'c'), (214, 704), (226, 664), (240, 626), (250, 584), (254, 540), (252, 500),
              (248, 472)]
# longissimus capitis ends under the scapula: its thoracic origins are hidden there
LONGISSIMUS = (at('mastoid', [(-5, -14), (-9, 16)])
               + [(291, 460), (286, 500), (283, 560), (280, 620), (277, 680), (272, 730), (268, 756), (265, 776)])


def draw_spine(d):
    d.comment('cervical spine (C1-T1): bodies, articular pillars, transverse and spinous processes')
    for i, (cx, cy) in enumerate(VERTEBRAE):
        if i == 0:
            # posterior arch
            d.add('bone', band(at('atlas-posterior-tubercle', [(50, -12), (24, -4), (0, 0)]), [4, 3.5, 5]))
            d.add('bone', ellipse(cx + 2, cy, 7, 8, 8))                                   # anterior arch
            # lateral mass, transverse process
            d.add('bone', spline(at('atlas-transverse-process', [(-18, -4), (-2, -13), (14, -7), (16, 5), (0, 13),
                                                                  (-16, 7)])))
            continue
        sx, sy = SPINOUS[i]
        lam = band([(cx - 36, cy + 2), ((cx - 36 + sx) / 2, (cy + 2 + sy) / 2 - 2), (sx, sy)],
                   [8, 5, 4.5 if i > 1 else 7])
        d.add('bone', lam)                                                                    # lamina, spinous process
        d.add('bone', spline([(cx - 14, cy - 9), (cx - 27, cy - 17), (cx - 40, cy - 12), (cx - 43, cy + 4),
                              (cx - 32, cy + 16), (cx - 15, cy + 11)]))                      # articular pillar
        top = cy - (38 if i == 1 else 15)
        body = [(cx - 14, cy - 13), (cx - 13, top + 2), (cx + 1, top), (cx + 14, cy - 15), (cx + 17, cy - 13),
                (cx + 15, cy), (cx + 17, cy + 12), (cx + 13, cy + 15), (cx - 12, cy + 14), (cx - 15, cy + 10),
                (cx - 13, cy)]
        if i == 1:
            body[2:4] = [(cx - 3, top), (cx + 7, top + 4), (cx + 9, cy - 17), (cx + 14, cy - 15)]   # dens
        d.add('bone', spline(body, smooth=0.7))
        tx, ty = (G.landmark('head', f'c{i + 1}-transverse-process') if 2 <= i <= 6
                  else (cx - 17, cy + 1))     # the scalenes hang on C3-C7's
        d.add('bone', ellipse(tx, ty, 8, 5.5, 8))                                            # transverse process


def draw_larynx(d):
    d.comment('hyoid, larynx and trachea')
    d.add('bone', spline(HYOID))
    d.add('bone', spline([(410, 567, 'c'), (430, 572), (452, 575, 'c'), (455, 590), (452, 606), (446, 622, 'c'),
                          (422, 624), (416, 630, 'c'), (414, 612), (411, 590)]))                  # thyroid cartilage
    d.add('landmark', line([(418, 585), (436, 612)]), extra='stroke-opacity="0.4"')                # oblique line
    d.add('bone', spline([(420, 630), (444, 627), (446, 642), (424, 650, 'c'), (418, 642)]))          # cricoid
    tr = spline([(423, 650, 'c'), (446, 644, 'c'), (447, 690), (445, 745, 'c'), (404, 748, 'c'), (412, 700)])
    d.add('bone', tr)
    for y in range(658, 744, 10):
        d.add('landmark', line([(420 - (y - 650) * 0.18, y + 1), (446, y - 2)]), extra='stroke-opacity="0.35"')


def deep():
    d = Doc('head-deep', 'head and neck, right lateral view, deep muscles (masseter, zygomatic arch, '
                         'coronoid process and part of the ramus removed)')
    draw_skin(d)
    draw_face(d)
    draw_shoulder_lines(d)

    d.comment('bones and landmarks')
    d.add('bone', spline(SKULL_DEEP))
    # sup. nuchal line
    d.add('landmark', line(at('superior-nuchal-line', [(-60, -16), (-26, -4), (14, 3),
                                                       (47, 10)])), extra='stroke-opacity="0.5"')
    # inf. nuchal line
    d.add('landmark', line(at('superior-nuchal-line', [(-22, 12), (8, 14), (32, 18)])), extra='stroke-opacity="0.4"')
    # orbital rim
    d.add('landmark', line(at('orbit-rim', [(-30, 45), (-16, 7), (0, 0), (24, 7)])), extra='stroke-opacity="0.45"')
    # zygoma, arch cut
    d.add('bone', spline(at('orbit-rim', [(-34, 45), (-16, 45), (-12, 77), (-20, 93), (-36, 97), (-50, 87, 'c'),
                                          (-49, 70, 'c')])))
    # arch root, cut
    d.add('bone', spline(at('zygomatic-arch', [(-63, -7, 'c'), (-43, -8, 'c'), (-43, 10, 'c'), (-60, 10, 'c')])))
    d.add('bone', spline(MASTOID))
    # styloid
    d.add('landmark', line(at('external-acoustic-meatus', [(-8, 55), (6, 83),
                                                           (18, 103)])), extra='stroke-opacity="0.5"')
    for k in range(8):                                                                         # upper teeth
        x = 452 + k * 9.2
        d.add('bone', spline([(x, 411, 'c'), (x + 8, 411, 'c'), (x + 7.5, 422), (x + 4, 425), (x + 0.5, 422)]),
              extra='stroke-opacity="0.7"')
    draw_spine(d)
    draw_larynx(d)
    draw_neck_bones(d)

    d.comment('muscles, deep to superficial, each followed by its fibre directions')
    # context (no ids): pharyngeal constrictors and oesophagus
    d.add('muscle deep', spline([(368, 398), (400, 404), (437, 406, 'c'), (426, 436), (404, 470), (394, 510),
                                 (394, 542, 'c'), (410, 568), (414, 600), (418, 636, 'c'), (408, 660), (404, 700),
                                 (402, 748, 'c'), (364, 748, 'c'), (358, 690), (362, 620), (366, 540), (367, 460)]))
    cons = flatten(d.order[-1][1])
    d.fibres(None, [[(437 - k * 4, 406 + k * 16), (400 - k * 6, 430 + k * 40), (366, 420 + k * 62)] for k in range(5)]
             + [[(385 - k * 8, 640), (382 - k * 8, 748)] for k in range(3)], rings=cons)
    # the prevertebral muscles behind it, the geniohyoid (mylohyoid cut away) under the jaw
    NF.prevertebral(d)
    NF.geniohyoid(d)
    # the digastric over them: its posterior belly from the mastoid notch (under the
    # longissimus capitis) down and forward across the longus capitis and below the angle
    # of the jaw to its tendon at the hyoid, the anterior belly under the mandible to the chin
    digastric(d)
    # cervical multifidus on the laminae, from the articular pillars up and back to the
    # spinous processes two to four levels higher (C2 the highest)
    d.add('muscle deep', spline(MULTIFIDUS), 'cervical-multifidus')
    d.fibres('cervical-multifidus', [[(312 - k * 2, 520 + k * 40), (248 - k * 6, 470 + k * 40)] for k in range(7)]
             + [[(312 - k * 2, 500 + k * 40), (248 - k * 6, 450 + k * 40)] for k in range(7)])
    suboccipital.head(d)    # the four suboccipital muscles
    # semispinalis cervicis: from the upper thoracic transverse processes up, under the
    # semispinalis capitis, to the C2 spinous process; only its top, converging on C2,
    # shows in front of the capitis, above the multifidus window
    d.add('muscle deep', spline([(290, 469, 'c'), (279, 494), (265, 512), (256, 528), (250, 580), (250, 640),
                                 (255, 700), (262, 748, 'c'), (228, 748, 'c'), (226, 690), (229, 620), (233, 560),
                                 (239, 506), (246, 478)]
                                + at('axis-spinous-process', [(0, 2, 'c')])), 'semispinalis-cervicis')
    ssc_edge = [(292, 466), (279, 494), (265, 512), (256, 528), (250, 580), (250, 640), (255, 700), (262, 752)]
    d.fibres('semispinalis-cervicis', [[(x - o, y) for x, y in ssc_edge] for o in (5, 10, 15, 20, 25)])
    # semispinalis capitis: its lateral border drawn along the spinous-process tips so that
    # the multifidus and longissimus capitis beside it can be seen (and clicked); its back
    # border, the neck's contour with the trapezius and splenius taken away, a little inside
    # the skin
    back = skin_inset([(150, 850), (163, 790), (178, 730), (191, 672), (199, 610), (201, 545), (198, 480), (190, 420),
                       (178, 380)], 2.5)
    d.add('muscle deep', spline(at('external-occipital-protuberance', [(0, 0, 'c')])
                                + at('inferior-nuchal-line', [(-44, -11), (-11, 2, 'c')])
                                + [(246, 428), (254, 488), (256, 540), (254, 600), (258, 660), (266, 700), (272, 745),
                                   (262, 800), (248, 860), (238, 912, 'c'), (140, 912, 'c')] + back),
          'semispinalis-capitis')
    d.fan('semispinalis-capitis', [(176, 352), (200, 358), (228, 368)], [(160, 912), (200, 912), (256, 640)], 9,
          bend=-0.03)
    d.add('muscle', band(LONGISSIMUS, [6, 8, 9, 9, 9, 9, 9, 8, 7, 6]), 'longissimus-capitis')
    d.fibres('longissimus-capitis', [LONGISSIMUS] + [[(p[0] + o, p[1]) for p in LONGISSIMUS] for o in (-5, 5)])
    spc = (at('atlas-transverse-process', [(-5, 13)])
           + [(313, 466), (297, 518), (276, 578), (253, 638), (229, 698), (206, 758), (187, 820), (172, 912)])
    d.add('muscle', band(spc, [5, 8, 11, 13, 14, 14, 14, 14, 14]), 'splenius-cervicis')
    d.fibres('splenius-cervicis', [spc] + [[(p[0] + o, p[1] + o * 0.3) for p in spc] for o in (-8, -4, 4, 8)])
    d.add('bone', spline([(238, 714, 'c'), (258, 711), (290, 734), (318, 757), (327, 770), (300, 786), (262, 792),
                          (236, 789), (226, 758)]))                                   # scapula (upper part)
    d.add('landmark', line([(234, 770), (270, 776), (300, 778)]), extra='stroke-opacity="0.45"')   # spine of scapula
    NF.scalenus_minimus(d)
    d.add('muscle', scalenes_shape(), 'scalenes')
    scalene_fibres(d)
    d.add('muscle', spline(LEVATOR), 'levator-scapulae')
    levator_fibres(d)
    d.add('muscle deep', spline([(418, 352), (440, 362), (452, 390), (452, 410, 'c')]
                                + at('mandible-angle', [(66, -20), (44, -4), (22, 10), (8, 16, 'c'), (3, 4), (5, -18)])
                                + [(384, 402), (398, 376)]), 'medial-pterygoid')
    d.fan('medial-pterygoid', [(440, 372), (450, 392), (450, 408)], at('mandible-angle', [(-2, -4), (2, 7), (10, 14)]),
          6)
    # lateral pterygoid: from the lateral pterygoid plate and the infratemporal surface of the
    # sphenoid back to the neck of the condyle
    d.add('muscle', spline(at('mandibular-condyle', [(11, 7, 'c')])
                           + [(398, 326), (420, 329), (443, 334, 'c'), (444, 346), (432, 352, 'c'), (444, 360),
                              (446, 380), (440, 402, 'c'), (425, 390), (405, 372)]
                           + at('mandibular-condyle', [(22, 39), (11, 30, 'c')])), 'lateral-pterygoid')
    d.fan('lateral-pterygoid', [(442, 337), (438, 349), (444, 365), (444, 385), (440, 398)],
          at('mandibular-condyle', [(13, 10), (13, 15), (13, 20), (13, 24), (13, 28)]), 8)
    # the mandible with the coronoid process and the middle of the ramus cut away
    d.add('bone', spline(at('mandibular-notch', [(-18, -15, 'c'), (-22, 8)])
                         + at('mandible-angle', [(0, -58), (1, -23, 'c'), (16, -5), (38, 5), (58, 11, 'c'), (62, -4),
                                                 (70, -18, 'c')])
                         + MANDIBLE_BODY_FRONT[1:] + MANDIBLE_LOWER + MANDIBLE_BACK + CONDYLE))
    for k in range(8):                                                                         # lower teeth
        x = 444 + k * 8.6
        d.add('bone', spline([(x + 0.5, 428), (x + 4, 424), (x + 7.5, 428), (x + 8, 437, 'c'), (x, 437, 'c')]),
              extra='stroke-opacity="0.7"')
    d.add('muscle', temporalis_cut(), 'temporalis')
    temporalis_fibres(d)
    draw_ear(d)
    return d


# ----------------------------------------------------------------------------------------
# regions (the same surface areas in both views)


def regions(d):
    R = d.region
    R('vertex', spline(skin_inset([(452, 80), (395, 62), (330, 58), (278, 65), (227, 86)], 1)
                       + [(240, 104), (290, 86), (340, 81), (390, 84), (436, 100)]), sided=False)
    R('forehead', spline(skin_inset([(494, 112), (520, 155), (532, 205), (537, 240)], 1)
                         + [(520, 250), (492, 248), (472, 240), (470, 190), (462, 150), (450, 122)]))
    R('eyebrow', spline([(466, 262), (480, 253), (498, 249), (518, 251), (533, 258), (530, 268), (515, 263),
                         (498, 261), (481, 265), (468, 271)]))
    R('temple', spline([(402, 200), (440, 180), (468, 198), (474, 240), (466, 272), (456, 298), (420, 304),
                        (392, 296), (378, 262), (382, 224)]))
    R('orbit', ellipse(503, 295, 21, 17, 12))
    R('nose-side', spline([(527, 312), (536, 318), (550, 340), (565, 362), (573, 376), (566, 386), (550, 388),
                           (538, 382), (530, 360), (524, 334)]))
    R('maxilla', spline([(480, 318), (503, 318), (524, 322), (530, 350), (536, 382), (530, 394), (506, 394),
                         (486, 386), (474, 360), (474, 334)]))
    R('cheek', spline([(420, 340), (450, 344), (472, 350), (480, 380), (488, 405), (478, 425), (452, 425),
                       (426, 414), (412, 388), (410, 360)]))
    R('upper-teeth', spline([(486, 396), (512, 396), (530, 398), (533, 412), (529, 424), (510, 425), (488, 420),
                             (480, 408)]))
    R('lower-incisors', spline([(516, 431), (542, 431), (548, 442), (544, 455), (534, 468), (520, 476), (510, 470),
                                (508, 452)]), sided=False)
    R('chin', spline([(512, 482), (528, 479), (535, 492), (533, 510), (524, 519), (512, 516), (507, 500)]),
      sided=False)
    R('upper-lip', spline([(535, 396), (545, 394), (549, 404), (548, 418), (543, 426), (536, 425), (533, 410)]),
      sided=False)
    R('tmj', ellipse(374, 334, 10, 10, 10))
    R('lower-jaw', spline([(436, 436), (470, 436), (504, 440), (506, 470), (506, 500), (480, 508), (446, 496),
                           (414, 482), (404, 460), (416, 440)]))
    R('angle-of-jaw', spline([(352, 428), (370, 424), (386, 436), (394, 456), (386, 476), (366, 478), (352, 466),
                              (348, 446)]))
    R('back-of-mouth', spline([(364, 378), (392, 372), (418, 380), (430, 404), (420, 426), (396, 434), (374, 426),
                               (362, 404)]))
    R('ear', spline(EAR[:16] + [(352, 345), (362, 326), (358, 306), (346, 292)]))
    # Above and behind the ear, between the temple and the back of the head: where the
    # upper trapezius question mark turns forward and mid-temporalis refers.
    R('side-of-head', spline([(262, 205), (298, 170), (350, 162), (392, 192), (381, 232), (377, 266), (360, 268),
                              (342, 262), (328, 249), (312, 245), (294, 251), (281, 265), (274, 290),
                              (271, 316), (273, 338), (264, 336), (260, 290)]))
    R('mastoid', spline([(278, 342), (292, 338), (306, 352), (316, 374), (312, 398), (300, 410), (286, 400),
                         (276, 374)]))
    R('occiput', spline(skin_inset([(184, 124), (157, 172), (147, 222), (148, 272), (157, 322), (170, 360)], 1)
                        + [(210, 372), (256, 364), (262, 330), (262, 280), (250, 220), (230, 160)]))
    R('posterior-neck', spline(skin_inset([(184, 394), (196, 437), (204, 497), (206, 562), (201, 625)], 1)
                               + [(226, 620), (246, 560), (260, 500), (270, 440), (262, 396), (210, 380)]))
    R('lateral-neck', spline([(286, 420), (318, 412), (346, 438), (378, 500), (406, 570), (420, 630), (412, 690),
                              (378, 700), (340, 690), (304, 640), (282, 580), (272, 500)]))
    R('neck-shoulder-angle', spline([(228, 650), (262, 636), (300, 652), (334, 690), (352, 735), (340, 762),
                                     (300, 764), (262, 748), (230, 718), (214, 684)]))
    R('throat', spline([(440, 566)] + skin_inset([(448, 566), (452, 588), (459, 609), (455, 634), (456, 680),
                                                  (462, 720)], 1) + [(446, 736), (428, 700), (418, 640), (416, 590)]),
      sided=False)
    R('anterior-chest', spline([(400, 800), (440, 790)] + skin_inset([(472, 770), (487, 790), (500, 850)], 1)
                               + [(502, 880), (460, 882), (420, 870), (392, 840)]))


# ----------------------------------------------------------------------------------------
# trigger-point marks and checks

def mark(m, tp, view, name, dx, dy):
    """A trigger-point mark placed from a landmark of the head (landmarks.tsv, frame head),
    so that it moves with the bone its muscle hangs on."""
    x, y = at(name, [(dx, dy)])[0]
    return (m, tp, view, x, y)


MARKS = [
    mark('temporalis', 'tp1', 'head', 'zygomatic-arch', 37, -28),
    mark('temporalis', 'tp2', 'head', 'temporal-line', 45, 66),
    mark('temporalis', 'tp3', 'head', 'external-acoustic-meatus', -4, -67),  # posterior fibres above and behind the ear
    mark('masseter', 'tp1', 'head', 'mandible-angle', 8, -16),
    mark('masseter', 'tp2', 'head', 'zygomatic-arch', 10, 52),  # superficial layer, toward the front
    # deep layer, at the back just in front of the jaw joint
    mark('masseter', 'tp3', 'head', 'mandibular-condyle', 6, 32),
    mark('sternocleidomastoid', 'tp1', 'head', 'mastoid', 81, 162),
    mark('sternocleidomastoid', 'tp2', 'head', 'sternum', -68, -87),
    ('upper-trapezius', 'tp1', 'head', 282, 668),
    mark('splenius-capitis', 'tp1', 'head', 'superior-nuchal-line', 4, 51),
    ('levator-scapulae', 'tp1', 'head', 282, 618),
    mark('frontalis', 'tp1', 'head', 'orbit-rim', 0, -23),
    mark('scalenes', 'tp1', 'head', 'first-rib-scalene-tubercle', -8, -20),   # anterior, above the rib
    mark('scalenes', 'tp2', 'head', 'c5-transverse-process', -8, 25),         # middle, at C5-C6
    ('digastric', 'tp1', 'head', 352, 468),
    ('digastric', 'tp2', 'head', 476, 534),
    ('occipitalis', 'tp1', 'head', 196, 292),
    ('zygomaticus-major', 'tp1', 'head', 474, 354),
    ('corrugator-supercilii', 'tp1', 'head', 513, 265),
    ('procerus', 'tp1', 'head', 521, 292),
    ('orbicularis-oris', 'tp1', 'head', 533, 410),
    ('mentalis', 'tp1', 'head', 525, 490),
    # just below the occiput
    mark('rectus-capitis-posterior-major', 'tp1', 'head-deep', 'inferior-nuchal-line', 23, 30),
    mark('rectus-capitis-posterior-minor', 'tp1', 'head-deep', 'inferior-nuchal-line', 0, 20),
    mark('obliquus-capitis-superior', 'tp1', 'head-deep', 'atlas-transverse-process', -12, -13.5),
    mark('obliquus-capitis-inferior', 'tp1', 'head-deep', 'axis-spinous-process', 23, -13),
    ('lateral-pterygoid', 'tp1', 'head-deep', 406, 364),
    mark('medial-pterygoid', 'tp1', 'head-deep', 'mandible-angle', 18, -10),
    ('semispinalis-capitis', 'tp1', 'head-deep', 200, 385),
    ('semispinalis-capitis', 'tp2', 'head-deep', 232, 532),
    ('splenius-cervicis', 'tp1', 'head-deep', 234, 660),
    ('platysma', 'tp1', 'head', 432, 740),
    ('buccinator', 'tp1', 'head', 480, 428),
    ('cervical-multifidus', 'tp1', 'head-deep', 264, 528),
    ('longissimus-capitis', 'tp1', 'head-deep', 293, 425),
    ('omohyoid', 'tp1', 'head', 345, 714),
    ('semispinalis-cervicis', 'tp1', 'head-deep', 266, 488),
] + NF.MARKS

REQUIRED = {
    'head': ['temporalis', 'masseter', 'sternocleidomastoid', 'upper-trapezius', 'splenius-capitis',
             'levator-scapulae', 'frontalis', 'orbicularis-oculi', 'scalenes', 'digastric', 'occipitalis',
             'zygomaticus-major', 'platysma', 'buccinator', 'omohyoid', 'corrugator-supercilii', 'procerus',
             'orbicularis-oris', 'mentalis'],
    'head-deep': ['lateral-pterygoid', 'medial-pterygoid', 'rectus-capitis-posterior-major',
                  'rectus-capitis-posterior-minor', 'obliquus-capitis-superior', 'obliquus-capitis-inferior',
                  'semispinalis-capitis', 'splenius-cervicis', 'scalenes', 'levator-scapulae', 'cervical-multifidus',
                  'longissimus-capitis', 'semispinalis-cervicis', 'digastric'],
}
for _view, _ids in NF.REQUIRED.items():
    REQUIRED[_view] = REQUIRED[_view] + _ids

SIDED_REGIONS = ['forehead', 'temple', 'orbit', 'cheek', 'upper-teeth', 'lower-jaw', 'angle-of-jaw', 'ear', 'mastoid',
                 'occiput', 'posterior-neck', 'lateral-neck', 'neck-shoulder-angle', 'anterior-chest', 'eyebrow',
                 'maxilla', 'nose-side', 'back-of-mouth', 'side-of-head']
MIDLINE_REGIONS = ['vertex', 'throat', 'lower-incisors']

MIN_WIDTH = 12


def max_inscribed(rings, step=2.0, enough=None):
    """Largest distance from the outline of a point inside it (half the width a
    finger can aim at); with enough, stops once the width reaches it."""
    return G.aim_width(rings, (), step, enough) / 2


def check(docs):
    errors = []
    for view, ids in REQUIRED.items():
        doc = docs[view]
        for m in ids:
            if m not in doc.shapes:
                errors.append(f'{view}: required muscle {m} missing')
            elif 2 * max_inscribed(flatten(doc.shapes[m]), enough=MIN_WIDTH) < MIN_WIDTH:
                errors.append(f'{view}: muscle {m} is narrower than {MIN_WIDTH} units')
        for r in SIDED_REGIONS:
            if f'region-{r}-right' not in doc.regions:
                errors.append(f'{view}: region {r} missing')
        for r in MIDLINE_REGIONS:
            if f'region-{r}' not in doc.regions:
                errors.append(f'{view}: region {r} missing')
        for key, cmds in doc.regions.items():
            if not cmds or cmds[-1] != ('Z',):
                errors.append(f'{view}: {key} is not closed')
    for m, tp, view, x, y in MARKS:
        errors.extend(docs[view].mark_problems(view, m, tp, x, y, W, HT))
    errors.extend(side_view_errors())
    exit_on_errors(errors)


def side_view_errors():
    """The side view (lateral.py) draws this head scaled onto the body and its mastoid round
    the side frame's own landmark: the head frame's mastoid, scaled, must fall on it, so
    that a landmark moved in one frame and not the other is caught."""
    import side_frame as SF     # here, not at the top: side_frame imports this module
    got = SF.hp([G.landmark('head', 'mastoid')])[0]
    d = math.dist(got, SF.side('mastoid'))
    if d > SF.ON_BONE:
        return [f'landmarks.tsv: head mastoid, scaled onto the side view, is {d:.1f} units from side mastoid '
                f'(at most {SF.ON_BONE:g}): move both']
    return []


def main():
    sup = superficial()
    dp = deep()
    regions(sup)
    regions(dp)
    docs = {'head': sup, 'head-deep': dp}
    check(docs)
    with open(os.path.join(OUT_DIR, 'head.svg'), 'w') as f:
        f.write(sup.svg())
    with open(os.path.join(OUT_DIR, 'head-deep.svg'), 'w') as f:
        f.write(dp.svg())
    write_marks(os.path.join(G.marks_dir(), 'marks-head.tsv'), MARKS)
    print('wrote head.svg, head-deep.svg, marks-head.tsv')


if __name__ == '__main__':
    main()
