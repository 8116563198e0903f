# SPDX-License-Identifier: GPL-3.0-or-later
"""The back muscles of the spine for the back view's deep layer (posterior-deep.svg):
the erector spinae and its cervical parts, the transversospinalis under it, the lumbar
rotatores and the spinous process tips; posterior.py calls the functions below from
deep() and adds MARKS to its own.

Shapes are given for the image-left half (x < MID) in the same skeleton coordinates as
posterior.py: spinous process tips on the midline x = 350 at the LEVELS heights,
thoracic transverse process tips about 17 to 23 units out, cervical ones 17.

The erector spinae is drawn as T&S and Netter draw it: one mass from the common tendon
on the sacrum and iliac crest, splitting at L1 into the iliocostalis (laterally, slips
to the rib angles) and the longissimus (over the transverse processes), with the narrow
spinalis beside the spinous processes.  Between the longissimus and the spinalis the
lamina groove shows its three deeper layers, deepest first: the rotatores, the
multifidus and the semispinalis thoracis, as an anatomist's stepped dissection: the
multifidus is cut away below T10 to show the rotatores on the lower laminae, and the
semispinalis, which runs from the T6-T10 transverse processes up and in to the C6-T4
spinous processes, covers the multifidus' outer edge and passes under the longissimus.
All of them lie under the serratus posterior muscles and the rhomboids, which
posterior.py draws afterwards; the columns go on into the neck as the longissimus
capitis and cervicis and the iliocostalis cervicis (rows of muscles.tsv).

In the loins the rotatores are small and variable and lie under the thick lumbar
multifidus; they are shown in a window cut through the multifidus at L3 to L5, on the
laminae beside the spinous processes.
"""
import grid
from grid import ribbon, spline, sym


def _c(x, y):
    return (x, y, 'c')


def thoracic(M, levels):
    """Rotatores, multifidus and semispinalis thoracis, deepest first; called after the
    lumbar multifidus, before the erector spinae (columns())."""
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
    M('semispinalis-thoracis', [_c(348.5, 262), (347, 300), (345, 340), (342.5, 380), (340, 410), (337, 432),
                                (334, 450), _c(331, 461), (326.5, 444), (327.5, 420), (330.5, 390), (334.5, 350),
                                (339.5, 310), _c(344, 268)],
      cls='muscle deep',
      fibres=[('lines', [[(328, 440), (332, 405), (338, 350), (344, 290)],
                         [(332, 448), (336, 410), (342, 345), (347, 280)]])])


def columns(M, levels, P):
    """The erector spinae seen from behind (T&S fig. 48.1, Netter pl. 173): one fleshy
    mass from the common tendon on the sacrum and the back of the iliac crest, which
    splits at about L1 into its columns: iliocostalis laterally, its slips to the angles
    of the ribs, and longissimus in the middle, over the transverse processes up to T1.
    The spinalis beside the spinous processes is its own path, and the cervical parts
    (cervical()) continue the two columns into the neck; all of them are drawn after the
    deep muscles of the lamina groove, which show between the longissimus and the
    spinalis, and before the serratus posterior muscles, rhomboids and splenius."""
    t = levels
    # the iliocostalis' lateral border, from the first ribs down: a slip to each rib just
    # at its angle (the angles lie further out on the lower ribs), notches between them
    slips = []
    for k in range(2, 13):
        y = t[f'T{k}'] + 7
        xa = 303.5 - (k - 2) * 1.35
        slips += [(xa + 3.2, y - 9), P(xa - 1.2, y, True)]
    outline = ([P(338, 714, True), (331, 700), (328, 665), (327, 630), (328, 600), (330, 570), (331, 540),
                (332, 500), (332.5, 450), (333, 400), (333, 340), P(332.5, 291, True), (326, 289),
                P(321.5, 296, True), (320.5, 340), (319, 390), (317.5, 440), (316, 480), P(314, 506, True),
                (314, 480), (315.3, 440), (316.8, 390), (318.2, 340), (318.8, 314), P(316, 301, True), (307, 300)]
               + slips + [(282, 530), (278, 565), (279, 600), (286, 632), (298, 664), (314, 690), (328, 708)])
    M('erector-spinae', outline, cls='muscle deep',
      fibres=[('lines', [[(326, 300), (326.5, 400), (326, 480), (322, 560), (318, 640), (326, 690)],
                         [(330, 420), (329.5, 520), (326, 620), (332, 700)],
                         [(305, 320), (303.5, 400), (300, 480), (292, 540), (292, 610), (306, 670)],
                         [(297, 420), (293, 480), (285, 550), (286, 610)],
                         [(314, 530), (306, 600), (314, 670)]])])
    # spinalis thoracis: on the sides of the spinous processes, from T11-L2 up to T1-T8,
    # fullest at mid-thoracic levels
    M('spinalis-thoracis', [_c(349.2, 303), (344.5, 310), (341.5, 360), (340.2, 420), (341, 460), (343, 495),
                            _c(346, 518), _c(349.2, 520)],
      cls='muscle deep',
      fibres=[('lines', [[(346.5, 310), (343.5, 400), (344.5, 510)], [(348, 320), (346.5, 420), (347.5, 500)]])])
    cervical(M)


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


def sweep(M, row, cls='muscle deep'):
    """A muscle of muscles.tsv (frame back) swept along its centre line, its fibres two
    lines along it, fibre units either side."""
    n = len(row.line)
    band = ribbon(row.line, [row.fibre] * n)
    M(row.id, ribbon(row.line, row.widths), cls=cls, fibres=[('lines', [band[:n], band[n:][::-1]])])


def cervical(M):
    """Longissimus capitis, longissimus cervicis and iliocostalis cervicis, the neck's
    part of the erector spinae, continuing its columns from under the serratus posterior
    superior up to the transverse processes and the mastoid; the splenius over them is
    cut back (posterior.py).  Their centre lines and widths are rows of muscles.tsv:
    - longissimus capitis: medial to the cervicis, from the upper thoracic transverse
      processes and the C4-C7 articular processes up and out, under the levator scapulae
      and the splenius, to the back of the mastoid process;
    - longissimus cervicis: from the T1-T5 transverse processes, on the top of the
      longissimus thoracis, up to the posterior tubercles of the C2-C6 transverse processes;
    - iliocostalis cervicis: from the angles of ribs 3-6, on the top of the iliocostalis
      thoracis, up and in to the C4-C6 transverse processes, lateral to the longissimus."""
    rows = grid.muscles('back')
    for name in ('longissimus-capitis', 'longissimus-cervicis', 'iliocostalis-cervicis'):
        sweep(M, rows[name])


def spinous_tips(doc, levels):
    """The spinous processes C7 to T12 between the columns of the two sides, as felt under
    the skin, so that the levels can be counted down from the vertebra prominens (C7),
    drawn larger: each a slender process sloping down to a knob at its level (the lumbar
    ones show in the vertebrae drawn under the muscles); called last, over the muscles."""
    for lv, y in levels.items():
        if lv[0] not in 'CT' or lv[0] == 'C' and lv != 'C7':
            continue
        w, top = (3.8, 8) if lv == 'C7' else (2.6, 10)
        doc.mid(spline(sym([_c(350, y - top), (350 - w * 0.4, y - top * 0.5), (350 - w, y), (350 - w * 0.75, y + 2.5),
                            _c(350, y + 3.4)]), smooth=0.8), 'bone')


# (muscle, tp, view, x, y) for the LEFT instance drawn, as in posterior.py
MARKS = [
    ('thoracic-rotatores', 'tp1', 'posterior-deep', 337.5, 486),   # T11 to T12, below the cut multifidus
    ('thoracic-multifidus', 'tp1', 'posterior-deep', 336.5, 452),  # T9 to T10, in the lamina groove
    ('lumbar-rotatores', 'tp1', 'posterior-deep', 340, 596),       # L4 to L5, in the window through the multifidus
    ('semispinalis-thoracis', 'tp1', 'posterior-deep', 336, 412),  # T7, medial to the longissimus
    ('spinalis-thoracis', 'tp1', 'posterior-deep', 345, 428),      # T8, beside the spinous processes
    ('longissimus-cervicis', 'tp1', 'posterior-deep', 332.5, 248),  # C4 to C5, lateral to the semispinalis
    ('iliocostalis-cervicis', 'tp1', 'posterior-deep', 321, 283),   # above the serratus posterior superior
]
