# SPDX-License-Identifier: GPL-3.0-or-later
"""What both head views (head.py, head_deep.py) share, and what the side view
(lateral.py, side_frame.py) and the close-ups (hand.py, foot.py) take from head.py: the
head frame's landmark lookup (at()), the one-sided document (Doc), the outline of the
person, the bones and the muscle outlines drawn in both views.  Right lateral view, face
to the image right; every shape hangs on the landmarks of frame `head` (landmarks.tsv).
head.py imports all of it again, so that `head.NAME` keeps working for its users.
"""
import math

import grid as G
from grid import path_d, spline, flatten, inside, edge_dist
from grid import multi, band, ellipse, line, polyline
from grid import mark_errors

MUSCLES = G.muscles('head')     # the muscles defined as data (muscles.tsv)
W, HT = 700, 900


# ----------------------------------------------------------------------------------------
# small geometry helpers (grid.py has the general ones)


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def at(name, offsets):
    """Points given relative to a landmark of the head views (landmarks.tsv, frame head):
    what hangs on a bone moves with it.  Defined once, here: head.py, head_deep.py, jaw.py and
    suboccipital.py all import it (head_shapes imports none of them, so there is no cycle)."""
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

# levator scapulae (muscles.tsv, a fan): from the transverse processes of C1-C4 (the
# atlas's the highest) down and back to the superior angle of the scapula; its outline's
# points, for the side view to move into place
LEVATOR = MUSCLES['levator-scapulae'].outline_points()

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
    d.fibres('levator-scapulae', MUSCLES['levator-scapulae'].fibre_lines())


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


# splenius capitis (muscles.tsv, a fan): from the nuchal ligament and the spinous
# processes down to T3, up and out under the SCM to the mastoid and the lateral superior
# nuchal line; its outline's points, for the side view to move into place
SPLENIUS_CAP = MUSCLES['splenius-capitis'].outline_points()



def digastric(d):
    """The digastric (muscles.tsv) and the fibrous sling that holds its intermediate
    tendon to the hyoid; the same in both views."""
    dg = MUSCLES['digastric']
    c = dg.line
    d.add('muscle', band(c, dg.widths), 'digastric')
    d.fibres('digastric', [c[:6], c[8:], [(p[0] - 3, p[1] + 2.5) for p in c[:6]],
                           [(p[0] + 3, p[1] - 2.5) for p in c[:6]]], inset=1.2)
    d.add('tendon', band(at('hyoid', [(-14, -22), (5, -8), (22, -7), (32, -9)]), [3.6, 3.4, 3.4, 3.6]))
