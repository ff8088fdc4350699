#!/usr/bin/env python3
"""Builds the CJK faces spheres embeds, geodata/fonts/*.otf, from Debian's fonts-noto-cjk.

spheres draws Latin, Cyrillic and everything else DejaVu Sans has in DejaVu Sans (the
`dejavu` crate). For Japanese, Korean and Chinese it also embeds Noto Sans CJK, subset to
the characters that DejaVu Sans lacks in that language's texts:

    ja -> Noto Sans CJK JP, ko -> Noto Sans CJK KR, zh -> Noto Sans CJK SC

(each in its own face: the three draw many shared characters differently), Regular and
Bold. A language's texts are every file that exists of

    geodata/*/lang/<code>.toml      the scenario translations
    src/messages/<code>.ftl         the tool's own words
    tools/fonts/extra-<code>.txt    characters always included

and every character they draw counts (control characters aside): a translation's strings
and the lines of the other files, not their comments. A character that no face
of the language has (DejaVu Sans and, for ja/ko/zh, the language's Noto face) stops the
build with the file it is in.

Each CJK face also holds the space, although DejaVu Sans has one: librsvg (through Pango)
draws a space between two CJK characters in the CJK face, so a space between two Korean
words is Noto's (0.224 em), not DejaVu's (0.318 em); spheres measures and draws it so too.

Reads: /usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc of the Debian
package fonts-noto-cjk 1:20220127+repack1-1 (checked, with the files' SHA-256), its
copyright file for the licence, and DejaVu Sans as the `dejavu` crate of Cargo.lock has it
(found with `cargo metadata`). Writes geodata/fonts/: the six faces, OFL.txt (the
licence) and characters.txt (what each face holds, for review). The output is the same,
byte for byte, on every run.

usage: python3 tools/fonts/build.py      (with fonttools from requirements.txt)
"""
import glob
import hashlib
import json
import os
import subprocess
import sys
import tomllib
import unicodedata

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "tools", "fonts")
OUT = os.path.join(ROOT, "geodata", "fonts")

PACKAGE = "fonts-noto-cjk"
VERSION = "1:20220127+repack1-1"
NOTO = "/usr/share/fonts/opentype/noto"
COPYRIGHT = "/usr/share/doc/fonts-noto-cjk/copyright"
# The collections this builder was made with: another file of the same name is another
# font, whatever the package says.
COLLECTIONS = {
    "Regular": ("NotoSansCJK-Regular.ttc",
                "b76b0433203017ca80401b2ee0dd69350349871c4b19d504c34dbdd80541690a"),
    "Bold": ("NotoSansCJK-Bold.ttc",
             "faa5f3656a78b2e2d450d27fe8382c778bc2b6bb5ea29c986664a6a435056ceb"),
}
WEIGHTS = ("Regular", "Bold")
DEJAVU = {"Regular": "DejaVuSans.ttf", "Bold": "DejaVuSans-Bold.ttf"}

# Language code -> (index of the face in the collections, the face's short tag).
CJK = {
    "ja": (0, "jp"),
    "ko": (1, "kr"),
    "zh": (2, "sc"),
}
LANGUAGES = ("en", "ja", "ko", "ru", "zh")


def fail(lines):
    for line in lines:
        print("error: " + line, file=sys.stderr)
    sys.exit(1)


def check_package():
    try:
        version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", PACKAGE],
                                 check=True, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        fail(["%s is not installed (hint: apt-get install %s)" % (PACKAGE, PACKAGE)])
    if version != VERSION:
        fail(["%s is %s, the builder reads %s" % (PACKAGE, version, VERSION)])
    for weight, (name, sha) in COLLECTIONS.items():
        with open(os.path.join(NOTO, name), "rb") as f:
            got = hashlib.sha256(f.read()).hexdigest()
        if got != sha:
            fail(["%s/%s has SHA-256 %s, not %s" % (NOTO, name, got, sha)])


def dejavu_dir():
    """The folder of the DejaVu fonts of the `dejavu` crate in Cargo.lock."""
    meta = subprocess.run(["cargo", "metadata", "--format-version", "1", "--locked"],
                          cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True).stdout
    found = [p for p in json.loads(meta)["packages"] if p["name"] == "dejavu"]
    if len(found) != 1:
        fail(["Cargo.lock has %d dejavu crates, the builder needs one" % len(found)])
    crate = os.path.dirname(found[0]["manifest_path"])
    folder = glob.glob(os.path.join(crate, "assets", "dejavu-fonts-ttf-*", "ttf"))
    if len(folder) != 1:
        fail(["no assets/dejavu-fonts-ttf-*/ttf in %s" % crate])
    return folder[0]


def strings(value):
    """Every string of a TOML value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def texts(code):
    """The files of a language and the characters each holds."""
    files = sorted(glob.glob(os.path.join(ROOT, "geodata", "*", "lang", code + ".toml")))
    files += sorted(glob.glob(os.path.join(ROOT, "src", "messages", code + ".ftl")))
    extra = os.path.join(HERE, "extra-%s.txt" % code)
    out = []
    for path in files + ([extra] if os.path.exists(extra) else []):
        if path.endswith(".toml"):
            # A translation's strings: what is drawn, not its comments.
            with open(path, "rb") as f:
                lines = list(strings(tomllib.load(f)))
        else:
            with open(path, encoding="utf-8") as f:
                lines = [l for l in f.read().splitlines() if not l.lstrip().startswith("#")]
        chars = {c for l in lines for c in l if unicodedata.category(c) != "Cc"}
        out.append((os.path.relpath(path, ROOT), chars))
    return out


def cmap(font):
    return set(chr(u) for u in font.getBestCmap())


def licence(face):
    """OFL.txt: the font's copyright line, then the licence text of the Debian package."""
    with open(COPYRIGHT, encoding="utf-8") as f:
        lines = f.read().split("\n")
    # The stand-alone licence paragraph (the files paragraph names it on a line alone).
    start = next(i for i, l in enumerate(lines)
                 if l == "License: SIL-1.1" and lines[i + 1].startswith(" ")) + 1
    body = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        line = line[1:]
        body.append("" if line == "." else line)
    name = face["name"]
    head = [name.getDebugName(0), name.getDebugName(7), "",
            "The fonts geodata/fonts/*.otf (subsets of Noto Sans CJK) are licensed under the",
            "SIL Open Font License, Version 1.1, as follows (the text of %s" % COPYRIGHT,
            "in the Debian package %s %s):" % (PACKAGE, VERSION),
            ""]
    return "\n".join(head + body).rstrip("\n") + "\n"


def subset_face(face, chars):
    options = subset.Options()
    options.name_IDs = ["*"]  # keeps the copyright, licence and trademark notices
    options.notdef_outline = True  # a character missing after all shows as a box
    options.hinting = False  # neither resvg nor the measuring reads hints
    # Labels are set horizontally: no vertical metrics or forms.
    options.drop_tables += ["VORG", "vhea", "vmtx"]
    vertical = {"vert", "vrt2", "vhal", "vpal", "vkrn", "valt", "vchw"}
    options.layout_features = [f for f in options.layout_features if f not in vertical]
    options.recalc_timestamp = False
    sub = subset.Subsetter(options)
    sub.populate(unicodes=sorted(ord(c) for c in chars))
    sub.subset(face)


def main():
    check_package()
    dejavu_folder = dejavu_dir()
    dejavu = {w: cmap(TTFont(os.path.join(dejavu_folder, DEJAVU[w]), lazy=True))
              for w in WEIGHTS}
    by_language = {code: texts(code) for code in LANGUAGES}

    # Load every face first, to report every missing character before writing anything.
    faces = {}
    errors = []
    for weight in WEIGHTS:
        ttc = os.path.join(NOTO, COLLECTIONS[weight][0])
        for code in LANGUAGES:
            cjk = None
            if code in CJK:
                cjk = TTFont(ttc, fontNumber=CJK[code][0], recalcTimestamp=False)
                faces[(code, weight)] = (cjk, set())
            have = dejavu[weight] | (cmap(cjk) if cjk else set())
            for path, chars in by_language[code]:
                lacking = sorted(chars - have)
                if lacking:
                    errors.append("%s: no embedded %s face has %s" % (
                        path, weight.lower(), " ".join("%s (U+%04X)" % (c, ord(c))
                                                       for c in lacking)))
                if cjk:
                    faces[(code, weight)][1].update((chars - dejavu[weight]) | {" "})
    if errors:
        fail(errors + ["a character no face has cannot be drawn: change the text"])
    # spheres measures a character DejaVu lacks in whichever CJK face has it, without
    # asking the language: that holds only while the faces agree on the advances.
    for weight in WEIGHTS:
        advances = {}
        for code in CJK:
            face, chars = faces[(code, weight)]
            best, hmtx = face.getBestCmap(), face["hmtx"]
            for c in chars:
                advances.setdefault(c, {})[code] = hmtx[best[ord(c)]][0]
        differ = sorted(c for c, a in advances.items() if len(set(a.values())) > 1)
        if differ:
            fail(["the %s faces give %s different advances: measure by language in "
                  "src/scene/text.rs" % (weight.lower(), " ".join(differ))])

    os.makedirs(OUT, exist_ok=True)
    listing = []
    for (code, weight), (face, chars) in sorted(faces.items()):
        subset_face(face, chars)
        name = "NotoSansCJK%s-%s.otf" % (CJK[code][1], weight)
        face.save(os.path.join(OUT, name))
        listing.append("%s\t%s\t%d\t%s" % (name, code, len(chars), "".join(sorted(chars))))
    with open(os.path.join(OUT, "characters.txt"), "w", encoding="utf-8") as f:
        f.write("# face\tlanguage\tcharacters\tthe characters (the space, and those DejaVu Sans "
                "lacks in the language's texts)\n")
        f.write("\n".join(listing) + "\n")
    with open(os.path.join(OUT, "OFL.txt"), "w", encoding="utf-8") as f:
        f.write(licence(faces[("ja", "Regular")][0]))
    for (code, weight), (_, chars) in sorted(faces.items()):
        print("%s %s: %d characters" % (code, weight, len(chars)))


if __name__ == "__main__":
    main()
