"""Proportion grid and helpers shared by the diagram generators.

The diagrams are generated rather than hand-drawn so that left and right are exact
mirror images: each generator describes one half of the body (the half on the image's
left, x < MID) and emits every shape twice.  Run `python3 assets/diagrams/src/generate.py`
to rewrite the SVG files; never edit the SVG output by hand.

Canon: an adult eight heads tall.  One head (H) is 170 units; the canvas is 700 x 1500.
"""

W, HEIGHT = 700, 1500
MID = W / 2          # the body's midline; mirror axis
H = 170              # one head height

# Fixed heights (y grows downwards)
VERTEX = 60
CHIN = VERTEX + H            # 230
SHOULDER = 300               # acromion
NIPPLE = VERTEX + 2 * H      # 400
ELBOW = 565
NAVEL = VERTEX + 3 * H       # 570
ILIAC_CREST = 620
WRIST = 735
PUBIS = VERTEX + 4 * H       # 740
TROCHANTER = 725             # greater trochanter
FINGERTIP = 900
MID_THIGH = VERTEX + 5 * H   # 910
KNEE = 1030                  # centre of the patella / knee joint line
MID_CALF = VERTEX + 7 * H    # 1250
ANKLE = 1370                 # malleoli
SOLE = 1425

# Half-widths from the midline (the image-left half is at MID - value)
HEAD_HALF = 64
NECK_HALF = 44
ACROMION_HALF = 165
TROCHANTER_HALF = 140
WRIST_HALF = 255             # arms hang about 15 degrees out, palms forward
KNEE_HALF = 62
ANKLE_HALF = 52

CSS = """
.skin { fill: #f4e7dd; stroke: #8a6f60; stroke-width: 1.6; stroke-linejoin: round }
.bone { fill: #efe8d8; stroke: #9c907a; stroke-width: 1 }
.tendon { fill: #eadfcb; stroke: #9c907a; stroke-width: 0.8 }
.muscle { fill: #c9786b; stroke: #7d3b33; stroke-width: 0.9; stroke-linejoin: round }
.muscle.deep { fill: #b86a5e }
.fibre { fill: none; stroke: #8b4438; stroke-width: 0.6; stroke-opacity: 0.5; stroke-linecap: round }
.landmark { fill: none; stroke: #6f6352; stroke-width: 1.1; stroke-linecap: round }
.feature { fill: none; stroke: #8a6f60; stroke-width: 1.1; stroke-linecap: round }
"""


def mx(x):
    """Mirror an x coordinate about the midline."""
    return W - x


def fmt(v):
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def path_d(cmds, mirror=False):
    """Build path data from [('M', x, y), ('C', x1, y1, x2, y2, x, y), ('L', x, y), ('Q', ...), ('Z',)].

    Only absolute M, L, C, Q and Z are used: the app's own parser reads these (no arcs,
    no transforms)."""
    out = []
    for c in cmds:
        op, args = c[0], list(c[1:])
        if mirror:
            args = [mx(a) if i % 2 == 0 else a for i, a in enumerate(args)]
        out.append(op + " ".join(fmt(a) for a in args))
    return " ".join(out)


def closed(points, mirror=False):
    """A closed polygon path from [(x, y), ...]."""
    cmds = [("M",) + tuple(points[0])] + [("L",) + tuple(p) for p in points[1:]] + [("Z",)]
    return path_d(cmds, mirror)
