#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs appstream-util validate-strict on the built metainfo.

appstream-glib 0.8.2 (Debian 12) predates <branding> and <recommends>, which
appstreamcli validates (the "metainfo" test); they are left out of the copy
given to appstream-util, and everything else must pass its strict rules.
Its rule that the name, summary and description be translated can only hold
once po/LINGUAS names a language; until then that rule alone is reported and
tolerated.
Usage: validate-metainfo-strict.py APPSTREAM_UTIL METAINFO LINGUAS
"""
import os
import re
import subprocess
import sys
import tempfile

appstream_util, metainfo, linguas = sys.argv[1:4]
with open(metainfo, encoding="utf-8") as f:
    text = f.read()
for tag in ("branding", "recommends"):
    text, n = re.subn(rf"\s*<{tag}>.*?</{tag}>", "", text, flags=re.S)
    if n != 1:
        sys.exit(f"expected one <{tag}> in {metainfo}, found {n}")

with open(linguas, encoding="utf-8") as f:
    languages = [w for line in f for w in line.split("#")[0].split()]

with tempfile.TemporaryDirectory() as tmp:
    copy = os.path.join(tmp, os.path.basename(metainfo))
    with open(copy, "w", encoding="utf-8") as f:
        f.write(text)
    result = subprocess.run([appstream_util, "validate-strict", "--nonet", copy],
                            capture_output=True, text=True)

print(result.stdout, result.stderr)
problems = [l for l in result.stdout.splitlines() if l.startswith("\u2022")]
if not languages:
    problems = [p for p in problems if "translations-required" not in p]
    print(f"po/LINGUAS names no language: translations-required tolerated")
if result.returncode != 0 and (problems or languages):
    sys.exit("appstream-util validate-strict found problems")
if problems:
    sys.exit("unexpected problems: " + "; ".join(problems))
