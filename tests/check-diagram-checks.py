#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests of the checks that fail the build of the diagrams (assets/diagrams/src/check.py
and tile.py), on small diagrams built here: each kind of problem is found, named, and
the good cases pass.

Usage: check-diagram-checks.py SOURCE_ROOT
"""
import os
import sys
import tempfile


def check(condition, message):
    if not condition:
        sys.exit(f'FAIL: {message}')
    print(f'ok - {message}')


SVG = '''<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="1500" viewBox="0 0 200 1500">
<path class="skin" d="{skin}"/>
<path id="a-right" class="muscle" d="M10 10 L50 10 L50 50 L10 50 Z"/>
<path id="b-right" class="muscle" d="M40 10 L60 10 L60 30 L40 30 Z"/>
<path class="muscle" fill-opacity="0.4" d="M10 35 L30 35 L30 45 L10 45 Z"/>
<path class="bone" d="M12 12 L20 12 L20 20 L12 20 Z"/>
<path id="c-right" class="muscle" d="M70 60 L{c_right} 60 L{c_right} 80 L70 80 Z"/>
<path id="d-right" class="muscle" d="M40 1490 L60 1490 L60 1510 L40 1510 Z"/>
<g id="regions" display="none">
{regions}
</g>
</svg>
'''


def refusal(make, *args):
    """What make(*args) stops with ('' when it does not stop)."""
    try:
        make(*args)
        return ''
    except SystemExit as e:
        return str(e)


def rect(x0, y0, x1, y1):
    return f'M{x0} {y0} L{x1} {y0} L{x1} {y1} L{x0} {y1} Z'


def main():
    src = os.path.join(sys.argv[1], 'assets', 'diagrams', 'src')
    sys.dont_write_bytecode = True      # nothing written into the source tree
    sys.path.insert(0, src)
    import check as C
    import tile as T
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'v.svg')
        # the skin: a body 0-100 wide, and a "limb" 0.45 head heights wide lower down
        skin = rect(0, 0, 100, 400) + ' ' + rect(20, 400, 20 + 0.45 * 170, 1500)
        with open(path, 'w') as f:
            f.write(SVG.format(skin=skin, c_right=112, regions=''))
        drawn, width, height = C.shapes(path)
        check(width == 200 and height == 1500 and len(drawn) == 7, 'the shapes and the canvas are read')

        def marks(x, y, m='a'):
            return C.check_marks('v', drawn, [('v', m, 'tp1', x, y)])
        check(marks(30, 40) == [], 'a mark well inside its muscle, under a see-through shape, passes')
        found = marks(45, 20)
        check(len(found) == 1 and 'covered by b-right' in found[0][3], 'a mark under a later muscle is found')
        found = marks(16, 16)
        check(len(found) == 1 and 'covered by a bone shape' in found[0][3], 'a mark under an opaque bone is found')
        found = marks(11, 40)
        check(len(found) == 1 and 'only 1.0 from' in found[0][3], 'a mark at the edge of its muscle is found')
        found = marks(80, 90)
        check(len(found) == 1 and 'outside the muscle' in found[0][3], 'a mark outside its muscle is found')
        found = marks(20, 20, m='z')
        check(len(found) == 1 and 'no path z-right' in found[0][3], 'a mark of a muscle not drawn is found')

        found = C.check_skin('v', drawn, width, height)
        check([f[2] for f in found] == ['c'] and 'reaches 12.0 units outside the skin' in found[0][3],
              'a muscle past the skin is found, by its id; one past the canvas\'s edge is not')
        report = []
        found = C.limb_widths('v', drawn, report)
        check(any('upper-arm at y=432 is 0.45 head heights' in r for r in report), 'a limb width is measured')
        check('upper-arm' not in [f[2] for f in found] and 'thigh' in [f[2] for f in found],
              'a width inside its ratios passes, one outside them is found')

        # tile.py: regions fill the skin they reach; skin no region reaches fails
        body = SVG.format(skin=rect(0, 0, 100, 100), c_right=90,
                          regions='<path id="region-p" d="%s"/>\n<path id="region-q" d="%s"/>'
                                  % (rect(10, 10, 40, 40), rect(30, 30, 90, 90)))
        with open(path, 'w') as f:
            f.write(body)
        T.tile(path)
        with open(path) as f:
            tiled = f.read()
        check('<path id="region-p" d="M0 0 ' in tiled and '<path id="region-q"' in tiled,
              'tile.py gives the skin to the regions (verified: no gap, no overlap)')
        with open(path, 'w') as f:
            f.write(body.replace(rect(0, 0, 100, 100), rect(0, 0, 100, 100) + ' ' + rect(150, 0, 190, 50)))
        try:
            T.tile(path)
            message = ''
        except SystemExit as e:
            message = str(e)
        check('belong to no region' in message and '(150, 0)' in message,
              'skin that no region reaches fails, naming the place')

        skin = bytearray(102 * 12)
        for y in range(10):
            for x in range(10):
                skin[(y + 1) * 102 + x + 1] = 1

        def verdict(lines):
            try:
                T.verify('v.svg', 100, 10, bytes(skin), lines)
                return ''
            except SystemExit as e:
                return str(e)
        check(verdict([('p', rect(0, 0, 5, 10)), ('q', rect(5, 0, 10, 10))]) == '',
              'written regions that tile the skin pass')
        check('regions p and q overlap at (4, 0)' in verdict([('p', rect(0, 0, 5, 10)), ('q', rect(4, 0, 10, 10))]),
              'overlapping written regions fail, naming both and the place')
        check('gap between the regions at (5, 0)' in verdict([('p', rect(0, 0, 5, 10)), ('q', rect(6, 0, 10, 10))]),
              'a gap between written regions fails, naming the place')

    import grid as G
    row = ['m', 'hand', 'lateral-epicondyle', 'second-metacarpal-base', 'fusiform', '', '4 5', '3', '', '2']
    ex, ey = G.landmark('hand', 'lateral-epicondyle')
    mx, my = G.landmark('hand', 'second-metacarpal-base')
    row[5], row[8] = f'{ex + 5} {ey + 5}; 200 300', f'200 300; {mx} {my + 11}'
    check(G.Muscle('t:1', row).reach_errors() == [], 'a muscle from landmarks that reaches them passes')
    row[5] = f'{ex + 20} {ey}; 200 300'
    found = G.Muscle('t:1', row).reach_errors()
    check(len(found) == 1 and found[0].startswith('starts 20.0 units from its landmark lateral-epicondyle'),
          'a muscle that stops short of its origin landmark is found')
    row[5], row[8] = f'{ex} {ey}; 200 300', '-'
    found = G.Muscle('t:1', row).reach_errors()
    check(len(found) == 1 and found[0].startswith('ends ') and 'second-metacarpal-base' in found[0],
          'without a tendon, the belly must reach the insertion landmark')

    # a tendon's half-widths: one for all of it, or one a point; anything else is refused
    row = ['m', 'hand', 'lateral-epicondyle', 'second-metacarpal-base', 'fusiform', '100 100; 200 300',
           '4 5', '3', '200 300; 210 320; 220 340', '2 3 4']
    check(G.Muscle('muscles.tsv:7', row).tendon_widths == [2, 3, 4], 'a half-width a tendon point is read')
    row[9] = '2'
    check(G.Muscle('muscles.tsv:7', row).tendon_widths == [2, 2, 2], 'one half-width serves every point')
    for widths, says in (('2 3', '2 numbers for the 3 points'), ('2 x 3', "'x' is not a number"),
                         ('2 nan 3', "'nan' is not a finite number"), ('2 inf 3', "'inf' is not a finite"),
                         ('2 0 3', 'must be more than 0')):
        row[9] = widths
        message = refusal(G.Muscle, 'muscles.tsv:7', row)
        check(message.startswith('muscles.tsv:7: tendon-width: ') and says in message,
              f'tendon-width "{widths}" is refused, naming the file, the line and the column')

    fans(G)
    region_rows(G)


def region_rows(G):
    """regions.tsv: each shape is read, a region's rows are its pieces, faults are named."""
    import region_seeds as R
    with tempfile.TemporaryDirectory() as tmp:
        path = tmp + '/regions.tsv'

        def read(*rows):
            with open(path, 'w') as f:
                f.write('# a comment\n' + ''.join('\t'.join(r) + '\n' for r in rows))
            return refusal(R.seeds, 'v', path) or R.seeds('v', path)
        found = read(('v', 'knee', 'pair', 'spline', '0 0 c; 10 0; 10 10'), ('w', 'knee', 'one', 'ellipse', '0 0 1 1 8'),
                     ('v', 'toes', 'one cut bent', 'ellipse', '5 5 2 3 8'), ('v', 'knee', 'pair', 'ellipse', '50 50 4 4 8'),
                     ('v', 'thigh', 'mid', 'zone', 'leg 10 20, -1, 10:0.2 20:0.5'))
        check([(s.id, s.side, sorted(s.flags), [p[0] for p in s.pieces]) for s in found]
              == [('knee', 'pair', [], ['spline', 'ellipse']), ('toes', 'one', ['bent', 'cut'], ['ellipse']),
                  ('thigh', 'mid', [], ['zone'])],
              'a drawing\'s regions are read in order, a region\'s rows as its pieces, other drawings left out')
        check(found[0].pieces[0][1][0] == (0, 0, 'c') and found[2].pieces[0][1] == ['leg', 10, 20, -1, [(10, 0.2), (20, 0.5)]],
              'corners and varying fractions are read')
        rings = G.flatten(found[0].cmds())
        check(len(rings) == 2 and G.inside(rings, (8, 3)) and G.inside(rings, (50, 52)),
              'a region with two pieces is one path of two subpaths')
        check('this view does not draw zones' in refusal(found[2].cmds), 'a zone where the view has none is refused')
        for row, says in ((('v', 'a', 'left', 'spline', '0 0; 1 0; 1 1'), 'side must be pair, mid, one'),
                          (('v', 'a', 'pair', 'blob', '0 0; 1 0; 1 1'), 'shape must be one of'),
                          (('v', 'a', 'pair', 'spline', '0 0; 1 x; 1 1'), "'x' is not a number"),
                          (('v', 'a', 'pair', 'spline', '0 0; 1 0 k; 1 1'), 'a point is "x y"'),
                          (('v', 'a', 'pair', 'spline', '0 0; 1 0'), 'three points or more'),
                          (('v', 'a', 'pair', 'ellipse', '0 0 1 8'), 'an ellipse is "cx cy rx ry n"'),
                          (('v', 'a', 'pair', 'ellipse', '0 0 inf 1 8'), 'not a finite number'),
                          (('v', 'a', 'pair', 'zone', 'leg 10 20 -1 1'), 'a zone is "limb y0 y1, v0, v1"')):
            check(read(row).startswith('regions.tsv:2: ') and says in read(row),
                  f'a region row "{row[2]}\t{row[3]}\t{row[4]}" is refused, naming the file, the line and the fault')
        found = read(('v', 'a', 'pair', 'spline', '0 0; 1 0; 1 1'), ('v', 'a', 'mid', 'ellipse', '0 0 1 1 8'))
        check('regions.tsv:3: a has another side than its first row' in found,
              'a region whose rows disagree on its side is refused')


def fans(G):
    """Fan and sheet rows: two edges, two bowed borders, a count of fibres; parts."""
    (sx, sy), (cx, cy) = G.landmark('front', 'sternoclavicular-joint'), G.landmark('front', 'coracoid')
    a0, a1, b0, b1 = (sx, sy), (sx, sy + 60), (cx, cy - 6), (cx, cy + 6)
    row = ['deltoid/anterior', 'front', 'sternoclavicular-joint', 'coracoid', 'fan',
           f'{a0[0]} {a0[1]}; {a1[0]} {a1[1]}', '0 10', '6', f'{b1[0]} {b1[1]}; {b0[0]} {b0[1]}', '-']
    message = refusal(G.Muscle, 'muscles.tsv:3', row)
    check('insertion edge runs the other way' in message, 'an insertion edge the wrong way round is refused')
    row[8] = f'{b0[0]} {b0[1]}; {b1[0]} {b1[1]}'
    m = G.Muscle('muscles.tsv:3', row)
    check((m.id, m.part, m.tendon, m.origin_edge[0]) == ('deltoid', 'anterior', [], a0),
          'a fan row is read: id and part, the origin edge, no tendon band')
    rings = G.flatten(m.outline())
    # the border from the origin edge's last point bows 10 units out (down) at its middle
    mid = ((a1[0] + b1[0]) / 2, (a1[1] + b1[1]) / 2)
    dx, dy = b1[0] - a1[0], b1[1] - a1[1]
    length = (dx * dx + dy * dy) ** 0.5
    out = (-dy / length, dx / length)
    if out[1] < 0:
        out = (-out[0], -out[1])
    inner = (mid[0] + out[0] * 9, mid[1] + out[1] * 9)
    outer = (mid[0] + out[0] * 11, mid[1] + out[1] * 11)
    check(G.inside(rings, inner) and not G.inside(rings, outer), 'a border bows out as far as its width says')
    check(G.inside(rings, (sx - 2, sy + 30)) and G.inside(rings, (cx + 2, cy)),
          'the outline runs along the origin edge and the insertion edge')
    fibres = m.fibre_lines()
    check(len(fibres) == 6 and all(G.inside(rings, G.along(f, 0.5)) for f in fibres),
          'a fan has the fibres its row counts, from edge to edge through the muscle')
    check(m.reach_errors() == [], 'edges that pass by their landmarks pass')
    row[3] = 'xiphoid'
    found = G.Muscle('muscles.tsv:3', row).reach_errors()
    check(len(found) == 1 and found[0].startswith('insertion edge ') and 'xiphoid' in found[0],
          'an insertion edge far from its landmark is found')
    for column, value, says in ((6, '1', 'widths: a fan has two numbers'), (7, '2.5', 'fibre: a fan gives how many'),
                                (8, '-', 'tendon: a fan needs its insertion edge'), (6, '1 nan', "'nan' is not a finite"),
                                (0, 'Deltoid/x', 'is not an id'), (0, 'deltoid/', 'is not an id')):
        bad = list(row)
        bad[column] = value
        message = refusal(G.Muscle, 'muscles.tsv:3', bad)
        check(message.startswith('muscles.tsv:3: ') and says in message,
              f'a fan row with column {column} "{value}" is refused, naming the file, line and fault')

    row[3] = 'coracoid'
    with tempfile.TemporaryDirectory() as tmp:
        path = tmp + '/muscles.tsv'

        def rows_of(*keys):
            with open(path, 'w') as f:
                for key in keys:
                    f.write('\t'.join([key] + row[1:]) + '\n')
            return refusal(G.muscle_rows, path) or G.muscle_rows(path)
        found = rows_of('deltoid/anterior', 'deltoid/middle', 'teres-major')
        check([m.key for m in found] == ['deltoid/anterior', 'deltoid/middle', 'teres-major'],
              'a muscle in parts has a row each')
        check('deltoid/middle is a part of deltoid, which has a whole row' in rows_of('deltoid', 'deltoid/middle'),
              'a muscle with both a whole row and parts is refused')
        check('deltoid/middle has a row in frame front already' in rows_of('deltoid/middle', 'deltoid/middle'),
              'a part given twice is refused')


if __name__ == '__main__':
    main()
