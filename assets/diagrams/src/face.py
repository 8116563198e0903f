# SPDX-License-Identifier: GPL-3.0-or-later
"""Small muscles of the face drawn on the superficial head view (head.py): corrugator
supercilii, procerus and mentalis (orbicularis oris is drawn in head.py, in the order of
the muscles round the mouth).  Right lateral view, face to the image right; the midline
of the face is the profile, so the midline muscles are seen edge-on along it.
"""
import grid as G


def brow_and_chin(d, skin_inset):
    """Drawn after the frontalis, orbicularis oculi and platysma, so that each can be
    clicked where a clinician palpates it."""
    spline, band = G.spline, G.band
    # corrugator supercilii: from the medial end of the superciliary arch, deep above the
    # root of the nose, up and out under the eyebrow to the skin above the middle of the
    # orbital rim; it lies deep to the frontalis and orbicularis oculi (shaded as deep)
    corr = [(527, 273), (514, 266), (500, 260), (489, 257)]
    d.add('muscle deep', band(corr, [4.5, 6.5, 6.5, 4.5]), 'corrugator-supercilii')
    d.fibres('corrugator-supercilii', [[(p[0], p[1] + o) for p in corr] for o in (-3, 0, 3)], inset=1.2)
    # procerus: from the nasal bone and upper lateral cartilage up over the root of the
    # nose to the skin between the eyebrows, seen edge-on along the profile
    front = skin_inset([(537, 256), (536, 268), (528, 292), (536, 315), (542, 330)], 1.8)
    d.add('muscle', spline([p + ('c',) if i in (0, 4) else p for i, p in enumerate(front)]
                           + [(529, 331, 'c'), (521, 312), (514, 292), (520, 270), (523, 257, 'c')]), 'procerus')
    d.fibres('procerus', [[(534, 326), (522, 300), (526, 262)], [(538, 326), (527, 300), (531, 262)]], inset=1.2)
    # mentalis: from the incisive fossa below the lower incisors down and forward to the
    # skin of the chin, in front of the mandible
    chin = skin_inset([(532, 470), (535, 484), (536, 501), (529, 514)], 2)
    d.add('muscle', spline([(517, 467, 'c')] + chin + [(517, 515), (514, 500), (515, 482)]), 'mentalis')
    d.fibres('mentalis', [[(518 + 3 * k, 470), (522 + 3 * k, 512)] for k in range(4)], inset=1.2)
