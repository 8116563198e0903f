# SPDX-License-Identifier: GPL-3.0-or-later
"""The diaphragm, for the front view's deep layer (anterior-deep.svg); anterior.py calls
draw() at the start of its skeleton, so that the diaphragm lies behind the intercostals,
the ribs and the costal margin, and adds MARKS to its own.

Seen from the front, the body's right half (the image's left, x < MID) rises as a dome
behind the lower chest to about the 5th rib in the mid-clavicular line, higher than
the left over the liver; its costal fibres come down on all sides to the inner
surfaces of the lower costal cartilages and ribs along the costal margin.  The two
halves meet at the central tendon on the midline behind the xiphoid.
"""
from grid import spline
from silhouette import trunk_x

# the outline of the body's right half: the dome's top from the midline behind the
# xiphisternal joint out to the side of the chest, then down the lower ribs and back
# in along the costal margin (anterior.py's COSTAL_MARGIN) to the xiphoid
DOME = [(347, 436, 'c'), (334, 424), (316, 408), (296, 399), (276, 401), (258, 411), (245, 428),
        (trunk_x(460) + 6, 460), (trunk_x(500) + 6, 500), (trunk_x(535) + 5, 535), (249, 550, 'c'),
        (264, 541), (288, 523), (310, 498), (330, 473), (346.5, 449, 'c')]
# where the fibres start (the edge of the central tendon) and end (the costal margin)
TENDON_EDGE = [(340, 440), (318, 424), (292, 418), (268, 428), (254, 446)]
COSTAL_EDGE = [(342, 452), (318, 486), (290, 518), (264, 536), (248, 530)]


def draw(d):
    d.add('muscle deep', spline(DOME), 'diaphragm')
    d.fan('diaphragm', TENDON_EDGE, COSTAL_EDGE, 9)


# (muscle, tp, view, x, y) for the right-side instance, as in anterior.py
MARKS = [
    ('diaphragm', 'tp1', 'anterior-deep', 312, 470),   # under the costal margin, below the 7th cartilage
]
