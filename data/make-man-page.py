#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the man page from the program's own --help, so that the two never
disagree (help2man's job, without the dependency).
Usage: make-man-page.py PROGRAM VERSION "ONE-LINE DESCRIPTION" OUTPUT
"""
import os
import re
import subprocess
import sys

program, version, description, output = sys.argv[1:5]
name = os.path.basename(program)
# English, and no display: the queries must not need one, nor must --help.
env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
env.update(LC_ALL="C.UTF-8", LANGUAGE="")
help_text = subprocess.run([program, "--help"], capture_output=True, text=True, env=env,
                           check=True).stdout


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text)


lines = [f'.TH {name.upper()} 1 "" "{name} {version}" "User Commands"',
         ".SH NAME", f"{roff(name)} \\- {roff(description)}"]
section = None
for line in help_text.splitlines():
    if not line.strip():
        continue
    if line == "Usage:":
        lines.append(".SH SYNOPSIS")
        section = "usage"
    elif not line.startswith(" ") and line.endswith(":"):
        lines.append(f".SH {roff(line[:-1].upper())}")
        section = "options"
    elif section == "usage" and line.startswith(" "):
        usage = line.strip()[len(name):].strip().replace("\u2026", "...")
        lines += [".B " + roff(name), roff(usage)]
        section = "after-usage"
    elif section == "options":
        match = re.match(r"\s+(\S.*?)\s{2,}(\S.*)$", line)
        if not match:
            sys.exit(f"make-man-page: cannot read the option line {line!r}")
        lines += [".TP", f"\\fB{roff(match.group(1))}\\fR", roff(match.group(2))]
    else:
        lines += [".SH DESCRIPTION", roff(line.strip())]

lines += [".SH SEE ALSO",
          "The manual in the application (F1), and the README of the source code."]
with open(output, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
