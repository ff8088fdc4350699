#!/usr/bin/env python3
"""Proves that the golden SVGs changed only by the Commons work of issue 15.

For every golden SVG (tests/golden/*.svg) this takes the file in the working tree, undoes
exactly the two intended changes, and compares the result byte for byte with the file
at a git revision (HEAD unless given):

1. the `<metadata id="map-metadata">…</metadata>` element (and its newline), which must
   appear at most once, right after `<desc>`, is removed;
2. XLink: the root's `xmlns:xlink="http://www.w3.org/1999/xlink"` is removed and every
   `<use xlink:href=` is written back as `<use href=`.

Any other difference is a failure. Golden PNGs must be byte-identical to the revision's.

    python3 tools/check/strip_metadata.py [REVISION]

REVISION is the commit before the change (32be68c for issue 15's), or HEAD while the
regenerated goldens are not yet committed.

Exit status 0 when every file matches, 1 otherwise.
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
XLINK = ' xmlns:xlink="http://www.w3.org/1999/xlink"'
METADATA = re.compile(r'(</desc>\n)<metadata id="map-metadata">\n.*?\n</metadata>\n', re.S)


def old(revision, path):
    rel = path.relative_to(ROOT).as_posix()
    return subprocess.run(
        ["git", "show", f"{revision}:{rel}"], cwd=ROOT, capture_output=True, check=True
    ).stdout


def undo(text):
    """The SVG without the metadata and with SVG 2's href; and what was undone."""
    text, metadata = METADATA.subn(r"\1", text)
    root_end = text.index(">")
    root = text[: root_end + 1]
    xlink = root.count(XLINK)
    text = root.replace(XLINK, "") + text[root_end + 1 :]
    text, uses = re.subn(r"<use xlink:href=", "<use href=", text)
    return text, metadata, xlink, uses


def main():
    revision = sys.argv[1] if len(sys.argv) > 1 else "HEAD"
    failures = 0
    for path in sorted((ROOT / "tests/golden").glob("*.svg")):
        new = path.read_text(encoding="utf-8")
        undone, metadata, xlink, uses = undo(new)
        was = old(revision, path).decode("utf-8")
        same = undone.encode("utf-8") == was.encode("utf-8")
        failures += not same
        print(
            f"{'same' if same else 'DIFFERENT'}: {path.name}: "
            f"{len(new.encode()) - len(was.encode()):+d} bytes; metadata removed {metadata}x, "
            f"xmlns:xlink {xlink}x, <use xlink:href> {uses}x"
        )
    for path in sorted((ROOT / "tests/golden").glob("*.png")):
        same = path.read_bytes() == old(revision, path)
        failures += not same
        print(f"{'same' if same else 'DIFFERENT'}: {path.name}")
    print("every golden file differs only by the metadata and xlink:href" if not failures
          else f"{failures} file(s) differ otherwise")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
