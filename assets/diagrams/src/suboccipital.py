# SPDX-License-Identifier: GPL-3.0-or-later
"""The four suboccipital muscles, drawn on the deep head view (head.py) and the deep back
view (posterior.py); each script passes in its own document and helpers.

Rectus capitis posterior minor runs from the posterior tubercle of the atlas to the
medial inferior nuchal line, major from the spinous process of the axis to the lateral
inferior nuchal line, obliquus capitis inferior from the spinous process of the axis to
the transverse process of the atlas, and superior from there back up to the occiput
between the nuchal lines.  The suboccipital triangle (vertebral artery, suboccipital
nerve) lies between major and the two obliques.
"""
import grid as G
from grid import band, spline
from head_shapes import at   # the head frame's landmark lookup


def head(d):
    """Right lateral view (head-deep): a Doc of head.py, drawn deep to superficial."""
    # each hangs on its bones (landmarks.tsv, frame head)
    rcp_min = (at('atlas-posterior-tubercle', [(-16, -4, 'c'), (-27, -32)])
               + at('inferior-nuchal-line', [(-15, 4, 'c'), (5, 4, 'c')])
               + at('atlas-posterior-tubercle', [(-16.5, -36), (-15.5, -12)]))
    rcp_maj = (at('axis-spinous-process', [(-1, -2, 'c'), (0, -36)])
               + at('inferior-nuchal-line', [(11, 26), (9, 7, 'c'), (40, 9, 'c'), (33, 42)])
               + at('axis-spinous-process', [(11, -26), (7, -2, 'c')]))
    oci = (at('axis-spinous-process', [(12, -7), (36, -20)]) + at('atlas-transverse-process', [(-6, 11)]))
    ocs = (at('atlas-transverse-process', [(-6, -5), (-18, -22)]) + at('inferior-nuchal-line', [(52, 13)]))
    tub, nuchal, c2 = (G.landmark('head', n) for n in ('atlas-posterior-tubercle', 'inferior-nuchal-line',
                                                        'axis-spinous-process'))
    d.add('muscle deep', spline(rcp_min), 'rectus-capitis-posterior-minor')
    d.fibres('rectus-capitis-posterior-minor',
             [[(tub[0] - 17 - 4 * k, tub[1] - 6 - k), (nuchal[0] - 8 + 4 * k, nuchal[1] + 5)] for k in range(3)])
    d.add('muscle deep', spline(rcp_maj), 'rectus-capitis-posterior-major')
    d.fibres('rectus-capitis-posterior-major',
             [[(c2[0] + 2 + 3 * k, c2[1] - 4), (nuchal[0] + 13 + 8 * k, nuchal[1] + 9)] for k in range(4)])
    d.add('muscle deep', band(ocs, [5, 7, 8]), 'obliquus-capitis-superior')
    d.fibres('obliquus-capitis-superior', [[(p[0] + o, p[1]) for p in ocs] for o in (-4, 0, 4)])
    d.add('muscle deep', band(oci, [4.5, 8, 6]), 'obliquus-capitis-inferior')
    d.fibres('obliquus-capitis-inferior', [[(p[0], p[1] + o) for p in oci] for o in (-4, 0, 4)])


def posterior(M, P, band_from_centre):
    """Back view (posterior-deep): M is posterior.py's Doc.muscle, given the image-left
    (body's left) instance, which it mirrors."""
    M('rectus-capitis-posterior-minor', [P(348.5, 227, True), (343, 217), P(339, 206.5, True), P(348.5, 206.5, True)],
      cls='muscle deep', fibres=[('lines', [[(346, 224), (343, 208)], [(347, 218), (346.5, 208)]])])
    M('rectus-capitis-posterior-major', [P(347.5, 235, True), (340, 221), P(336, 207, True), P(316, 207, True),
                                         (326, 220), P(340, 235, True)], cls='muscle deep',
      fibres=[('lines', [[(339, 234), (328, 208)], [(344, 232), (332, 208)], [(336, 232), (322, 208)]])])
    ocs = [(307, 221), (309.5, 213.5), (312.5, 207.5)]
    oci = [(342, 241), (325, 234), (309, 225)]
    M('obliquus-capitis-superior', band_from_centre(ocs, 7, 9), cls='muscle deep', fibres=[('lines', [ocs])])
    M('obliquus-capitis-inferior', band_from_centre(oci, 7, 8), cls='muscle deep',
      fibres=[('lines', [oci, [(x, y - 2.5) for x, y in oci], [(x, y + 2.5) for x, y in oci]])])
