# SPDX-License-Identifier: GPL-3.0-or-later
"""The muscles of the front of the neck for head.py: the hyoid muscles on the superficial
view, the prevertebral muscles (longus colli and capitis), the scalenus minimus and the
geniohyoid on the deep one.  Same frame as head.py (right lateral view, about 20 units/cm;
hyoid body 392-441 at y 544-562, thyroid cartilage 410-455 at y 567-624, cervical body
fronts at x 367 (C2) to 347 (T1), jugular notch 745)."""
import grid as G
from grid import band, spline
from head_shapes import at, MUSCLES   # the head frame's landmark lookup and muscles.tsv rows

# ---------------------------------------------------------------------------------------
# superficial view

# mylohyoid: the floor of the mouth, from the mylohyoid line on the inside of the mandible
# to the hyoid body and the midline raphe; seen from the side in the submandibular
# triangle between the two bellies of the digastric, under the submandibular gland
MYLOHYOID = [(392, 474), (412, 482), (440, 495), (470, 508), (494, 519), (488, 528), (466, 537), (444, 545),
             (424, 550), (404, 545), (390, 522), (381, 494)]

# The three straps below are rows of muscles.tsv (frame head), each from its origin
# landmark to its insertion (check.py checks that they reach them); they are drawn from the
# top down, so the two that rise from the manubrium are read backwards.

# stylohyoid: from the back of the styloid process (behind the ramus, under the parotid)
# along the upper border of the digastric's posterior belly to the hyoid at the root of
# the greater horn; it shows between the sternocleidomastoid, the angle of the mandible and
# the digastric, which the stylohyoid's split tendon lets through near the hyoid
STYLOHYOID = MUSCLES['stylohyoid'].line

# sternothyroid: from the back of the manubrium (below the sternohyoid) up, deep to the
# sternohyoid and the omohyoid, to the oblique line of the thyroid lamina; wider and
# placed further back than the sternohyoid
STERNOTHYROID = MUSCLES['sternothyroid'].line[::-1]

# sternohyoid: from the back of the manubrium and the medial end of the clavicle up beside
# the midline, over the thyroid cartilage, to the lower border of the hyoid body
STERNOHYOID = MUSCLES['sternohyoid'].line[::-1]


def mylohyoid(d):
    d.add('muscle deep', spline(MYLOHYOID), 'mylohyoid')
    d.fibres('mylohyoid', [[(400 + k * 18, 480 + k * 8), (410 + k * 8, 546)] for k in range(5)])


def stylohyoid(d):
    d.add('muscle', band(STYLOHYOID, MUSCLES['stylohyoid'].widths), 'stylohyoid')
    d.fibres('stylohyoid', [STYLOHYOID] + [[(p[0] + o * 0.8, p[1] - o * 0.6) for p in STYLOHYOID] for o in (-3, 3)],
             inset=1.2)


def infrahyoid_straps(d):
    """Sternothyroid then the more superficial sternohyoid; the omohyoid's superior belly
    (head.py) follows, beside and over them."""
    d.add('muscle deep', band(STERNOTHYROID, MUSCLES['sternothyroid'].widths[::-1]), 'sternothyroid')
    d.fibres('sternothyroid', [STERNOTHYROID] + [[(p[0] + o, p[1]) for p in STERNOTHYROID] for o in (-4, 4)])
    d.add('muscle', band(STERNOHYOID, MUSCLES['sternohyoid'].widths[::-1]), 'sternohyoid')
    d.fibres('sternohyoid', [STERNOHYOID] + [[(p[0] + o, p[1]) for p in STERNOHYOID] for o in (-3.5, 3.5)],
             inset=1.2)


# ---------------------------------------------------------------------------------------
# deep view

# longus colli: on the front of the vertebral bodies from the anterior tubercle of the atlas
# to the third thoracic body (its oblique parts reach the transverse processes of C3-C6);
# drawn over the back of the pharynx, which hides it from the front, and under the
# longus capitis and the scalenes, which lie lateral to it
LONGUS_COLLI = [(362, 416), (368, 450), (372, 490), (372, 530), (369, 570), (364, 610), (357, 650), (349, 690),
                (340, 730), (332, 768)]
# longus capitis: from the anterior tubercles of C3-C6 (in front of the transverse
# processes the scalenes hang on) up, anterolateral to the longus colli, to the basilar part
# of the occipital bone in front of the foramen magnum; a strap broadest at C2-C3, where it
# shows between the levator scapulae and the back of the ramus, above and below the
# digastric's posterior belly; its lower slips lie under the anterior scalene
LONGUS_CAPITIS = (at('basilar-occiput', [(0, 0), (-1, 46), (-4, 83), (-7, 118)])
                  + at('c3-transverse-process', [(22, 0)]) + at('c4-transverse-process', [(21, 2)])
                  + at('c5-transverse-process', [(21, 0)]) + at('c6-transverse-process', [(21, -4)]))
# scalenus minimus (when present): from the anterior tubercle of C7 (at times C6) down in
# the gap between the anterior and middle scalenes to the inner border of the first rib and
# the suprapleural membrane over the dome of the pleura; only the part in the interscalene
# gap above the rib shows
SCALENUS_MINIMUS = MUSCLES['scalenus-minimus'].line
# geniohyoid: from the inferior mental spine on the inside of the symphysis back and down,
# on the upper side of the mylohyoid (cut away here), to the front of the hyoid body
GENIOHYOID = MUSCLES['geniohyoid'].line


def prevertebral(d):
    d.add('muscle deep', band(LONGUS_COLLI, [5, 6, 7.5, 8, 8, 8, 7.5, 7, 6, 5]), 'longus-colli')
    d.fibres('longus-colli', [LONGUS_COLLI] + [[(p[0] + o, p[1]) for p in LONGUS_COLLI] for o in (-4, 4)])
    # cut square at the skull base (it goes on under the bone), rounded at its lowest slip
    lc = G.ribbon(LONGUS_CAPITIS, [8, 9, 11, 12, 12, 10, 7, 5])
    lc[0] += ('c',)
    lc[-1] += ('c',)
    d.add('muscle deep', spline(lc), 'longus-capitis')
    d.fibres('longus-capitis', [LONGUS_CAPITIS] + [[(p[0] + o, p[1]) for p in LONGUS_CAPITIS]
                                                   for o in (-8, -4, 4, 8)])


def scalenus_minimus(d):
    sm = MUSCLES['scalenus-minimus']
    d.add('muscle deep', band(SCALENUS_MINIMUS, sm.widths), 'scalenus-minimus')
    d.fibres('scalenus-minimus', [SCALENUS_MINIMUS] + [[(p[0] + o, p[1]) for p in SCALENUS_MINIMUS]
                                                       for o in (-sm.fibre, sm.fibre)], inset=1.2)


def geniohyoid(d):
    gh = MUSCLES['geniohyoid']
    d.add('muscle deep', band(GENIOHYOID, gh.widths), 'geniohyoid')
    d.fibres('geniohyoid', [GENIOHYOID] + [[(p[0], p[1] + o) for p in GENIOHYOID] for o in (-gh.fibre, gh.fibre)],
             inset=1.2)


MARKS = [
    ('longus-colli', 'tp1', 'head-deep', 372, 545),
    # at C2-C3 below the angle of the jaw (as atlas.xml describes it), in the gap between the
    # digastric's posterior belly, which crosses it above, and the top of the anterior scalene
    ('longus-capitis', 'tp1', 'head-deep', 357, 498),
    ('scalenus-minimus', 'tp1', 'head-deep', 357, 733),
    ('mylohyoid', 'tp1', 'head', 448, 522),
    ('stylohyoid', 'tp1', 'head', 388, 486),
    ('geniohyoid', 'tp1', 'head-deep', 462, 530),
    ('sternohyoid', 'tp1', 'head', 445, 628),
    ('sternothyroid', 'tp1', 'head', 435, 640),
]

REQUIRED = {
    'head': ['mylohyoid', 'stylohyoid', 'sternohyoid', 'sternothyroid'],
    'head-deep': ['longus-colli', 'longus-capitis', 'scalenus-minimus', 'geniohyoid'],
}
