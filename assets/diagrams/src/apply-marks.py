#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the trigger-point marks into atlas.xml: the one route by which a mark's
position reaches the data file (assets/DATA-FORMAT.md, "Where a mark's position is
stated").

Each position is stated once: in a generator's MARKS list (written to its
marks-VIEW.tsv when it runs) or, for marks no generator places, in
placed-marks.tsv.  This script reads all of them and sets the x and y of the
matching <mark view="..."> in atlas.xml, or adds the mark after the trigger point's
<location>.  The file is parsed as XML (expat, which says where each element
starts); only the bytes of the x and y values change, and a new mark is one new
line, so every other byte of the file (formatting, comments, other attributes such
as needle="...") stays as it was.  It fails, changing nothing, when a mark names a
trigger point the data does not have, when two lines state the same mark, or when
atlas.xml has a mark on a generated view that no line states (a position stated
only in atlas.xml would be overwritten by nobody and checked by nobody).

Usage:  apply-marks.py [--out DIR]
  without --out: reads assets/diagrams/src/marks-*.tsv, rewrites assets/atlas.xml;
  with --out DIR: reads DIR/marks-*.tsv, writes DIR/atlas.xml (generate.py --out).
"""
import glob
import os
import sys
import xml.parsers.expat

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import grid  # noqa: E402
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "atlas.xml"))
PLACED = os.path.join(HERE, "placed-marks.tsv")
MAX_BYTES = 16 << 20
# the views generate.py draws: every mark on them must be stated in a TSV
VIEWS = ("anterior", "anterior-deep", "posterior", "posterior-deep", "lateral", "head", "head-deep",
         "hand", "foot")


class Failure(Exception):
    pass


def read_marks(paths):
    """(muscle, tp, view) -> (x, y, where) from the TSV files, in file order."""
    marks = {}
    for path in paths:
        for where, (muscle, tp, view, x, y) in grid.read_tsv(path, 5, Failure):
            try:
                x, y = float(x), float(y)
            except ValueError:
                raise Failure(f"{where}: x and y must be numbers") from None
            if not (abs(x) < 1e6 and abs(y) < 1e6):
                raise Failure(f"{where}: x and y must be finite numbers")
            key = (muscle, tp, view)
            if key in marks:
                raise Failure(f"{where}: {muscle} {tp} on {view} is already stated at {marks[key][2]}")
            marks[key] = (x, y, where)
    return marks


def start_tag(data, start):
    """The attributes of the start tag at data[start] ('<'): name -> (first byte of
    the value, byte after it), and the index after the tag's '>'."""
    i = start + 1
    n = len(data)
    while i < n and data[i] not in b" \t\r\n/>":
        i += 1
    attrs = {}
    while True:
        while i < n and data[i] in b" \t\r\n":
            i += 1
        if i >= n:
            raise Failure("unterminated tag")
        if data[i] == ord(">"):
            return attrs, i + 1
        if data[i:i + 2] == b"/>":
            return attrs, i + 2
        name_start = i
        while i < n and data[i] not in b" \t\r\n=":
            i += 1
        name = data[name_start:i].decode("utf-8")
        while i < n and data[i] in b" \t\r\n":
            i += 1
        if i >= n or data[i] != ord("="):
            raise Failure("malformed attribute")
        i += 1
        while i < n and data[i] in b" \t\r\n":
            i += 1
        if i >= n or data[i] not in b"\"'":
            raise Failure("malformed attribute")
        quote = data[i]
        end = data.index(bytes([quote]), i + 1)
        attrs[name] = (i + 1, end)
        i = end + 1


def scan(data):
    """Where the marks and locations are: {(muscle, tp): point} with point
    {'marks': {view: tag start}, 'after_location': index, 'indent': bytes}."""
    parser = xml.parsers.expat.ParserCreate("UTF-8")
    points = {}
    stack = []

    def start(name, attrs):
        at = parser.CurrentByteIndex
        muscle = stack[-1][1] if stack else None
        if name == "muscle":
            stack.append(("muscle", attrs.get("id")))
        elif name == "trigger-point" and stack and stack[-1][0] == "muscle":
            key = (stack[-1][1], attrs.get("id"))
            points[key] = {"marks": {}, "after_location": None, "indent": b"", "line": parser.CurrentLineNumber}
            stack.append(("trigger-point", key))
        elif stack and stack[-1][0] == "trigger-point":
            point = points[stack[-1][1]]
            if name == "mark":
                view = attrs.get("view")
                if view in point["marks"]:
                    raise Failure(f"line {parser.CurrentLineNumber}: a second mark on {view}")
                point["marks"][view] = at
            elif name == "location":
                line_start = data.rfind(b"\n", 0, at) + 1
                indent = data[line_start:at]
                point["indent"] = indent if not indent.strip() else b""
            stack.append((name, None))
        else:
            stack.append((name, muscle))

    def end(name):
        if name == "location" and len(stack) >= 2 and stack[-2][0] == "trigger-point":
            at = parser.CurrentByteIndex
            close = data.index(b">", at) + 1
            if data[close:close + 1] == b"\n":
                close += 1
            points[stack[-2][1]]["after_location"] = close
        stack.pop()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as e:
        raise Failure(f"not well-formed XML: {e}") from None
    return points


def apply(data, marks, views=VIEWS):
    """data (atlas.xml's bytes) with the marks applied, and a list of notes on
    muscles that are drawn but not in the data.  Every mark atlas.xml has on one of
    the views must be among the marks."""
    points = scan(data)
    muscles = {m for m, _ in points}
    edits = []            # (start, end, replacement), non-overlapping
    notes = set()
    for (muscle, tp, view), (x, y, where) in marks.items():
        point = points.get((muscle, tp))
        if point is None:
            if muscle not in muscles:
                notes.add(muscle)           # a context muscle, drawn but not (yet) in the data
                continue
            raise Failure(f"{where}: {muscle} has no trigger point {tp}")
        at = point["marks"].get(view)
        if at is not None:
            attrs, _ = start_tag(data, at)
            for name, value in (("x", x), ("y", y)):
                if name not in attrs:
                    raise Failure(f"{where}: the mark of {muscle} {tp} on {view} has no {name}")
                a, b = attrs[name]
                edits.append((a, b, f"{value:g}".encode()))
        else:
            if point["after_location"] is None:
                raise Failure(f"{where}: {muscle} {tp} has no <location> to put the mark after")
            line = point["indent"] + f'<mark view="{view}" x="{x:g}" y="{y:g}"/>\n'.encode()
            edits.append((point["after_location"], point["after_location"], line))
    stale = [f"{m} {tp} on {view} (atlas.xml line {point['line']})"
             for (m, tp), point in points.items() for view in point["marks"]
             if view in views and (m, tp, view) not in marks]
    if stale:
        raise Failure("atlas.xml has marks that no generator or placed-marks.tsv states "
                      "(state them there, or delete them): " + "; ".join(sorted(stale)))
    out = data
    for a, b, text in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        out = out[:a] + text + out[b:]
    return out, sorted(notes)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--out"] and len(args) == 2:
        marks_dir, target = args[1], os.path.join(args[1], "atlas.xml")
    elif not args:
        marks_dir, target = HERE, DATA
    else:
        sys.exit("usage: apply-marks.py [--out DIR]")
    try:
        if os.path.getsize(DATA) > MAX_BYTES:
            raise Failure(f"{DATA} is larger than {MAX_BYTES} bytes")
        with open(DATA, "rb") as f:
            data = f.read()
        tsvs = sorted(glob.glob(os.path.join(marks_dir, "marks-*.tsv")))
        if not tsvs:
            raise Failure(f"no marks-*.tsv in {marks_dir}: run the generators first")
        marks = read_marks(tsvs + [PLACED])
        out, notes = apply(data, marks)
    except Failure as e:
        sys.exit(f"apply-marks.py: {e}")
    if out != data or target != DATA:
        tmp = target + ".tmp"
        with open(tmp, "wb") as f:
            f.write(out)
        os.replace(tmp, target)
    print(f"applied {len(marks)} marks ({len(tsvs)} generated files and placed-marks.tsv)")
    if notes:
        print("for muscles not in the data yet:", ", ".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
