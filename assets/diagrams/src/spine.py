# SPDX-License-Identifier: GPL-3.0-or-later
"""The deep back muscles of the thoracic spine, the lumbar rotatores and the cervical
erector spinae, for the back view's deep layer (posterior-deep.svg); posterior.py calls
the three functions below from deep() and adds MARKS to its own.

Shapes are given for the image-left half (x < MID) in the same skeleton coordinates as
posterior.py: spinous process tips on the midline x = 350 at the LEVELS heights,
thoracic transverse process tips about 17 to 23 units out, cervical ones 17.

The lamina groove beside the thoracic spinous processes holds three layers, deepest
first: the rotatores, the multifidus and the semispinalis thoracis; the spinalis
thoracis lies on the sides of the spinous processes.  Seen from behind they cover one
another, so they are drawn as an anatomist's stepped dissection: the multifidus is cut
away below T10 to show the rotatores on the lower laminae, and the semispinalis, which
runs from the T6-T10 transverse processes up and in to the C6-T4 spinous processes,
covers the multifidus' outer edge.  All four lie under the serratus posterior muscles
and the rhomboids, which posterior.py draws afterwards.

In the loins the rotatores are small and variable and lie under the thick lumbar
multifidus; they are shown in a window cut through the multifidus at L3 to L5, on the
laminae beside the spinous processes.
"""
from grid import ribbon


def _c(x, y):
    return (x, y, 'c')


def thoracic(M, levels):
    """Rotatores, multifidus, semispinalis and spinalis thoracis, deepest first; called
    after the lumbar multifidus, before the serratus posterior muscles and rhomboids."""
    t = levels
    # rotatores: short slips on the laminae from T1 to T12, each from the root of a
    # transverse process to the lamina and spinous process one level up
    M('thoracic-rotatores', [_c(343.5, t['T1'] + 4), (336, t['T1'] + 6), (333, 330), (332, 420), (332, 470),
                             (333, 500), _c(337, 508), _c(343.5, 507), (344, 400)],
      cls='muscle deep',
      fibres=[('lines', [[(333.5, t[f'T{k}'] + 10), (342.5, t[f'T{k}'] - 4)] for k in range(2, 13)])])
    # multifidus: longer bundles spanning two to four levels, cut away below T10
    M('thoracic-multifidus', [_c(344.5, t['T1'] + 2), (336, t['T1'] + 3), (331, 320), (329.5, 380), (330, 440),
                              (331.5, 466), _c(335, 472), (340, 470), _c(344.5, 468), (344.8, 380)],
      cls='muscle deep',
      fibres=[('lines', [[(331.5, y + 40), (338, y + 20), (343, y)] for y in range(300, 440, 22)])])
    # semispinalis thoracis: from the T6-T10 transverse processes up and in to the
    # spinous processes of C6-T4
    M('semispinalis-thoracis', [_c(349.2, 262), (346, 300), (343, 340), (338, 380), (334.5, 420), (333.5, 445),
                                _c(331, 461), (326.5, 444), (325.5, 410), (327.5, 370), (333, 330), (339, 295),
                                _c(344, 262)],
      cls='muscle deep',
      fibres=[('lines', [[(327, 440), (331, 400), (338, 350), (344, 300)],
                         [(330.5, 450), (333.5, 405), (341, 345), (347, 285)]])])
    # spinalis thoracis: on the sides of the spinous processes, from T11-L2 up to T1-T8,
    # fullest at mid-thoracic levels
    M('spinalis-thoracis', [_c(349.2, 303), (344.5, 310), (341.5, 360), (340.2, 420), (341, 460), (343, 495),
                            _c(346, 518), _c(349.2, 520)],
      cls='muscle deep',
      fibres=[('lines', [[(346.5, 310), (343.5, 400), (344.5, 510)], [(348, 320), (346.5, 420), (347.5, 500)]])])


def lumbar(M, levels):
    """The lumbar rotatores, in a window through the lumbar multifidus at L3 to L5;
    called right after the lumbar multifidus."""
    t = levels
    # slips from the mammillary processes of L4 and L5 up and in to the laminae, at the
    # root of the spinous process, of the vertebra above
    M('lumbar-rotatores', [_c(345.5, t['L3'] + 3), (340, t['L3'] + 4), (335.5, t['L3'] + 12), (334.5, t['L4'] + 6),
                           (335, t['L5'] - 6), _c(337, t['L5'] + 2), _c(344, t['L5'] + 3), (345.5, t['L4'] + 4)],
      cls='muscle deep',
      fibres=[('lines', [[(336, t[f'L{k}'] - 1), (344.5, t[f'L{k - 1}'] + 6)] for k in (4, 5)])])


def cervical(M):
    """Longissimus cervicis and iliocostalis cervicis, the neck's part of the erector
    spinae; called after the suboccipitals, so that they are shown over the splenius
    and levator scapulae (which lie on them) as if those were cut away."""
    # longissimus cervicis: from the T1-T5 transverse processes up to the posterior
    # tubercles of the C2-C6 transverse processes, medial to the iliocostalis
    M('longissimus-cervicis', ribbon([(334.5, 230), (332.5, 250), (330, 275), (328, 300), (327, 325), (328, 352)],
                                   [2.5, 4.2, 4.5, 4.5, 4, 2.5]),
      cls='muscle deep',
      fibres=[('lines', [[(334, 234), (330, 275), (327.5, 340)], [(331.5, 250), (327.5, 300), (328, 345)]])])
    # iliocostalis cervicis: from the angles of ribs 3-6, just medial to the scapula, up
    # and in to the C4-C6 transverse processes, lateral to the longissimus
    M('iliocostalis-cervicis', ribbon([(332, 252), (328.5, 264), (324, 282), (320, 300), (317, 326), (309.5, 350),
                                     (306.5, 370), (305.5, 388)],
                                    [2, 3.5, 4.5, 4.8, 4, 4, 3, 2]),
      cls='muscle deep',
      fibres=[('lines', [[(330, 258), (321.5, 295), (312, 340), (306, 380)]])])


# (muscle, tp, view, x, y) for the LEFT instance drawn, as in posterior.py
MARKS = [
    ('thoracic-rotatores', 'tp1', 'posterior-deep', 337.5, 486),   # T11 to T12, below the cut multifidus
    ('thoracic-multifidus', 'tp1', 'posterior-deep', 336.5, 452),  # T9 to T10, in the lamina groove
    ('lumbar-rotatores', 'tp1', 'posterior-deep', 340, 596),       # L4 to L5, in the window through the multifidus
    ('semispinalis-thoracis', 'tp1', 'posterior-deep', 330, 412),  # T7, over the transverse processes
    ('spinalis-thoracis', 'tp1', 'posterior-deep', 345, 428),      # T8, beside the spinous processes
    ('longissimus-cervicis', 'tp1', 'posterior-deep', 332.5, 248),  # C4 to C5, lateral to the semispinalis
    ('iliocostalis-cervicis', 'tp1', 'posterior-deep', 320, 300),   # over the upper rib angles at T2
]
