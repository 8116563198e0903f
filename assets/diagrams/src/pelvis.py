# SPDX-License-Identifier: GPL-3.0-or-later
"""The pelvis's own muscles, for the front and back views.

anterior.py and posterior.py import this module and call its drawing functions at
their place in the drawing order; the marks and the required muscles are added to
theirs.  Coordinates are those of the calling view: the front view's right-side
instance (x < 350), the back view's left-side instance (x < 350, before its warp).

Front (anterior, anterior-deep): the psoas major from the lumbar vertebrae and the
iliacus from the iliac fossa, joining over the front of the hip to the lesser
trochanter; the obturator externus over the obturator foramen, deep to the adductors.

Back (posterior-deep, the pelvis without the gluteus maximus): the pelvic floor at the
outlet, as a clinician finds it with the patient prone: the coccygeus from the ischial
spine to the side of the coccyx; the levator ani below it in the ischioanal fossa,
from beside the ischial tuberosity to the anococcygeal body and the anal canal; the
external anal sphincter around the anus at the midline; and, just in front of it
between the ischial rami, the bulbospongiosus at the midline and the ischiocavernosus
along the ramus.  Each is one side's half, meeting its mirror image at the midline.
"""
import grid as G
from grid import spline, ellipse_pts

# ----------------------------------------------------------------------------------------
# front view

# psoas major: a column beside the lumbar bodies, over the pelvic brim and the front of
# the hip, narrowing to its tendon on the lesser trochanter (muscles.tsv)
PSOAS = G.muscles('front')['psoas-major']
# iliacus: a fan from the iliac crest and fossa, converging under the psoas's lateral
# border onto the same tendon (muscles.tsv)
ILIACUS = G.muscles('front')['iliacus']
# obturator externus: over the obturator membrane and the rami around it, converging
# laterally below the neck of the femur toward the trochanteric fossa
OBTURATOR_EXTERNUS = G.muscles('front')['obturator-externus']      # a fan (muscles.tsv)


def anterior_deep(d):
    """Psoas major and iliacus on the deep front view."""
    d.add('muscle deep', ILIACUS.outline(), 'iliacus')
    d.add('muscle deep', PSOAS.outline(), 'psoas-major')
    d.add('tendon', PSOAS.tendon_outline())


def _over(d, *ids):
    """The outlines drawn over a muscle, which its fibres must stay out of."""
    return [d.shapes[i] for i in ids if i in d.shapes]


def anterior_deep_fibres(d):
    d.fibres('iliacus', ILIACUS.fibre_lines(),
             hidden=_over(d, 'psoas-major', 'transversus-abdominis', 'internal-oblique')
             + [PSOAS.tendon_outline()])
    d.fibres('psoas-major', [[(x + o * w / 10, y) for (x, y), w in zip(PSOAS.line, PSOAS.widths)]
                             for o in (-6, -2, 2, 6)],
             hidden=_over(d, 'transversus-abdominis', 'internal-oblique') + [PSOAS.tendon_outline()])


def obturator_externus(d):
    """Deep to the adductor brevis: drawn before it."""
    d.add('muscle deep', OBTURATOR_EXTERNUS.outline(), 'obturator-externus')


def obturator_externus_fibres(d):
    d.fibres('obturator-externus',
             OBTURATOR_EXTERNUS.fibre_lines(),
             hidden=_over(d, 'adductor-brevis', 'iliacus', 'psoas-major'))


# the superficial front view shows both in the floor of the femoral triangle, between
# the sartorius and the pectineus: the iliacus lateral, the psoas tendon medial
ILIACUS_SUP = [(268, 662, 'c'), (283, 679), (286.5, 695), (285, 730), (283, 770), (285, 800, 'c'), (277, 775),
               (272, 735), (269, 700)]
PSOAS_SUP = [(283, 679, 'c'), (297, 695, 'c'), (294.5, 730), (292, 770), (285, 800, 'c'), (286, 770), (288, 730),
             (289, 695)]


def anterior_superficial(d):
    d.add('muscle', spline(ILIACUS_SUP), 'iliacus')
    d.add('muscle', spline(PSOAS_SUP), 'psoas-major')


def anterior_superficial_fibres(d):
    d.fibres('iliacus', [[(x, 672), (x + 6, 740), (x + 9, 790)] for x in (272, 278)],
             hidden=_over(d, 'psoas-major', 'sartorius'))
    d.fibres('psoas-major', [[(291, 700), (290, 740), (287, 785)]], inset=1.2, hidden=_over(d, 'sartorius'))


ANTERIOR_MARKS = [
    ('psoas-major', 'tp1', 'anterior-deep', 327, 572),
    ('iliacus', 'tp1', 'anterior-deep', 262, 640),
    ('iliacus', 'tp2', 'anterior-deep', 278, 738),      # lateral wall of the femoral triangle
    ('obturator-externus', 'tp1', 'anterior-deep', 318, 735),
]
ANTERIOR_REQUIRED = {
    'anterior': ['psoas-major', 'iliacus'],
    'anterior-deep': ['psoas-major', 'iliacus', 'obturator-externus'],
}

# ----------------------------------------------------------------------------------------
# back view (left-side instance; the midline is x = 350)

COCCYGEUS = [(317, 716, 'c'), (330, 715), (344, 716, 'c'), (346, 728), (347, 742, 'c'), (333, 731), (322, 722)]
LEVATOR_ANI = [(318, 723, 'c'), (332, 733), (346, 744.5), (349.8, 747, 'c'), (344, 750), (340.5, 757),
               (341.5, 762, 'c'), (331, 757), (322, 752), (318, 742)]
# the external anal sphincter: half of a ring round the anus (the anus itself, at the
# midline, is a landmark drawn over it)
SPHINCTER = [(349.8, 747, 'c'), (344, 749), (340.5, 755), (342, 761), (349.8, 764, 'c')]
# bulbospongiosus: beside the midline just in front of (below) the anus
BULBOSPONGIOSUS = [(349.8, 763.5, 'c'), (343, 763), (339.5, 767.5), (341.5, 773), (345, 776, 'c'),
                   (349.8, 768.5, 'c')]
# ischiocavernosus: along the ischiopubic ramus from the tuberosity toward the midline
ISCHIOCAVERNOSUS = [(318, 785, 'c'), (325, 776.5), (332, 769.5), (339, 764.5, 'c'), (341.5, 770), (337, 778),
                    (330, 785.5), (323, 791, 'c')]


def pelvic_floor(doc):
    """The pelvic floor, deep to the short rotators: drawn before them."""
    M = doc.muscle
    M('coccygeus', COCCYGEUS, cls='muscle deep',
      fibres=[('pair', [(320, 718), (320, 721)], [(344, 718), (345, 740)], 4, 0.1, 0.95)])
    M('levator-ani', LEVATOR_ANI, cls='muscle deep',
      fibres=[('pair', [(320, 726), (320, 746)], [(346, 747), (341, 759)], 4, 0.05, 0.9)])
    M('ischiocavernosus', ISCHIOCAVERNOSUS, cls='muscle deep',
      fibres=[('lines', [[(322, 786), (331, 777), (338, 769)]])])
    M('bulbospongiosus', BULBOSPONGIOSUS, cls='muscle deep')
    M('external-anal-sphincter', SPHINCTER, cls='muscle deep')
    doc.mid(spline(ellipse_pts(350, 755.5, 1.8, 2.6)), 'landmark')   # the anus


POSTERIOR_MARKS = [
    ('coccygeus', 'tp1', 'posterior-deep', 335, 723),
    ('levator-ani', 'tp1', 'posterior-deep', 329, 746),
    ('external-anal-sphincter', 'tp1', 'posterior-deep', 345, 756),
    ('bulbospongiosus', 'tp1', 'posterior-deep', 344, 769),
    ('ischiocavernosus', 'tp1', 'posterior-deep', 331, 777.5),
]
POSTERIOR_REQUIRED = ['coccygeus', 'levator-ani', 'external-anal-sphincter', 'bulbospongiosus',
                      'ischiocavernosus']
