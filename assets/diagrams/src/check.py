#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks on the generated diagrams that fail the build of the diagrams.

generate.py runs this last, on what it wrote (the SVGs, the marks and atlas.xml), so
the checks hold whichever generator drew a shape and whoever placed a mark:

- marks: each trigger-point mark lies inside its muscle's right-side path, at least
  MARK_MARGIN units from its edge, and nothing drawn after the muscle covers it: no
  muscle path with an id (it would take the click, even if drawn invisible) and no
  opaque shape (muscle, bone, tendon or skin with a fill-opacity of 0.5 or more: the X
  would sit on it rather than on the muscle);
- skin: no muscle reaches more than SKIN_TOLERANCE units outside the skin outline
  (inside the view's canvas: a limb cut by the edge of a close-up may run past it);
- landmarks: a muscle defined as data (muscles.tsv) starts and ends at its origin and
  insertion landmarks (within grid.REACH units);
- proportions: the limb widths of the whole-body views, measured across the limb at
  the heights given in landmarks.tsv, lie within the ratios given there (in head
  heights);
- (the regions' tiling is checked by tile.py.)

A finding is printed with the view, the muscle or limb and what is wrong, and the
exit status is 1.  A finding listed in check-known.tsv (view, check, subject, why)
is printed as known and does not fail: problems another piece of work is fixing.
A listed finding that no longer occurs fails too, so that the list is kept short.

Usage:  check.py [--out DIR] [--list]
  DIR as given to generate.py (default: the tree); --list prints every finding as a
  line for check-known.tsv instead (for review: a finding is listed only with a reason
  and someone to fix it).
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import grid as G  # noqa: E402

NS = '{http://www.w3.org/2000/svg}'
VIEWS = ('anterior', 'anterior-deep', 'posterior', 'posterior-deep', 'lateral', 'head', 'head-deep',
         'hand', 'foot')
COVERING = ('muscle', 'muscle deep', 'bone', 'tendon', 'skin')
MARK_MARGIN = 3.0
SKIN_TOLERANCE = 1.5
KNOWN = os.path.join(HERE, 'check-known.tsv')


def path_cmds(d):
    """Absolute M L H V C Q Z path data as grid's command tuples."""
    tokens = re.findall(r'[MLHVCQZ]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?', d)
    sizes = {'M': 2, 'L': 2, 'H': 1, 'V': 1, 'C': 6, 'Q': 4, 'Z': 0}
    cmds, i, op, pos = [], 0, None, (0.0, 0.0)
    while i < len(tokens):
        if tokens[i] in sizes:
            op = tokens[i]
            i += 1
            if op == 'Z':
                cmds.append(('Z',))
                continue
        if op is None or op == 'Z':
            raise ValueError(f'unexpected number in path data: {d[:40]}')
        vals = [float(v) for v in tokens[i:i + sizes[op]]]
        i += sizes[op]
        if op == 'H':
            cmds.append(('L', vals[0], pos[1]))
        elif op == 'V':
            cmds.append(('L', pos[0], vals[0]))
        else:
            cmds.append((op,) + tuple(vals))
            if op == 'M':
                op = 'L'
        pos = cmds[-1][-2:]
    return cmds


def shapes(path):
    """The filled shapes of an SVG in drawing order: (id or None, class, commands,
    fill opacity), the regions group left out; and the canvas's width and height."""
    root = ET.parse(path).getroot()
    out = []

    def walk(el):
        for child in el:
            if child.tag == NS + 'g' and child.get('id') == 'regions':
                continue
            if child.tag == NS + 'path' and child.get('class') in COVERING:
                out.append((child.get('id'), child.get('class'), path_cmds(child.get('d')),
                            float(child.get('fill-opacity', '1'))))
            walk(child)
    walk(root)
    _, _, width, height = (float(v) for v in root.get('viewBox').split())
    return out, width, height


def muscle_name(pid):
    for side in ('-right', '-left'):
        if pid.endswith(side):
            return pid[:-len(side)]
    return pid


def read_marks(marks_dir):
    marks = []
    for tsv in sorted(glob.glob(os.path.join(marks_dir, 'marks-*.tsv'))) + [os.path.join(HERE, 'placed-marks.tsv')]:
        for where, (m, tp, view, x, y) in G.read_tsv(tsv, 5):
            marks.append((view, m, tp, G.parse_number(x, where), G.parse_number(y, where)))
    return marks


def check_marks(view, drawn, marks):
    findings = []
    index = {pid: i for i, (pid, _, _, _) in enumerate(drawn) if pid}
    for v, m, tp, x, y in marks:
        if v != view:
            continue
        pid = f'{m}-right'
        if pid not in index:
            findings.append((view, 'mark', f'{m} {tp}', f'no path {pid} for the mark at ({x:g}, {y:g})'))
            continue
        i = index[pid]
        rings = G.flatten(drawn[i][2], 24)
        if not G.inside(rings, (x, y)):
            findings.append((view, 'mark', f'{m} {tp}', f'mark ({x:g}, {y:g}) is outside the muscle'))
            continue
        d = G.edge_dist(rings, (x, y))
        if d < MARK_MARGIN:
            findings.append((view, 'mark', f'{m} {tp}',
                             f'mark ({x:g}, {y:g}) is only {d:.1f} from the muscle\'s edge (at least {MARK_MARGIN:g})'))
        for other, cls, cmds, opacity in drawn[i + 1:]:
            takes_click = other and cls.startswith('muscle')
            if (takes_click or opacity >= 0.5) and G.inside(G.flatten(cmds), (x, y)):
                findings.append((view, 'mark', f'{m} {tp}',
                                 f'mark ({x:g}, {y:g}) is covered by {other or "a " + cls + " shape"} drawn later'))
                break
    return findings


def check_skin(view, drawn, width, height):
    skin = [G.flatten(c, 24) for _, cls, c, _ in drawn if cls == 'skin']
    findings = {}
    for pid, cls, cmds, _ in drawn:
        if not cls.startswith('muscle'):
            continue
        worst, where = 0.0, None
        for ring in G.flatten(cmds):
            for p in ring:
                if not (0 <= p[0] <= width and 0 <= p[1] <= height) or any(G.inside(s, p) for s in skin):
                    continue
                d = min(G.edge_dist(s, p) for s in skin)
                if d > worst:
                    worst, where = d, p
        if worst > SKIN_TOLERANCE:
            # both sides of a mirrored muscle are reported once, as the muscle
            # a shape without an id is named by where it is, which adding shapes elsewhere
            # does not change
            x0, y0, x1, y1 = G.bbox(G.flatten(cmds))
            name = muscle_name(pid) if pid else f'unnamed muscle at ({(x0 + x1) / 2:.0f}, {(y0 + y1) / 2:.0f})'
            findings.setdefault(name, (view, 'skin', name, f'reaches {worst:.1f} units outside the skin at '
                                                           f'({where[0]:.0f}, {where[1]:.0f})'))
    return list(findings.values())


def crossings(rings, y):
    xs = []
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            if (y0 <= y) != (y1 <= y):
                xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
    return sorted(xs)


def limb_widths(view, drawn, report):
    """The widths of the image-left limbs at the heights landmarks.tsv gives, in head
    heights, against its ratios."""
    findings = []
    skin = [r for _, cls, c, _ in drawn if cls == 'skin' for r in G.flatten(c, 24)]
    for name, (y, index, lo, hi) in G.limb_measures().items():
        xs = [x for x in crossings(skin, y) if x < G.MID]
        if len(xs) < 2 * index + 2:
            findings.append((view, 'proportion', name, f'no limb found across y={y:g}'))
            continue
        width = (xs[2 * index + 1] - xs[2 * index]) / G.H
        report.append(f'{view}: {name} at y={y:g} is {width:.2f} head heights wide (normal {lo:g}-{hi:g})')
        if not lo <= width <= hi:
            findings.append((view, 'proportion', name, f'{width:.2f} head heights wide at y={y:g}, '
                                                       f'outside {lo:g}-{hi:g}'))
    return findings


def read_known():
    return {tuple(fields[:3]): fields[3] for _, fields in G.read_tsv(KNOWN, 4)}


def main():
    args = sys.argv[1:]
    listing = '--list' in args
    if listing:
        args.remove('--list')
    if args[:1] == ['--out'] and len(args) == 2:
        svg_dir = marks_dir = args[1]
    elif not args:
        svg_dir, marks_dir = os.path.dirname(HERE), HERE
    else:
        sys.exit('usage: check.py [--out DIR] [--list]')
    marks = read_marks(marks_dir)
    findings, report = [], []
    for view in VIEWS:
        drawn, width, height = shapes(os.path.join(svg_dir, f'{view}.svg'))
        findings += check_marks(view, drawn, marks)
        findings += check_skin(view, drawn, width, height)
        if view in ('anterior', 'posterior'):
            findings += limb_widths(view, drawn, report)
    for m in G.muscle_rows():
        findings += [(m.frame, 'landmark', m.id, what) for what in m.reach_errors()]
    if listing:
        for finding in findings:
            print('\t'.join(finding))
        return
    for line in report:
        print(line)
    known = read_known()
    failed = False
    for view, check, subject, what in findings:
        if (view, check, subject) in known:
            print(f'known: {view}: {check}: {subject}: {what} ({known[view, check, subject]})')
        else:
            print(f'ERROR: {view}: {check}: {subject}: {what}', file=sys.stderr)
            failed = True
    found = {f[:3] for f in findings}
    for key in known:
        if key not in found:
            print(f'ERROR: {": ".join(key)} is listed in check-known.tsv but no longer fails: '
                  f'remove the line', file=sys.stderr)
            failed = True
    if failed:
        sys.exit(1)
    print(f'checked {len(VIEWS)} views, {len(marks)} marks')


if __name__ == '__main__':
    main()
