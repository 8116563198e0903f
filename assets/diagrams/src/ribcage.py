# SPDX-License-Identifier: GPL-3.0-or-later
"""The rib cage of the front views, for anterior.py: the ribs and costal cartilages,
the costal margin, the intercostals and the serratus anterior's digitations.

The superficial view (anterior.svg) shows the serratus anterior's lower digitations
below the pectoralis major; the deep view (anterior-deep.svg) the skeleton of the chest
with the whole serratus sheet on it.  Coordinates are the front view's right-side
instance (x < 350); anterior.py mirrors them.
"""
import math

import grid as G
from grid import spline, band
from silhouette import trunk_x

# costal margin: the cartilages of ribs 7-10 from the xiphoid down and out to the tenth
COSTAL_MARGIN = [(344, 446), (330, 470), (310, 495), (288, 520), (264, 538),
                 G.landmark('front', 'costal-margin')]
COSTAL_MARGIN_W = [3, 3.5, 3.5, 3.5, 3, 2.5]

def serratus_fibres():
    """The serratus anterior's fibres: along each digitation, from its tip on the rib up
    and back towards the scapula."""
    return tooth_fibres(SERRATUS_TIPS, [SERRATUS_ABOVE] + SERRATUS_NOTCHES, 60)


def tooth_fibres(tips, notches, length):
    """Three fibres along each tooth of a serrated border, from its tip back between the
    notches on either side of it (notches[k] above tips[k], notches[k + 1] below)."""
    lines = []
    for k, tip in enumerate(tips):
        u = [(q[0] - tip[0], q[1] - tip[1]) for q in (notches[k], notches[k + 1])]
        u = [(a / math.hypot(a, b), b / math.hypot(a, b)) for a, b in u]
        dx, dy = u[0][0] + u[1][0], u[0][1] + u[1][1]
        n = math.hypot(dx, dy)
        dx, dy = dx / n, dy / n
        for o in (-3.5, 0, 3.5):
            x0, y0 = tip[0] - dy * o, tip[1] + dx * o
            lines.append([(x0, y0), (x0 + length * dx, y0 + length * dy)])
    return lines


def serratus_zigzag():
    """The saw-tooth border the serratus anterior and the external oblique share, from
    the highest tip down to the lowest notch."""
    return [p + ('c',) for pair in zip(SERRATUS_TIPS, SERRATUS_NOTCHES) for p in pair]


# where the costal cartilages of ribs 1-7 meet the sternum: the first below the
# sternoclavicular joint, the second at the sternal angle, the seventh at the
# xiphisternal joint, the others evenly between
STERNAL_Y = [306, 325] + [325 + (438 - 325) * i / 5 for i in range(1, 6)]


def rib(k):
    """Rib k + 1 seen from the front, as centre lines: its costal cartilage (ribs 1-7;
    None for 8-10, which reach the costal margin) from the sternum down and out to the
    costochondral junction, and the bony rib from there, rising out to the side where it
    turns back.  Ribs 1-7 reach the sternum longer and steeper down the chest."""
    if k < 7:
        xs, ys = 341, STERNAL_Y[k]                      # sternal end
        jx, jy = xs - 12 - 5 * k, ys + 3 + 3.2 * k      # costochondral junction
        cart = [(xs, ys), ((xs + jx) / 2, (ys + jy) / 2 + 0.8), (jx + 1, jy)]
    else:
        jx, jy = 336 - 22 * (k - 6), 456 + 21 * (k - 6)  # on the costal margin
        cart = None
    lat = trunk_x(jy - 22) + 8
    return cart, [(jx, jy), ((jx + lat) / 2, jy - 10 - 0.6 * k), (lat + 7, jy - 21), (lat + 1, jy - 29)]


def serratus_back(y):
    """x of the deep serratus anterior's back edge at height y: along the side of the
    chest, clear of the subscapularis in the armpit."""
    return trunk_x(y) + 2 + 5 * min(1, max(0, (400 - y) / 40))


def deep_serratus():
    """The serratus anterior of the deep view: one sheet on the side of the chest wall,
    its front border cut into a digitation on each of ribs 2-9 (the tip on the rib's
    outer surface, pointing forwards and down; the middle ones reach furthest forward,
    under the pectoralis minor), the notches between them over the intercostal spaces.
    Its back edge follows the side of the chest, clear of the subscapularis in the
    armpit.  (outline, tips, notches)"""
    back = serratus_back
    # the slips of ribs 3 and 4 lie under the pectoralis minor (rib 2's is kept for the
    # notch below it but not drawn, see below), rib 5's comes out below its lateral
    # border; the lower ones reach furthest forward
    reach = [0.3, 0.5, 0.6, 0.5, 0.8, 0.85, 0.8, 0.6]
    tips = []
    for k in range(1, 9):
        a, b = rib(k)[1][1:3]
        f = reach[k - 1]
        tips.append((b[0] + f * (a[0] - b[0]), b[1] + f * (a[1] - b[1])))
    notches = []
    for t, u in zip(tips, tips[1:]):
        y = (t[1] + u[1]) / 2 + 3
        notches.append((back(y) + 0.35 * (min(t[0], u[0]) - back(y)), y))
    # the first digitation (ribs 1-2) lies deep in the axilla: from the front only the sheet's
    # upper edge shows, running from the back edge down under the pectoralis minor's upper
    # border to the slip of rib 3, not a tooth of its own above the pectoralis minor
    top, bottom = notches[0][1] - 10, tips[-1][1] + 9
    outline = ([(back(top), top, 'c')] + [p + ('c',) for pair in zip(tips[1:], notches[1:]) for p in pair]
               + [tips[-1] + ('c',), (back(bottom), bottom, 'c')]
               + [(back(y), y) for y in range(int(bottom) - 15, int(top) + 5, -20)])
    return outline, tips, notches


def draw_ribs(d):
    """The intercostals, ribs 1-10 with their costal cartilages and the costal margin, in
    that order (the deep view's skeleton, over the diaphragm)."""
    # the intercostal muscles fill the spaces of ribs 2-7; drawn under the ribs so only the spaces show
    # (from the first rib's course to the seventh's, cartilages included); out at the side
    # they reach round under the serratus anterior's back edge, so the notches between its
    # digitations show the chest wall
    top = rib(0)[0] + rib(0)[1][1:-1]
    bottom = rib(6)[0] + rib(6)[1][1:-1]
    side = [(serratus_back(y) + 1, y) for y in (322, 350, 380, 410)]
    d.add('muscle deep', spline([(333, top[0][1] + 1, 'c')] + top[1:-1] + [top[-1] + ('c',)] + side
                                + [bottom[-1] + ('c',)] + bottom[-2:0:-1]
                                + [(333, bottom[0][1] + 1, 'c')], smooth=0.7), 'intercostals')
    # ribs 1-10 as seen from the front: each is lowest at its front end and rises out to
    # the side, where it turns back; the costal cartilages of ribs 1-7 rise from there,
    # longer and steeper down the chest, to the sternum (8-10 reach the costal margin)
    for k in range(10):
        cart, bone = rib(k)
        d.add('bone', band(bone, [3.4, 3.6, 3.6, 3.2]))
        if cart:
            d.add('tendon', band(cart, [3.0, 3.1, 3.2]))
    # costal margin cartilage
    d.add('tendon', band(COSTAL_MARGIN, COSTAL_MARGIN_W))


# serratus anterior in the superficial front view: the digitations of ribs 6-9 come out
# below the pectoralis major, each a tooth pointing forwards and down to its rib (the
# tips), with the external oblique's upper slips pointing up and back into the notches
# between them; the lower notches lie under the latissimus dorsi's front border.  They
# are the deep view's digitations of the same ribs, so both views put them on one rib
# cage (rib()).
_TIPS, _NOTCHES = deep_serratus()[1:]
SERRATUS_TIPS = _TIPS[4:8]
SERRATUS_NOTCHES = _NOTCHES[4:7] + [(_NOTCHES[6][0] - 1, _TIPS[7][1] + 12)]
SERRATUS_ABOVE = _NOTCHES[3]      # the notch above the highest tooth shown
# the sheet runs on under the pectoralis major up into the axilla and back under the
# latissimus dorsi along the side of the chest
_LOW = SERRATUS_NOTCHES[-1][1] + 16
SERRATUS = ([(trunk_x(384) + 1.5, 384, 'c'), (240, 395), SERRATUS_ABOVE]
            + serratus_zigzag()
            + [(trunk_x(_LOW) + 1.5, _LOW, 'c')]
            + [(trunk_x(y) + 1.5, y) for y in range(int(_LOW) - 30, 400, -35)])
