#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests of assets/diagrams/src/apply-marks.py, the one route by which a trigger
point's position reaches atlas.xml.

- Applying the committed marks to the committed atlas.xml changes no byte.
- Moving every mark changes only the bytes of the marks' x and y values: every
  other line is identical, each changed line differs only inside x="..." and y="...",
  and the file still parses to the same elements, attributes (needle included) and
  text apart from those values.
- A mark on a view a trigger point has no mark on yet is one new line after its
  <location>, indented like it.
- A position stated twice, a mark left in atlas.xml that no line states, an unknown
  trigger point and a number that is not finite are refused with the file and line.

Usage: check-apply-marks.py SOURCE_ROOT
"""
import glob
import importlib.util
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET


def load(root):
    path = os.path.join(root, 'assets', 'diagrams', 'src', 'apply-marks.py')
    sys.dont_write_bytecode = True      # nothing written into the source tree
    spec = importlib.util.spec_from_file_location('apply_marks', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check(condition, message):
    if not condition:
        sys.exit(f'FAIL: {message}')
    print(f'ok - {message}')


def refused(am, data, marks, words):
    try:
        am.apply(data, marks, {'a', 'b'})
    except am.Failure as e:
        return all(w in str(e) for w in words)
    return False


def without_marks_xy(tree):
    """The document as nested tuples, with the marks' x and y left out."""
    def walk(el):
        attrs = dict(el.attrib)
        if el.tag == 'mark':
            attrs.pop('x', None)
            attrs.pop('y', None)
        return (el.tag, tuple(sorted(attrs.items())), (el.text or '').strip(),
                (el.tail or '').strip(), tuple(walk(c) for c in el))
    return walk(tree.getroot())


def main():
    root = sys.argv[1]
    am = load(root)
    src = os.path.join(root, 'assets', 'diagrams', 'src')
    with open(os.path.join(root, 'assets', 'atlas.xml'), 'rb') as f:
        data = f.read()
    tsvs = sorted(glob.glob(os.path.join(src, 'marks-*.tsv'))) + [am.PLACED]
    marks = am.read_marks(tsvs)
    check(len(marks) > 200, f'{len(marks)} marks read from {len(tsvs)} files')

    same, _ = am.apply(data, marks)
    check(same == data, 'applying the committed marks changes no byte of atlas.xml')

    moved = {k: (x + 1.5, y - 2.25, w) for k, (x, y, w) in marks.items()}
    out, _ = am.apply(data, moved)
    a, b = data.decode().split('\n'), out.decode().split('\n')
    check(len(a) == len(b), 'moving every mark keeps the number of lines')
    changed = [(x, y) for x, y in zip(a, b) if x != y]
    check(len(changed) == len(marks), f'{len(changed)} lines changed, one per mark')
    value = re.compile(r' ([xy])="[^"]*"')
    check(all('<mark ' in x and value.sub(r' \1=""', x) == value.sub(r' \1=""', y) for x, y in changed),
          'each changed line differs only inside its x and y values')
    check(without_marks_xy(ET.ElementTree(ET.fromstring(data))) ==
          without_marks_xy(ET.ElementTree(ET.fromstring(out))),
          'the moved file parses to the same document apart from the marks\' x and y')
    check(out.count(b'needle="') == data.count(b'needle="') > 0, 'needle attributes are kept')
    key = next(iter(marks))
    mx, my, _ = moved[key]
    check(f'x="{mx:g}" y="{my:g}"'.encode() in out, f'the moved position of {key[0]} {key[1]} is written')

    small = b'''<?xml version="1.0" encoding="UTF-8"?>
<atlas format="1">
  <muscles>
    <muscle id="m">
      <!-- a comment, kept -->
      <trigger-point id="tp1">
        <location>Here &amp; there.</location>
        <mark view="a"   x="1" y="2" needle="90"/>
        <essential regions="r"/>
      </trigger-point>
    </muscle>
  </muscles>
</atlas>
'''
    base = {('m', 'tp1', 'a'): (1.0, 2.0, 'test:1')}
    out, _ = am.apply(small, views={'a', 'b'}, marks={**base, ('m', 'tp1', 'b'): (3.5, 4.0, 'test:2')})
    check(out == small.replace(b'</location>\n', b'</location>\n        <mark view="b" x="3.5" y="4"/>\n'),
          'a mark on a new view is one line after the location, indented like it')
    out, _ = am.apply(small, views={'a', 'b'}, marks={('m', 'tp1', 'a'): (7.0, 8.25, 'test:1')})
    check(out == small.replace(b'x="1" y="2"', b'x="7" y="8.25"'),
          'a moved mark keeps its spacing, its other attributes and the comment')
    _, notes = am.apply(small, views={'a', 'b'}, marks={**base, ('context', 'tp1', 'a'): (1.0, 1.0, 'test:3')})
    check(notes == ['context'], 'a drawn muscle that is not in the data is noted, not an error')
    check(refused(am, small, {}, ['no generator', 'm tp1 on a']),
          'a mark in atlas.xml that no line states is refused')
    check(refused(am, small, {**base, ('m', 'tp9', 'a'): (1.0, 1.0, 'test:5')}, ['test:5', 'tp9']),
          'an unknown trigger point is refused with its file and line')
    check(refused(am, b'<atlas><muscles>', base, ['well-formed']), 'a broken file is refused')

    with tempfile.TemporaryDirectory() as tmp:
        one, two = os.path.join(tmp, 'marks-one.tsv'), os.path.join(tmp, 'marks-two.tsv')
        with open(one, 'w') as f:
            f.write('m\ttp1\ta\t1\t2\n')
        with open(two, 'w') as f:
            f.write('# comment\nm\ttp1\ta\t3\t4\n')
        try:
            am.read_marks([one, two])
            twice = False
        except am.Failure as e:
            twice = 'marks-two.tsv:2' in str(e) and 'marks-one.tsv:1' in str(e)
        check(twice, 'a position stated twice is refused, naming both lines')
        for bad in ('nan', 'inf', '1e400', 'x'):
            with open(one, 'w') as f:
                f.write(f'm\ttp1\ta\t{bad}\t2\n')
            try:
                am.read_marks([one])
                ok = False
            except am.Failure as e:
                ok = 'marks-one.tsv:1' in str(e)
            check(ok, f'x = {bad} is refused')


if __name__ == '__main__':
    main()
