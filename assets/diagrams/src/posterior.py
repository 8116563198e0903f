#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate the posterior (back) body diagrams of the Trigger Point Atlas.

    python3 assets/diagrams/src/posterior.py      (run from the repository root)

writes assets/diagrams/posterior.svg (superficial layer), posterior-deep.svg (deep
layer) and assets/diagrams/src/marks-posterior.tsv (trigger-point marks, right side).

Only the image-left half (x < MID, the body's LEFT side in a back view) is described;
every sided shape is emitted twice, the second time mirrored with grid.mx, so left and
right match exactly.  Midline shapes are built symmetric and emitted once.  The
document model, the outline chains the shapes are described against, the warp onto the
shared silhouette and the band and fibre helpers are in posterior_frame.py.

Shapes are written as Catmull-Rom splines converted to cubic Beziers (absolute M/C/L/Z
only).  Every trigger-point mark is checked to lie inside its muscle's flattened
outline, at least MARGIN units from the edge; the script fails loudly otherwise.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import grid  # noqa: E402
from grid import MID, mx, fmt, sym, spline, flatten, inside, edge_dist  # noqa: E402
import silhouette as S  # noqa: E402
import spine  # noqa: E402
import suboccipital  # noqa: E402
from region_seeds import seeds  # noqa: E402
import pelvis  # noqa: E402
from posterior_frame import (P, xat, band_from_centre, Doc, HEAD, EAR, NECK, TORSO, ARM_L, ARM_R,  # noqa: E402
                             THIGH_L, THIGH_R, LEG_L, LEG_R, NEW_ARM_L, NEW_HAND, NEW_ARM_R, NEW_TRUNK,
                             NEW_THIGH_L, NEW_LEG_L, NEW_THIGH_R, NEW_LEG_R, warp_pt, TX, LX, band, band_fibres,
                             emit_fibres, warp_cmds)

OUT_DIR = grid.out_dir()
MARGIN = 3.0

# --------------------------------------------------------------------------------------
# the bony landmarks of the back view (landmarks.tsv, frame back): the skeleton and the
# palpable contours are drawn from them


def landmark(name):
    return grid.landmark('back', name)


def around(name, offsets):
    """Points given relative to a landmark of the back view."""
    return grid.around('back', name, offsets)


def at_landmark(name, dx0, dx1, dy=0):
    """A row (y, fa, fb) of a thigh band (posterior_frame.band) whose edges lie dx0 and dx1
    from a landmark, dy below it: a muscle's end hung on the bone it inserts on."""
    x, y = landmark(name)
    y += dy
    a, b = xat(THIGH_L, y), xat(THIGH_R, y)
    return (y, (x + dx0 - a) / (b - a), (x + dx1 - a) / (b - a))


# --------------------------------------------------------------------------------------
# shared pieces

def skin(doc):
    heel = [(270.5, 1386), (266, 1398), (262, 1410), (264, 1420), (272, 1425), (284, 1430), (300, 1433),
            (316, 1430), (327, 1423), (331, 1412), (329, 1398), (326.5, 1386)]
    half = (HEAD + EAR + NECK + S.SHOULDER[:-1] + NEW_ARM_L + NEW_HAND + NEW_ARM_R[::-1]
            + NEW_TRUNK + NEW_THIGH_L[1:] + NEW_LEG_L + heel + NEW_LEG_R[::-1] + NEW_THIGH_R[::-1])
    doc.mid(spline(sym(half)), 'skin', nowarp=True)


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


def regions(doc):
    """The regions' seeds, from regions.tsv (drawing back)."""
    doc.raw('<g id="regions" display="none">')
    for seed in seeds('back'):
        cmds = seed.cmds()
        if seed.side == 'pair':
            if max(p[0] for p in flatten(cmds)[0]) > MID:
                raise SystemExit(f'{seed.where}: region {seed.id} crosses the midline')
            doc.pair(cmds, None, f'region-{seed.id}')
        else:
            doc.mid(cmds, None, f'region-{seed.id}')
    doc.raw('</g>')


RHOMBOIDS = [P(346, 266, True), (346, 370), (330, 398), (312, 420), P(293, 433, True), (296, 404),
             (301, 370), (302, 340), (300, 314), (320, 290)]
RHOMBOIDS_CUT = [P(346, 300, True), (346, 370), (330, 398), (312, 420), P(293, 433, True), (296, 404),
                 (301, 370), P(303, 347, True)]

# teres minor (muscles.tsv): a short cylinder from the upper two thirds of the scapula's
# lateral border to the lowest facet of the greater tubercle
TERES_MINOR = grid.muscles('back')['teres-minor']

# teres major: from the inferior angle up and out to the humerus, its lower border with the
# latissimus forming the posterior axillary fold, so it meets the arm at the armpit's apex
# and goes on under the long head of the triceps
TERES_MAJOR = [(294, 414), P(288, 432, True), (270, 424), (246, 404), (229, 389), (215.1, 377), (211.8, 369),
               (206.4, 368.5), (201.9, 364), (214, 364), (236, 376), (262, 394), (284, 404)]

# vertebral levels (spinous process tips)
LEVELS = {}
LEVELS['C1'] = 212   # the atlas has no spinous process, only a posterior tubercle
for i in range(2, 8):
    LEVELS[f'C{i}'] = landmark(f'spinous-c{i}')[1]
for i in range(12):
    LEVELS[f'T{i + 1}'] = landmark('spinous-t1')[1] + i * 19.2
for i in range(1, 6):
    LEVELS[f'L{i}'] = landmark(f'spinous-l{i}')[1]


# --------------------------------------------------------------------------------------
# SUPERFICIAL VIEW

from posterior_frame import warp_cmds  # noqa: E402

# the muscles of the back view defined as muscles.tsv rows (frame back)
ROWS = grid.muscles('back')


def row_fibres(m, k=2):
    """k fibre lines along a row's centre line, spread evenly across its fibre half-width
    (one: the centre line)."""
    n = len(m.line)
    return [('lines', [grid.ribbon(m.line, [m.fibre * (2 * j / (k - 1) - 1) if k > 1 else 0] * n)[:n]
                       for j in range(k)])]


def row_muscle(doc, name, cls='muscle', fibres=None, tendon=True):
    """Draw the muscles.tsv row `name` of frame back: its belly swept along its line with its
    width profile (Muscle.outline's band), then its tendon unless the caller draws it later."""
    m = ROWS[name]
    doc.muscle(name.split('/')[0], grid.ribbon(m.line, m.widths), cls=cls,
               fibres=row_fibres(m) if fibres is None else fibres)
    if tendon and m.tendon:
        row_tendon(doc, m)
    return m


def row_tendon(doc, m):
    doc.pair(m.tendon_outline(), 'tendon')


def _seamed(rings):
    """The rings of a muscle drawn in parts as one polygon for the inside and edge tests
    (marks, fibres): each ring begins and ends at its lowest point and a seam joins them
    there, run both ways so that it adds no crossings."""
    out = []
    for ring in rings:
        k = max(range(len(ring)), key=lambda i: ring[i][1])
        ring = ring[k:] + ring[:k]
        out += ring + [ring[0]]
    return out


def parts_muscle(doc, mid, cls='muscle'):
    """Draw a muscle of frame back given as parts (rows mid/part: heads that do not
    overlap) as one shape with a subpath a part, each part's belly swept along its line;
    the tendons are left to the caller.  The parts' rows, by part."""
    rows = grid.parts('back', mid)
    cmds = grid.multi(*(spline(grid.ribbon(m.line, m.widths)) for m in rows))
    shape_muscle(doc, mid, cmds, [f for m in rows for f in row_fibres(m, 3)], cls)
    return {m.part: m for m in rows}


def shape_muscle(doc, mid, cmds, fibres, cls='muscle'):
    """Doc.muscle for a shape given as path commands (a fan row's outline, parts)."""
    if mid in doc.muscles:
        raise SystemExit(f'duplicate muscle {mid} in {doc.title}')
    doc.muscles[mid] = _seamed(flatten(cmds))
    doc.warped[mid] = _seamed(flatten(warp_cmds(cmds)))
    doc.pair(cmds, cls, mid)
    doc.fibre_store.append((mid, fibres))


def fan_muscle(doc, key, cls='muscle', bend=0.0):
    """Draw the fan or sheet row `key` of frame back: origin edge, bowed borders, insertion
    edge (Muscle.outline), its fibres from edge to edge."""
    m = ROWS[key]
    shape_muscle(doc, key.split('/')[0], m.outline(), [('lines', m.fibre_lines(bend))], cls)
    return m


def superficial():
    doc = Doc('back view, superficial muscles (posterior.svg)')
    doc.fibre_store = []
    skin(doc)
    head_features(doc)
    hand_features(doc)
    foot_features(doc)
    # --- bones / landmarks drawn under the muscles (only show where uncovered)
    doc.pair(spline(around('mastoid', [(-12, -24), (-3, -14), (3, -2), (-2, 0), (-8, -10)])), 'bone')  # mastoid tip
    doc.pair(spline(around('olecranon', [(-8, -14), (0, -18), (9, -14), (8, 0), (0, 6), (-7, 0)])), 'bone')  # olecranon

    M = doc.muscle
    # ---------------- trunk, deepest first
    # the lumbar erector spinae is a thick column each side of the spine, about a third of
    # the half-waist wide, narrowing onto the sacrum
    M('erector-spinae', [(345, 380), (326, 382), (312, 420), (300, 470), (288, 520), (283, 560), (286, 600),
                         (298, 640), (318, 680), (336, 703), P(345, 706, True)],
      fibres=[('lines', [[(336, 420), (334, 520), (334, 640)], [(322, 440), (314, 540), (320, 640)],
                         [(308, 470), (298, 560), (306, 640)]])])
    # external oblique (a sheet row), its free back border: from the outer surfaces of the
    # lower ribs down to the outer lip of the iliac crest
    fan_muscle(doc, 'external-oblique')
    M('teres-major', TERES_MAJOR,
      fibres=[('pair', [(290, 412), (286, 430)], [(210, 364), (213, 369)], 3, 0.12, 0.88)])
    M('rhomboids', RHOMBOIDS, fibres=[('pair', [(344, 272), (344, 360)], [(302, 318), (296, 424)], 7, 0.06, 0.94)])
    M('infraspinatus', [(299, 343), (301, 372), (298, 400), P(292, 416, True), (276, 400),
                        (258, 386), (236, 370), (214, 354), (198, 340), (193, 330), (200, 322),
                        (214, 326), (240, 332), (268, 337), (288, 340)],
      fibres=[('pair', [(298, 350), (299, 375), (295, 405)], [(205, 328), (202, 333), (200, 338)], 6, 0.08, 0.9)])
    spine.sweep(M, TERES_MINOR, 'muscle')
    # latissimus dorsi (a sheet row): from the spinous processes of T7-L5 through the
    # thoracolumbar fascia and the iliac crest, its upper border over the inferior angle, up and
    # out to the floor of the intertubercular groove of the humerus
    fan_muscle(doc, 'latissimus-dorsi', bend=0.04)
    # leg
    rows_so = [(1092, 0.08, 0.95), (1140, 0.012, 0.99), (1230, 0.02, 0.98), (1290, 0.12, 0.9), (1330, 0.32, 0.7),
               (1348, 0.42, 0.58)]
    M('soleus', band(LEG_L, LEG_R, rows_so),
      fibres=[('lines', [[(258, 1200), (270, 1270), (284, 1320)], [(322, 1190), (312, 1270), (298, 1320)]])])
    rows_fl = [(1062, 0.01, 0.16), (1120, 0.012, 0.14), (1200, 0.012, 0.12), (1280, 0.02, 0.12), (1340, 0.04, 0.13),
               (1362, 0.08, 0.16)]
    M('fibularis-longus', band(LEG_L, LEG_R, rows_fl),
      fibres=[('lines', band_fibres(LEG_L, LEG_R, rows_fl[:4], 1))])
    # fibularis brevis (muscles.tsv): from the lower two thirds of the fibula, over the longus in
    # the lower leg, its tendon behind the lateral malleolus
    row_muscle(doc, 'fibularis-brevis', fibres=[])
    rows_fdl = [(1170, 0.88, 0.98), (1250, 0.8, 0.99), (1320, 0.72, 0.98), (1362, 0.7, 0.9)]
    M('flexor-digitorum-longus', band(LEG_L, LEG_R, rows_fdl),
      fibres=[('lines', band_fibres(LEG_L, LEG_R, rows_fdl[:3], 1))])

    # gastrocnemius (muscles.tsv, two parts): two heads from the backs of the femoral
    # condyles, the medial one larger, arising higher and reaching lower; the notch between
    # them is the lower half of the popliteal diamond, below it they meet along the raphe;
    # the lateral head's aponeurosis joins the medial head's tendon, the Achilles tendon
    gas = parts_muscle(doc, 'gastrocnemius')
    # thigh
    rows_vl = [(760, 0.035, 0.32), (850, 0.0, 0.26), (950, 0.0, 0.18), (1010, 0.0, 0.1), (1035, 0.02, 0.06)]
    M('vastus-lateralis', band(THIGH_L, THIGH_R, rows_vl),
      fibres=[('lines', band_fibres(THIGH_L, THIGH_R, rows_vl[:4], 1))])
    doc.pair(spline(band(THIGH_L, THIGH_R, [(722, 0.01, 0.08), (800, 0.02, 0.1), (900, 0.02, 0.09),
                                            (990, 0.02, 0.09), (1040, 0.04, 0.1)])), 'tendon')  # iliotibial tract
    rows_am = [(772, 0.66, 0.9), (850, 0.6, 0.95), (930, 0.56, 0.92), (985, 0.64, 0.9)]
    M('adductor-magnus', band(THIGH_L, THIGH_R, rows_am))
    # semimembranosus (muscles.tsv): from the ischial tuberosity under the semitendinosus, its
    # belly bulging medial to it in the lower thigh, its tendon to the back of the medial tibial condyle
    row_muscle(doc, 'semimembranosus', fibres=row_fibres(ROWS['semimembranosus'], 3))
    rows_gr = [(785, 0.9, 0.98), (830, 0.9, 0.995), (880, 0.9, 1.0), (960, 0.88, 1.0), (1030, 0.86, 0.99), (1060, 0.84, 0.95)]
    M('gracilis', band(THIGH_L, THIGH_R, rows_gr),
      fibres=[('lines', band_fibres(THIGH_L, THIGH_R, rows_gr, 1))])
    rows_bf = [(785, 0.56, 0.72), (805, 0.34, 0.66), (830, 0.26, 0.6), (900, 0.17, 0.52), (960, 0.12, 0.46), (1010, 0.08, 0.32),
               (1045, 0.06, 0.18), at_landmark('fibular-head', -2, 3, -4)]   # its tendon to the fibular head
    M('biceps-femoris', band(THIGH_L, THIGH_R, rows_bf),
      fibres=[('lines', band_fibres(THIGH_L, THIGH_R, rows_bf[1:6], 3))])
    # semitendinosus (muscles.tsv): from the ischial tuberosity, its belly ending low in the
    # thigh in the long tendon to the pes anserinus
    st = grid.muscles('back')['semitendinosus']
    M('semitendinosus', grid.ribbon(st.line, st.widths),
      fibres=[('lines', [[(x + d, y) for x, y in st.line] for d in (-st.fibre / 2, st.fibre / 2)])])
    doc.pair(spline(grid.ribbon(st.tendon, st.tendon_widths)), 'tendon')
    # gluteal region
    # gluteus medius and maximus (fan rows): medius from the outer ilium below the crest to the
    # greater trochanter; maximus from the PSIS, the back of the sacrum and the coccyx, down and
    # out to the iliotibial tract and the gluteal tuberosity
    fan_muscle(doc, 'gluteus-medius', bend=0.04)
    fan_muscle(doc, 'gluteus-maximus')
    # ---------------- neck and shoulder
    M('splenius-capitis', [(300, 206), (314, 203), (330, 210), (336, 236), (328, 262), (316, 262),
                           (309, 244), (304, 224)],
      fibres=[('lines', [[(320, 255), (312, 230), (305, 212)], [(328, 250), (320, 228), (312, 209)]])])
    M('sternocleidomastoid', [(292, 198), (300, 204), (307, 216), (311, 234), (311, 250), P(307, 262, True),
                              (305.8, 250), (306.8, 238), (305.4, 226), (302.4, 214)],
      fibres=[('lines', [[(298, 206), (305, 224), (307, 248)]])])
    M('triceps-brachii', [(153, 364), (147, 395), (138, 430), (129, 470), (122, 500), (126, 522),
                          (132, 545), (138, 560), P(150, 563, True), (164, 548), (173, 515), (182, 480),
                          (191, 445), (199, 410), (204, 390), (208, 366), (198, 352), (170, 356)],
      fibres=[('lines', [[(150, 404), (138, 460), (136, 510)], [(166, 400), (156, 460), (146, 520)],
                         [(186, 404), (176, 460), (160, 525)], [(194, 420), (182, 470), (166, 530)]])])
    # forearm (dorsal) - lateral to medial; the bellies turn to tendon in the lower third
    # (the radial extensors first, the finger extensor and ECU lowest), and abductor
    # pollicis longus crosses over the radial tendons to the thumb
    # the radial extensors from the lateral supracondylar ridge, extensor carpi radialis brevis
    # and the finger and ulnar extensors from the lateral epicondyle (the common extensor
    # origin, under anconeus); flexor carpi ulnaris and the ulnar head of extensor carpi
    # ulnaris from the back of the ulna; all muscles.tsv rows, their tendons drawn below
    fa = [row_muscle(doc, n, tendon=False, fibres=row_fibres(ROWS[n], k))
          for n, k in (('brachioradialis', 1), ('extensor-carpi-radialis-longus', 2),
                       ('extensor-carpi-radialis-brevis', 1))]
    rows_ed = [(566, 0.5, 0.62), (600, 0.54, 0.72), (650, 0.52, 0.74), (690, 0.46, 0.7), (710, 0.49, 0.63)]
    M('extensor-digitorum', band(ARM_L, ARM_R, rows_ed), fibres=[('lines', band_fibres(ARM_L, ARM_R, rows_ed[:4], 2))])
    fa += [row_muscle(doc, n, tendon=False, fibres=row_fibres(ROWS[n], 1))
           for n in ('extensor-carpi-ulnaris', 'flexor-carpi-ulnaris')]
    # anconeus (a fan row): from the back of the lateral epicondyle to the side of the olecranon
    # and the upper ulna
    fan_muscle(doc, 'anconeus')
    for m in fa:
        row_tendon(doc, m)
    rows_apl = [(640, 0.42, 0.54), (670, 0.3, 0.48), (700, 0.12, 0.32), (722, 0.02, 0.13)]
    M('abductor-pollicis-longus', band(ARM_L, ARM_R, rows_apl))
    # deltoid and trapezius (most superficial)
    # deltoid (a fan row): from the spine of the scapula and the acromion, its posterior border
    # hollow over infraspinatus and teres, converging on the deltoid tuberosity
    fan_muscle(doc, 'deltoid', bend=0.03)
    UT_LOW = [(350, 270), (326, 278), (298, 289), (268, 298), (238, 304), (212, 307), (198, 308)]
    MT_LOW = [(350, 324), (326, 334), (300, 344)]
    # from the external occipital protuberance along the medial third of the superior nuchal line
    M('upper-trapezius', [P(350, 191, True), (343, 191.5), (335, 193.5), P(327, 197, True), (325, 215), (318, 238),
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
    doc.mid(spline(sym([P(350, 470, True), (328, 508), (303, 552), (288, 590), P(281, 615, True), (298, 628),
                        P(316, 639, True), (326, 661), (336, 689), (344, 713), P(350, 720, True)])),
            'tendon', extra='fill-opacity="0.72"')  # thoracolumbar fascia
    row_tendon(doc, gas['lateral'])
    row_tendon(doc, gas['medial'])  # the Achilles tendon, flaring onto the calcaneus
    doc.pair(spline([P(135, 518, True), (146, 515), P(156, 519, True), (152, 538), P(143, 556, True), (137, 538)]), 'tendon')  # triceps tendon
    for x0, x1, y1 in ((88, 67, 818), (94, 81, 821), (100, 95, 821), (106, 108, 815)):   # extensor digitorum tendons
        doc.pair(spline([(x0 - 0.9, 740), (x1 - 0.9, y1), (x1 + 0.9, y1), (x0 + 0.9, 740)]), 'tendon')
    for f0, f1 in ((0.5, 0.545), (0.545, 0.59), (0.59, 0.635)):   # ... and above the wrist, in one sheath
        doc.pair(spline(band(ARM_L, ARM_R, [(704, f0, f1), (722, f0 - 0.02, f1 - 0.02), (741, f0 - 0.04, f1 - 0.04)])),
                 'tendon')
    # ---------------- landmarks over the muscles (palpable contours)
    lm = 'class="landmark" stroke-dasharray="3 2" stroke-opacity="0.55"'
    # medial border and inferior angle of the scapula
    doc.pair(spline(around('inferior-angle', [(10, -110), (13, -80), (12, -45), (6, -16), (0, 0), (-10, -10)]),
                    closed=False), None, extra=lm)
    # spine of the scapula to the acromion, and the acromion's tip
    doc.pair(spline(around('scapular-spine-root', [(0, 0), (-32, -8), (-64, -20), (-94, -32), (-110, -38)]),
                    closed=False), None, extra='class="landmark" stroke-opacity="0.6"')
    doc.pair(spline(around('acromion', [(0, 0), (10, -2), (18, 3)]), closed=False), 'landmark')
    doc.pair(spline(around('iliac-crest', [(50, 14), (26, 2), (0, 0), (-20, 10)]), closed=False), None, extra=lm)
    doc.pair(spline(grid.ellipse_pts(*landmark('psis'), 3.2)), 'landmark')  # PSIS dimple
    doc.mid(spline(around('sacrum-apex', [(-18, -70), (-12, -32), (0, 4), (12, -32), (18, -70)]), closed=False),
            None, extra=lm)  # sacrum
    doc.mid(spline([(350, 700), (350, 740), (350, 778)], closed=False), 'feature')  # natal cleft
    doc.pair(spline([(344, 782), (318, 796), (288, 802), (262, 800)], closed=False), 'feature')  # gluteal fold
    doc.pair(spline(around('greater-trochanter', [(6, -16), (0, 0), (4, 16)]), closed=False), None, extra=lm)
    doc.pair(spline(around('popliteal-fossa', [(-18, -24), (-4, -20), (10, -24)]), closed=False),
             'feature')  # popliteal crease, across the top of the fossa
    doc.pair(spline(grid.ellipse_pts(*landmark('fibular-head'), 4)), None, extra=lm)
    doc.pair(spline(around('lateral-malleolus', [(4, -12), (0, 0), (2, 14)]), closed=False), 'landmark')
    doc.pair(spline(around('medial-malleolus', [(2, -12), (0, 0), (2, 12)]), closed=False), 'landmark')
    doc.pair(spline(around('olecranon', [(-8, -10), (0, 0), (10, -4)]), closed=False), 'landmark')
    doc.pair(spline(grid.ellipse_pts(*landmark('lateral-epicondyle'), 3)), 'landmark')
    doc.pair(spline(grid.ellipse_pts(*landmark('medial-epicondyle'), 3)), 'landmark')
    doc.mid(spline(around('external-occipital-protuberance', [(-4, 3), (0, 0), (4, 3)]), closed=False), 'landmark')
    for lv, y in LEVELS.items():
        if lv in ('C1', 'C2', 'C3', 'C4', 'C5', 'C6'):
            continue
        if lv == 'C7':   # the vertebra prominens, the first knob felt at the base of the neck
            doc.mid(spline(grid.ellipse_pts(350, y + 0.5, 3.6, 3)), 'landmark')
            continue
        doc.mid(spline([(350 - 2.2, y), (350, y + 1.5), (350 + 2.2, y)], closed=False), 'landmark')
    regions(doc)
    return doc


# --------------------------------------------------------------------------------------
# DEEP VIEW

def vertebra(doc, y, tp, spine_len, tp_drop=1.0, body=False):
    """A vertebra seen from behind: laminae + transverse processes + spinous process."""
    half = [P(350, y - 5, True), (346, y - 5), (342, y - 4), (350 - tp, y - 2 + tp_drop), P(350 - tp - 1, y + 2 + tp_drop, True),
            (342, y + 3), (346, y + 4), P(350, y + spine_len, True)]
    doc.mid(spline(sym(half), smooth=0.6), 'bone')


# muscles of the deep view drawn from their rows of muscles.tsv (frame back)


def halfway(a, b):
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def from_row(doc, name, cls='muscle deep', fibres=3, caps=True, cut=None):
    """A muscle of muscles.tsv (frame back) in the deep view: its belly swept along its
    centre line with its width profile (the points of grid.Muscle.outline), `fibres`
    fibre lines along the line spread over the row's fibre half-width, then its tendon
    (Muscle.tendon_outline).  Without caps the belly's ends are cut square; cut(points),
    when given, opens a dissection window in the outline before it is drawn.  A fan or
    sheet row is Muscle.outline as it is, with its own fibres (Muscle.fibre_lines)."""
    m = ROWS[name]
    if m.origin_edge is not None:     # a fan or a sheet: between its two edges
        shape_muscle(doc, m.key, m.outline(), [('lines', m.fibre_lines())], cls)
        return m
    n = len(m.line)
    pts = grid.ribbon(m.line, m.widths)
    if not caps:
        for i in (0, n - 1, n, 2 * n - 1):
            pts[i] = pts[i] + ('c',)
        # a plain point halfway along each square end (see window())
        pts = (pts[:n] + [halfway(pts[n - 1], pts[n])] + pts[n:]
               + [halfway(pts[2 * n - 1], pts[0])])
    if cut:
        pts = cut(pts)
    doc.muscle(m.id, pts, cls=cls, fibres=row_fibres(m, fibres))
    if m.tendon:
        row_tendon(doc, m)
    return m


def window(first, last, path):
    """A cut(points) for from_row: the outline's points from the one nearest `first` to the
    one nearest `last` (in the outline's order) give way to `path`, the edge of a
    dissection window cut into the muscle to show what lies under it.  Put a plain point
    between two corners of the path: a straight piece drawn from corner to corner is a
    curve with its control points on its ends, which cairo_in_fill (the app's click and
    mark tests) misreads."""
    def cut(pts):
        def nearest(q):
            return min(range(len(pts)), key=lambda i: (pts[i][0] - q[0]) ** 2 + (pts[i][1] - q[1]) ** 2)
        i, j = nearest(first), nearest(last)
        if j < i:
            raise SystemExit(f'window: {first} must come before {last} along the outline')
        return pts[:i] + list(path) + pts[j + 1:]
    return cut


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
    doc.mid(spline(sym(around('mastoid', [(51, -64, 'c'), (25, -62), (5, -52), (-7, -34), (-6, -18), (0, 0, 'c'),
                                          (6, -9), (17, -13), (33, -10), (51, -5, 'c')]))), 'bone')
    doc.mid(spline([(306, 178), (326, 186), (350, 188), (374, 186), (394, 178)], closed=False), 'landmark')  # sup. nuchal line
    doc.mid(spline(around('external-occipital-protuberance', [(-4, -7), (0, -11), (4, -7)]), closed=False), 'landmark')
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
    doc.mid(spline(sym(around('sacrum-apex', [(0, -98, 'c'), (-16, -96), (-30, -92, 'c'), (-26, -62), (-18, -32),
                                              (-8, -10), (0, 0, 'c')]))), 'bone')
    for k, y in enumerate((642, 662, 682, 700)):
        doc.pair(spline(grid.ellipse_pts(334 + k * 2.5, y, 2.6 - k * 0.3)), 'landmark')
    doc.mid(spline(sym(around('sacrum-apex', [(0, 0, 'c'), (-4, 4), (-3, 18), (0, 26, 'c')]))), 'bone')
    # hip bone (ilium, ischium) and pubic ramus
    # (the ilium from the PSIS round the crest, the ischium up from the tuberosity)
    B(around('psis', [(0, 2, 'c'), (-4, -20), (-24, -36), (-56, -42), (-80, -36), (-95, -18), (-99, 10),
                      (-90, 40), (-78, 62), (-64, 88), (-44, 112), (-24, 128)])
      + around('ischial-tuberosity', [(0, 0, 'c'), (6, -13), (3, -31), (-6, -41, 'c'), (-9, -57), (-1, -67, 'c'),
                                      (-7, -77), (-5, -93), (7, -113, 'c')]))
    B([(318, 778), (332, 770), (344, 752), P(350, 744, True), (346, 760), (336, 778), (322, 786)])
    # femur
    # (its lower end round the two condyles, the intercondylar notch under the popliteal fossa)
    B(around('greater-trochanter', [(36, -28), (18, -30), (2, -22, 'c'), (0, -4), (10, 14), (20, 24), (26, 72),
                                    (34, 152), (42, 222)])
      + around('lateral-femoral-condyle', [(-10, -23), (-14, -6), (-6, 12), (16, 14)])
      + around('popliteal-fossa', [(0, 2)])
      + around('medial-femoral-condyle', [(-12, 16), (10, 14), (16, -4), (6, -20)])
      + around('greater-trochanter', [(70, 252), (60, 212), (52, 152), (44, 72), (40, 32), (38, 10), (46, -2),
                                      (50, -16)]))
    # tibia and fibula
    # the tibia: its plateau over the two condyles, the shaft down to the medial malleolus
    B(around('lateral-tibial-condyle', [(-4, -4), (18, -8)]) + around('medial-tibial-condyle', [(4, -8), (10, 4)])
      + around('medial-malleolus', [(0, -284), (-10, -224), (-12, -124), (-8, -34), (4, -12), (6, 12), (-4, 20),
                                    (-16, 8), (-24, -24), (-26, -124), (-28, -224), (-34, -284), (-46, -306)]))
    B(around('fibular-head', [(-2, -10), (8, -12), (12, 2), (10, 24), (12, 114), (18, 234), (22, 284), (20, 316),
                              (12, 318), (8, 294), (6, 234), (2, 114), (2, 24), (-4, 4)]))
    B(around('calcaneus', [(-22, -32), (-2, -38), (18, -32), (20, -10), (0, 0), (-20, -6)]))
    # humerus, ulna, radius
    B(around('lateral-epicondyle', [(91, -246), (79, -248), (69, -240), (67, -226), (73, -212), (71, -178),
                                    (57, -118), (35, -48), (1, -6, 'c'), (-1, 8), (9, 14), (23, 8), (37, 12), (49, 8),
                                    (51, -6, 'c'), (45, -18), (51, -38), (71, -108), (83, -170), (89, -208),
                                    (95, -228)]))
    B(around('olecranon', [(-4, -16), (8, -18), (12, 0), (6, 24), (-6, 84), (-20, 146), (-24, 164), (-32, 166),
                           (-28, 144), (-16, 84), (-6, 24), (-8, 0)]))                     # ulna
    # radius
    B(around('lateral-epicondyle', [(-1, 16), (11, 16), (9, 32), (3, 62), (-11, 112), (-19, 152), (-23, 172),
                                    (-37, 176), (-33, 154), (-23, 112), (-9, 62), (-2, 32)]))
    # scapula body (fossae) - spine and acromion come after the rotator cuff
    B(around('inferior-angle', [(10, -118, 'c'), (-10, -122), (-34, -124), (-56, -120, 'c'), (-66, -118), (-78, -112),
                                (-82, -100), (-80, -86), (-58, -58), (-28, -26), (-1, 0, 'c'), (8, -20), (14, -60),
                                (14, -90)]))

    M = doc.muscle
    # ---------------- deep back and neck
    # quadratus lumborum (muscles.tsv): a sheet from the back of the iliac crest up to the
    # 12th rib and the L1-L4 transverse processes, reaching out beyond the erector spinae, its
    # free lateral border bowed out from the rib down to the crest: there its points are pressed
    from_row(doc, 'quadratus-lumborum')
    y12 = LEVELS['T12'] + 4   # 12th rib over the upper border of quadratus lumborum
    doc.pair(spline(band_from_centre([(335, y12), (320, y12 + 4), (304, y12 + 14), (292, y12 + 26)], 6, 3)), 'bone')
    M('lumbar-multifidus', [P(345, 505, True), (336, 508), (331, 540), (329, 580), (326, 620), (326, 660),
                            (332, 696), P(344, 716, True), (345, 680), (345, 600)],
      cls='muscle deep',
      fibres=[('lines', [[(342, 520), (336, 560)], [(342, 560), (334, 600)], [(342, 600), (332, 640)],
                         [(342, 640), (332, 680)], [(342, 675), (336, 705)]])])
    spine.lumbar(M, LEVELS)     # the lumbar rotatores, in a window through the multifidus
    spine.thoracic(M, LEVELS)   # the thoracic deep back muscles of the lamina groove
    spine.columns(M, LEVELS, P)   # the erector spinae over them, then the spinalis and the cervical parts
    # the erector's common tendon: the aponeurosis on the sacrum, the lumbar spinous processes
    # and the back of the iliac crest from which the columns rise, over the lower third of the
    # mass (translucent, so the lumbar multifidus under it still shows and takes its marks)
    doc.pair(spline([P(347, 614, True), (336, 622), (320, 633), (304, 641), P(290, 647, True), (298, 664),
                     (314, 690), (328, 708), P(340, 716, True), P(347, 716, True)]),
             'tendon', extra='fill-opacity="0.45"')
    # serratus posterior inferior: a thin sheet from the thoracolumbar fascia over the T11-L2
    # spinous processes, its fibres running up and out across the erector spinae to four
    # fleshy digitations on the lower borders of ribs 9-12, just lateral to their angles
    # (Netter pl. 172; T&S fig. 48.1): the slips reach past the erector's lateral border,
    # the upper ones longest, each ending on its rib
    M('serratus-posterior-inferior', [P(334, 484, True), (318, 475), (298, 466), (280, 460), P(265, 456, True),
                                      P(267, 463, True), (276, 466), P(285, 468, True), (276, 472),
                                      P(265, 476, True), P(268, 482, True), (278, 486), P(287, 490, True),
                                      (280, 497), P(274, 507, True), P(279, 512, True), (286, 514),
                                      P(293, 515, True), (292, 520), P(293, 527, True), (306, 532), (320, 537),
                                      P(334, 542, True)],
      cls='muscle deep',
      fibres=[('lines', [[(330, 490), (300, 471), (272, 459)], [(330, 506), (300, 489), (272, 478)],
                         [(330, 520), (304, 507), (280, 504)], [(330, 534), (306, 524), (294, 520)]])])
    # serratus posterior superior: a thin quadrilateral sheet from the ligamentum nuchae and
    # the C7-T3 spinous processes down and out across the erector spinae to four fleshy
    # digitations on ribs 2-5 just beyond their angles, under the rhomboids and, at its
    # tips, the scapula (Netter pl. 173; T&S fig. 47.1)
    sps = [P(347, 262, True), (333, 275.5), (319, 289), (308, 299.5)]
    for k in range(2, 6):
        y = LEVELS[f'T{k}'] + 4
        sps += [P(297.5, y + 1, True), P(298, y + 6, True), (307, y + 11) if k < 5 else (309, y + 5)]
    sps += [(322, 354), (335, 342), P(347, 331, True)]
    M('serratus-posterior-superior', sps, cls='muscle deep',
      fibres=[('lines', [[(344, 270), (322, 286), (300, 311)], [(344, 290), (322, 306), (300, 331)],
                         [(344, 310), (322, 327), (300, 350)], [(344, 326), (324, 344), (302, 369)]])])
    # the rhomboids are cut back along their fibres (minor and the top of major removed) to show it
    M('rhomboids', RHOMBOIDS_CUT,
      fibres=[('pair', [(344, 304), (344, 360)], [(304, 350), (296, 424)], 6, 0.06, 0.94)])
    # splenius capitis cut across below its insertion on the mastoid and the superior nuchal
    # line, and turned back, to show the neck's part of the erector spinae under it
    M('splenius-capitis', [(302.8, 217), (304, 206), (316, 203), (326, 213), P(331, 222, True), P(313, 241, True),
                           (307, 232)],
      fibres=[('lines', [[(326, 224), (316, 212), (308, 207)], [(318, 234), (310, 222), (305, 213)]])])
    # levator scapulae arises by four slips from the transverse processes of C1-C4 (the
    # atlas' under the obliquus capitis, not the skull) and descends, twisting, to the
    # superior angle and the medial border of the scapula down to the root of its spine
    # (Netter's deep back plate; T&S fig. 19.1): its row of muscles.tsv, the four slips
    # cut into its upper end
    from_row(doc, 'levator-scapulae', 'muscle', cut=window((322, 234), (322, 234), [
        (326, 250), P(331, 242, True), (324, 238), P(327, 235, True), (320, 232), P(322, 229, True), (314, 225),
        P(305, 225, True)]))
    suboccipital.posterior(M, P, band_from_centre)    # the four suboccipital muscles
    # ---------------- rotator cuff
    # supraspinatus (muscles.tsv): from the supraspinous fossa under the acromion to the
    # highest facet of the greater tubercle
    from_row(doc, 'supraspinatus', 'muscle', fibres=3)
    M('infraspinatus', [(299, 343), (301, 372), (298, 400), P(292, 416, True), (276, 400), (258, 386),
                        (236, 370), (212, 352), (196, 340), P(190, 332, True), (198, 326), (214, 328),
                        (240, 334), (268, 338), (288, 341)],
      fibres=[('pair', [(298, 350), (299, 375), (295, 405)], [(200, 331), (199, 335), (198, 339)], 6, 0.08, 0.9)])
    spine.sweep(M, TERES_MINOR, 'muscle')
    # teres major (muscles.tsv): from the back of the inferior angle up and out to the crest
    # of the lesser tubercle, meeting the arm at the armpit's apex
    from_row(doc, 'teres-major', 'muscle')
    # spine of scapula and acromion over the cuff
    B(band_from_centre(around('scapular-spine-root', [(1, 1), (-16, -3), (-36, -10), (-62, -20), (-86, -30),
                                                      (-102, -37)]), 10, 12))
    B(around('acromion', [(24, 0), (10, -4), (-2, -1), (-6, 6), (2, 12), (18, 12), (28, 8)]))
    # ---------------- arm
    # triceps (muscles.tsv): the long head from the infraglenoid tubercle, the lateral and
    # medial heads from the back of the humerus beside and below it, one broad belly over
    # the back of the arm ending in the flat tendon on the olecranon
    from_row(doc, 'triceps-brachii', fibres=4)
    # supinator (muscles.tsv): a sheet from the lateral epicondyle and the supinator crest
    # of the ulna wrapping round the neck of the radius to its upper third
    from_row(doc, 'supinator')
    M('abductor-pollicis-longus', [(132, 628), (126, 652), (112, 682), (96, 706), (84, 724), (78, 720),
                                   (88, 700), (104, 674), (116, 646), (124, 630)],
      cls='muscle deep')
    # extensor pollicis longus (muscles.tsv): from the middle third of the back of the ulna,
    # its tendon round the dorsal tubercle of the radius to the thumb
    from_row(doc, 'extensor-pollicis-longus', fibres=2)
    # ---------------- hip
    pelvis.pelvic_floor(doc)
    # gluteus minimus (muscles.tsv): a fan from the outer ilium between the anterior and
    # inferior gluteal lines (not back to the PSIS) converging on the front of the greater
    # trochanter, smaller than medius; its lower border lies along the piriformis
    from_row(doc, 'gluteus-minimus')
    # piriformis (muscles.tsv): a pear-shaped belly from the front of the sacrum (S2-S4),
    # out through the greater sciatic notch, tapering to a round tendon on the upper tip of
    # the greater trochanter
    from_row(doc, 'piriformis')
    # the gemelli: the superior from the ischial spine, the inferior (larger) from the top of
    # the tuberosity, thin bands above and below the obturator internus tendon that leaves the
    # lesser sciatic notch between them, all three blending onto the trochanteric fossa
    # the superior gemellus a slender spindle, its upper border arched between the ischial
    # spine and the tendon it blends with, below the sciatic nerve's exit under piriformis
    M('gemelli', [P(319, 714.5, True), (313, 712.2), (302, 710.8), (288, 710.9), (272, 712.2), (256, 714.2),
                  P(244, 716.5, True), P(244, 722, True),
                  (262, 729), (282, 737), (300, 742), P(318, 744.5, True), (316, 737), (312, 733), (298, 729),
                  (280, 723), (296, 721), (311, 719.5), P(318, 717, True)],
      cls='muscle deep',
      fibres=[('lines', [[(316, 714), (280, 716), (250, 718)], [(314, 740), (290, 737), (262, 728)]])])
    # obturator internus (muscles.tsv): its tendon leaves the lesser sciatic notch between
    # the gemelli and runs out to the trochanteric fossa
    from_row(doc, 'obturator-internus', fibres=1, caps=False)
    # quadratus femoris (muscles.tsv): a flat quadrilateral from the outer border of the
    # ischial tuberosity to the quadrate tubercle on the intertrochanteric crest
    from_row(doc, 'quadratus-femoris', fibres=3, caps=False)
    # ---------------- thigh
    # adductor magnus seen from behind: a great triangle from the ischial tuberosity and
    # ramus, its upper fibres almost level to the gluteal tuberosity, the rest fanning onto
    # the linea aspera; the hiatus separates the fleshy part from the ischiocondylar tendon
    # running down the medial side to the adductor tubercle
    M('adductor-magnus', [P(*TX(776, 0.62), True), TX(779, 0.47), TX(786, 0.34), P(*TX(795, 0.26), True),
                          TX(830, 0.27), TX(880, 0.3), TX(925, 0.35), TX(956, 0.42), P(*TX(976, 0.5), True),
                          TX(972, 0.58), P(*TX(986, 0.66), True), TX(1004, 0.74), P(*TX(1016, 0.8), True),
                          TX(1008, 0.86), TX(985, 0.885), TX(950, 0.92), TX(890, 0.95), TX(830, 0.955),
                          P(*TX(786, 0.93), True)],
      cls='muscle deep',
      fibres=[('pair', [TX(778, 0.6), TX(783, 0.9), TX(830, 0.93), TX(900, 0.93), TX(960, 0.9)],
               [TX(797, 0.29), TX(860, 0.3), TX(925, 0.36), TX(965, 0.46), TX(1008, 0.8)], 8, 0.06, 0.92)])
    rows_gr = [(785, 0.9, 0.98), (830, 0.9, 0.995), (880, 0.9, 1.0), (960, 0.88, 1.0), (1030, 0.86, 0.99), (1060, 0.84, 0.95)]
    M('gracilis', band(THIGH_L, THIGH_R, rows_gr),
      fibres=[('lines', band_fibres(THIGH_L, THIGH_R, rows_gr, 1))])
    rows_vl = [(760, 0.02, 0.2), (850, 0.0, 0.24), (950, 0.0, 0.2), (1010, 0.0, 0.12), (1035, 0.02, 0.06)]
    M('vastus-lateralis', band(THIGH_L, THIGH_R, rows_vl), cls='muscle deep',
      fibres=[('lines', band_fibres(THIGH_L, THIGH_R, rows_vl[:4], 1))])
    rows_bfs = [(880, 0.24, 0.32), (940, 0.16, 0.32), (990, 0.1, 0.28), (1030, 0.06, 0.18),
                at_landmark('fibular-head', -2.5, 2.5, -6)]
    M('biceps-femoris', band(THIGH_L, THIGH_R, rows_bfs), cls='muscle deep',
      fibres=[('lines', band_fibres(THIGH_L, THIGH_R, rows_bfs[:4], 1))])
    # ---------------- leg
    # popliteus (muscles.tsv): a flat triangle from the popliteal groove on the lateral femoral
    # condyle down and in to the back of the tibia above the soleal line
    from_row(doc, 'popliteus', caps=False)
    # tibialis posterior (muscles.tsv): the deepest, from the interosseous membrane and the
    # bones beside it, down and in under the flexor digitorum longus to the groove behind
    # the medial malleolus
    from_row(doc, 'tibialis-posterior')
    rows_fdl = [(1130, 0.84, 0.97), (1240, 0.82, 0.99), (1320, 0.72, 0.98), (1362, 0.7, 0.9)]
    M('flexor-digitorum-longus', band(LEG_L, LEG_R, rows_fdl), cls='muscle deep',
      fibres=[('lines', band_fibres(LEG_L, LEG_R, rows_fdl[:3], 1))])
    rows_fl = [(1062, 0.02, 0.16), (1120, 0.005, 0.16), (1200, 0.0, 0.14), (1280, 0.02, 0.14), (1340, 0.04, 0.14),
               (1362, 0.08, 0.16)]
    # flexor hallucis longus (muscles.tsv) from the lower two thirds of the back of the
    # fibula, the lowest belly of the calf, its tendon crossing behind the ankle to the groove
    # on the talus; seen between the fibulares and the soleus
    from_row(doc, 'flexor-hallucis-longus')
    M('fibularis-longus', band(LEG_L, LEG_R, rows_fl), fibres=[('lines', band_fibres(LEG_L, LEG_R, rows_fl[:4], 1))])
    # soleus (muscles.tsv): a broad sheet from the back of the fibular head and the upper
    # fibula and, along its upper inner border, the soleal line and the middle third of the
    # tibia's medial border, converging on the Achilles tendon (its row's tendon) to the
    # calcaneus; cut open between its fibular and tibial parts down to mid-calf to show the
    # tibialis posterior beneath it
    from_row(doc, 'soleus', 'muscle', fibres=5, cut=window((308, 1122), (277, 1089),
                                                          [(315, 1136), (309, 1133), P(305, 1140, True), (301.5, 1192),
                                                           P(298, 1244, True), (283, 1161.5), P(268, 1079, True)]))
    emit_fibres(doc)
    # ---------------- tendons
    doc.pair(spline(band(THIGH_L, THIGH_R, [(722, 0.01, 0.08), (800, 0.02, 0.1), (900, 0.02, 0.09),
                                            (990, 0.02, 0.09), (1040, 0.04, 0.1)])), 'tendon')  # iliotibial tract
    doc.mid(spline(sym([P(350, 246, True), (347, 256), (347, 300), P(350, 320, True)])), 'tendon')  # nuchal ligament
    spine.spinous_tips(doc, LEVELS)
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
    ('rectus-capitis-posterior-major', 'tp1', 'posterior-deep', 332, 222),
    ('rectus-capitis-posterior-minor', 'tp1', 'posterior-deep', 345.3, 212),
    ('obliquus-capitis-superior', 'tp1', 'posterior-deep', 309.5, 214),
    ('obliquus-capitis-inferior', 'tp1', 'posterior-deep', 325, 234),
    ('supraspinatus', 'tp1', 'posterior-deep', 272, 320),
    ('supraspinatus', 'tp2', 'posterior-deep', 216, 306.5),
    ('rhomboids', 'tp1', 'posterior-deep', 312, 380),
    ('supinator', 'tp1', 'posterior-deep', 114, 606),
    ('quadratus-lumborum', 'tp1', 'posterior-deep', 271, 550),   # lateral to the erector spinae, as pressed
    ('quadratus-lumborum', 'tp2', 'posterior-deep', 262, 600),
    ('lumbar-multifidus', 'tp1', 'posterior-deep', 338, 540),
    ('lumbar-multifidus', 'tp2', 'posterior-deep', 335, 622),
    ('gluteus-minimus', 'tp1', 'posterior-deep', 244, 650),
    ('gluteus-minimus', 'tp2', 'posterior-deep', 276, 668),
    ('piriformis', 'tp1', 'posterior-deep', 262, 699),
    ('piriformis', 'tp2', 'posterior-deep', 318, 692),
    ('gemelli', 'tp1', 'posterior-deep', 302, 737.5),            # on the inferior gemellus, below the obturator tendon
    ('obturator-internus', 'tp1', 'posterior-deep', 284, 726.5),
    ('soleus', 'tp1', 'posterior-deep', 302, 1320),
    ('soleus', 'tp2', 'posterior-deep', 262, 1088),
    ('tibialis-posterior', 'tp1', 'posterior-deep', 295, 1180),
    ('serratus-posterior-superior', 'tp1', 'posterior-deep', 310, 326),
    ('serratus-posterior-inferior', 'tp1', 'posterior-deep', 298, 484),
    # the erector spinae's lower points sit beside serratus posterior inferior, not under it
    ('erector-spinae', 'tp1', 'posterior-deep', 305, 431),
    ('erector-spinae', 'tp2', 'posterior-deep', 297, 540),  # iliocostalis lumborum, lateral part of the mass
    ('erector-spinae', 'tp3', 'posterior-deep', 325.5, 466),  # T10 to T11 on the longissimus, above serratus post. inf.
    ('triceps-brachii', 'tp4', 'posterior', 150, 516),         # deep medial head above the olecranon
    ('soleus', 'tp3', 'posterior-deep', 294, 1290),            # above and lateral to tp1
    ('flexor-hallucis-longus', 'tp1', 'posterior-deep', LX(1318, 0.24)[0], 1318),  # lower third, lateral
] + spine.MARKS

REQUIRED = {
    'posterior': ['upper-trapezius', 'splenius-capitis', 'infraspinatus', 'deltoid',
                  'extensor-carpi-radialis-longus', 'gluteus-maximus', 'gluteus-medius',
                  'gastrocnemius', 'soleus'],
    'posterior-deep': ['levator-scapulae', 'rectus-capitis-posterior-major', 'rectus-capitis-posterior-minor',
                       'obliquus-capitis-superior', 'obliquus-capitis-inferior', 'splenius-capitis', 'infraspinatus',
                       'supraspinatus', 'rhomboids', 'supinator', 'quadratus-lumborum', 'lumbar-multifidus',
                       'gluteus-minimus', 'piriformis', 'soleus', 'tibialis-posterior', 'gemelli', 'obturator-internus',
                       'flexor-hallucis-longus'],
}

MARKS += pelvis.POSTERIOR_MARKS
REQUIRED['posterior-deep'] += pelvis.POSTERIOR_REQUIRED


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
        if not inside([poly], (x, y)):
            errors.append(f'{muscle} {tp} ({x},{y}) is OUTSIDE its path in {view}')
            continue
        dist = edge_dist([poly], (x, y))
        if dist < MARGIN:
            errors.append(f'{muscle} {tp} ({x},{y}) only {dist:.1f} from the edge in {view}')
        # a later (superficial) muscle over the mark would hide the X and take its click
        names = list(docs[view].warped)
        for other in names[names.index(muscle) + 1:]:
            if inside([docs[view].warped[other]], (x, y)):
                errors.append(f'{muscle} {tp} ({x},{y}) is covered by {other} in {view}')
                break
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
    with open(os.path.join(grid.marks_dir(), 'marks-posterior.tsv'), 'w') as f:
        f.write('\n'.join(lines) + '\n')
    print('wrote posterior.svg, posterior-deep.svg, marks-posterior.tsv')


if __name__ == '__main__':
    main()
