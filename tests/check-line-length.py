#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a line of C in app/, app/core/, tests/ or tests/fuzz/ is longer
than 100 characters, listing each as FILE:LINE.

Characters are counted, not bytes: the typographic quotes of the messages
(“ and ”) are one character each, as an editor shows them.

Usage: check-line-length.py SOURCE_ROOT
"""
import sys
from pathlib import Path

LIMIT = 100
FOLDERS = ('app', 'app/core', 'tests', 'tests/fuzz')


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: check-line-length.py SOURCE_ROOT')
    root = Path(sys.argv[1])
    checked = 0
    long_lines = []
    for folder in FOLDERS:
        paths = sorted(p for p in (root / folder).glob('*') if p.suffix in ('.c', '.h'))
        for path in paths:
            checked += 1
            with open(path, encoding='utf-8') as source:
                for number, line in enumerate(source, 1):
                    length = len(line.rstrip('\r\n'))
                    if length > LIMIT:
                        long_lines.append(f'{path.relative_to(root)}:{number}: '
                                          f'{length} characters')
    if checked == 0:
        sys.exit(f'check-line-length: no C files under {root}')
    for entry in long_lines:
        print(entry)
    if long_lines:
        print(f'check-line-length: {len(long_lines)} lines are longer than {LIMIT} characters')
        return 1
    print(f'check-line-length: the lines of {checked} files are within {LIMIT} characters')
    return 0


if __name__ == '__main__':
    sys.exit(main())
