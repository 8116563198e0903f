# SPDX-License-Identifier: GPL-3.0-or-later
"""The body silhouette shared by the front and back views.

Front and back views must line up when the app switches between them, so the parts
of the outline both show (shoulders, arms and hands, flanks, legs, crotch) are
defined once, here.  Each view adds its own head, neck and foot: a face and toes in
front, the back of the head and a heel behind.  Points are for the image-left half
(x < MID); the generators mirror them.

Arms and legs are described by stations down the limb, (y, centre x, lateral
half-width, medial half-width), smoothly interpolated; Limb.P(y, v) then gives the point
at fraction v across it (-1 the lateral skin edge, +1 the medial one), which is also
how the front view places the limb muscles.
"""
import math

from grid import MID


def herm(stations, y, idx):
    """stations[i][idx] interpolated over y = stations[i][0]; Hermite rather than linear
    so that limb outlines have no kinks at the stations."""
    ys = [s[0] for s in stations]
    if y <= ys[0]:
        return stations[0][idx]
    if y >= ys[-1]:
        return stations[-1][idx]
    i = max(j for j in range(len(ys) - 1) if ys[j] <= y)
    y0, y1 = ys[i], ys[i + 1]
    v0, v1 = stations[i][idx], stations[i + 1][idx]

    def slope(j):
        a, b = max(j - 1, 0), min(j + 1, len(ys) - 1)
        return (stations[b][idx] - stations[a][idx]) / (ys[b] - ys[a])
    h = y1 - y0
    t = (y - y0) / h
    m0, m1 = slope(i) * h, slope(i + 1) * h
    t2, t3 = t * t, t * t * t
    return (2 * t3 - 3 * t2 + 1) * v0 + (t3 - 2 * t2 + t) * m0 + (-2 * t3 + 3 * t2) * v1 + (t3 - t2) * m1


class Limb:
    """Stations (y, centre x, lateral half-width, medial half-width)."""

    def __init__(self, stations):
        self.st = stations

    def P(self, y, v, *flag):
        cx = herm(self.st, y, 1)
        w = herm(self.st, y, 2) if v < 0 else herm(self.st, y, 3)
        return (cx + v * w, y) + tuple(flag)

    def pts(self, spec):
        return [self.P(*s) for s in spec]

    def edge(self, v, y0, y1, step):
        out = []
        y = y0
        if y1 >= y0:
            while y <= y1 + 1e-6:
                out.append(self.P(y, v))
                y += step
        else:
            while y >= y1 - 1e-6:
                out.append(self.P(y, v))
                y -= step
        return out


# ----------------------------------------------------------------------------------------
# the figure's proportions

ARM = Limb([
    (340, 188, 30, 27),
    (380, 183, 35, 34),
    (440, 174, 37, 35),
    (505, 162, 34, 33),
    (565, 150, 34, 34),
    (610, 138, 36, 31),
    (670, 119, 28, 24),
    (738, 96, 21, 22),
])

LEG = Limb([
    (700, 276, 62, 66),
    (725, 275, 65, 68),
    (760, 272, 62, 72),
    (820, 274, 58, 63),
    (910, 280, 53, 54),
    (980, 285, 46, 49),
    (1030, 288, 43, 45),
    (1080, 290, 44, 43),
    (1140, 291, 47, 46),
    (1200, 293, 43, 42),
    (1260, 295, 35, 36),
    (1320, 297, 27, 28),
    (1370, 298, 24, 26),
])

TRUNK = [(368, 128), (400, 126), (450, 120), (500, 111), (540, 107), (580, 110),
         (620, 121), (670, 133), (725, 140)]


def trunk_x(y):
    return MID - herm([(s[0], s[1]) for s in TRUNK], y, 1)


WRIST_C = (ARM.P(738, 0)[0], 738.0)
HAND_TH = math.radians(7)


def hand(a, d, *flag):
    ux, uy = math.cos(HAND_TH), math.sin(HAND_TH)      # across, towards the little finger
    dx, dy = -math.sin(HAND_TH), math.cos(HAND_TH)     # down the fingers
    return (WRIST_C[0] + a * ux + d * dx, WRIST_C[1] + a * uy + d * dy) + tuple(flag)


HAND = [
    (-20, 0), (-23, 16), (-27, 32), (-31, 50), (-34, 66), (-34, 76), (-30, 81), (-25, 78),
    (-22, 66), (-19.5, 54, 'c'),
    (-21, 66), (-22, 82), (-22, 112), (-21, 132), (-18, 140), (-13, 139), (-11.5, 128), (-11, 96), (-10.5, 91, 'c'),
    (-9.5, 96), (-9, 138), (-7, 149), (-2, 152), (2, 147), (3, 130), (3, 96), (3.8, 91, 'c'),
    (4.8, 96), (6, 132), (8, 143), (12, 146), (15.5, 140), (16, 120), (16.5, 96), (17.3, 92, 'c'),
    (18.5, 97), (20, 120), (22.5, 129), (26.5, 127), (28, 118), (28, 96), (27, 70), (25.5, 42), (23, 18), (21, 0),
]

# ----------------------------------------------------------------------------------------
# the shared outline, in drawing order round the image-left half

# from the side of the neck over the shoulder to the top of the arm
SHOULDER = [(296, 260), (272, 274), (240, 285), (210, 292), (191, 297), (174, 305), (162, 322), (155, 348)]
ARM_OUTER = ARM.edge(-1, 375, 730, 20)             # down the lateral edge of the arm
HAND_OUTLINE = [hand(*p) for p in HAND]            # round the hand, thumb first
ARM_INNER = ARM.edge(1, 730, 385, 20)              # back up the medial edge
AXILLA = (218, 368, 'c')
FLANK = [(trunk_x(y), y) for y in range(385, 721, 20)]
LEG_OUTER = LEG.edge(-1, 740, 1350, 20)            # down the lateral edge of the leg
LATERAL_ANKLE = (273, 1372)                        # where the foot begins
LEG_INNER = LEG.edge(1, 1350, 785, 20)             # back up the medial edge
CROTCH = [(345.5, 770), (350, 766, 'c')]
