# SPDX-License-Identifier: GPL-3.0-or-later
"""The masseter in its two layers, drawn on the superficial head view (head.py), hung on
the head landmarks (landmarks.tsv, frame head).

The superficial part arises from the zygomatic process of the maxilla and the front
two thirds of the lower border of the zygomatic arch and runs down and back to the angle
and the lower half of the ramus; the deep part arises from the back third and the deep
surface of the arch and runs straight down to the upper ramus.  In a lateral view the
deep part shows as a triangle behind the superficial part's back border, just in front
of the jaw joint (where its trigger point lies).  The muscle is one clickable outline;
the deep part is tinted darker over it, the seam between the layers drawn, and each
layer has its own fibre direction.
"""
import grid as G
from grid import path_d, spline, line, flatten
from head_shapes import at   # the head frame's landmark lookup


def _seam():
    """The superficial part's back border, from the arch down and back to the ramus,
    bowed a little forward."""
    top = at('zygomatic-arch', [(-21, 11)])[0]
    bottom = at('mandible-angle', [(-6, -30)])[0]
    mid = [(top[0] + (bottom[0] - top[0]) * t + 2.5 * (1 - (2 * t - 1) ** 2),
            top[1] + (bottom[1] - top[1]) * t) for t in (1 / 3, 2 / 3)]
    return [top] + mid + [bottom]


def masseter(d, outline):
    """outline: the whole muscle (head.MASSETER), the path that takes the clicks."""
    d.add('muscle', spline(outline), 'masseter')
    seam = _seam()
    back = (at('mandible-angle', [(-8, -38)]) + at('mandibular-condyle', [(-6, 60), (-7, 30)]))
    top_back = at('zygomatic-arch', [(-54, 9)])[0]
    deep = spline([top_back + ('c',), seam[0] + ('c',)] + seam[1:-1] + [seam[-1] + ('c',)] + back)
    # a veil (not opaque: the marks under it stay the masseter's), no id: it takes no clicks;
    # its outline hidden in every style (the styles set the stroke's colour, not its opacity)
    d.items.append(f'<path class="muscle deep" fill-opacity="0.4" stroke-opacity="0" d="{path_d(deep)}"/>')
    # the deep fibres straight down from the arch to the ramus
    x0, x1 = top_back[0] + 4, seam[0][0] - 3
    d.fibres(None, [[(x0 + (x1 - x0) * k / 4, top_back[1] - 4), (x0 + (x1 - x0) * k / 4 - 3, seam[-1][1] + 4)]
                    for k in range(5)], rings=flatten(deep), inset=1.5)
    # the superficial fibres down and back, from the arch in front of the seam to the
    # angle and the lower half of the ramus
    sup = spline([seam[0] + ('c',)] + list(outline[1:14]) + [seam[-1] + ('c',)] + list(reversed(seam[1:-1])))
    d.fibres(None, G.fan_lines(at('zygomatic-arch', [(-19, 14), (8, 16), (30, 21), (53, 32)]),
                               at('mandible-angle', [(-4, -14), (6, 16), (34, 34), (64, 42)]), 9),
             rings=flatten(sup))
    # the seam in the muscles' outline colour of each style (a muscle path with no fill and
    # no id: it covers nothing and takes no clicks)
    d.items.append(f'<path class="muscle" fill-opacity="0" d="{path_d(line(seam))}"/>')
