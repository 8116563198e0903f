# SPDX-License-Identifier: GPL-3.0-or-later
"""The deep head view (head-deep.svg), drawn for head.py: masseter, zygomatic arch,
coronoid process and part of the ramus removed, the trapezius, splenius capitis and SCM
taken away, so that the cervical spine, the prevertebral and suboccipital muscles, the
pterygoids and the deep back of the neck show.  Same frame and document as head.py
(head_shapes.py)."""
import grid as G
from grid import spline, flatten, band, ellipse, line
import neck_front as NF
import suboccipital
from head_shapes import at, Doc, skin_inset, draw_skin, draw_face, draw_ear, draw_shoulder_lines, draw_neck_bones
from head_shapes import MASTOID, HYOID, MANDIBLE_BODY_FRONT, MANDIBLE_LOWER, MANDIBLE_BACK, CONDYLE
from head_shapes import scalenes_shape, scalene_fibres, LEVATOR, levator_fibres, temporalis_cut, temporalis_fibres
from head_shapes import digastric


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
    # the styloid process, down and forward from under the ear: lateral to the longus capitis
    # (in front of it in this view), medial to the digastric's posterior belly
    d.add('bone', band(at('external-acoustic-meatus', [(-8, 55), (6, 83), (18, 103)]), [2.6, 1.8, 0.9]))
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
