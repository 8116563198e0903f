#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Ties the metainfo to the project: its newest release is meson's version,
and each screenshot is a committed 1366x768 PNG of assets/screenshots,
published under the project's homepage.
Usage: check-metainfo.py METAINFO_IN MESON_VERSION SCREENSHOT_DIR
"""
import os
import struct
import sys
import xml.etree.ElementTree as ET

metainfo, version, shots = sys.argv[1:4]
root = ET.parse(metainfo).getroot()
failures = []

releases = root.findall("releases/release")
if not releases:
    failures.append("no <release>")
elif releases[0].get("version") != version:
    failures.append(f"newest release {releases[0].get('version')!r}, meson says {version!r}")
dates = [r.get("date", "") for r in releases]
if dates != sorted(dates, reverse=True):
    failures.append("releases are not newest first")

homepage = root.findtext("url[@type='homepage']") or ""
if not homepage.startswith("https://") or not homepage.endswith("/"):
    failures.append(f"homepage {homepage!r} is not an https:// address ending in /")
images = root.findall("screenshots/screenshot/image")
if not images:
    failures.append("no screenshots")
for image in images:
    url = image.text.strip()
    name = url.rsplit("/", 1)[-1]
    if url != homepage + "screenshots/" + name:
        failures.append(f"{url} is not under {homepage}screenshots/")
    path = os.path.join(shots, name)
    if not os.path.isfile(path):
        failures.append(f"{name} is not in {shots}")
        continue
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        failures.append(f"{name} is not a PNG")
        continue
    size = struct.unpack(">II", head[16:24])
    if size != (1366, 768) or (int(image.get("width", 0)), int(image.get("height", 0))) != size:
        failures.append(f"{name} is {size[0]}x{size[1]}, the metainfo says "
                        f"{image.get('width')}x{image.get('height')}; 1366x768 expected")
    if os.path.getsize(path) > 300 * 1024:
        failures.append(f"{name} is over 300 KiB")

for failure in failures:
    print(failure, file=sys.stderr)
print(f"release {version}, {len(images)} screenshots checked")
sys.exit(1 if failures else 0)
