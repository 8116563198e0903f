#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerate every diagram and copy the trigger-point marks into atlas.xml.

Run from anywhere: python3 assets/diagrams/src/generate.py
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, "..", "..", ".."))

for script in ("anterior.py", "posterior.py", "lateral.py", "head.py", "hand.py", "foot.py", "apply-marks.py"):
    subprocess.run([sys.executable, os.path.join(HERE, script)], cwd=TOP, check=True)

# Every view's regions tile its skin (tile.py).
TILED = ("head.svg", "head-deep.svg", "anterior.svg", "anterior-deep.svg", "posterior.svg",
         "posterior-deep.svg", "lateral.svg", "hand.svg", "foot.svg")
subprocess.run([sys.executable, os.path.join(HERE, "tile.py")] +
               [os.path.join(HERE, "..", name) for name in TILED], cwd=TOP, check=True)
