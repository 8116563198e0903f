# SPDX-License-Identifier: GPL-3.0-or-later
"""The leg of the side view (lateral.py): the thigh, knee, leg and the foot's muscles and
tendons, drawn from the side-frame landmarks (landmarks.tsv, frame side) and the
muscles defined as data (muscles.tsv, frame side)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import grid as G  # noqa: E402
from grid import spline, band, ellipse, line  # noqa: E402
from side_frame import side, sweep_belly, on_bones, vf, strip  # noqa: E402

MUSCLES = G.muscles('side')     # the muscles defined as data (muscles.tsv)

# the leg on its bones: the femur (greater trochanter to the lateral condyle), the knee
# (the condyle to the fibular head) and the fibula (to the lateral malleolus); the skin
# behind (hamstrings, calf) and in front (quadriceps, shin) of each
LEG = on_bones([
    ('greater-trochanter', 'lateral-femoral-condyle', [(0.13, 95.5, 72.5), (0.26, 83, 73), (0.43, 77.5, 73.5),
                                                       (0.59, 72.5, 72.5), (0.76, 66.5, 68.5), (0.89, 58, 63)]),
    ('lateral-femoral-condyle', 'fibular-head', [(0.2, 42, 56), (0.95, 27, 66)]),
    ('fibular-head', 'lateral-malleolus', [(0.12, 40, 59), (0.26, 45.5, 52.5), (0.42, 44.5, 46.5), (0.62, 37, 41),
                                           (0.82, 28, 36), (0.95, 23, 36), (1.01, 23, 37)])])


def leg_bones(d):
    """The bones of the leg drawn under its muscles: the lower end of the femur and the
    tibia's front (the foot's are draw_foot()'s)."""
    # the lateral condyles of the femur and tibia as one outline, the joint line across it
    # (fewer pale outlines at the knee, where the ligaments and tract cross)
    knee = (G.around('side', 'lateral-femoral-condyle', FEMORAL_CONDYLE[:5]) + G.around('side', 'gerdy-tubercle',
            TIBIAL_CONDYLE) + G.around('side', 'lateral-femoral-condyle', FEMORAL_CONDYLE[5:]))
    d.add('bone', spline(knee))
    d.add('feature', line(G.around('side', 'lateral-femoral-condyle', JOINT_LINE)), extra='stroke-opacity="0.6"')
    d.add('bone', spline([side('tibial-tuberosity'), LEG.P(1090, 1.0), LEG.P(1200, 0.99),
                          LEG.P(1340, 0.98), LEG.P(1360, 0.8), LEG.P(1300, 0.86), LEG.P(1150, 0.87),
                          LEG.P(1090, 0.84)]))                                                       # tibia, front


# the lower end of the femur round its lateral epicondyle: the shaft (under the vastus
# lateralis) widening into the condyle, its front the patellar surface behind the
# patella (down to the joint line), then, after the tibia's condyle, its round back
# under the gastrocnemius
FEMORAL_CONDYLE = [(10, -44), (26, -28), (33, -12), (34, 4), (35, 18),
                   (-27, 24), (-27, 10), (-23, -16), (-12, -30), (-2, -44)]
# the lateral condyle of the tibia round Gerdy's tubercle, front to back: the front down
# to the tibial tuberosity, the lower border behind the tubercle, the back over the
# fibular head, up to the joint line
TIBIAL_CONDYLE = [(28, -12), (28, -2), (29, 10), (26, 22), (14, 17), (3, 7), (-12, 1), (-26, -5), (-35, -12)]
# the joint line: the femoral condyle's round lower border on the flat tibial plateau
JOINT_LINE = [(-26, 22), (-12, 23), (6, 23), (22, 22), (32, 20)]
PATELLA = [(-5, -19), (3, -20), (8, -12), (9, 0), (7, 10), (3, 19, 'c'), (-3, 12), (-7, 2), (-8, -8), (-8, -15)]


# shared borders of the leg muscles (v across the leg, -1 back, +1 front)
# tibialis anterior the thickest: a fusiform belly behind the tibial crest in the upper two
# thirds, a stout tendon in the lower third; extensor digitorum longus a narrow strip
# behind it, fleshy a little lower, its tendon fanning to the toes; fibularis longus
# from the fibular head, its belly ending at mid-leg; the brevis deep to it in the lower
# half, showing in front of the longus tendon, fleshy nearly to the ankle
L_TA = vf((1070, 0.3), (1100, 0.14), (1150, 0.08), (1200, 0.18), (1230, 0.36), (1255, 0.56), (1300, 0.66))
L_EDL = vf((1070, 0.02), (1110, -0.06), (1170, -0.1), (1230, -0.04), (1280, 0.12), (1330, 0.24))
L_FIB = vf((1070, -0.42), (1200, -0.38), (1330, -0.34))


def draw_knee(d):
    """The lateral knee as in the classic plates: the quadriceps tendon onto the patella's
    base, the patellar ligament from its apex to the tibial tuberosity; the lateral
    femoral condyle and the lateral tibial condyle meeting at the joint line, the lateral
    collateral ligament between the epicondyle and the fibular head, the iliotibial tract
    over them to Gerdy's tubercle (the biceps femoris tendon and the gastrocnemius'
    lateral head, behind, are drawn with the leg)."""
    gerdy = side('gerdy-tubercle')
    patella = G.around('side', 'patella', PATELLA)
    d.add('tendon', band([LEG.P(958, 0.72), LEG.P(978, 0.72), (271, 994)], [7.5, 7.5, 6.5]))          # quad tendon
    d.add('bone', spline(patella))                                                                  # patella
    d.add('tendon', band([(patella[5][0] - 1, patella[5][1] - 3), (262, 1054), side('tibial-tuberosity')],
                         [3.8, 3.2, 3.8]))                                                          # patellar lig.
    d.add('tendon', band([side('lateral-femoral-condyle'), (207, 1044), (199, 1058)], [1.8, 1.8, 1.8]))  # LCL
    # iliotibial tract over the vastus lateralis, from the TFL and gluteus maximus to Gerdy's
    # tubercle: one opaque band down the lateral thigh over the femur, broad where the
    # gluteus maximus (behind) and the TFL (in front) end in it, narrowing to the knee and
    # spreading a little onto the tubercle
    itb_c = (G.around('side', 'greater-trochanter', [(6, -16), (4, 28), (2, 78), (-3, 148), (-7, 218), (-8.5, 278)])
             + [LEG.P(1040, 0.04), gerdy])
    d.add('tendon', band(itb_c, [20, 17, 15, 10, 8, 8, 8.5, 7]))


def draw_leg(d):
    d.comment('thigh and leg')
    d.add('muscle', band([(292, 664), LEG.P(700, 0.9), LEG.P(760, 0.93), LEG.P(800, 0.93), LEG.P(830, 0.95)],
                         [4.5, 5.5, 5.5, 4.5, 3]), 'sartorius')
    d.fibres('sartorius', [[(292, 668), LEG.P(760, 0.93), LEG.P(820, 0.95)]], inset=1.2)
    # rectus femoris from the AIIS (muscles.tsv) over the vastus lateralis (draw_hip's, under
    # the gluteal muscles and the TFL), its tendon into the quadriceps tendon on the patella
    rf = MUSCLES['rectus-femoris']
    sweep_belly(d, rf, k=2)
    d.add('tendon', rf.tendon_outline())
    draw_knee(d)
    # leg: front to back, sharing borders
    # (below Gerdy's tubercle, which shows with the iliotibial tract's end)
    # tibialis anterior fleshy along the tibia's lateral surface, tendon from the lower third
    # (its tendon is draw_foot()'s); extensor hallucis longus showing between it and the
    # extensor digitorum longus only there; the long toe extensor fleshy lowest of the three
    strip(d, 'extensor-digitorum-longus', LEG, [1080, 1110, 1170, 1230, 1270, 1296], L_EDL, L_TA, k=1,
          top=[LEG.P(1073, 0.12)], bottom=[LEG.P(1312, 0.42)])
    strip(d, 'extensor-hallucis-longus', LEG, [1200, 1240, 1280, 1310], vf((1200, 0.2), (1260, 0.3), (1310, 0.48)),
          L_TA, k=1, top=[LEG.P(1188, 0.3)], bottom=[LEG.P(1324, 0.62)])
    sweep_belly(d, MUSCLES['tibialis-anterior'], k=2)     # (muscles.tsv) its tendon is draw_foot()'s
    strip(d, 'soleus', LEG, [1096, 1170, 1250, 1300], vf((1096, -0.6), (1170, -0.78), (1250, -0.84), (1300, -0.8)),
          L_FIB, k=3, top=[LEG.P(1086, -0.42), LEG.P(1078, -0.5), LEG.P(1086, -0.59)], bottom=[LEG.P(1322, -0.6)])
    strip(d, 'fibularis-brevis', LEG, [1150, 1200, 1250, 1290, 1320, 1338], vf((1150, -0.38), (1230, -0.42),
          (1290, -0.54), (1338, -0.44)), L_EDL, k=3, top=[LEG.P(1140, -0.2)], bottom=[LEG.P(1352, -0.2)])
    sweep_belly(d, MUSCLES['fibularis-longus'], k=1)                      # from the fibular head (muscles.tsv)
    # gastrocnemius, its lateral head from behind the lateral condyle
    # (muscles.tsv), its tendon the Achilles, from under the belly's lower end to the calcaneus
    gas = MUSCLES['gastrocnemius']
    d.add('tendon', gas.tendon_outline())
    sweep_belly(d, gas, k=2)
    # biceps femoris over the gastrocnemius' lateral head, its tendon to the fibular head
    bf = MUSCLES['biceps-femoris']                  # from the ischial tuberosity to the fibular head (muscles.tsv)
    d.add('tendon', bf.tendon_outline())
    sweep_belly(d, bf, k=2)
    d.add('bone', ellipse(*side('fibular-head'), 7, 6.5, 8))                                        # fibular head
    draw_foot(d)


# the calcaneus round its posterior tuberosity: the heel, its upper border behind the
# talus, the anterior process under the sinus tarsi, its lower border over the heel pad
CALCANEUS = [(3, -15), (14, -14), (28, -10), (40, -12), (48, -6), (50, 4), (40, 12), (22, 19), (6, 18), (0, 8)]
# the lateral malleolus, the fibula's lower end, pointed below and behind
MALLEOLUS = [(-5, -15), (3, -15), (7, -5), (7, 5), (3, 12), (-1, 14, 'c'), (-6, 6), (-8, -4)]
# the cuboid round its groove: between the calcaneus's anterior process and the fourth
# and fifth metatarsals' bases, the groove notching its lower border at the front, just
# behind and above the fifth metatarsal's tuberosity
CUBOID = [(-13, -16), (0, -17), (8, -13), (10, -6), (6, -1), (1, 1, 'c'), (-6, 1), (-13, -3), (-15, -10)]


def draw_foot(d):
    """The lateral foot: the calcaneus with the Achilles tendon on its back, the fibular
    tendons behind and below the lateral malleolus (the longus to the cuboid's groove,
    the brevis to the fifth metatarsal's base), the extensor digitorum brevis on the
    dorsum in front of the malleolus under the long extensor's tendons, the abductor
    digiti minimi along the outer border past the fifth metatarsal's base."""
    d.comment('ankle and foot')
    base = side('fifth-metatarsal-base')
    d.add('bone', spline(G.around('side', 'cuboid-groove', CUBOID)))                                 # cuboid
    d.add('bone', spline(G.around('side', 'calcaneus', CALCANEUS)))                                  # calcaneus
    d.add('bone', band(G.around('side', 'fifth-metatarsal-base', [(-1, 0.5), (9, -2), (23, -2.5), (39, -2.5)])
                       + G.around('side', 'fifth-metatarsal-head', [(-1, 1)]), [5.5, 4.2, 3.4, 3.4, 4.5]))  # 5th metatarsal
    # abductor digiti minimi along the outer border, from the heel to the little toe (muscles.tsv)
    adm = MUSCLES['abductor-digiti-minimi-foot']
    d.add('tendon', adm.tendon_outline())
    sweep_belly(d, adm, k=1)
    fl = MUSCLES['fibularis-longus']
    d.add('tendon', fl.tendon_outline())      # fibularis longus, behind the malleolus to the cuboid
    # fibularis brevis in front of the longus behind the malleolus, then above it (over the
    # fibular trochlea) to the tuberosity of the fifth metatarsal; the longus below it
    # into the cuboid's groove, where it turns under the foot
    d.add('tendon', band([LEG.P(1336, -0.14), LEG.P(1352, -0.28), (207, 1370), (213, 1382), (225, 1391), (239, 1398),
                          (251, 1404), base], [3, 3, 2.8, 2.6, 2.5, 2.4, 2.4, 2.6]))
    edb = [(226, 1389), (242, 1385), (262, 1386), (284, 1393)]
    d.add('muscle', band(edb, [3.5, 6.2, 5.8, 2.8]), 'extensor-digitorum-brevis')
    d.fibres('extensor-digitorum-brevis', [edb, [(x, y - 2.2) for x, y in edb], [(x, y + 2.2) for x, y in edb]],
             inset=1.0)
    for k in range(3):
        d.add('tendon', band([(282, 1392 + k), (310, 1400 + k * 2.5), (332 - k * 5, 1408 + k * 2.6)],
                             [1.2, 1.0, 0.9]))                                                      # EDB to toes 2-4
    d.add('tendon', band([LEG.P(1300, 0.56), LEG.P(1330, 0.66), (252, 1362), (278, 1384), (320, 1400), (364, 1411)],
                         [2.2, 2.2, 2, 1.8, 1.5, 1.3]))                                             # EHL
    ta = MUSCLES['tibialis-anterior']          # on the front of the belly's lower third, to the medial cuneiform
    d.add('tendon', ta.tendon_outline())
    for k in range(4):
        d.add('tendon', band([LEG.P(1296, 0.38), (246, 1360), (262 + k * 2, 1378 + k * 2), (300 + k * 4, 1395 + k * 4),
                              (354 - k * 7, 1412 + k * 2.2)], [2.6, 2.2, 1.6, 1.3, 1.1]))          # EDL to the toes
    d.add('bone', spline(G.around('side', 'lateral-malleolus', MALLEOLUS)))                         # lateral malleolus
    for x, y in ((352, 1410), (340, 1408), (328, 1405)):
        d.add('feature', line([(x + 3, y + 14), (x, y + 6), (x + 2, y)]), extra='stroke-opacity="0.45"')   # toes
    d.add('feature', line([(362, 1414), (368, 1416)]), extra='stroke-opacity="0.5"')                       # nail
