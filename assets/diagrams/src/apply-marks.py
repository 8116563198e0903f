#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Copy trigger-point positions from the generators' marks-*.tsv into atlas.xml.

The generators know where each muscle is drawn, so they place the marks and check
that each lies inside its muscle's outline. This rewrites the x and y of the
matching <mark view="..."> in assets/atlas.xml (or adds the mark after the
trigger point's <location>) and leaves everything else in the file as it was,
other attributes of a mark (needle=...) included.

Usage, from the repository's top folder:
    python3 assets/diagrams/src/apply-marks.py
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "atlas.xml")


def main():
    with open(DATA, encoding="utf-8") as f:
        text = f.read()

    marks = []
    for tsv in sorted(glob.glob(os.path.join(HERE, "marks-*.tsv"))):
        with open(tsv, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    muscle, tp, view, x, y = line.rstrip("\n").split("\t")
                    marks.append((muscle, tp, view, float(x), float(y)))

    missing = []
    skipped = []
    for muscle, tp, view, x, y in marks:
        m = re.search(r'<muscle id="%s"[ >].*?</muscle>' % re.escape(muscle), text, re.S)
        if not m:
            # Drawn but not in the data yet: a context muscle, not an error.
            skipped.append(muscle)
            continue
        block = m.group(0)
        t = re.search(r'<trigger-point id="%s">.*?</trigger-point>' % re.escape(tp), block, re.S)
        if not t:
            missing.append(f"{muscle} {tp} (no such trigger point)")
            continue
        point = t.group(0)
        new_mark = f'<mark view="{view}" x="{x:g}" y="{y:g}"/>'
        old = re.search(r'<mark view="%s"[^>]*/>' % re.escape(view), point)
        if old:
            # Only x and y change: other attributes stay where they are.
            moved = re.sub(r' x="[^"]*"', f' x="{x:g}"', old.group(0), count=1)
            moved = re.sub(r' y="[^"]*"', f' y="{y:g}"', moved, count=1)
            new_point = point[:old.start()] + moved + point[old.end():]
        else:
            loc = re.search(r'( *)<location>.*?</location>\n', point, re.S)
            if not loc:
                missing.append(f"{muscle} {tp} (no <location> to put the mark after)")
                continue
            new_point = point[:loc.end()] + loc.group(1) + new_mark + "\n" + point[loc.end():]
        block = block.replace(point, new_point, 1)
        text = text[:m.start()] + block + text[m.end():]

    with open(DATA, "w", encoding="utf-8") as f:
        f.write(text)

    print(f"applied {len(marks) - len(missing) - len(skipped)} of {len(marks)} marks")
    if skipped:
        print("for muscles not in the data yet:", ", ".join(sorted(set(skipped))))
    for item in missing:
        print("not applied:", item, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
