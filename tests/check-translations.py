#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints how complete each shipped translation is, its interface strings
(C, builder, desktop, metainfo and schema files) apart from the data file's
(assets/atlas.xml), as msgfmt --statistics counts them, and fails when a
language's interface is not fully translated.

The catalogues are merged with a template made afresh from the sources first:
a string added to the code since the last po update counts as untranslated.
The data file's strings may lag a content change; the interface's may not.

Usage: check-translations.py SOURCE_ROOT"""

import os
import re
import subprocess
import sys
import tempfile

DATA_FILE = 'assets/atlas.xml'
# The glib preset of meson's i18n module, as po/meson.build uses it.
KEYWORDS = ['_', 'N_', 'C_:1c,2', 'NC_:1c,2', 'g_dcgettext:2', 'g_dngettext:2,3',
            'g_dpgettext2:2c,3']


def split_entries(text):
    """The header and the entries of a po file, each as its text."""
    blocks = [b for b in re.split(r'\n\s*\n', text.strip()) if b.strip()]
    return blocks[0], blocks[1:]


def is_data(entry):
    """Whether every place an entry comes from is the data file."""
    places = []
    for line in entry.splitlines():
        if line.startswith('#:'):
            places += line[2:].split()
    return bool(places) and all(p.startswith(DATA_FILE + ':') for p in places)


def statistics(po_path):
    """msgfmt's counts: translated, fuzzy, untranslated."""
    run = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po_path],
                         capture_output=True, text=True, env=dict(os.environ, LC_ALL='C'))
    if run.returncode != 0:
        sys.exit(f'msgfmt rejects {po_path}:\n{run.stderr}')
    counts = {'translated': 0, 'fuzzy': 0, 'untranslated': 0}
    for number, kind in re.findall(r'(\d+) (translated|fuzzy|untranslated)', run.stderr):
        counts[kind] = int(number)
    return counts, run.stderr.strip()


def main():
    root = sys.argv[1]
    po_dir = os.path.join(root, 'po')
    with open(os.path.join(po_dir, 'LINGUAS'), encoding='utf-8') as f:
        languages = [w for line in f for w in line.split('#')[0].split()]
    if not languages:
        sys.exit('po/LINGUAS lists no language')

    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'template.pot')
        subprocess.run(['xgettext', '--from-code=UTF-8', '--directory', root,
                        '--files-from', os.path.join(po_dir, 'POTFILES.in'),
                        '--output', pot, '--add-comments=Translators:']
                       + ['--keyword=' + k for k in KEYWORDS],
                       check=True, env=dict(os.environ, GETTEXTDATADIRS=po_dir))
        for lang in languages:
            merged = os.path.join(tmp, lang + '.po')
            subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '--output-file',
                            merged, os.path.join(po_dir, lang + '.po'), pot], check=True)
            with open(merged, encoding='utf-8') as f:
                header, entries = split_entries(f.read())
            for part, want_data in (('interface', False), ('data', True)):
                part_po = os.path.join(tmp, f'{lang}-{part}.po')
                chosen = [e for e in entries
                          if is_data(e) == want_data and not e.lstrip().startswith('#~')]
                with open(part_po, 'w', encoding='utf-8') as f:
                    f.write('\n\n'.join([header] + chosen) + '\n')
                counts, said = statistics(part_po)
                total = sum(counts.values())
                share = 100.0 * counts['translated'] / total if total else 0.0
                print(f'{lang} {part}: {share:.1f}% ({said})')
                if total == 0:
                    print(f'{lang} {part}: no strings at all', file=sys.stderr)
                    failed = True
                if part == 'interface' and counts['translated'] != total:
                    print(f'{lang}: the interface is not completely translated',
                          file=sys.stderr)
                    failed = True
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
