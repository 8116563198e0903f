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
from region_seeds import seeds  # noqa: E402
import diaphragm  # noqa: E402
import ribcage  # noqa: E402
from ribcage import COSTAL_MARGIN, COSTAL_MARGIN_W, SERRATUS, serratus_fibres, serratus_zigzag  # noqa: E402

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
SUBCLAVIUS = MUSCLES['subclavius'].line       # (muscles.tsv)
# internal oblique: flank and iliac crest to the costal margin and semilunar line
# transversus abdominis: from behind the costal margin, across under the internal oblique;
# it shows below the xiphoid, where its upper fibres pass behind the rectus, and as a thin
# margin medial to the internal oblique, where its fleshy part reaches a little further in
TRANSVERSUS = MUSCLES['transversus-abdominis'].outline()     # a sheet (muscles.tsv)
# inguinal ligament: from the anterior superior iliac spine to the pubic tubercle
INGUINAL_LIGAMENT = [front('asis', 0, 0, 'c'), (290, 684), front('pubic-tubercle', 0, -2, 'c'),
                     front('pubic-tubercle', -1, 3, 'c'), (288, 689), front('asis', -1, 5, 'c')]
# pyramidalis: a small triangle in front of the lowest rectus, from the pubic crest up to
# the linea alba; the pair nearly meets at the midline
PYRAMIDALIS = [(349.2, 742, 'c'), (337, 742.5), (325, 741, 'c'), (332, 724), (340, 704), (346, 686), (349.2, 674, 'c')]
# internal oblique: a sheet from the iliac crest behind the anterior superior iliac spine
# up and in to the costal margin, its front border bowed out to the semilunar line where
# it turns into aponeurosis (muscles.tsv)
INTERNAL_OBLIQUE = MUSCLES['internal-oblique'].outline()



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
# coracoid, over the serratus anterior's upper digitations: three fans side by side, a
# part a slip (muscles.tsv)
PECTORALIS_MINOR = G.parts('front', 'pectoralis-minor')


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
    sub = MUSCLES['subscapularis']       # a fan (muscles.tsv)
    d.add('muscle deep', sub.outline(), 'subscapularis')
    d.fibres('subscapularis', sub.fibre_lines())
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
    # brachialis: broad and flat from the lower half of the front of the humerus, wider
    # than the bone below, over the front of the elbow joint between the epicondyles,
    # converging to a short tendon on the ulnar tuberosity below the elbow crease
    sweep(d, MUSCLES['brachialis'], 'muscle deep')     # (muscles.tsv)
    sweep_tendon(d, MUSCLES['brachialis'])
    pelvis.obturator_externus(d)
    # adductor brevis: pubic body and inferior ramus to the femur below the lesser trochanter; the
    # adductor longus and pectineus in front of it are left out of this view; under the vastus
    # intermedius, as it inserts behind the femur
    d.add('muscle deep', MUSCLES['adductor-brevis'].outline(), 'adductor-brevis')    # a fan (muscles.tsv)
    d.fibres('adductor-brevis', MUSCLES['adductor-brevis'].fibre_lines())
    # vastus intermedius wraps the femoral shaft's front and outer side, wider than the bone
    # and bulging out past its lateral border, from below the intertrochanteric line to
    # the quadriceps tendon on the patella's base (muscles.tsv)
    sweep(d, MUSCLES['vastus-intermedius'], 'muscle deep')
    sweep_tendon(d, MUSCLES['vastus-intermedius'])
    # serratus anterior: a digitation on each of ribs 3-9 (the tip on the rib, the middle
    # ones reaching furthest forward), each a fan back round the side of the chest toward
    # the scapula's medial border, side by side as one sheet (muscles.tsv, a part a rib)
    serratus = G.parts('front', 'serratus-anterior')
    d.add('muscle deep', multi(*[p.outline() for p in serratus]), 'serratus-anterior')
    # coracobrachialis before pectoralis minor: the two meet at the coracoid, where the
    # pectoralis minor tendon lies in front
    sweep(d, MUSCLES['coracobrachialis'], 'muscle deep')
    # subclavius: mostly hidden behind the clavicle, which is drawn again over it, ghosted
    sweep(d, MUSCLES['subclavius'], 'muscle deep')
    d.add('bone', CLAVICLE, extra='fill-opacity="0.55" stroke-opacity="0.8"')
    d.add('muscle deep', multi(*[p.outline() for p in PECTORALIS_MINOR]), 'pectoralis-minor')
    pelvis.anterior_deep(d)
    # internal oblique: the fleshy part between the iliac crest and the costal margin, up
    # to the semilunar line where it turns into aponeurosis; it lies in front of the iliacus
    # but stops at the anterior superior iliac spine so the iliacus stays in view
    # transversus abdominis behind the internal oblique, in front of the psoas; the costal
    # margin is drawn again over its top, which lies behind the cartilages
    d.add('muscle deep', TRANSVERSUS, 'transversus-abdominis')
    d.add('tendon', band(COSTAL_MARGIN, COSTAL_MARGIN_W))
    d.add('muscle deep', INTERNAL_OBLIQUE, 'internal-oblique')
    d.comment('fibre direction')
    pelvis.anterior_deep_fibres(d)
    pelvis.obturator_externus_fibres(d)
    d.fibres('pectoralis-minor', [ln for p in PECTORALIS_MINOR for ln in p.fibre_lines()])
    d.fibres('coracobrachialis', [[(214 + o * 0.4, 322), (206 + o, 372), (192 + o, 430), (179 + o * 0.5, 470)]
                                  for o in (-4, 0, 4)])
    d.fibres('subclavius', [[(c[0], c[1] + o * (0.3 + 0.7 * (1 - abs(i - 3) / 3))) for i, c in enumerate(SUBCLAVIUS)]
                            for o in (-2.6, 0, 2.6)])
    d.fibres('internal-oblique', MUSCLES['internal-oblique'].fibre_lines())
    # the transversus's fibres run across, not from edge to edge of its row
    d.fibres('transversus-abdominis', [[(232, y + 0.04 * (350 - 232)), (350, y)] for y in range(456, 600, 5)],
             hidden=[INTERNAL_OBLIQUE, band(COSTAL_MARGIN, COSTAL_MARGIN_W)], inset=1.2)
    d.fibres('serratus-anterior', [ln for p in serratus for ln in p.fibre_lines()],
             hidden=[d.shapes['pectoralis-minor'], d.shapes['coracobrachialis']])
    bra = MUSCLES['brachialis']
    d.fibres('brachialis', [[(x + o * w / 23, y) for (x, y), w in zip(bra.line, bra.widths)]
                            for o in (-17, -11, -5.5, 0, 5.5, 11, 17)], hidden=[bra.tendon_outline()])
    vi = MUSCLES['vastus-intermedius']
    d.fibres('vastus-intermedius', [[(x + o * w / 20, y) for (x, y), w in zip(vi.line, vi.widths)]
                                    for o in (-15, -9, -3, 3, 9, 15)], hidden=[vi.tendon_outline()])
    d.comment('ligaments')
    d.add('tendon', spline(INGUINAL_LIGAMENT))
    d.add('tendon', spline(patellar_ligament()))
    return d


# ----------------------------------------------------------------------------------------
# regions (identical in both files)


def regions(d):
    """The regions' seeds, from regions.tsv (drawing front)."""
    for seed in seeds('front'):
        d.region(seed.id, seed.cmds(), sided=seed.side == 'pair')


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
