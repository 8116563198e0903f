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
say whether a mark has left its muscle or been covered.  The digastric, zygomaticus
major, omohyoid, sternohyoid, sternothyroid and stylohyoid are rows of muscles.tsv (frame
head); the masseter's two layers are drawn by jaw.py.  What both views share (the
document, the outline, the bones, the shared muscle outlines) is in head_shapes.py, the
deep view in head_deep.py; this script draws the superficial view, the regions and the
marks, and checks and writes both.

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
from grid import path_d, spline, flatten, multi, band, line, ellipse  # noqa: E402
from grid import exit_on_errors, write_marks  # noqa: E402
from region_seeds import seeds  # noqa: E402
import neck_front as NF  # noqa: E402
# the shared shapes and the document, importable from here as before (lateral.py,
# side_frame.py, hand.py and foot.py use head.NAME)
from head_shapes import (  # noqa: E402,F401
    MUSCLES, W, HT, lerp, at, Doc, SKIN_FRONT, SKIN_BACK, SKIN, skin_inset, EAR, draw_skin, EYEBROW, draw_face,
    draw_ear, SHOULDER_LINE, SHOULDER_FRONT, CLAVICLE, CLAV_TOP, ACROMION, MANDIBLE_BODY_FRONT, MANDIBLE_LOWER,
    MANDIBLE_BACK, CONDYLE, mandible_full, MASTOID, HYOID, ZYGOMA, draw_neck_bones, draw_shoulder_lines, SCALENES,
    LEVATOR, TEMPORALIS_TOP, TEMPORALIS_ORIGIN, TEMPORALIS_INSERTION, temporalis_full, temporalis_cut,
    temporalis_fibres, MASSETER, scalene_fibres, SCALENE_BELLIES, scalenes_shape, levator_fibres, SCM, SCM_TENDON,
    SCM_INSERTION, TRAP_FRONT, trapezius, SPLENIUS_CAP, digastric)
from head_deep import deep  # noqa: E402,F401

OUT_DIR = G.out_dir()


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


# omohyoid (muscles.tsv): the inferior belly leaves the superior border of the scapula
# under the trapezius, crosses the lower posterior triangle on the scalenes two
# finger-widths above the clavicle (high enough to leave the scalenes' own trigger point
# below it in the omoclavicular triangle), turns at its intermediate tendon (the line's
# narrow middle) under the SCM and climbs as the superior belly beside the sternohyoid to
# the lower border of the hyoid; the bend and the tendon stay hidden under the SCM


def omohyoid(d):
    om = MUSCLES['omohyoid']
    c = om.line
    d.add('muscle', band(c, om.widths), 'omohyoid')
    d.fibres('omohyoid', [c[:4], c[6:]]
             + [[(p[0] + o * 0.45, p[1] + o) for p in c[:4]] for o in (-4.5, 4.5)]
             + [[(p[0] + o, p[1]) for p in c[6:]] for o in (-3, 3)], inset=1.2)


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
# regions (the same surface areas in both views)


def regions(d):
    """The regions' seeds, from regions.tsv (drawing head); the side view draws them too."""
    for seed in seeds('head'):
        d.region(seed.id, seed.cmds(), sided=seed.side == 'pair')


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
