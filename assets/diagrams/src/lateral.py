#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Whole-body right lateral view (superficial muscles) for the Trigger Point Atlas.

Run from the repository root:  python3 assets/diagrams/src/lateral.py
Writes assets/diagrams/lateral.svg and assets/diagrams/src/marks-lateral.tsv.

The person stands facing the image's right; only the body's RIGHT side is seen, so every
sided shape is emitted once, as `ID-right` (nothing is mirrored).  The vertical grid is
the front and back views' (grid.py: vertex 60, chin 230, acromion 300, nipples 400,
elbow 565, navel 570, iliac crest 620, trochanter 725, pubis 740, wrist 735, fingertips
900, knee 1030, malleoli 1370, sole 1425) on a canvas of the same height, so that the
three whole-body views read as one set.  The plumb line (x=230) passes through the
ear, the acromion, the greater trochanter, just in front of the knee joint and the
lateral malleolus, as in a relaxed standing posture.
The palpable bones (mastoid to the base of the fifth metatarsal) are drawn round the
landmarks of landmarks.tsv's frame side; side_frame.py reads them and maps the head;
the thigh, knee, leg and foot are side_leg.py's.

The head and neck are the head view's own outlines (head.py), scaled to one head
(170 units) and set on the plumb line, so the close-up and the whole body agree.  The
arm is described hanging plumb, as ARM and the hand's points say; bend() then bends the
elbow a little (ELBOW_BEND) and carries the whole arm back about the shoulder
(SHOULDER_EXT), a little further than a relaxed arm hangs: the lateral chest wall
shows in front of the arm, and the hand lies at the back of the buttock and thigh,
behind the greater trochanter, TFL and iliotibial tract, which stay in view, and clear
of the lateral thigh, so that the strips of pain down it (gluteus minimus, TFL) are not
painted over the hand.
"""
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import grid as G  # noqa: E402
from grid import path_d, spline, flatten, inside, band, ellipse, line, polyline, ribbon  # noqa: E402
from grid import exit_on_errors, write_marks  # noqa: E402
import head as HD  # noqa: E402
from region_seeds import seeds  # noqa: E402
from side_frame import PLUMB, hx, hy, hp, hcmds, side, head_around, side_landmark_errors  # noqa: E402
from side_frame import on_bones, vf, sweep_belly  # noqa: E402
from side_leg import LEG, MUSCLES, draw_leg, leg_bones  # noqa: E402

OUT_DIR = G.out_dir()
W, HT = 500, 1500


# ----------------------------------------------------------------------------------------
# the head view's shapes on the body: hp() and hcmds() (side_frame.py) map them


class Proxy:
    """Stands in for a head.py Doc so that head.py's drawing functions (face, ear,
    regions) can be reused here, mapped onto the body."""

    def __init__(self, doc):
        self.doc = doc

    def add(self, cls, cmds, pid=None, extra=''):
        self.doc.add(cls, hcmds(cmds), pid, extra)

    def comment(self, text):
        self.doc.comment(text)

    def region(self, rid, cmds, sided=True):
        if rid not in ('neck-shoulder-angle', 'anterior-chest'):
            self.doc.region(rid, hcmds(cmds), sided)


# ----------------------------------------------------------------------------------------
# the body: trunk, arm and leg as stations placed on the bones between two landmarks
# (on_bones(), side_frame.py); Limb.P(y, v) is the point at fraction v across, -1 the
# back skin edge, +1 the front one; the leg's (LEG) is side_leg.py's.


# the trunk on the line from the acromion over the iliac crest to the greater trochanter
# (the mid-axillary line), its back skin over the scapula, the waist and the buttock,
# its front over the chest, the belly and the groin
TRUNK = on_bones([
    ('acromion', 'iliac-crest', [(-0.03, 51.5, 67.5), (0.09, 59, 84), (0.22, 64, 99), (0.32, 66, 108),
                                 (0.41, 67, 108), (0.51, 67, 102), (0.63, 65, 94), (0.76, 61.5, 90.5),
                                 (0.85, 60.5, 91.5), (0.95, 67, 90)]),
    ('iliac-crest', 'greater-trochanter', [(0.13, 78.5, 86.5), (0.42, 91.5, 83.5), (0.79, 101, 78)]),
    ('greater-trochanter', 'lateral-femoral-condyle', [(0.03, 102.5, 73.5), (0.13, 95.5, 72.5)])])
# the arm hangs nearly plumb, its axis a little behind the mid-axillary line, on the humerus
# (acromion to lateral epicondyle) and the ulna (to its head at the wrist): the contour
# shows the deltoid's cap, the dip at its insertion, the biceps in front and the triceps
# behind, the narrow elbow, the brachioradialis bulge and the tapering wrist
ARM = on_bones([
    ('acromion', 'lateral-epicondyle', [(0.0, 15, 43), (0.08, 22, 51), (0.19, 24.5, 55.5), (0.33, 23.5, 54.5),
                                        (0.46, 24, 50), (0.57, 24.5, 51.5), (0.73, 22.5, 55.5), (0.86, 19, 53),
                                        (0.97, 18.5, 46.5)]),
    ('lateral-epicondyle', 'ulnar-head', [(0.03, 20, 46), (0.11, 19, 49), (0.25, 18, 50), (0.45, 14.5, 49.5),
                                          (0.68, 9.5, 43.5), (0.88, 4, 36), (1.02, 2, 34)])])


# the elbow's bend: below BEND_Y1 a point turns by the full angle about the elbow, above
# BEND_Y0 not at all, in between smoothly, so the skin and the muscles crossing the elbow
# fold there rather than kink
ELBOW_BEND = 10.0
ELBOW_PIVOT = (213.0, 566.0)
BEND_Y0, BEND_Y1 = 542.0, 604.0
# the shoulder's extension, the same way: nothing above SHOULDER_Y0 (the deltoid's cap
# stays on the acromion), the full angle below SHOULDER_Y1
SHOULDER_EXT = 15.0
SHOULDER_PIVOT = (226.0, 322.0)
SHOULDER_Y0, SHOULDER_Y1 = 330.0, 400.0


def _turn(x, y, pivot, degrees, t):
    """(x, y) turned about pivot by degrees eased by t (0..1); positive carries a point
    below the pivot forwards (to the image right)."""
    t = min(1.0, t)
    a = math.radians(degrees) * t * t * (3 - 2 * t)
    dx, dy = x - pivot[0], y - pivot[1]
    c, s_ = math.cos(a), math.sin(a)
    return pivot[0] + dx * c + dy * s_, pivot[1] - dx * s_ + dy * c


def bend(p):
    x, y = p[0], p[1]
    if p[1] > BEND_Y0:
        x, y = _turn(x, y, ELBOW_PIVOT, ELBOW_BEND, (p[1] - BEND_Y0) / (BEND_Y1 - BEND_Y0))
    if p[1] > SHOULDER_Y0:
        x, y = _turn(x, y, SHOULDER_PIVOT, -SHOULDER_EXT, (p[1] - SHOULDER_Y0) / (SHOULDER_Y1 - SHOULDER_Y0))
    return (x, y) + tuple(p[2:])


def bend_cmds(cmds):
    out = []
    for c in cmds:
        args = []
        for i in range(1, len(c), 2):
            args += bend((c[i], c[i + 1]))
        out.append((c[0],) + tuple(args))
    return out


def edge(lb, v, y0, y1, step=20):
    return lb.edge(v, y0, y1, step)


def rows_outline(lb, rows, top=(), bottom=()):
    """A limb muscle: rows (y, v_back, v_front) down its back border and up its front one."""
    down = [lb.P(y, a) for y, a, b in rows]
    up = [lb.P(y, b) for y, a, b in reversed(rows)]
    return down + list(bottom) + up + list(top)


def rows_fibres(lb, rows, k):
    out = []
    for j in range(1, k + 1):
        u = j / (k + 1)
        out.append([lb.P(y, a + u * (b - a)) for y, a, b in rows])
    return out


# ----------------------------------------------------------------------------------------
# the document

class Doc(HD.Doc):
    bending = False        # while True (the arm is drawn), shapes go through bend()

    def add(self, cls, cmds, pid=None, extra=''):
        super().add(cls, bend_cmds(cmds) if self.bending else cmds, pid, extra)

    def fibres(self, pid, lines, inset=None, rings=None):
        if not self.bending:
            super().fibres(pid, lines, inset, rings)
            return
        # clipped against the muscle as drawn (already bent), then added as they are
        self.bending = False
        try:
            super().fibres(pid, [[bend(p) for p in G.densify(ln, spacing=4)] for ln in lines], inset, rings)
        finally:
            self.bending = True

    def svg(self):
        return self.render([
            f'Trigger Point Atlas: {self.title}. Generated by assets/diagrams/src/lateral.py; do not edit by hand.',
            f'Right lateral view, face to the image right; grid as the front and back views: vertex '
            f'{G.VERTEX}, chin {G.CHIN}, acromion {G.SHOULDER}, nipples {G.NIPPLE}, elbow {G.ELBOW}, navel '
            f'{G.NAVEL}, iliac crest {G.ILIAC_CREST}, trochanter {G.TROCHANTER}, pubis {G.PUBIS}, wrist {G.WRIST}, '
            f'fingertips {G.FINGERTIP}, knee {G.KNEE}, malleoli {G.ANKLE}, sole {G.SOLE}; plumb line x={PLUMB}. '
            'Only the right side is drawn: every id ends in -right or is a midline region.'], W, HT)

    def limb_muscle(self, pid, lb, rows, k=3, cls='muscle', top=(), bottom=(), smooth=1.0):
        self.add(cls, spline(rows_outline(lb, rows, top, bottom), smooth=smooth), pid)
        self.fibres(pid, rows_fibres(lb, rows, k), inset=1.4)


# ----------------------------------------------------------------------------------------
# outline

# the foot's outline round its bones: the front of the ankle below the lateral malleolus,
# the dorsum over the fifth metatarsal's base, the toes in front of its head, the sole and
# the heel round the calcaneus
FOOT = (G.around('side', 'lateral-malleolus', [(37, -4), (48, 6), (70, 19)])
        + G.around('side', 'fifth-metatarsal-base', [(51, -18)])
        + G.around('side', 'fifth-metatarsal-head', [(24, -7), (46, -2), (57, 4, 'c'), (53, 11), (24, 13)])
        + G.around('side', 'fifth-metatarsal-base', [(29, 11.5), (-31, 11.5)])
        + G.around('side', 'calcaneus', [(17, 23), (3, 17), (-3, 3), (0, -14), (6, -30)]))


def skin_outline():
    front = HD.SKIN_FRONT[:HD.SKIN_FRONT.index((462, 720))]
    back_i = HD.SKIN_BACK.index((174, 718))
    return (hp(front) + edge(TRUNK, 1, 296, 740) + edge(LEG, 1, 770, 1350) + FOOT
            + edge(LEG, -1, 1350, 770) + edge(TRUNK, -1, 740, 300) + hp(HD.SKIN_BACK[back_i + 1:]))


# the top of the arm's skin lies under the deltoid, whose upper border is the clavicle,
# acromion and scapular spine
ARM_TOP = G.around('side', 'acromion', [(-22, 18), (-10, 6), (6, 1), (22, -2), (38, -2), (44, 2)])


def on_hand(pts):
    """Points of the hand given from the head of the ulna (landmarks.tsv, side ulnar-head, on
    the arm as described, before the elbow bends), so that the hand follows the forearm."""
    return G.around('side', 'ulnar-head', pts)


def at_hand(dx, dy):
    return on_hand([(dx, dy)])[0]


# the hand in mid-pronation: the back of the hand faces the viewer, the thumb in front,
# the index next to it and the little finger behind; the fingers are slightly flexed, so
# that they look a little short and their tips turn back towards the thigh
DORSUM = on_hand([(34, 3), (38, 15), (43, 28), (46, 41), (45, 53), (41, 63, 'c'), (28, 69), (14, 72),
                  (1, 70), (-11, 64, 'c'), (-10, 49), (-7, 31), (-4, 15), (-2, 3)])
FINGERS = [  # centre line MCP -> PIP -> DIP -> tip, half-widths; neighbours touch
    ('little', on_hand([(-5, 60), (-6, 75), (-7, 89), (-9, 101), (-12, 111)]), [6.2, 6.0, 5.6, 5.0, 4.0]),
    ('ring', on_hand([(7, 63), (7, 81), (6, 98), (4, 114), (0, 126)]), [6.8, 6.6, 6.2, 5.6, 4.4]),
    ('middle', on_hand([(20, 65), (21, 84), (20, 102), (17, 120), (13, 133)]), [7.0, 6.8, 6.3, 5.7, 4.6]),
    ('index', on_hand([(33, 61), (34, 78), (34, 94), (32, 110), (28, 123)]), [6.8, 6.6, 6.1, 5.5, 4.4]),
]
# thumb from the trapezium forward and down, its tip beside the index's middle phalanx
THUMB = on_hand([(37, 15), (43, 27), (49, 40), (52, 53), (53, 66), (51, 78), (47, 87)])
THUMB_W = [7.0, 7.0, 6.8, 6.4, 6.0, 5.2, 3.8]


def finger_pts(name):
    c, w = next((c, w) for n, c, w in FINGERS if n == name)
    return ribbon(c, w)


def arm_outline():
    return ARM_TOP + edge(ARM, 1, 320, 720) + DORSUM + edge(ARM, -1, 720, 320)


def arm_parts():
    """The arm's silhouette as polygons: arm with back of hand, fingers, thumb."""
    parts = [spline(arm_outline())] + [spline(finger_pts(n)) for n, _, _ in FINGERS]
    parts.append(band(THUMB, THUMB_W))
    rings = []
    for p in parts:
        rings += flatten(bend_cmds(p))
    return rings


ARM_RINGS = None


def arm_x(y):
    """The x extent the arm and hand cover at height y (for cutting regions)."""
    global ARM_RINGS
    if ARM_RINGS is None:
        ARM_RINGS = arm_parts()
    xs = []
    for ring in ARM_RINGS:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            if (y0 <= y < y1) or (y1 <= y < y0):
                xs.append(x0 + (x1 - x0) * (y - y0) / (y1 - y0))
    if not xs:
        return None
    return min(xs) - 0.5, max(xs) + 0.5


# ----------------------------------------------------------------------------------------
# bones and landmarks


def draw_bones(d):
    d.comment('bones and palpable landmarks')
    d.add('bone', hcmds(HD.mandible_full()))
    d.add('bone', hcmds(spline(head_around('mastoid', MASTOID))))                                    # mastoid
    d.add('landmark', hcmds(line([(160, 337), (168, 348), (176, 341)])), extra='stroke-opacity="0.6"')   # EOP
    d.add('bone', hcmds(spline(HD.CLAVICLE)))
    # pelvis: iliac crest from the PSIS region to the ASIS
    d.add('bone', spline(ribbon(CREST, [3, 4, 4.5, 4.5, 4.5, 4, 5]), smooth=0.8))
    d.add('bone', ellipse(*side('asis'), 5.5, 5, 8))                                                 # ASIS
    leg_bones(d)


# the iliac crest from the PSIS region over its highest point to the ASIS
CREST = G.around('side', 'iliac-crest', [(-66, 24), (-48, 10), (-24, 2), (0, 0), (24, 8), (42, 21), (55, 36)])
# the mastoid process round its tip, in the head view's units (head_around)
MASTOID = [(-20, -60), (-3, -54), (11, -38), (10, -18), (0, 0, 'c'), (-12, -8), (-20, -30)]


# ----------------------------------------------------------------------------------------
# head and neck (head.py's shapes, mapped)


def draw_head(d):
    d.comment('head and neck: the head view\'s outlines, scaled onto the body')
    px = Proxy(d)
    HD.draw_face(px)
    galea = HD.skin_inset([(510, 136), (494, 112), (452, 80), (395, 62), (330, 58), (278, 65), (227, 86),
                           (184, 124), (160, 170), (150, 222), (151, 255)], 3)
    px.add('tendon', spline(galea + [(175, 246), (205, 236), (232, 225), (238, 188), (262, 150), (300, 127),
                                     (350, 116), (400, 118), (440, 132), (470, 150), (490, 140)]))
    px.add('muscle', HD.temporalis_full(), 'temporalis')
    d.fan('temporalis', hp(HD.TEMPORALIS_ORIGIN), hp(HD.TEMPORALIS_INSERTION), 11)
    px.add('bone', spline(HD.ZYGOMA))
    px.add('muscle', spline(HD.SPLENIUS_CAP), 'splenius-capitis')
    d.fan('splenius-capitis', hp([(204, 640), (205, 560), (200, 470), (196, 410)]),
          hp([(308, 392), (296, 368), (272, 360), (248, 357)]), 4)
    px.add('muscle', spline(HD.SCALENES), 'scalenes')
    d.fan('scalenes', hp([(330, 494), (333, 540), (337, 600), (343, 660)]),
          hp([(296, 766), (340, 765.5), (382, 762), (420, 756)]), 5)
    px.add('muscle', spline(HD.LEVATOR), 'levator-scapulae')
    d.fan('levator-scapulae', hp([(314, 412), (329, 440), (330, 480), (327, 524)]),
          hp([(234, 712), (240, 714), (247, 716), (253, 715)]), 4)
    px.add('muscle', spline(HD.MASSETER), 'masseter')
    d.fan('masseter', hp([(372, 333), (400, 334), (430, 337), (468, 352)]),
          hp([(364, 420), (374, 462), (404, 482), (434, 490)]), 7)
    px.add('muscle', spline([(472, 146), (494, 133), (512, 142), (524, 168), (530, 205), (532, 240),
                             (530, 257, 'c'), (512, 252), (494, 251), (477, 256), (466, 262, 'c'), (471, 228),
                             (470, 192), (467, 165)]), 'frontalis')
    d.fan('frontalis', hp([(470, 160), (490, 138), (512, 146), (524, 170), (528, 205)]),
          hp([(470, 260), (488, 253), (505, 251), (520, 254), (530, 256)]), 5)
    px.add('muscle', spline([(158, 262), (172, 246), (198, 238), (226, 244), (240, 262), (242, 290), (234, 317),
                             (216, 332), (190, 338), (168, 341, 'c'), (160, 320), (155, 292)]), 'occipitalis')
    d.fan('occipitalis', hp([(162, 262), (180, 246), (205, 240), (232, 250)]),
          hp([(165, 338), (185, 338), (210, 333), (235, 315)]), 4)
    px.add('muscle', spline(HD.SCM), 'sternocleidomastoid')
    d.fan('sternocleidomastoid', hp([(240, 356), (270, 358), (300, 368), (318, 395)]),
          hp(HD.SCM_INSERTION), 7)
    px.add('tendon', spline(HD.SCM_TENDON))
    HD.draw_ear(px)


# the spine of the scapula, forward and up to the acromion
SCAPULAR_SPINE = G.around('side', 'acromion', [(-34, 18), (-22, 10), (-10, 4), (0, 0)])


# ----------------------------------------------------------------------------------------
# trunk and hip


def draw_trunk(d):
    d.comment('trunk, deep to superficial')
    # upper trapezius from the inion, the superior nuchal line and the nuchal ligament to the
    # clavicle's lateral third and the acromion (muscles.tsv)
    spread(d, MUSCLES['upper-trapezius'], bend=0.04)
    # middle trapezius from the upper thoracic spines to the scapular spine, infraspinatus from
    # the medial border of the scapula to the greater tubercle (muscles.tsv)
    spread(d, MUSCLES['middle-trapezius'])
    spread(d, MUSCLES['infraspinatus'])
    # spine of the scapula and acromion, over the cuff and trapezius
    d.add('bone', band(SCAPULAR_SPINE, [2.2, 2.8, 3.2, 3.5]))
    d.add('bone', hcmds(spline(HD.ACROMION)))
    # chest wall (intercostals) and ribs, seen between the serratus slips
    d.add('muscle deep', spline([(230, 340), (262, 330), (300, 340), TRUNK.P(380, 0.9), TRUNK.P(440, 0.92),
                                 TRUNK.P(500, 0.9), (300, 560), (250, 570), (222, 520), (220, 420)]))
    for k in range(7):
        y = 362 + k * 25
        d.add('bone', band([(232, y - 16), (262, y - 4), (292, y + 8 + k), (312 - k * 2, y + 20 + k * 1.5)],
                           [3.2, 3.6, 3.6, 3.2]))
    # serratus anterior: digitations on ribs 1-9 along the lateral chest wall
    tips = [(264, 370), (283, 394), (297, 419), (305, 445), (307, 471), (302, 497), (292, 521), (278, 542)]
    notch = [(268, 386), (284, 410), (294, 435), (298, 460), (296, 485), (288, 509), (276, 531)]
    serr = [(236, 350, 'c'), (250, 352)]
    for i, t in enumerate(tips):
        serr.append(t + ('c',))
        if i < len(notch):
            serr.append(notch[i] + ('c',))
    serr += [(262, 548, 'c'), (236, 545), (228, 480), (226, 400)]
    d.add('muscle', spline(serr, smooth=0.6), 'serratus-anterior')
    d.fibres('serratus-anterior', [[(228, 360 + k * 24), (t[0] - 6, t[1] + 2)] for k, t in enumerate(tips)], inset=1.2)
    # pectoralis major: its lateral part, the lower border rising to the anterior axillary fold
    spread(d, MUSCLES['pectoralis-major'])
    d.add('feature', line([TRUNK.P(396, 0.98), TRUNK.P(404, 0.985)]), extra='stroke-opacity="0.6"')  # nipple
    # latissimus dorsi: wraps from the back to the posterior axillary fold; free anterior border
    # over the lower ribs, where it meets the external oblique
    spread(d, MUSCLES['latissimus-dorsi'])
    # teres major from the inferior angle over the latissimus' upper border to the humerus (muscles.tsv)
    sweep_belly(d, MUSCLES['teres-major'], k=2)
    d.add('tendon', spline([(170, 638, 'c'), (190, 625), (214, 617), (202, 600), (185, 590), TRUNK.P(590, -0.96),
                            TRUNK.P(630, -0.97)]))                                   # thoracolumbar fascia
    # external oblique: slips from the lower eight ribs, fibres down and forward
    eo = [TRUNK.P(436, 0.93), (307, 452, 'c'), (298, 460, 'c'), (307, 471, 'c'), (296, 485, 'c'), (302, 497, 'c'),
          (288, 509, 'c'), (292, 521, 'c'), (276, 531, 'c'), (278, 542, 'c'), (262, 550, 'c'),
          (250, 566), (242, 590), (236, 614, 'c'), (260, 622), (278, 635), (292, 650, 'c'), (302, 630),
          (310, 580), TRUNK.P(520, 0.88), TRUNK.P(470, 0.9)]
    d.add('muscle', spline(eo, smooth=0.8), 'external-oblique')
    d.fan('external-oblique',
          [TRUNK.P(440, 0.9), (304, 474), (292, 500), (282, 525), (266, 548), (250, 572), (240, 605)],
          [TRUNK.P(470, 0.9), TRUNK.P(520, 0.88), (310, 580), (303, 630), (293, 646), (272, 629)], 10)
    d.add('tendon', spline([TRUNK.P(440, 0.97, 'c'), TRUNK.P(520, 0.975), TRUNK.P(600, 0.975), TRUNK.P(680, 0.97),
                            TRUNK.P(722, 0.95, 'c'), (298, 700), (293, 664, 'c'), (302, 630), (310, 580),
                            TRUNK.P(520, 0.88), TRUNK.P(470, 0.9)]))                          # aponeurosis
    d.add('landmark', line([(295, 664), (299, 690), (302, 722)]), extra='stroke-opacity="0.4"')   # inguinal ligament
    d.add('feature', line([TRUNK.P(562, 0.985), TRUNK.P(570, 0.97), TRUNK.P(578, 0.985)]),
          extra='stroke-opacity="0.6"')                                                          # navel


def spread(d, m, bend=0.0):
    """A fan or sheet of muscles.tsv: its outline between the origin and insertion edges,
    its fibres from edge to edge (bend bows them, as Doc.fan)."""
    d.add('muscle', m.outline(), m.id)
    d.fibres(m.id, m.fibre_lines(bend))


def draw_hip(d):
    d.comment('hip')
    # vastus lateralis from the greater trochanter to the patella's lateral border (muscles.tsv),
    # under the gluteus maximus and the TFL that overlie its upper part, and under the
    # iliotibial tract (draw_knee())
    vl = MUSCLES['vastus-lateralis']
    d.add('tendon', vl.tendon_outline())
    sweep_belly(d, vl, k=5)
    # gluteus medius: a fan from the outer lip of the iliac crest to the greater trochanter (muscles.tsv)
    spread(d, MUSCLES['gluteus-medius'])
    sweep_belly(d, MUSCLES['tensor-fasciae-latae'], k=2)         # ASIS to the iliotibial tract (muscles.tsv)
    # gluteus maximus: a fan from the PSIS, sacrum and coccyx at the back to the iliotibial
    # tract and the gluteal tuberosity (muscles.tsv)
    spread(d, MUSCLES['gluteus-maximus'])


# ----------------------------------------------------------------------------------------
# the arm, hanging slightly behind the mid-axillary line, forearm mid-prone (thumb forward):
# the extensor side of the forearm faces the viewer, the radial border in front


def shoulder_bones(d):
    """Spine of the scapula, acromion and the clavicle's lateral end: the deltoid's origin,
    drawn over its upper border and the trapezius' insertion so the shoulder reads bony."""
    d.add('bone', band(SCAPULAR_SPINE, [2.2, 2.8, 3.2, 3.5]))
    d.add('bone', hcmds(spline(HD.ACROMION)))
    d.add('bone', hcmds(spline(HD.CLAVICLE)))


def draw_arm(d):
    d.comment('right arm, hanging just behind the trunk line, the elbow a little bent')
    d.bending = True
    d.add('skin', spline(densify_pts(arm_outline(), 8)))
    A = ARM
    # the arm's muscles of muscles.tsv (frame side, on the arm as described, before it bends):
    # brachialis from round the deltoid's insertion to the ulnar tuberosity, deep to the
    # others; triceps (long and lateral heads) from the infraglenoid tubercle behind, its
    # tendon to the olecranon; biceps in front from the bicipital groove, its tendon
    # diving under the brachioradialis to the radial tuberosity
    br = MUSCLES['brachialis']
    d.add('tendon', br.tendon_outline())
    sweep_belly(d, br, k=2)
    tri = MUSCLES['triceps-brachii']
    d.add('tendon', tri.tendon_outline())
    sweep_belly(d, tri, k=3)
    # its aponeurosis over the lower back of the belly, narrowing to the olecranon
    d.add('tendon', spline([A.P(500, -0.9), A.P(504, -0.6), A.P(538, -0.6), A.P(556, -0.8), A.P(546, -0.94)]))
    # the line between the long head (behind) and the lateral head
    d.add('feature', line([A.P(350, -0.62), A.P(420, -0.66), A.P(486, -0.7)]), extra='stroke-opacity="0.5"')
    bic = MUSCLES['biceps-brachii']
    sweep_belly(d, bic, k=2)
    d.add('tendon', bic.tendon_outline())
    # forearm extensors, front (radial) to back (ulnar), sharing borders
    # brachioradialis from the upper supracondylar ridge, fleshy to the lower third, its tendon
    # to the radial styloid; the radial wrist extensors from the lower ridge and the
    # epicondyle, their tendons to the second and third metacarpals (draw_hand(); muscles.tsv)
    brr = MUSCLES['brachioradialis']
    d.add('tendon', brr.tendon_outline())
    sweep_belly(d, brr, k=3)
    sweep_belly(d, MUSCLES['extensor-carpi-radialis-longus'], k=2)
    sweep_belly(d, MUSCLES['extensor-carpi-radialis-brevis'], k=2)
    # extensor digitorum and extensor carpi ulnaris from the common extensor origin on the
    # epicondyle, fleshy nearly to the wrist; the ulnaris' tendon beside the ulnar head to the
    # fifth metacarpal, the digitorum's middle tendon the row's (the others draw_hand()'s)
    sweep_belly(d, MUSCLES['extensor-digitorum'], k=2)
    ecu = MUSCLES['extensor-carpi-ulnaris']
    d.add('tendon', ecu.tendon_outline())
    sweep_belly(d, ecu, k=2)
    d.add('muscle', spline([A.P(556, -0.44, 'c'), A.P(574, -0.5), A.P(596, -0.72), A.P(606, -0.94, 'c'),
                            A.P(580, -0.97),
                            A.P(562, -0.86)]), 'anconeus')
    d.fan('anconeus', [A.P(560, -0.48), A.P(568, -0.5)], [A.P(585, -0.95), A.P(600, -0.9)], 3)
    apl = [A.P(640, -0.34), A.P(676, 0.02), A.P(706, 0.44), A.P(730, 0.86)]
    d.add('muscle', band(apl, [4.5, 7, 6, 3.5]), 'abductor-pollicis-longus')
    d.fibres('abductor-pollicis-longus',
             [apl, [(p[0] + 2.5, p[1] - 2) for p in apl], [(p[0] - 2.5, p[1] + 2) for p in apl]],
             inset=1.0)
    draw_hand(d)
    # deltoid: from the clavicle, acromion and spine, over the shoulder's cap, converging on
    # its V-shaped insertion at the middle of the lateral humerus
    spread(d, MUSCLES['deltoid'], bend=0.03)
    shoulder_bones(d)
    d.add('bone', ellipse(*side('lateral-epicondyle'), 5, 6, 8))                                    # lat. epicondyle
    d.add('bone', spline(G.around('side', 'olecranon', [(0, -16), (3, -12), (2, 6), (-1, 16)])))       # olecranon
    u = side('ulnar-head')                                                                       # ulnar head
    d.add('landmark', line([(u[0] + 1, u[1] - 5), (u[0] - 2.5, u[1]), (u[0] + 1, u[1] + 5)]),
          extra='stroke-opacity="0.45"')
    d.bending = False


def densify_pts(pts, spacing):
    """Points of a closed outline with extra ones on long sides, so that bend() folds
    it smoothly; corners ('c') are kept."""
    out = []
    for a, b in zip(pts, pts[1:] + pts[:1]):
        out.append(a)
        n = int(math.dist(a[:2], b[:2]) / spacing)
        if BEND_Y0 - 20 < max(a[1], b[1]) and min(a[1], b[1]) < BEND_Y1 + 20:
            for k in range(1, n):
                t = k / n
                out.append((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
    return out


SKIN_FILL = 'fill="#f4e7dd"'


def open_outline(pts, start, stop):
    """Indices start..stop (wrapping) of a closed point list, as an open skin contour."""
    n = len(pts)
    out, i = [], start % n
    while True:
        out.append(pts[i][:2])
        if i == stop % n:
            return out
        i = (i + 1) % n


def draw_fingers(d):
    """The fingers are drawn over the back of the hand without an outline across their
    roots, so that the hand reads as one piece: a fill-only patch hides the knuckle line,
    then each finger's sides and tip are stroked from the web down (the outer two from
    the hand's border)."""
    f = 'feature'
    for k, (n, c, w) in enumerate(FINGERS):
        c = [(c[0][0], c[0][1] - 6)] + c
        side = ribbon(c, [w[0]] + w)              # down one side (c order), up the other
        d.add('', spline(side), extra=SKIN_FILL)
        m = len(c)
        a = 2 if k > 0 else 0                     # the outer two from the hand's border
        b = 2 * m - 3 if k < len(FINGERS) - 1 else 2 * m - 1
        tip = (c[-1][0] + (c[-1][0] - c[-2][0]) * 0.35, c[-1][1] + (c[-1][1] - c[-2][1]) * 0.35)
        pts = side[a:m] + [tip] + side[m:b + 1]
        d.add('skin', line(pts))               # (filled as if closed; stroked only where open)
    for n, c, w in FINGERS:
        for j in (2, 3):                                                   # PIP and DIP creases
            p, q = c[j], c[j + 1]
            dx, dy = q[0] - p[0], q[1] - p[1]
            m = (dx * dx + dy * dy) ** 0.5
            nx, ny = -dy / m, dx / m
            r = w[j] * (0.5 if j == 2 else 0.4)
            d.add(f, line([(p[0] - nx * r, p[1] - ny * r + 0.8), (p[0], p[1] - 0.6),
                           (p[0] + nx * r, p[1] + ny * r + 0.8)]),
                  extra='stroke-opacity="0.4"')
        t, u = c[-1], c[-2]                                                # nail, foreshortened
        d.add(f, spline([((t[0] + u[0]) / 2 - w[-1] * 0.55, (t[1] + u[1]) / 2 + 1), (t[0] - w[-1] * 0.45, t[1] - 1),
                         (t[0] + w[-1] * 0.45, t[1] - 1.5), ((t[0] + u[0]) / 2 + w[-1] * 0.55, (t[1] + u[1]) / 2)]),
              extra='stroke-opacity="0.4"')


def draw_hand(d):
    """Back of the hand with the extensor tendons, the first dorsal interosseous in the
    web and the thumb in front of the index."""
    A = ARM
    f = 'feature'
    draw_fingers(d)
    # wrist extensors to the bases of the 2nd and 3rd metacarpals, finger extensors to the knuckles
    for m in ('extensor-carpi-radialis-longus', 'extensor-carpi-radialis-brevis'):
        d.add('tendon', MUSCLES[m].tendon_outline())
    for k, (n, c, w) in enumerate(reversed(FINGERS)):
        knuckle = c[0]
        if n == 'middle':                   # the extensor digitorum row's own tendon
            d.add('tendon', MUSCLES['extensor-digitorum'].tendon_outline())
            continue
        d.add('tendon', band([A.P(724, -0.2 - k * 0.08), A.P(744, -0.12 - k * 0.2),
                              (knuckle[0] + 1.5 - k, at_hand(0, 35)[1]), (knuckle[0], knuckle[1] - 1)],
                             [1.3, 1.2, 1.0, 0.9]))
    for n, c, w in FINGERS:                                                # knuckles
        x, y = c[0]
        d.add(f, line([(x - 4.5, y + 2), (x, y - 1.5), (x + 4.5, y + 2)]), extra='stroke-opacity="0.6"')
    fdi = on_hand([(33, 20, 'c'), (40, 27), (46, 39), (46, 52), (40, 62, 'c'), (35, 49), (32, 33)])
    d.add('muscle', spline(fdi), 'first-dorsal-interosseous')
    d.fan('first-dorsal-interosseous', on_hand([(34, 22), (40, 30), (45, 40)]), on_hand([(34, 39), (37, 51), (40, 60)]),
          4)
    # thumb, with its long abductor and long extensor tendons (the snuffbox between them)
    side, m = ribbon(THUMB, THUMB_W), len(THUMB)
    d.add('', spline(side), extra=SKIN_FILL)
    tip = (THUMB[-1][0] + (THUMB[-1][0] - THUMB[-2][0]) * 0.4, THUMB[-1][1] + (THUMB[-1][1] - THUMB[-2][1]) * 0.4)
    d.add('skin', line(side[2:m] + [tip] + side[m:] + [A.P(736, 0.98)]))
    d.add('tendon', band([A.P(730, 0.86), at_hand(37, 15), at_hand(41, 23)], [1.6, 1.4, 1.2]))   # abd. poll. longus
    d.add('tendon', band([A.P(714, -0.05), A.P(736, 0.4)] + on_hand([(38, 19), (45, 35), (50, 53), (51, 69)]),
                         [1.3, 1.3, 1.2, 1.1, 1.0, 0.9]))                                       # ext. poll. longus
    d.add(f, line(on_hand([(47, 51), (52, 49), (57, 51)])), extra='stroke-opacity="0.45"')         # MCP
    d.add(f, line(on_hand([(48, 67), (53, 65), (58, 67)])), extra='stroke-opacity="0.45"')         # IP crease
    d.add(f, spline(on_hand([(49, 75), (54, 78), (53, 85), (48, 88), (46, 81)])),
          extra='stroke-opacity="0.55"')                                                          # nail
    d.add(f, line(on_hand([(32, 4), (14, 7), (-1, 5)])), extra='stroke-opacity="0.3"')           # wrist crease


# ----------------------------------------------------------------------------------------
# the whole drawing

def draw_skin(d):
    d.comment('skin outline')
    d.add('skin', spline(skin_outline()))
    d.add('feature', line([LEG.P(790, -0.98), (165, 806), (200, 815)]), extra='stroke-opacity="0.4"')  # gluteal fold


def superficial():
    d = Doc('lateral', 'whole body, right lateral view, superficial muscles')
    draw_skin(d)
    draw_bones(d)
    draw_head(d)
    draw_trunk(d)
    draw_hip(d)
    draw_leg(d)
    d.add('bone', ellipse(*side('greater-trochanter'), 13, 11, 10))                                 # greater trochanter
    draw_arm(d)
    return d


# ----------------------------------------------------------------------------------------
# regions: bands of the limbs and trunk (v across, y down); a trunk or leg region loses
# the part the arm and hand cover, so that each visible point belongs to one region


def zone(lb, y0, y1, v0, v1, hole=True, step=6):
    """Region between fractions v0(y) and v1(y) (numbers or functions) of limb lb."""
    f0 = v0 if callable(v0) else (lambda y, v=v0: v)
    f1 = v1 if callable(v1) else (lambda y, v=v1: v)
    n = max(2, int((y1 - y0) / step))
    ys = [y0 + (y1 - y0) * i / n for i in range(n + 1)]
    left = [(lb.P(y, f0(y))[0], y) for y in ys]
    right = [(lb.P(y, f1(y))[0], y) for y in ys]
    # Drawn as a soft patch a little inside its strip, like the other views' regions:
    # a filled grid of straight-edged strips reads as a chart, not as pain on a body.
    inset_ys = [y0 + 2 + (y1 - y0 - 4) * i / n for i in range(n + 1)][::max(1, n // 4)]
    if inset_ys[-1] != y1 - 2:
        inset_ys.append(y1 - 2)
    soft_left = [(lb.P(y, f0(y) + 0.05)[0], y) for y in inset_ys]
    soft_right = [(lb.P(y, f1(y) - 0.05)[0], y) for y in inset_ys]
    cmds = spline(soft_left + soft_right[::-1])
    if hole:
        cut = []
        for (a, y), (b, _) in zip(left, right):
            ax = arm_x(y)
            if ax and min(b, ax[1]) - max(a, ax[0]) > 0.5:
                cut.append((max(a, ax[0]), min(b, ax[1]), y))
        if len(cut) >= 2:
            ring = [(c[0], c[2]) for c in cut] + [(c[1], c[2]) for c in reversed(cut)]
            cmds += polyline(ring[::-1]) + [('Z',)]
    return cmds


def signed_area(ring):
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1])) / 2


def cut_arm(cmds, step=1.0):
    """A region drawn as one closed outline (ellipse, ribbon) loses the part under the arm:
    a hole subpath wound against the outline, one per run of scan lines that cross both."""
    ring = flatten(cmds)[0]
    ys = [p[1] for p in ring]
    runs, active = [], []
    y = min(ys) + 0.25
    while y < max(ys):
        xs = sorted(x0 + (x1 - x0) * (y - y0) / (y1 - y0)
                    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]) if (y0 <= y < y1) or (y1 <= y < y0))
        ax, pieces = arm_x(y), []
        if ax:
            for a, b in zip(xs[0::2], xs[1::2]):
                lo, hi = max(a, ax[0]), min(b, ax[1])
                if hi - lo > 0.5:
                    pieces.append((lo, hi, y))
        nxt = []
        for pc in pieces:                   # continue the run whose last interval overlaps
            run = next((r for r in active if r[-1][0] < pc[1] and pc[0] < r[-1][1]), None)
            if run is None or any(run is r for r in nxt):
                run = []
                runs.append(run)
            run.append(pc)
            nxt.append(run)
        active = nxt
        y += step
    out = list(cmds)
    outer = signed_area(ring) > 0
    for run in runs:
        if len(run) < 2:
            continue
        hole = [(c[0], c[2]) for c in run] + [(c[1], c[2]) for c in reversed(run)]
        if (signed_area(hole) > 0) == outer:
            hole = hole[::-1]
        out += polyline(hole) + [('Z',)]
    return out


def regions(d):
    """The regions' seeds: the head's (head view), then the side view's (regions.tsv,
    drawing side): bands of the trunk, arm and leg stations, and outlines; a seed flagged
    cut loses the part the arm covers, one flagged bent follows the arm's bend."""
    HD.regions(Proxy(d))
    limbs = {'trunk': TRUNK, 'arm': ARM, 'leg': LEG}

    def fraction(v):
        return vf(*v) if isinstance(v, list) else v
    for seed in seeds('side'):
        cut = 'cut' in seed.flags
        cmds = seed.cmds(zone=lambda limb, y0, y1, v0, v1: zone(limbs[limb], y0, y1, fraction(v0), fraction(v1),
                                                                 hole=cut))
        if cut and seed.pieces[0][0] != 'zone':
            cmds = cut_arm(cmds)
        if 'bent' in seed.flags:
            cmds = bend_cmds(cmds)
        d.region(seed.id, cmds, sided=seed.side == 'pair')


# ----------------------------------------------------------------------------------------
# trigger-point marks: the head's are the head view's, mapped; the rest are placed on the
# part of each muscle seen from the side (see each trigger point's <location>)

HEAD_MARKED = ('temporalis', 'masseter', 'sternocleidomastoid', 'upper-trapezius', 'splenius-capitis',
               'levator-scapulae', 'scalenes', 'frontalis', 'occipitalis')


def r1(p):
    return (round(p[0], 1), round(p[1], 1))


def body_marks():
    A, L = ARM, LEG
    return [
        ('upper-trapezius', 'tp2', (186, 304)),
        ('deltoid', 'tp1', bend(A.P(335, 0.55))),
        ('deltoid', 'tp2', bend(A.P(372, -0.62))),
        ('pectoralis-major', 'tp1', (272, 312)),
        ('pectoralis-major', 'tp2', (316, 392)),
        ('pectoralis-major', 'tp3', (276, 376)),
        ('serratus-anterior', 'tp1', (266, 445)),
        ('latissimus-dorsi', 'tp2', (252, 545)),
        ('external-oblique', 'tp1', (309, 488)),
        ('external-oblique', 'tp2', (290, 637)),
        ('triceps-brachii', 'tp1', bend(A.P(440, -0.72))),
        ('triceps-brachii', 'tp2', bend(A.P(486, -0.42))),
        ('biceps-brachii', 'tp1', bend(A.P(500, 0.78))),
        ('brachialis', 'tp1', bend(A.P(488, 0.3))),
        ('brachialis', 'tp2', bend(A.P(445, 0.22))),
        ('brachioradialis', 'tp1', bend(A.P(585, 0.6))),
        ('extensor-carpi-radialis-longus', 'tp1', bend(A.P(590, -0.05))),
        ('extensor-carpi-radialis-brevis', 'tp1', bend(A.P(628, -0.18))),
        ('extensor-digitorum', 'tp1', bend(A.P(615, -0.56))),
        ('extensor-digitorum', 'tp2', bend(A.P(650, -0.5))),
        ('extensor-carpi-ulnaris', 'tp1', bend(A.P(645, -0.84))),
        ('first-dorsal-interosseous', 'tp1', bend(at_hand(38, 41))),
        ('anconeus', 'tp1', bend(A.P(582, -0.76))),
        ('gluteus-medius', 'tp2', (253, 643)),
        ('gluteus-medius', 'tp3', (274, 652)),
        ('tensor-fasciae-latae', 'tp1', (282, 690)),
        ('sartorius', 'tp1', (294, 704)),
        ('rectus-femoris', 'tp1', L.P(775, 0.78)),
        ('vastus-lateralis', 'tp1', L.P(975, 0.35)),
        ('vastus-lateralis', 'tp2', L.P(880, 0.2)),
        ('vastus-lateralis', 'tp3', L.P(950, -0.45)),
        ('biceps-femoris', 'tp1', L.P(930, -0.8)),
        ('biceps-femoris', 'tp2', L.P(1000, -0.72)),
        ('tibialis-anterior', 'tp1', L.P(1120, 0.6)),
        ('extensor-digitorum-longus', 'tp1', L.P(1140, 0.03)),
        ('fibularis-longus', 'tp1', L.P(1095, -0.2)),
        ('fibularis-brevis', 'tp1', L.P(1280, -0.12)),
        ('gastrocnemius', 'tp2', L.P(1090, -0.75)),
        ('soleus', 'tp2', L.P(1135, -0.49)),
    ]


def all_marks():
    moved = {('sternocleidomastoid', 'tp1'): (370, 566)}       # the narrower scaled belly
    out = [(m, tp, 'lateral') + r1((hx(x), hy(y))) for m, tp, v, x, y in
           ((m, tp, v) + moved.get((m, tp), (x, y)) for m, tp, v, x, y in HD.MARKS)
           if v == 'head' and m in HEAD_MARKED]
    out += [(m, tp, 'lateral') + r1(p) for m, tp, p in body_marks()]
    return out


REQUIRED = ['temporalis', 'masseter', 'sternocleidomastoid', 'upper-trapezius', 'deltoid', 'triceps-brachii',
            'biceps-brachii', 'brachialis', 'brachioradialis', 'extensor-carpi-radialis-longus', 'extensor-digitorum',
            'latissimus-dorsi', 'serratus-anterior', 'external-oblique', 'pectoralis-major', 'gluteus-medius',
            'gluteus-maximus', 'tensor-fasciae-latae', 'vastus-lateralis', 'biceps-femoris', 'rectus-femoris',
            'tibialis-anterior', 'extensor-digitorum-longus', 'fibularis-longus', 'fibularis-brevis', 'gastrocnemius',
            'soleus']


def atlas_ids(kind):
    import re
    with open(G.ATLAS, encoding='utf-8') as f:
        text = f.read()
    return set(re.findall(r'<%s id="([^"]+)"' % kind, text))


def check(d, marks):
    errors = side_landmark_errors()
    muscles, regions_ok = atlas_ids('muscle'), atlas_ids('region')
    for m in REQUIRED:
        if m not in d.shapes:
            errors.append(f'required muscle {m} missing')
    for m in d.shapes:
        if m not in muscles:
            errors.append(f'{m} is drawn but has no <muscle> in atlas.xml')
    for key in d.regions:
        rid = key[len('region-'):]
        rid = rid[:-len('-right')] if rid.endswith('-right') else rid
        if rid not in regions_ok:
            errors.append(f'{key}: no such region in atlas.xml')
    for m, tp, view, x, y in marks:
        errors.extend(d.mark_problems(view, m, tp, x, y, W, HT))
    if '--draft' in sys.argv:      # write the SVG anyway, to look at what is wrong
        for e in errors:
            print('ERROR:', e, file=sys.stderr)
    else:
        exit_on_errors(errors)


def main():
    d = superficial()
    regions(d)
    marks = all_marks()
    check(d, marks)
    with open(os.path.join(OUT_DIR, 'lateral.svg'), 'w') as f:
        f.write(d.svg())
    write_marks(os.path.join(G.marks_dir(), 'marks-lateral.tsv'), marks)
    print('wrote lateral.svg, marks-lateral.tsv')


if __name__ == '__main__':
    main()
