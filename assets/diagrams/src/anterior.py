#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Front (anterior) body diagrams for the Trigger Point Atlas.

Run from the repository root:  python3 assets/diagrams/src/anterior.py
Writes assets/diagrams/anterior.svg, assets/diagrams/anterior-deep.svg and
assets/diagrams/src/marks-anterior.tsv.

Only the image-left half (the body's RIGHT side in a front view, x < 350) is described;
every sided shape is emitted twice, the second time mirrored with grid.path_d(mirror=True),
so the two halves match exactly.  Outlines are Catmull-Rom splines through control points
converted to cubic Beziers (only M, L, C, Q, Z commands).  Limb muscles are described in
limb coordinates (y, v): v = -1 is the lateral skin edge, v = +1 the medial skin edge.
"""
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import grid as G  # noqa: E402
from grid import path_d, MID, sym, spline, flatten, inside, edge_dist, along  # noqa: E402
from grid import multi, band, ellipse, line, polyline  # noqa: E402
from grid import mark_errors, exit_on_errors, write_marks  # noqa: E402
import silhouette as S  # noqa: E402
import pelvis  # noqa: E402
from silhouette import ARM, LEG, hand, trunk_x  # noqa: E402
import diaphragm  # noqa: E402
import ribcage  # noqa: E402
from ribcage import COSTAL_MARGIN, COSTAL_MARGIN_W, SERRATUS, serratus_fibres, serratus_zigzag  # noqa: E402
from ribcage import tooth_fibres, deep_serratus  # noqa: E402

OUT_DIR = G.out_dir()


def front(name, dx=0, dy=0, *flag):
    """A palpable landmark of the front views (landmarks.tsv, frame front; the acromion
    is the body frame's), moved by (dx, dy): the bones and what hangs on them are
    placed from these, so that moving a landmark moves them."""
    x, y = G.landmark('body', name) if name == 'acromion' else G.landmark('front', name)
    return (x + dx, y + dy) + flag

# ----------------------------------------------------------------------------------------
# geometry helpers












# ----------------------------------------------------------------------------------------
# the outline: the parts only the front view shows (face, toes) around the shared ones

FOOT = [
    S.LATERAL_ANKLE, (268, 1384), (262, 1402), (255, 1424), (250, 1440), (250, 1450), (254, 1455),
    (258, 1452, 'c'), (262, 1459), (268, 1461), (272, 1455, 'c'), (276, 1463), (282, 1466),
    (286, 1459, 'c'), (290, 1467), (297, 1469), (301, 1461, 'c'), (305, 1470), (314, 1473),
    (322, 1469), (326, 1458), (327, 1432), (327, 1404), (326, 1380),
]


def silhouette_half():
    head_and_neck = [(350, 60), (322, 63), (301, 74), (290, 92), (286, 114), (286, 133),
                     (283, 136, 'c'), (277, 140), (275, 152), (277.5, 168), (283, 180), (289, 185, 'c'),
                     (294, 198), (300, 213), (305, 226), (307, 240), (306, 250)]
    return (head_and_neck + S.SHOULDER + S.ARM_OUTER + S.HAND_OUTLINE + S.ARM_INNER + [S.AXILLA] + S.FLANK
            + S.LEG_OUTER + FOOT + S.LEG_INNER + S.CROTCH)


# ----------------------------------------------------------------------------------------
# document


class Doc:
    def __init__(self, view, title):
        self.view = view
        self.title = title
        self.items = []
        self.shapes = {}
        self.regions = []

    def _el(self, cls, d, pid=None, extra=''):
        a = f' id="{pid}"' if pid else ''
        c = f' class="{cls}"' if cls else ''
        e = f' {extra}' if extra else ''
        return f'<path{a}{c}{e} d="{d}"/>'

    def add(self, cls, cmds, pid=None, sided=True, extra=''):
        if sided:
            self.items.append(self._el(cls, path_d(cmds), pid and pid + '-right', extra))
            self.items.append(self._el(cls, path_d(cmds, True), pid and pid + '-left', extra))
        else:
            self.items.append(self._el(cls, path_d(cmds), pid, extra))
        if pid:
            if pid in self.shapes:
                raise SystemExit(f'duplicate id {pid} in {self.view}')
            self.shapes[pid] = cmds

    def comment(self, text):
        self.items.append(f'<!-- {text} -->')

    def region(self, rid, cmds, sided=True):
        if sided:
            self.regions.append(f'<path id="region-{rid}-right" d="{path_d(cmds)}"/>')
            self.regions.append(f'<path id="region-{rid}-left" d="{path_d(cmds, True)}"/>')
        else:
            self.regions.append(f'<path id="region-{rid}" d="{path_d(cmds)}"/>')

    def fibres(self, pid, lines, inset=1.6, hidden=()):
        """Clip each candidate polyline to the inside of muscle pid (dense sampling) and
        draw the longest inside run as a fibre line.  hidden: outlines drawn over the
        muscle before the fibres are, so the fibres must stay out of them too."""
        rings = flatten(self.shapes[pid])
        over = [flatten(h) for h in hidden]

        def keep(p):
            return (inside(rings, p) and edge_dist(rings, p) >= inset
                    and not any(inside(o, p) or edge_dist(o, p) < inset for o in over))
        for ln in lines:
            best = G.longest_run(G.densify(ln, spacing=2.5), keep)
            if len(best) >= 4:
                self.add('fibre', polyline(G.every(best, 3)))

    def fan(self, pid, a_pts, b_pts, n, bend=0.0, t0=0.0, t1=1.0):
        lines = []
        for i in range(n):
            t = t0 + (t1 - t0) * (i + 0.5) / n
            a, b = along(a_pts, t), along(b_pts, t)
            if bend:
                mxp, myp = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
                dx, dy = b[0] - a[0], b[1] - a[1]
                L = math.hypot(dx, dy) or 1
                c = (mxp - dy / L * bend * L, myp + dx / L * bend * L)
                ln = []
                for s in range(13):
                    u = s / 12
                    ln.append(((1 - u) ** 2 * a[0] + 2 * (1 - u) * u * c[0] + u * u * b[0],
                               (1 - u) ** 2 * a[1] + 2 * (1 - u) * u * c[1] + u * u * b[1]))
            else:
                ln = [a, b]
            lines.append(ln)
        self.fibres(pid, lines)

    def limb_fibres(self, pid, limb, y0, y1, v_top, v_bot, n):
        """Fibres running along a limb muscle from (y0, v_top[i]) to (y1, v_bot[i])."""
        lines = []
        for i in range(n):
            t = (i + 0.5) / n
            va = v_top[0] + t * (v_top[1] - v_top[0])
            vb = v_bot[0] + t * (v_bot[1] - v_bot[0])
            ln = []
            for s in range(9):
                u = s / 8
                y = y0 + u * (y1 - y0)
                ln.append(limb.P(y, va + u * (vb - va)))
            lines.append(ln)
        self.fibres(pid, lines)

    def svg(self, grid_comment):
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               f'<!-- Trigger Point Atlas: {self.title}. Generated by assets/diagrams/src/anterior.py; do not edit by hand. -->',
               f'<!-- {grid_comment} -->',
               '<svg xmlns="http://www.w3.org/2000/svg" width="700" height="1500" viewBox="0 0 700 1500">',
               f'<style>{G.CSS}</style>', G.SHADE_DEFS]
        out += self.items
        out.append('<g id="regions" display="none">')
        out += self.regions
        out.append('</g>')
        out.append('</svg>')
        return '\n'.join(out) + '\n'


GRID_COMMENT = (
    f"Proportion grid (eight heads, one head H={G.H}; y grows downwards): vertex {G.VERTEX}, "
    f"chin {G.CHIN}, acromion/shoulders {G.SHOULDER}, nipples {G.NIPPLE}, elbow {G.ELBOW}, "
    f"navel {G.NAVEL}, iliac crest {G.ILIAC_CREST}, greater trochanter {G.TROCHANTER}, wrist {G.WRIST}, "
    f"pubis {G.PUBIS}, fingertips {G.FINGERTIP}, mid-thigh {G.MID_THIGH}, knee {G.KNEE}, "
    f"mid-calf {G.MID_CALF}, ankle/malleoli {G.ANKLE}, sole {G.SOLE}. Midline x={G.MID}; "
    f"the body's RIGHT side is drawn at x < {G.MID} (front view)."
)

# ----------------------------------------------------------------------------------------
# shared pieces


def draw_skin(doc):
    doc.comment('skin silhouette')
    doc.add('skin', spline(sym(silhouette_half())), sided=False)


def draw_face(doc):
    doc.comment('face, ears, hands and feet (feature lines)')
    f = 'feature'
    # brows
    doc.add(f, line([(341, 133), (331, 128.5), (318, 128.5), (308, 133)]))
    # eye: upper and lower lid
    doc.add(f, line([(338, 146.5), (331, 142.3), (322, 142.3), (315, 146)]))
    doc.add(f, line([(338, 146.5), (330, 149.3), (321, 149), (315, 146)]), extra='stroke-opacity="0.6"')
    doc.add('', ellipse(327, 145.8, 2.6, 2.6, 8), extra='fill="#8a6f60" stroke="none"')
    # nose
    doc.add(f, line([(343, 147), (341.5, 165), (338.5, 176)]), extra='stroke-opacity="0.6"')
    doc.add(f, line([(339.5, 173), (337, 179), (341, 182.5), (345.5, 181), (350, 183)]))
    # lips
    doc.add(f, line([(333.5, 199.5), (340, 197), (346, 196.5), (350, 197.5)]))
    doc.add(f, line([(335.5, 200.5), (342, 204), (350, 204.5)]), extra='stroke-opacity="0.55"')
    doc.add(f, line([(341, 212), (350, 212.6)]), extra='stroke-opacity="0.45"')
    # ear detail
    doc.add(f, line([(284, 141), (280, 150), (281, 164), (285, 176)]), extra='stroke-opacity="0.7"')
    doc.add(f, line([(285, 150), (284, 160), (287, 167)]), extra='stroke-opacity="0.5"')
    # hand: finger separations inside the palm, thenar crease
    for a0, a1 in ((-10.5, -10.5), (3.8, 3.8), (17.3, 17.3)):
        doc.add(f, line([hand(a0, 91), hand(a1, 84)]), extra='stroke-opacity="0.5"')
    doc.add(f, line([hand(-19, 30), hand(-12, 48), hand(-12, 68)]), extra='stroke-opacity="0.45"')
    doc.add(f, line([hand(-10, 72), hand(6, 66), hand(26, 64)]), extra='stroke-opacity="0.35"')
    for a, d in ((-16.5, 120), (-3, 124), (10.5, 120), (23.5, 110)):
        doc.add(f, line([hand(a - 3.5, d), hand(a + 3.5, d)]), extra='stroke-opacity="0.4"')
    # toes: nails/separations
    for x0, y0, x1, y1 in ((258, 1452, 259, 1441), (272, 1455, 272, 1444), (286, 1459, 286, 1447), (301, 1461, 300, 1448)):
        doc.add(f, line([(x0, y0), (x1, y1)]), extra='stroke-opacity="0.55"')
    doc.add(f, line([(306, 1462), (312, 1458), (319, 1460)]), extra='stroke-opacity="0.45"')


CLAVICLE = spline([front('sternoclavicular-joint', 0, -4.5, 'c'), (318, 283.5), (292, 287.5), (262, 291), (232, 291),
                   (206, 292), front('acromion', 5, -5), front('acromion', 1.5, -0.5), front('acromion', 7, 4),
                   (208, 301), (234, 299.5), (262, 299.5), (292, 296.5), (318, 293),
                   front('sternoclavicular-joint', 0, 4, 'c')])

# the muscles defined as data (muscles.tsv): origin and insertion landmarks, centre line,
# width profile and tendon
MUSCLES = G.muscles('front')
# coracobrachialis: coracoid tip down the medial arm to the middle of the humeral shaft
CORACOBRACHIALIS = MUSCLES['coracobrachialis'].line

# centre lines of the strap-like muscles added for the chest and shoulder
# sternalis: beside the sternal border on the pectoralis major, from the sternocleidomastoid
# tendon at the manubrium down to the costal cartilages and the rectus sheath
STERNALIS = [(340.5, 300), (339, 325), (337, 360), (335, 395), (332.5, 425), (330, 446)]
# subclavius: first costochondral junction, up and out under the middle of the clavicle
SUBCLAVIUS = [(321, 303.5), (305, 302.5), (288, 301.5), (270, 300.5), (253, 300), (240, 299.5)]
# internal oblique: flank and iliac crest to the costal margin and semilunar line
# transversus abdominis: from behind the costal margin, across under the internal oblique;
# it shows below the xiphoid, where its upper fibres pass behind the rectus, and as a thin
# margin medial to the internal oblique, where its fleshy part reaches a little further in
TRANSVERSUS = [(344, 450, 'c'), (330, 467), (310, 492), (288, 517), (264, 535), (246, 545, 'c'), (244, 562),
               (240, 590), (235, 614, 'c'), (258, 626), (280, 610), (301, 597, 'c'), (308.5, 576), (311, 556),
               (314.5, 534), (319, 513), (326, 496), (337, 482), (343.5, 466)]
# inguinal ligament: from the anterior superior iliac spine to the pubic tubercle
INGUINAL_LIGAMENT = [front('asis', 0, 0, 'c'), (290, 684), front('pubic-tubercle', 0, -2, 'c'),
                     front('pubic-tubercle', -1, 3, 'c'), (288, 689), front('asis', -1, 5, 'c')]
# pyramidalis: a small triangle in front of the lowest rectus, from the pubic crest up to
# the linea alba; the pair nearly meets at the midline
PYRAMIDALIS = [(349.2, 742, 'c'), (337, 742.5), (325, 741, 'c'), (332, 724), (340, 704), (346, 686), (349.2, 674, 'c')]
INTERNAL_OBLIQUE = [front('asis', -3, -1, 'c'), (276, 622), (297, 598), (300, 570), (301, 540), (301, 508, 'c'),
                    (288, 522), (268, 538), (250, 549), (243.5, 553, 'c'), (242, 572), (238, 592), (232, 609),
                    (230, 622), (238, 634)]



def sweep(d, m, cls='muscle'):
    """A muscle of muscles.tsv, its belly swept along its line with its width profile
    (a strap cut square at its ends); its tendon is drawn with the tendons
    (sweep_tendon)."""
    d.add(cls, m.outline(caps=m.belly != 'strap'), m.id)


def sweep_tendon(d, m):
    if m.tendon:
        d.add('tendon', m.tendon_outline())


def patellar_ligament():
    """From the patella's lower pole to the tibial tuberosity."""
    top = front('patella')[1] + 17
    return [LEG.P(top, -0.14, 'c'), LEG.P(top, 0.17, 'c'), front('tibial-tuberosity', 4.3, 0, 'c'),
            front('tibial-tuberosity', -4.39, 0, 'c')]


def draw_landmarks(doc, deep=False):
    doc.comment('bones and landmarks')
    # clavicle (S-shaped), acromion
    doc.add('bone', CLAVICLE)
    # sternum (manubrium + body + xiphoid), jugular notch
    st = sym([front('sternal-notch', 0, 0, 'c'), front('sternoclavicular-joint', 0, -3, 'c'), (337, 296), (338, 318),
              (342, 330), (341, 360), (341, 410), (343, 446), front('xiphoid', 0, 0, 'c')])
    doc.add('bone', spline(st), sided=False)
    doc.add('landmark', line([(342, 327), (350, 325.5), (358, 327)]), sided=False, extra='stroke-opacity="0.5"')
    # mandible angle and jaw line
    doc.add('landmark', line([(291, 183), (294, 199), (299, 207.5), (310, 214), (326, 223), (340, 228.5), (350, 229.5)]),
            extra='stroke-opacity="0.7"')
    # zygomatic arch
    doc.add('bone', spline([(289.5, 159, 'c'), (300, 158), (312, 160.5), (318, 164, 'c'), (306, 164), (289.5, 163.5, 'c')]))
    if not deep:
        # patella, tibial crest, malleoli, epicondyles, ASIS hint
        doc.add('bone', ellipse(*front('patella'), 16.5, 21, 12))
        doc.add('bone', ellipse(*front('medial-malleolus'), 6, 8.5, 8))
        doc.add('bone', ellipse(*front('lateral-malleolus'), 5.5, 9, 8))
        doc.add('bone', spline([LEG.P(1045, 0.45), LEG.P(1040, 0.8), LEG.P(1070, 0.75), LEG.P(1340, 0.62),
                                LEG.P(1350, 0.35), LEG.P(1200, 0.08), LEG.P(1090, 0.06)]))
        doc.add('bone', ellipse(*front('medial-epicondyle'), 5, 5.5, 8))
        doc.add('bone', ellipse(*front('lateral-epicondyle'), 4.5, 5, 8))
        doc.add('bone', ellipse(*front('fibular-head'), 5.5, 5.5, 8))


# ----------------------------------------------------------------------------------------
# superficial view


def superficial():
    d = Doc('anterior', 'front view, superficial muscles')
    draw_skin(d)
    draw_landmarks(d)

    d.comment('muscles, deep to superficial')
    # ---- head
    # temporalis (muscles.tsv, a fan): from the temporal fossa up to the superior temporal
    # line, converging under the zygomatic arch on the coronoid process
    sweep(d, MUSCLES['temporalis'])
    # frontalis (muscles.tsv, a sheet): from the galea aponeurotica at the hairline down to
    # the skin of the eyebrow
    sweep(d, MUSCLES['frontalis'])
    d.add('muscle', multi(ellipse(327, 146, 18.5, 13.5, 12), ellipse(327, 146, 12, 5.2, 10)), 'orbicularis-oculi',
          extra='fill-rule="evenodd" opacity="0.45"')
    # masseter (muscles.tsv, a sheet): from the lower border of the zygomatic arch down to the
    # outer surface of the mandible's angle and lower ramus, its front border bulging
    sweep(d, MUSCLES['masseter'])
    draw_face(d)
    # ---- neck
    d.add('muscle', spline([(291.5, 189, 'c'), (297.5, 203), (303, 216), (308, 231), (310, 246), (311.5, 264),
                            (307, 286, 'c'), (323.5, 288, 'c'), (327.5, 276), (332.5, 290, 'c'), (343, 291.5, 'c'),
                            (338, 272), (330, 252), (320, 232), (309, 212), (297, 194)]), 'sternocleidomastoid')
    d.add('muscle', spline([(307.5, 253, 'c'), (297, 264), (273, 279), (241, 290.5), (212, 296.5), (196, 299.5, 'c'),
                            (214, 294.5), (240, 287.5), (268, 278), (290, 267.5), (306.5, 264, 'c')]), 'upper-trapezius')
    # ---- trunk: abdominal aponeurosis, rectus, obliques, serratus, latissimus
    apo = sym([(350, 455, 'c'), (318, 455), (292, 462), (286, 520), (280, 580), (262, 640, 'c'), (300, 690),
               (334, 738), (350, 742, 'c')])
    d.add('tendon', spline(apo), sided=False)
    # serratus anterior: the lower digitations on the lateral chest wall, below the pectoralis
    # major; the external oblique's upper slips fill the notches between them and the
    # latissimus dorsi's front border covers their roots
    d.add('muscle', spline(SERRATUS), 'serratus-anterior')
    eo = [(300, 463, 'c'), (297, 500), (294, 540), (289, 580), (279, 614), (262, 638), front('asis', 0, 0, 'c'),
          (246, 634), (236, 622, 'c'), (240, 596), (244.5, 566), (246.5, 545), (245, 528)]
    eo += list(reversed(serratus_zigzag())) + [(273.5, 439), (286, 445), (296, 449)]
    d.add('muscle', spline(eo), 'external-oblique')
    # latissimus dorsi from the front (muscles.tsv): only its front border shows at the side of
    # the chest, from the lowest ribs up to the axilla; its tendon winds under the pectoralis
    # major to the floor of the intertubercular groove (not drawn)
    sweep(d, MUSCLES['latissimus-dorsi'])
    # rectus abdominis (muscles.tsv, a strap): from the fifth to seventh costal cartilages,
    # its upper end reaching up and out under the pectoralis major's lower border, so no
    # aponeurosis shows between it, the pectoralis and the external oblique; narrowing down
    # beside the linea alba to the pubic crest
    sweep(d, MUSCLES['rectus-abdominis'])
    d.add('muscle', spline(PYRAMIDALIS), 'pyramidalis')
    # ---- arm
    A = ARM
    # triceps brachii from the front (muscles.tsv, a row a head): the long head from the
    # infraglenoid tubercle, under the deltoid and the pectoralis major's tendon, down the
    # arm's medial side; the lateral head from the back of the humerus under the deltoid
    # down its lateral edge; both to the olecranon behind the elbow (not drawn)
    d.add('muscle', multi(*[p.outline() for p in G.parts('front', 'triceps-brachii')]), 'triceps-brachii')
    d.add('muscle', multi(
        spline(A.pts([(440, -0.7, 'c'), (470, -0.95), (520, -0.96), (553, -0.85), (572, -0.45, 'c'), (548, -0.42),
                      (510, -0.58), (470, -0.66)])),
        spline(A.pts([(470, 0.52, 'c'), (505, 0.72), (540, 0.76), (567, 0.55), (574, 0.3, 'c'), (548, 0.22),
                      (510, 0.36)]))), 'brachialis')
    # biceps brachii: its heads join under the deltoid (the row's line starts at the long
    # head's groove), the belly down the front of the arm, its tendon to the radial
    # tuberosity (muscles.tsv)
    sweep(d, MUSCLES['biceps-brachii'])
    # ---- chest and shoulder
    pec = [(341, 298.5, 'c'), (318, 297.5), (290, 300.5), (262, 303.5), (255, 305.5, 'c'), (245, 319), (232, 338),
           (218, 358), (207, 375), (196, 388, 'c'), (198, 397, 'c'), (208, 398), (213.5, 391), (215, 378), (218, 365),
           (222, 371), (225.5, 388), (230.5, 405), (250, 424), (275, 443), (300, 455), (325, 460), (343.5, 455, 'c'), (344.5, 420), (344.5, 360), (343.5, 318)]
    d.add('muscle', spline(pec), 'pectoralis-major')
    # the deltoid (muscles.tsv, a fan): from the lateral third of the clavicle and the
    # acromion's border, filling the shoulder's outer curve, converging on its tuberosity a
    # little below the upper third of the humerus on its outer side; its front border
    # hollow along the deltopectoral groove
    sweep(d, MUSCLES['deltoid'])

    # ---- forearm
    # the forearm bellies turn to tendon in the lower third (below about y 680): the radial
    # group and the wrist flexors first, the finger flexor and FCU a little lower
    # flexor digitorum superficialis (muscles.tsv): from the common flexor origin on the medial
    # epicondyle, its broad belly down the middle of the forearm under the wrist flexors, its
    # tendons into the carpal tunnel (the row's runs on under the retinaculum and the palmar
    # aponeurosis to the middle finger's middle phalanx, not drawn past the wrist)
    sweep(d, MUSCLES['flexor-digitorum-superficialis'])
    # pronator teres (muscles.tsv): medial epicondyle obliquely down and out to the middle of
    # the radius's lateral surface; its short tendon lies under the brachioradialis (not drawn)
    sweep(d, MUSCLES['pronator-teres'])
    # flexor carpi ulnaris (muscles.tsv): along the forearm's ulnar border from the medial
    # epicondyle, its tendon from the lower third to the pisiform
    sweep(d, MUSCLES['flexor-carpi-ulnaris'])
    # palmaris longus: a slender belly from the common flexor origin on the medial epicondyle,
    # its long tendon down the middle of the wrist to the palmar aponeurosis (muscles.tsv)
    sweep(d, MUSCLES['palmaris-longus'])
    # flexor carpi radialis: from the medial epicondyle obliquely across the forearm, its
    # tendon to the base of the second metacarpal (muscles.tsv)
    sweep(d, MUSCLES['flexor-carpi-radialis'])
    # brachioradialis: from the lateral supracondylar ridge down the radial side of the
    # forearm, its tendon from the lower third to the radial styloid (muscles.tsv)
    sweep(d, MUSCLES['brachioradialis'])
    # extensor carpi radialis longus (muscles.tsv): from the lower third of the lateral
    # supracondylar ridge, below the brachioradialis, behind it along the radial border; its
    # tendon to the wrist (past it, on the back of the hand, to the second metacarpal's base)
    sweep(d, MUSCLES['extensor-carpi-radialis-longus'])

    # ---- hip and thigh
    L = LEG
    # the calf seen from the front (muscles.tsv), before the thigh's muscles, whose tendons at
    # the knee (sartorius, gracilis) lie over the gastrocnemius's medial head: the soleus
    # from the soleal line shows below and in front of the gastrocnemius's medial head, which
    # comes from behind the medial femoral condyle; both go on by the calcaneal tendon to the
    # heel, behind the leg (not drawn)
    sweep(d, MUSCLES['soleus'])
    sweep(d, MUSCLES['gastrocnemius'])
    # tensor fasciae latae: from the anterior superior iliac spine and the front of the iliac
    # crest down the outer hip to the iliotibial tract a third of the way down the thigh
    # (muscles.tsv)
    sweep(d, MUSCLES['tensor-fasciae-latae'])
    # the vasti (muscles.tsv): lateralis from the greater trochanter down the outer thigh to
    # the patella's lateral border; medialis a teardrop low on the inner thigh, its lowest
    # fibres curving in to the patella's medial border
    sweep(d, MUSCLES['vastus-lateralis'])
    sweep(d, MUSCLES['vastus-medialis'])
    sweep(d, MUSCLES['rectus-femoris'])       # AIIS to the patella (muscles.tsv)
    # gracilis: a strap from the pubic body down the inner thigh, its tendon behind the
    # sartorius to the pes anserinus (muscles.tsv)
    sweep(d, MUSCLES['gracilis'])
    sweep_tendon(d, MUSCLES['gracilis'])
    # pectineus (muscles.tsv, a sheet): a flat quadrilateral from the pecten pubis down and out
    # to the femur's pectineal line below the lesser trochanter; its lower end passes behind
    # the iliopsoas and the rectus femoris
    sweep(d, MUSCLES['pectineus'])
    # adductor longus: from the pubic body below the tubercle, widening down and out under
    # the sartorius to the linea aspera (muscles.tsv)
    sweep(d, MUSCLES['adductor-longus'])
    pelvis.anterior_superficial(d)
    sweep(d, MUSCLES['sartorius'])            # ASIS to the pes anserinus (muscles.tsv)
    sart_c = MUSCLES['sartorius'].line

    # ---- leg
    # fibularis brevis: from the lower two thirds of the fibula, under the longus's tendon,
    # its belly down to just above the lateral malleolus
    sweep(d, MUSCLES['fibularis-brevis'])   # (muscles.tsv)
    # fibularis longus: from the fibular head, its belly in the upper half of the leg, its
    # tendon down over the brevis to behind the lateral malleolus (muscles.tsv)
    sweep(d, MUSCLES['fibularis-longus'])
    # extensor digitorum longus: from the fibular head and the lateral tibial condyle down
    # between tibialis anterior and the fibulares, its tendon dividing at the ankle into
    # four slips (muscles.tsv: the one to the third toe)
    sweep(d, MUSCLES['extensor-digitorum-longus'])
    sweep(d, MUSCLES['tibialis-anterior'])    # lateral tibial condyle to the medial cuneiform (muscles.tsv)

    # ---- fibres
    d.comment('fibre direction')
    d.fan('pectoralis-major', [(256, 305), (300, 300), (342, 300), (344, 380), (343, 455), (320, 462)],
          [(198, 398), (199, 394), (201, 390), (203, 386), (205, 382), (207, 379)], 18, bend=0.04)
    d.fibres('deltoid', MUSCLES['deltoid'].fibre_lines())
    # sternalis lies ON the pectoralis major, so it comes after the pectoral fibres; a
    # dashed outline, because most people do not have one
    d.add('muscle', band(STERNALIS, [2.2, 4, 4.6, 4.6, 4, 2.4]), 'sternalis', extra='stroke-dasharray="2.5 1.5"')
    d.fibres('sternalis', [[(x + o, y) for x, y in STERNALIS] for o in (-2.2, 0, 2.2)], inset=1.2)
    d.fan('sternocleidomastoid', [(289, 190), (297, 194)], [(312, 285), (340, 290)], 5)
    d.fan('upper-trapezius', [(303, 256), (220, 292)], [(306, 266), (214, 294)], 3)
    d.fibres('temporalis', MUSCLES['temporalis'].fibre_lines())
    d.fibres('frontalis', MUSCLES['frontalis'].fibre_lines())
    d.fibres('masseter', MUSCLES['masseter'].fibre_lines())
    d.fan('rectus-abdominis', [(302, 458), (345, 458)], [(330, 738), (345, 738)], 5)
    d.fibres('external-oblique', G.fan_lines([(240, 460), (240, 620)], [(300, 520), (262, 645)], 8),
             hidden=[d.shapes['latissimus-dorsi']])
    d.fan('pyramidalis', [(327, 741), (348, 742)], [(348.5, 678), (348.5, 740)], 4)
    d.fan('latissimus-dorsi', [(224, 380), (236, 470)], [(238, 520), (245, 560)], 2)
    d.fibres('serratus-anterior', serratus_fibres(), hidden=[d.shapes['latissimus-dorsi'], spline(pec)])
    d.fan('tensor-fasciae-latae', [(230, 632), (254, 645)], [(213, 800), (226, 798)], 4)
    d.fan('sartorius', [(c[0] - 3, c[1]) for c in sart_c], [(c[0] + 3, c[1]) for c in sart_c], 1)
    d.fibres('sartorius', [[(c[0] + o, c[1]) for c in sart_c] for o in (-4, 0, 4)])
    d.limb_fibres('rectus-femoris', L, 705, 985, (-0.35, -0.05), (-0.05, 0.05), 4)
    d.limb_fibres('rectus-femoris', L, 705, 985, (0.05, 0.2), (0.0, 0.1), 3)
    d.limb_fibres('vastus-lateralis', L, 740, 1010, (-0.95, -0.6), (-0.6, -0.35), 5)
    d.limb_fibres('vastus-medialis', L, 860, 1030, (0.3, 0.9), (0.25, 0.3), 5)
    d.limb_fibres('adductor-longus', L, 745, 890, (0.78, 0.95), (0.4, 0.55), 4)
    d.limb_fibres('gracilis', L, 760, 1060, (0.86, 0.95), (0.7, 0.8), 2)
    d.fibres('pectineus', MUSCLES['pectineus'].fibre_lines(),
             hidden=[d.shapes[m] for m in ('adductor-longus', 'psoas-major', 'iliacus', 'sartorius')])
    pelvis.anterior_superficial_fibres(d)
    d.limb_fibres('tibialis-anterior', L, 1060, 1300, (-0.55, -0.05), (-0.05, 0.1), 4)
    d.limb_fibres('extensor-digitorum-longus', L, 1060, 1320, (-0.78, -0.62), (-0.5, -0.35), 3)
    d.limb_fibres('fibularis-longus', L, 1050, 1220, (-0.95, -0.78), (-0.86, -0.82), 2)
    d.limb_fibres('fibularis-brevis', L, 1170, 1340, (-0.95, -0.8), (-0.9, -0.78), 2)
    d.limb_fibres('gastrocnemius', L, 1095, 1240, (0.7, 0.95), (0.8, 0.85), 3)
    d.fibres('soleus', [[(x + o, y) for x, y in MUSCLES['soleus'].line] for o in (-2.5, 0, 2.5)],
             hidden=[d.shapes['gastrocnemius']])
    d.limb_fibres('biceps-brachii', A, 392, 548, (-0.5, 0.4), (-0.1, 0.1), 6)
    d.limb_fibres('brachialis', A, 440, 574, (-0.9, -0.6), (-0.5, -0.45), 3)
    d.limb_fibres('brachialis', A, 470, 574, (0.55, 0.7), (0.3, 0.35), 2)
    d.fibres('triceps-brachii', [[(x + o, y) for x, y in p.line] for p in G.parts('front', 'triceps-brachii')
                                 for o in (-p.fibre / 2, p.fibre / 2)],
             hidden=[d.shapes[m] for m in ('deltoid', 'pectoralis-major', 'biceps-brachii')])
    d.limb_fibres('brachioradialis', A, 500, 672, (-0.9, -0.6), (-0.6, -0.45), 4)
    d.limb_fibres('extensor-carpi-radialis-longus', A, 548, 666, (-0.95, -0.7), (-0.88, -0.84), 3)
    d.limb_fibres('flexor-carpi-ulnaris', A, 582, 702, (0.8, 0.98), (0.88, 0.9), 2)
    d.limb_fibres('flexor-carpi-radialis', A, 573, 676, (0.75, 0.5), (0.14, 0.22), 2)
    d.limb_fibres('palmaris-longus', A, 578, 668, (0.75, 0.9), (0.5, 0.55), 2)
    d.limb_fibres('pronator-teres', A, 559, 646, (0.6, 0.85), (-0.25, -0.2), 3)
    d.limb_fibres('flexor-digitorum-superficialis', A, 585, 705, (-0.1, 0.8), (0.0, 0.45), 6)

    # ---- tendons
    d.comment('tendons, aponeuroses and ligaments')
    d.add('tendon', spline(INGUINAL_LIGAMENT))
    for y in (485, 528):
        d.add('tendon', spline([(298.5, y, 'c'), (320, y - 3), (346, y + 1, 'c'), (346, y + 4.5, 'c'), (320, y + 1), (298.5, y + 4, 'c')]))
    d.add('tendon', spline([(301, 568, 'c'), (322, 566), (346, 570, 'c'), (346, 574, 'c'), (322, 570.5), (301.5, 572.5, 'c')]))
    d.add('', ellipse(350, 571, 3, 3.6, 8), sided=False, extra='fill="#d9bfb0" stroke="#8a6f60" stroke-width="0.8"')
    d.add('tendon', band([L.P(790, -0.97), L.P(880, -0.98), L.P(960, -0.96), L.P(1030, -0.86), L.P(1052, -0.68),
                          L.P(1064, -0.5)], [2.5, 3.5, 4, 4, 3.6, 3.2]))  # iliotibial tract, to Gerdy's tubercle
    sweep_tendon(d, MUSCLES['rectus-femoris'])
    d.add('tendon', spline(patellar_ligament()))
    sweep_tendon(d, MUSCLES['tibialis-anterior'])
    d.add('tendon', band([L.P(1300, -0.22), L.P(1350, -0.1), L.P(1380, 0.05), (309, 1420), (310, 1452)],
                         [1.8, 2, 2, 1.8, 1.6]))  # extensor hallucis longus
    edl = MUSCLES['extensor-digitorum-longus']
    for tx, ty in ((299, 1452), (271, 1447), (258, 1443)):
        d.add('tendon', band([edl.tendon[0], ((edl.tendon[0][0] * 2 + tx) / 3, 1385), (tx, ty - 5)], [1.6, 1.4, 1.1]))
    sweep_tendon(d, edl)
    sweep_tendon(d, MUSCLES['fibularis-brevis'])
    sweep_tendon(d, MUSCLES['fibularis-longus'])
    sweep_tendon(d, MUSCLES['biceps-brachii'])
    d.add('tendon', spline(A.pts([(552, 0.08, 'c'), (572, 0.5), (588, 0.78, 'c'), (592, 0.66, 'c'), (574, 0.3), (562, 0.06, 'c')])),
          extra='opacity="0.85"')
    # the forearm's tendons in its lower third: finger flexors to the carpal tunnel,
    # FCR, palmaris longus, FCU to the pisiform, brachioradialis to the radial styloid
    fds = MUSCLES['flexor-digitorum-superficialis']
    d.add('tendon', fds.tendon_outline(upto=4))      # to the carpal tunnel
    d.add('tendon', band([A.P(700, 0.28), A.P(722, 0.32), A.P(738, 0.36), hand(6, 16)], [2.4, 2.2, 2, 1.8]))
    d.add('tendon', MUSCLES['extensor-carpi-radialis-longus'].tendon_outline(upto=4))   # to the wrist
    sweep_tendon(d, MUSCLES['flexor-carpi-radialis'])
    sweep_tendon(d, MUSCLES['palmaris-longus'])
    sweep_tendon(d, MUSCLES['flexor-carpi-ulnaris'])
    sweep_tendon(d, MUSCLES['brachioradialis'])
    return d


# ----------------------------------------------------------------------------------------
# deep view



# pectoralis minor: by three slips from ribs 3-5 near their cartilages up and out to the
# coracoid, over the serratus anterior's upper digitations
PECTORALIS_MINOR = [front('coracoid', -2, 1, 'c'), front('coracoid', 7, -2, 'c'), (250, 337), (274, 345, 'c'),
                    (282.5, 349), (281, 359, 'c'), (288.5, 374), (284.5, 386, 'c'), (287, 398), (282, 405, 'c'),
                    (264, 396), (238, 362), (216, 333)]



def skeleton(d):
    d.comment('skeleton (deep view)')
    diaphragm.draw(d)   # behind the intercostals, ribs and costal margin
    A, L = ARM, LEG
    ribcage.draw_ribs(d)
    # lumbar vertebrae with transverse processes
    for i in range(5):
        y0 = 492 + i * 27
        body = sym([(350, y0, 'c'), (335, y0 + 0.5, 'c'), (331, y0 + 11), (333, y0 + 22, 'c'), (350, y0 + 22.5, 'c')])
        d.add('bone', spline(body), sided=False)
        d.add('bone', band([(333, y0 + 9), (312 - i * 1.5, y0 + 8)], 3.2))
    # sacrum
    d.add('bone', spline(sym([(350, 628, 'c'), (322, 630, 'c'), (330, 668), (343, 700), (350, 708, 'c')])), sided=False)
    # pelvis (ilium, pubis, ischium) and obturator foramen
    d.add('bone', spline([(327, 642, 'c'), (300, 617), (266, 606), (242, 612), (230, 626), (241, 640), (252, 650, 'c'),
                          (257, 663), (265, 676, 'c'), (256, 698), (254, 728), (266, 754), (290, 766), (308, 764),
                          (322, 752), (347, 750, 'c'), (347, 729, 'c'), (324, 724), (313, 712), (318, 688), (328, 662)]))
    d.add('landmark', spline([(300, 730), (290, 740), (292, 754), (305, 755), (316, 744), (312, 733)]), extra='stroke-opacity="0.7"')
    d.add('landmark', line([(320, 648), (292, 630), (262, 624), (246, 632)]), extra='stroke-opacity="0.45"')
    # femur
    d.add('bone', spline([(270, 700), (284, 706), (288, 720), (280, 734), (268, 740), (257, 752), (259, 775),
                          (266, 790, 'c'), L.P(840, 0.02), L.P(930, 0.02), L.P(990, 0.25), L.P(1022, 0.55),
                          L.P(1030, 0.2), L.P(1030, -0.3), L.P(1020, -0.62), L.P(985, -0.45), L.P(930, -0.3),
                          L.P(840, -0.42), (236, 765), (226, 740), (230, 722), (246, 722), (256, 712)]))
    # tibia and fibula, patella, malleoli
    d.add('bone', spline([L.P(1034, 0.82), L.P(1046, 0.9), L.P(1075, 0.62), L.P(1200, 0.45), L.P(1330, 0.55),
                          L.P(1352, 1.02), front('medial-malleolus', 6, 13), L.P(1380, 0.4), L.P(1340, 0.0),
                          L.P(1200, -0.05), L.P(1075, -0.2), L.P(1048, -0.62), L.P(1036, -0.6)]))
    d.add('bone', band([L.P(1050, -0.86), L.P(1150, -0.84), L.P(1280, -0.62), L.P(1350, -0.7),
                        front('lateral-malleolus', -7, 7)],
                       [6, 3.5, 3.5, 4.5, 6]))
    d.add('bone', ellipse(*front('patella'), 16.5, 21, 12))
    # humerus, radius, ulna
    d.add('bone', ellipse(196, 322, 16, 18, 10))
    d.add('bone', spline(A.pts([(318, -0.15), (335, -0.4), (400, -0.3), (500, -0.3), (548, -0.82), (566, -0.6),
                                (566, 0.7), (550, 0.96), (500, 0.3), (400, 0.28), (330, 0.4), (316, 0.12)])))
    d.add('bone', spline(A.pts([(570, -0.2), (572, -0.6), (620, -0.55), (690, -0.55), (732, -0.85), (738, -0.1),
                                (700, -0.2), (620, -0.25)])))
    d.add('bone', spline(A.pts([(560, 0.72), (575, 0.1), (600, 0.18), (690, 0.42), (734, 0.6), (736, 0.85),
                                (690, 0.72), (620, 0.62)])))
    # subscapularis: from the front only its lateral part shows, as the back wall of the armpit
    # between the chest wall and the humerus; its tendon runs under the coracoid to the lesser
    # tubercle.  Over the humerus, under the coracoid and everything in front of the axilla.
    d.add('muscle deep', spline([(203.5, 331, 'c'), (214, 329.5), (224, 330.5), (228, 336), (228.5, 352), (228, 368, 'c'),
                                 (221, 368.5), (214.5, 361), (208.5, 350), (204, 341, 'c')]), 'subscapularis')
    d.fan('subscapularis', [(227, 334), (227, 366)], [(205, 332.5), (205, 340)], 5)
    # coracoid process
    d.add('bone', spline(G.around('front', 'coracoid', [(-9, -2), (1, -7), (9, -2), (4, 6), (-5, 7)])))


def deep():
    d = Doc('anterior-deep', 'front view, deep muscles and skeleton')
    draw_skin(d)
    draw_landmarks(d, deep=True)
    skeleton(d)
    A, L = ARM, LEG
    draw_face(d)
    d.comment('deep muscles')
    # brachialis: broad and flat from the lower half of the front of the humerus, its two
    # upper processes embracing the deltoid's insertion, wider than the bone below, over
    # the front of the elbow joint between the epicondyles, converging to a short tendon
    # on the ulnar tuberosity below the elbow crease
    d.add('muscle deep', spline(A.pts([(428, -0.3, 'c'), (452, -0.52), (484, -0.68), (520, -0.76), (548, -0.7),
                                       (566, -0.5), (578, -0.22), (586, 0.06, 'c'), (598, 0.12, 'c'), (598, 0.3, 'c'),
                                       (586, 0.38, 'c'), (574, 0.5), (558, 0.64), (525, 0.66), (488, 0.54),
                                       (458, 0.38), (434, 0.2, 'c'), (448, -0.06, 'c')])), 'brachialis')
    d.add('tendon', band([A.P(584, 0.22), A.P(592, 0.21), A.P(599, 0.21)], [3.6, 3.4, 3]))
    pelvis.obturator_externus(d)
    # adductor brevis: pubic body and inferior ramus to the femur below the lesser trochanter; the
    # adductor longus and pectineus in front of it are left out of this view; under the vastus
    # intermedius, as it inserts behind the femur
    d.add('muscle deep', spline([(339, 746, 'c'), (335, 770), (318, 808), (301, 840), (285, 863, 'c'), L.P(840, 0.03),
                                 (273.5, 797, 'c'), (286, 779), (301, 762), (318, 746, 'c'), (328, 743.5)]), 'adductor-brevis')
    d.fan('adductor-brevis', [(319, 748), (338, 749)], [(275, 798), (283, 860)], 6)
    # vastus intermedius wraps the front and outer side of the femoral shaft, from below the
    # intertrochanteric line to the quadriceps tendon
    d.add('muscle deep', spline(L.pts([(786, -0.4, 'c'), (805, -0.62), (845, -0.74), (900, -0.74), (950, -0.62),
                                       (980, -0.44), (994, -0.2, 'c'), (994, 0.12, 'c'), (960, 0.1), (900, 0.05),
                                       (840, 0.05), (800, 0.0)])), 'vastus-intermedius')
    d.add('muscle deep', spline(deep_serratus()[0]), 'serratus-anterior')
    # coracobrachialis before pectoralis minor: the two meet at the coracoid, where the
    # pectoralis minor tendon lies in front
    sweep(d, MUSCLES['coracobrachialis'], 'muscle deep')
    # subclavius: mostly hidden behind the clavicle, which is drawn again over it, ghosted
    d.add('muscle deep', band(SUBCLAVIUS, [1.8, 3.6, 5, 5.2, 4.6, 2.4]), 'subclavius')
    d.add('bone', CLAVICLE, extra='fill-opacity="0.55" stroke-opacity="0.8"')
    d.add('muscle deep', spline(PECTORALIS_MINOR), 'pectoralis-minor')
    pelvis.anterior_deep(d)
    # internal oblique: the fleshy part between the iliac crest and the costal margin, up
    # to the semilunar line where it turns into aponeurosis; it lies in front of the iliacus
    # but stops at the anterior superior iliac spine so the iliacus stays in view
    # transversus abdominis behind the internal oblique, in front of the psoas; the costal
    # margin is drawn again over its top, which lies behind the cartilages
    d.add('muscle deep', spline(TRANSVERSUS), 'transversus-abdominis')
    d.add('tendon', band(COSTAL_MARGIN, COSTAL_MARGIN_W))
    d.add('muscle deep', spline(INTERNAL_OBLIQUE), 'internal-oblique')
    d.comment('fibre direction')
    pelvis.anterior_deep_fibres(d)
    pelvis.obturator_externus_fibres(d)
    d.fan('pectoralis-minor', [(216, 322), (219, 321)], [(281, 352), (285, 402)], 6)
    d.fibres('coracobrachialis', [[(214 + o * 0.4, 322), (206 + o, 372), (192 + o, 430), (179 + o * 0.5, 470)]
                                  for o in (-4, 0, 4)])
    d.fibres('subclavius', [[(c[0], c[1] + o * (0.3 + 0.7 * (1 - abs(i - 3) / 3))) for i, c in enumerate(SUBCLAVIUS)]
                            for o in (-2.6, 0, 2.6)])
    d.fan('internal-oblique', [(253, 639), (240, 631), (232, 618), (236, 596), (242, 572)],
          [(294, 602), (298, 572), (300, 540), (296, 512), (272, 536), (252, 548)], 9)
    d.fibres('transversus-abdominis', [[(232, y + 0.04 * (350 - 232)), (350, y)] for y in range(456, 600, 5)],
             hidden=[spline(INTERNAL_OBLIQUE), band(COSTAL_MARGIN, COSTAL_MARGIN_W)], inset=1.2)
    tips, notches = deep_serratus()[1:]
    d.fibres('serratus-anterior', tooth_fibres(tips[1:], notches + [(trunk_x(486) + 2, 486)], 70),
             hidden=[spline(PECTORALIS_MINOR), d.shapes['coracobrachialis']])
    d.limb_fibres('brachialis', A, 440, 594, (-0.5, 0.3), (0.14, 0.32), 7)
    d.limb_fibres('vastus-intermedius', L, 792, 992, (-0.6, 0.0), (-0.16, 0.08), 5)
    d.comment('ligaments')
    d.add('tendon', spline(INGUINAL_LIGAMENT))
    d.add('tendon', spline(patellar_ligament()))
    return d


# ----------------------------------------------------------------------------------------
# regions (identical in both files)


def regions(d):
    A, L = ARM, LEG
    R = d.region
    R('vertex', spline(sym([(350, 61.5, 'c'), (330, 63), (311, 70), (303, 80, 'c'), (326, 76), (350, 75, 'c')])), sided=False)
    R('forehead', spline([(349, 77, 'c'), (326, 77.5), (305, 83), (305, 105), (307, 127), (326, 127), (349, 130, 'c')]))
    R('temple', spline([(303, 85), (294, 92), (288, 108), (287.5, 128), (290, 150), (297, 156), (304, 150), (305.5, 120), (305, 95)]))
    R('orbit', ellipse(327, 146, 17, 13, 12))
    R('cheek', spline([(310, 161), (322, 161), (334, 162), (337, 176), (333, 188), (318, 190), (307, 183), (305, 170)]))
    R('upper-teeth', spline([(349, 186.5, 'c'), (338, 187), (330, 193), (332, 199), (349, 199, 'c')]))
    R('lower-jaw', spline([(349, 202, 'c'), (334, 202), (322, 206), (316, 214), (330, 224), (349, 228, 'c')]))
    R('angle-of-jaw', spline([(296, 193), (306, 196), (313, 206), (311, 215), (301, 214), (294, 205)]))
    R('ear', spline([(289, 137), (279, 140), (276, 153), (279, 169), (284, 180), (291, 181), (295, 168), (295, 150)]))
    R('lateral-neck', spline([(301, 215, 'c'), (309, 222), (318, 240), (323, 262), (318, 280), (306, 278), (304, 266),
                              (308, 248), (305, 230)]))
    R('throat', spline(sym([(350, 231, 'c'), (335, 232), (325, 248), (330, 272), (340, 284), (350, 288, 'c')])), sided=False)
    R('sternum', spline(sym([(350, 292, 'c'), (340, 293), (338, 330), (340, 400), (342, 432), (350, 450, 'c')])), sided=False)
    R('anterior-chest', spline([(339, 303, 'c'), (300, 303), (262, 308), (245, 325), (230, 350), (222, 380), (226, 402),
                                (250, 424), (280, 445), (310, 456), (339, 455, 'c')]))
    R('anterior-shoulder', spline([(253, 306), (235, 305), (210, 312), (197, 330), (192, 360), (194, 395), (207, 378),
                                   (222, 352), (240, 326)]))
    R('lateral-shoulder', spline([(205, 306), (188, 306), (172, 316), (162, 338), A.P(372, -0.92), A.P(405, -0.9),
                                  A.P(434, -0.72), (176, 420), (186, 395), (190, 360), (195, 328)]))
    R('lateral-arm', spline(A.pts([(438, -0.98), (490, -1.0), (540, -0.98), (540, -0.35), (490, -0.3), (440, -0.45)])))
    R('medial-arm', spline(A.pts([(385, 0.2), (430, 0.1), (490, 0.05), (540, 0.2), (545, 0.98), (490, 1.0), (400, 0.99)])))
    R('lateral-epicondyle', ellipse(*A.P(558, -0.55), 9.5, 11, 10))
    R('medial-epicondyle', ellipse(*A.P(562, 0.58), 9.5, 11, 10))
    R('radial-forearm', spline(A.pts([(582, -1.0), (650, -0.98), (728, -0.95), (730, -0.1), (650, -0.08), (585, -0.1)])))
    R('ulnar-forearm', spline(A.pts([(585, 0.05), (650, 0.05), (730, 0.05), (730, 0.95), (650, 0.98), (585, 0.98)])))
    R('ulnar-hand', spline([hand(8, 6), hand(22, 4), hand(26, 40), hand(28, 96), hand(27, 122), hand(22, 129),
                            hand(19, 110), hand(17, 92), hand(10, 70), hand(7, 30)]))
    R('lower-abdomen', spline([(348, 578, 'c'), (322, 577), (295, 582), (280, 612), (266, 640), (292, 676), (318, 708),
                               (335, 730), (348, 733, 'c')]))
    R('groin', spline([(262, 656), (290, 690), (320, 722), (338, 742), (336, 760), (312, 772), (286, 768), (272, 742),
                       (264, 705)]))
    R('greater-trochanter', spline([(222, 692), (236, 700), (240, 728), (236, 760), (222, 768), (213, 750), (212, 718)]))
    R('anterior-thigh', spline(L.pts([(775, -0.55), (860, -0.6), (950, -0.45), (966, -0.25), (966, 0.25), (940, 0.35),
                                      (860, 0.35), (790, 0.3)])))
    R('medial-thigh', spline(L.pts([(765, 0.45), (860, 0.45), (960, 0.55), (1000, 0.96), (930, 0.97), (840, 0.97), (775, 0.96)])))
    R('lateral-thigh', spline(L.pts([(765, -0.97), (860, -0.98), (960, -0.96), (1000, -0.85), (980, -0.5), (900, -0.58),
                                     (820, -0.62), (770, -0.6)])))
    R('patella', ellipse(*front('patella', 0, 1), 19, 23, 12))
    R('medial-knee', spline(L.pts([(1005, 0.5), (1010, 0.96), (1050, 1.0), (1085, 0.95), (1080, 0.6), (1040, 0.48)])))
    R('shin', spline(L.pts([(1085, 0.05), (1200, 0.06), (1320, 0.15), (1325, 0.65), (1200, 0.62), (1090, 0.68)])))
    R('lateral-leg', spline(L.pts([(1070, -0.98), (1200, -0.98), (1320, -0.95), (1325, -0.25), (1200, -0.1), (1080, -0.1)])))
    R('anterior-ankle', spline([L.P(1340, -0.6), L.P(1340, 0.55), L.P(1395, 0.6), L.P(1398, -0.45)]))
    R('lateral-ankle', ellipse(*front('lateral-malleolus', 2.5, 2), 7.5, 11, 10))
    R('instep', spline([(312, 1400), (322, 1392), (327, 1410), (327, 1435), (318, 1442), (310, 1425)]))
    R('big-toe', spline([(303, 1448), (316, 1446), (324, 1452), (324, 1466), (314, 1471), (304, 1467)]))

    # trunk
    R('clavicle', band([(336, 291), (318, 289.5), (292, 292.5), (262, 295.5), (232, 296), (208, 297.5)],
                       [4.5, 4.5, 4.5, 4.5, 4.2, 3.8]))
    R('axilla', spline([(204, 406), (205, 386), (208, 368), (215, 357), (228, 360), (237, 374), (239, 396),
                        (237, 418), (230.5, 426), (trunk_x(410) + 3.5, 410), (trunk_x(392) + 3.5, 392),
                        (223.5, 378), (218.5, 368, 'c'), (216, 376), (213, 388), (210.5, 406)]))
    R('lateral-chest', spline([(trunk_x(432) + 3, 432), (240, 430), (252, 442), (260, 466), (264, 494), (262, 522),
                               (254, 536), (trunk_x(534) + 3, 534), (trunk_x(500) + 3, 500), (trunk_x(466) + 3, 466)]))
    R('breast', ellipse(276, 404, 30, 28, 12))
    R('upper-abdomen', spline([(346, 472, 'c'), (330, 480), (306, 500), (284, 520), (266, 538), (262, 552), (276, 560),
                               (304, 558), (332, 553), (346, 552, 'c')]))
    R('umbilical', ellipse(350, 568, 15, 12.5, 12), sided=False)
    R('suprapubic', spline(sym([(350, 712, 'c'), (337, 713), (327, 720), (328, 732), (338, 740), (350, 743, 'c')])),
      sided=False)
    R('anterior-hip', spline([(236, 634), (250, 632), (262, 644), (266, 664), (262, 684), (250, 694), (238, 690),
                              (230, 672), (229, 650)]))
    # upper limb
    R('anterior-arm', spline(A.pts([(400, -0.3), (438, -0.32), (490, -0.28), (532, -0.28), (540, 0.0), (532, 0.14),
                                    (490, 0.1), (430, 0.12), (400, 0.12), (394, -0.1)])))
    R('anterior-forearm', spline(A.pts([(592, -0.35), (650, -0.35), (712, -0.35), (716, 0.0), (712, 0.35), (650, 0.35),
                                        (592, 0.35), (586, 0.0)])))
    R('anterior-wrist', spline([A.P(720, -0.8), A.P(718, 0.0), A.P(720, 0.8), A.P(731, 0.76), hand(17.5, 9), hand(0, 11), hand(-17.5, 9),
                                A.P(731, -0.76)]))
    R('palm', spline([hand(-18, 14), hand(-22.5, 28), hand(-26, 46), hand(-18.5, 60), hand(-17, 80), hand(-6, 86),
                      hand(8, 86), hand(11, 62), hand(8, 34), hand(4, 13)]))
    fingers(R)
    # lower limb
    R('lateral-knee', spline(L.pts([(1000, -0.92), (1035, -0.98), (1068, -0.95), (1072, -0.6), (1040, -0.5),
                                    (1004, -0.55)])))
    R('medial-leg', spline(L.pts([(1092, 0.74), (1200, 0.68), (1318, 0.72), (1322, 0.96), (1200, 0.98), (1095, 0.98)])))
    R('medial-ankle', ellipse(*front('medial-malleolus', -1.5, 1), 5, 10, 10))
    # added later: finer landmarks the pain finder and the classic patterns need
    R('xiphoid', ellipse(*front('xiphoid', 0, -2), 7, 10, 10), sided=False)
    R('acromion', ellipse(*front('acromion', 6, 1), 10, 6, 10))
    R('supraclavicular', spline([(262, 282), (284, 276), (300, 279), (306, 286), (292, 289), (268, 290)]))
    R('lateral-abdomen', spline([(trunk_x(566) + 3, 566), (258, 564), (268, 576), (270, 600), (262, 622),
                                 (trunk_x(624) + 3, 624), (trunk_x(596) + 3, 596)]))
    R('genital', ellipse(350, 757, 10, 11, 10), sided=False)
    R('suprapatellar', ellipse(*front('patella', 0, -33), 17, 9, 10))
    R('infrapatellar', ellipse(*front('patella', 0, 38), 12, 10, 10))
    R('dorsum-foot', spline([(278, 1398), (292, 1394), (306, 1400), (310, 1420), (304, 1440), (284, 1443), (264, 1437),
                             (262, 1420), (268, 1405)]))
    R('lesser-toes', spline([(253, 1441), (252.5, 1448.5), (255, 1452), (258, 1449.5, 'c'), (263, 1456), (268, 1458),
                             (271.5, 1452.5, 'c'), (277, 1460.5), (282, 1463), (286, 1456.5, 'c'), (291, 1464.5),
                             (296.5, 1466.5), (299.5, 1459), (300, 1447, 'c'), (276, 1445), (260, 1443)]))


def finger_pts():
    """The fingers, in hand coordinates (across, down) a little inside the outline; the
    front and the back view share them (palm side here, back of the fingers there)."""
    return {
        'thumb': [(-23.5, 45), (-29, 50), (-33, 62), (-32.5, 74), (-29.5, 78.2), (-25.3, 76), (-22.5, 66), (-21, 54)],
        'index-finger': [(-12, 90, 'c'), (-20.5, 90, 'c'), (-21, 112), (-20, 132), (-17.5, 138.5), (-13.5, 137.5),
                         (-12.3, 128), (-11.8, 100)],
        'middle-finger': [(2.8, 94, 'c'), (-8.5, 94, 'c'), (-8, 138), (-6.2, 147.5), (-2, 150.5), (1.4, 146),
                          (2.2, 130), (2.3, 100)],
        'ring-little-fingers': [(5.6, 94, 'c'), (6.8, 132), (8.6, 142), (12, 144.5), (14.8, 139.5), (15.3, 120),
                                (15.2, 102), (17.3, 88, 'c'), (19.6, 102), (20.8, 120), (23, 127.5), (26, 125.8),
                                (27.2, 118), (27.2, 96), (27, 92, 'c')],
    }


def fingers(R):
    for rid, pts in finger_pts().items():
        R(rid, spline([hand(*p) for p in pts]))


# ----------------------------------------------------------------------------------------
# trigger-point marks (RIGHT instance) and checks

MARKS = [
    ('sternocleidomastoid', 'tp1', 'anterior', 323, 248),
    ('sternocleidomastoid', 'tp2', 'anterior', 316, 268),
    ('temporalis', 'tp1', 'anterior', 299, 149),
    ('temporalis', 'tp2', 'anterior', 297, 113),
    ('masseter', 'tp1', 'anterior', 306, 198),
    ('masseter', 'tp2', 'anterior', 303, 174),
    ('pectoralis-major', 'tp1', 'anterior', 284, 316),
    ('pectoralis-major', 'tp2', 'anterior', 320, 404),
    ('pectoralis-major', 'tp3', 'anterior', 231, 393),   # the lateral free border, by the axillary fold
    ('deltoid', 'tp1', 'anterior', 211, 334),
    ('vastus-medialis', 'tp1', 'anterior', 305, 1003),
    ('vastus-medialis', 'tp2', 'anterior', 300, 940),
    ('tibialis-anterior', 'tp1', 'anterior', 281, 1120),
    ('intercostals', 'tp1', 'anterior-deep', 300, 383),   # fourth space, clear of the ribs above and below
    ('sternalis', 'tp1', 'anterior', 338, 350),
    ('coracobrachialis', 'tp1', 'anterior-deep', 207.5, 356),
    ('subclavius', 'tp1', 'anterior-deep', 285, 301.5),    # below the clavicle's edge, where it can be pressed
    ('internal-oblique', 'tp1', 'anterior-deep', 262, 622),
    ('internal-oblique', 'tp2', 'anterior-deep', 272, 553),
    ('adductor-brevis', 'tp1', 'anterior-deep', 300, 795),
    ('adductor-brevis', 'tp2', 'anterior-deep', 288, 838),
    ('adductor-longus', 'tp2', 'anterior', 322, 850),
    ('rectus-abdominis', 'tp4', 'anterior', 320, 575),       # lateral border beside the navel
    ('subscapularis', 'tp1', 'anterior-deep', 219, 354),      # in the armpit, clear of pectoralis minor
    ('pyramidalis', 'tp1', 'anterior', 341, 720),
    ('transversus-abdominis', 'tp1', 'anterior-deep', 331, 482),   # below the xiphoid, medial to the costal margin
    ('transversus-abdominis', 'tp2', 'anterior-deep', 305, 568),  # the margin medial to the internal oblique
] + diaphragm.MARKS

REQUIRED = {
    'anterior': ['upper-trapezius', 'sternocleidomastoid', 'temporalis', 'masseter', 'pectoralis-major', 'deltoid',
                 'extensor-carpi-radialis-longus', 'vastus-medialis', 'tibialis-anterior', 'sternalis',
                 'pyramidalis'],
    'anterior-deep': ['coracobrachialis', 'subclavius', 'internal-oblique', 'adductor-brevis',
                      'subscapularis', 'transversus-abdominis'],
}

MARKS += pelvis.ANTERIOR_MARKS
for _view, _ids in pelvis.ANTERIOR_REQUIRED.items():
    REQUIRED[_view] += _ids


def check(docs):
    errors = []
    for view, ids in REQUIRED.items():
        for m in ids:
            if m not in docs[view].shapes:
                errors.append(f'{view}: required muscle {m} missing')
    for m, tp, view, x, y in MARKS:
        doc = docs[view]
        if m not in doc.shapes:
            errors.append(f'{view}: mark {m} {tp}: no shape')
            continue
        if x >= MID:
            errors.append(f'{view}: mark {m} {tp} not on the right-side (image-left) half')
        errors.extend(mark_errors(view, m, tp, x, y, doc.shapes[m]))
        # a later (superficial) muscle over the mark would hide the X and take its click
        order = list(doc.shapes)
        for other in order[order.index(m) + 1:]:
            if inside(flatten(doc.shapes[other]), (x, y)):
                errors.append(f'{view}: mark {m} {tp} is covered by {other}')
    exit_on_errors(errors)


def main():
    sup = superficial()
    dp = deep()
    regions(sup)
    regions(dp)
    docs = {'anterior': sup, 'anterior-deep': dp}
    check(docs)
    with open(os.path.join(OUT_DIR, 'anterior.svg'), 'w') as f:
        f.write(sup.svg(GRID_COMMENT))
    with open(os.path.join(OUT_DIR, 'anterior-deep.svg'), 'w') as f:
        f.write(dp.svg(GRID_COMMENT))
    write_marks(os.path.join(G.marks_dir(), 'marks-anterior.tsv'), MARKS)
    print('wrote anterior.svg, anterior-deep.svg, marks-anterior.tsv')


if __name__ == '__main__':
    main()
