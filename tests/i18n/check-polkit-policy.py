#!/usr/bin/env python3
"""Checks that every polkit action of the policy file has its description and
message in English (no xml:lang) and in each language given (xml:lang), each
translation non-empty and different from the English text.

Usage: check-polkit-policy.py POLICY LANG...   (exit 0 ok, 1 with a list)"""
import sys
import xml.etree.ElementTree as ET

XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'


def main():
    path, langs = sys.argv[1], sys.argv[2:]
    problems = []
    actions = ET.parse(path).getroot().findall('action')
    if not actions:
        problems.append('no actions')
    for action in actions:
        aid = action.get('id')
        for tag in ('description', 'message'):
            texts = {e.get(XML_LANG): (e.text or '').strip() for e in action.findall(tag)}
            english = texts.get(None, '')
            if not english:
                problems.append(f'{aid}: no English {tag}')
            for lang in langs:
                t = texts.get(lang, '')
                if not t or t == english:
                    problems.append(f'{aid}: {tag} not translated to {lang}')
    for p in problems:
        print(p)
    print(f'{len(actions)} actions, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
