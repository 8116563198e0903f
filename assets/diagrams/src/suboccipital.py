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
from grid import band, spline


def head(d):
    """Right lateral view (head-deep): a Doc of head.py, drawn deep to superficial."""
    rcp_min = [(252, 428, 'c'), (241, 400), (229, 372, 'c'), (249, 372, 'c'), (251.5, 396), (252.5, 420)]
    rcp_maj = [(255, 464, 'c'), (256, 430), (255, 394), (253, 375, 'c'), (284, 377, 'c'), (277, 410), (267, 440),
               (263, 464, 'c')]
    oci = [(268, 459), (292, 446), (318, 428)]
    ocs = [(318, 412), (306, 395), (296, 381)]
    d.add('muscle deep', spline(rcp_min), 'rectus-capitis-posterior-minor')
    d.fibres('rectus-capitis-posterior-minor', [[(251 - 4 * k, 426 - k), (236 + 4 * k, 373)] for k in range(3)])
    d.add('muscle deep', spline(rcp_maj), 'rectus-capitis-posterior-major')
    d.fibres('rectus-capitis-posterior-major', [[(258 + 3 * k, 462), (257 + 8 * k, 377)] for k in range(4)])
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
