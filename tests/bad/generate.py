#!/usr/bin/env python3
"""Writes the bad-input corpus: one folder per case, each a copy of a tiny valid scenario
with ONE defect, and an expected.txt with the substrings stderr must contain (one a line),
or, for a defect that is a warning, a warnings.txt with the exact warnings (one a line).

The committed files are the product; this script only documents how they were made and
rewrites them all when run (python3 tests/bad/generate.py). tests/bad_input.rs runs the
binary on every folder.
"""
import json
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))

SCENARIO = """\
id = "tiny"
title = "Tiny test scenario"
credit = "Synthetic data for the bad-input tests."
start = 1900
end = 1902

[map]
bbox = [0.0, 0.0, 4.0, 3.0]
projection = "+proj=merc +datum=WGS84"
width = 400

[powers.red]
name = "Red"
color = "#cc0000"

[powers.blue]
name = "Blue"
color = "#0000cc"

[statuses.sphere]
label = "sphere of influence"
style = "hatch"

[statuses.annexed]
label = "annexed territory"
style = "solid"

[[events]]
id = "treaty"
date = "1900-06-01"
title = "Treaty"
source = "https://example.org/treaty"
[events.control]
north = { power = "red", status = "sphere" }
south = { power = "blue", status = "sphere" }

[[events]]
id = "annexation"
date = "1901-03-01"
title = "Annexation"
source = "https://example.org/annexation"
[events.control]
north = { power = "red", status = "annexed" }
islet = { power = "blue", status = "annexed" }
"""


def rect(w, s, e, n):
    return [[w, s], [e, s], [e, n], [w, n], [w, s]]


def feature(id, geometry, **props):
    p = {"id": id}
    p.update(props)
    return {"type": "Feature", "id": id, "properties": p, "geometry": geometry}


def polygon(*rings):
    return {"type": "Polygon", "coordinates": list(rings)}


def collection(features):
    body = ",\n".join(json.dumps(f) for f in features)
    return '{"type": "FeatureCollection", "features": [\n' + body + "\n]}\n"


def regions(north=None, south=None, islet=None, extra=()):
    fs = [
        north or feature("north", polygon(rect(1, 1.5, 3, 2.5)), name="North"),
        south or feature("south", polygon(rect(1, 0.5, 3, 1.5)), name="South"),
        islet or feature("islet", polygon(rect(3.2, 0.5, 3.6, 0.9)), name="Islet"),
    ]
    return collection(fs + list(extra))


BASE = {
    "scenario.toml": SCENARIO,
    "regions.geojson": regions(),
    "basemap.geojson": collection([
        feature("land", polygon(rect(0, 0, 4, 3))),
        feature("red-home", polygon(rect(0, 2.5, 1, 3)), name="Red", power="red"),
    ]),
    "lines.geojson": collection([
        feature("line-1900", {"type": "LineString", "coordinates": [[1, 1.5], [3, 1.5]]},
                name="1900 line", event="treaty", certainty="medium"),
    ]),
    "places.geojson": collection([
        feature("capital", {"type": "Point", "coordinates": [2, 2]},
                kind="city", name="Capital", rank=1),
    ]),
}


def toml(old, new):
    assert old in SCENARIO, old
    return {"scenario.toml": SCENARIO.replace(old, new, 1)}


def replace(name, old, new):
    text = BASE[name]
    assert old in text, (name, old)
    return {name: text.replace(old, new, 1)}


def region(id, geometry, **props):
    props.setdefault("name", id.title())
    return feature(id, geometry, **props)


def garbage(seed, n):
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n))


# The base scenario's names in Russian, complete.
RUSSIAN = """\
title = "Маленький тестовый сценарий"
credit = "Синтетические данные для тестов."
[powers.red]
name = "Красные"
[powers.blue]
name = "Синие"
[statuses.sphere]
label = "сфера влияния"
[statuses.annexed]
label = "аннексированная территория"
[regions.north]
name = "Север"
[regions.south]
name = "Юг"
[regions.islet]
name = "Островок"
[places.capital]
name = "Столица"
[events.treaty]
title = "Договор"
[events.annexation]
title = "Аннексия"
[labels]
"1900 line" = "Линия 1900 г."
"Red" = "Красная земля"
"""

# name -> (files to change (None deletes), expected substrings of stderr)
CASES = {
    "toml-syntax": (
        toml('title = "Tiny test scenario"', 'title = "Tiny test scenario'),
        ["scenario.toml:2:", "invalid basic string"],
    ),
    "json-syntax": (
        {"regions.geojson": regions().replace('"North"}', '"North"', 1)},
        ["regions.geojson:3:1: not a GeoJSON FeatureCollection: key must be a string"],
    ),
    "toml-wrong-type": (
        toml("width = 400", 'width = "400"'),
        ["scenario.toml:10:9:", "invalid type: string \"400\", expected i64"],
    ),
    "json-wrong-type": (
        {"regions.geojson": regions(north=region("north", polygon(rect(1, 1.5, 3, 2.5)), name=5))},
        ["regions.geojson: feature 'north' (#0): property 'name' should be a string, found 5"],
    ),
    "unknown-power": (
        toml('north = { power = "red", status = "sphere" }', 'north = { power = "rde", status = "sphere" }'),
        ["scenario.toml:34:9: unknown power 'rde'", "did you mean 'red'?"],
    ),
    "unknown-region": (
        toml('north = { power = "red", status = "annexed" }', 'nrth = { power = "red", status = "annexed" }'),
        ["scenario.toml:43:8:", "unknown region 'nrth'", "did you mean 'north'?"],
    ),
    "unknown-status": (
        toml('south = { power = "blue", status = "sphere" }', 'south = { power = "blue", status = "spehre" }'),
        ["scenario.toml:35:9: unknown status 'spehre'", "did you mean 'sphere'?"],
    ),
    "unknown-event": (
        replace("lines.geojson", '"event": "treaty"', '"event": "traety"'),
        ["lines.geojson: feature 'line-1900' (#0): unknown event 'traety'", "did you mean 'treaty'?"],
    ),
    "bad-date-february-30": (
        toml('date = "1901-03-01"', 'date = "1901-02-30"'),
        ["scenario.toml:39:8: \"1901-02-30\" is not a date", "check the day exists"],
    ),
    "bad-date-word": (
        toml('date = "1901-03-01"', 'date = "yesterday"'),
        ["scenario.toml:39:8: \"yesterday\" is not a date", "YYYY-MM-DD"],
    ),
    "bad-colour": (
        toml('color = "#cc0000"', 'color = "reddish"'),
        ["scenario.toml:14:9: 'reddish' is not a colour", "#rrggbb"],
    ),
    "bbox-three-numbers": (
        toml("bbox = [0.0, 0.0, 4.0, 3.0]", "bbox = [0.0, 0.0, 4.0]"),
        ["scenario.toml:8:8: bbox [0.0, 0.0, 4.0] is not [west, south, east, north]"],
    ),
    "bbox-south-above-north": (
        toml("bbox = [0.0, 0.0, 4.0, 3.0]", "bbox = [0.0, 3.0, 4.0, 0.0]"),
        ["scenario.toml:8:8: bbox [0.0, 3.0, 4.0, 0.0] is not [west, south, east, north]", "south < north"],
    ),
    "bbox-west-east-of-east": (
        toml("bbox = [0.0, 0.0, 4.0, 3.0]", "bbox = [4.0, 0.0, 0.0, 3.0]"),
        ["scenario.toml:8:8: bbox [4.0, 0.0, 0.0, 3.0] has its west edge (4) east of its east edge (0)",
         "write [west, south, east, north]; if the frame crosses the antimeridian, set crosses_antimeridian = true"],
    ),
    "unknown-country-code": (
        toml("[map]", '[regions.extra]\nname = "Extra"\ncountries = ["DDE"]\n\n[map]'),
        ["scenario.toml:9:14: unknown country code 'DDE'", "did you mean \"DEU\" (Germany)?"],
    ),
    "region-in-both-files": (
        toml("[map]", '[regions.north]\nname = "North again"\ncountries = ["DE"]\n\n[map]'),
        ["scenario.toml:7:1: duplicate region id 'north'", "regions.geojson (feature 'north' (#0)): keep one"],
    ),
    "bbox-out-of-range": (
        toml("bbox = [0.0, 0.0, 4.0, 3.0]", "bbox = [0.0, 0.0, 4.0, 95.0]"),
        ["scenario.toml:8:8: bbox [0.0, 0.0, 4.0, 95.0] is not [west, south, east, north]", "latitudes −90…90"],
    ),
    "bad-width": (
        toml("width = 400", "width = 5"),
        ["scenario.toml:10:9: width 5 is out of range", "set [map] width from 100 to 16384 pixels"],
    ),
    "width-over-png-limit": (
        toml("width = 400", "width = 20000"),
        ["scenario.toml:10:9: width 20000 is out of range", "set [map] width from 100 to 16384 pixels, the largest side of a PNG"],
    ),
    "projection-corners-do-not-project": (
        toml('projection = "+proj=merc +datum=WGS84"', 'projection = "+proj=geos +h=35785831 +lon_0=-150 +datum=WGS84"'),
        ["scenario.toml:9:14: the map bbox", "cannot be drawn with projection", "choose a projection whose domain holds the whole [map] bbox"],
    ),
    "bad-projection": (
        toml('projection = "+proj=merc +datum=WGS84"', 'projection = "+proj=nonsense +datum=WGS84"'),
        ["scenario.toml:9:14: projection '+proj=nonsense +datum=WGS84' is not a usable proj4 string"],
    ),
    # EPSG codes are looked up in a table; one it lacks, or whose definition draws no map.
    "projection-epsg-unknown": (
        toml('projection = "+proj=merc +datum=WGS84"', 'projection = "EPSG:99999"'),
        ["scenario.toml:9:14: projection 'EPSG:99999' is not in the EPSG table",
         "hint: check the number"],
    ),
    "projection-epsg-geocentric": (
        toml('projection = "+proj=merc +datum=WGS84"', 'projection = "epsg:4978"'),
        ["scenario.toml:9:14: projection 'epsg:4978' (+proj=geocent +datum=WGS84 +units=m +no_defs) cannot draw a map: it is a geocentric (x, y, z) system, not a map projection",
         "hint: choose a projected CRS such as EPSG:3035"],
    ),
    "projection-epsg-needs-grid": (
        toml('projection = "+proj=merc +datum=WGS84"', 'projection = "EPSG:4267"'),
        ["scenario.toml:9:14: projection 'EPSG:4267' (+proj=longlat +datum=NAD27 +no_defs) cannot draw a map: its datum needs a shift grid",
         "+towgs84="],
    ),
    "projection-number-alone": (
        toml('projection = "+proj=merc +datum=WGS84"', 'projection = "3857"'),
        ["scenario.toml:9:14: projection '3857' is not a usable proj4 string: a number alone names no projection: write an EPSG code as \"EPSG:3857\""],
    ),
    "duplicate-event-id": (
        toml('id = "annexation"', 'id = "treaty"'),
        ["scenario.toml:38:6: duplicate event id 'treaty'"],
    ),
    "duplicate-region-id": (
        {"regions.geojson": regions(islet=region("south", polygon(rect(3.2, 0.5, 3.6, 0.9))))},
        ["regions.geojson: feature 'south' (#2): duplicate region id 'south'"],
    ),
    "duplicate-id-for-another-region": (
        {"regions.geojson": regions(south=region("north", polygon(rect(1, 0.5, 3, 1.5))))},
        ["regions.geojson: feature 'north' (#1): duplicate region id 'north'",
         "unknown region 'south' (hint: known regions: north, islet)"],
    ),
    "xml-forbidden-title": (
        toml('title = "Tiny test scenario"', 'title = "Tiny \\uFFFE scenario"'),
        ["scenario.toml:2:9: 'title' holds U+FFFE at character 6, a character XML 1.0 cannot hold",
         "hint: remove it"],
    ),
    "xml-forbidden-event-place": (
        toml('title = "Annexation"', 'title = "Annexation"\nplace = "Bell \\u0007 town"'),
        ["scenario.toml:41:9: 'events[1].place' holds U+0007 at character 6"],
    ),
    "xml-forbidden-region-name": (
        replace("regions.geojson", '"name": "North"', '"name": "North \\uffff"'),
        ["regions.geojson: feature 'north' (#0): 'properties.name' holds U+FFFF at character 7"],
    ),
    "xml-forbidden-feature-id": (
        replace("places.geojson", '"id": "capital", "properties": {"id": "capital"', '"id": "cap\\u001bital", "properties": {"id": "cap\\u001bital"'),
        ["places.geojson: feature 'cap\\u{001B}ital' (#0): 'id' holds U+001B at character 4"],
    ),
    "title-too-long": (
        toml('title = "Tiny test scenario"', 'title = "' + "Tiny " * 120 + '"'),
        ["scenario.toml:2:9: 'title' is 600 characters long; at most 500 are accepted",
         "titles, names and labels are at most 500 characters, credits, notes and sources at most 2000"],
    ),
    "credit-too-long": (
        toml('credit = "Synthetic data for the bad-input tests."', 'credit = "' + "Data. " * 400 + '"'),
        ["scenario.toml:3:10: 'credit' is 2400 characters long; at most 2000 are accepted"],
    ),
    "colour-with-controls": (
        toml('color = "#cc0000"', 'color = "#cc\\u0000\\u001b[31m00"'),
        ["scenario.toml:14:9: '#cc\\u{0000}\\u{001B}[31m00' is not a colour",
         "'powers.red.color' holds U+0000 at character 4"],
    ),
    "json-not-an-object": (
        {"places.geojson": "[1, 2]\n"},
        ["places.geojson:1:0: not a GeoJSON FeatureCollection: invalid type: sequence, expected a JSON object"],
    ),
    "missing-file": (
        {"regions.geojson": None},
        ["regions.geojson: cannot read:", "GeoJSON files are looked up next to the scenario file"],
    ),
    # The basemap, lines and places files are optional, unless [files] names them.
    "missing-named-file": (
        toml("[powers.red]", "[files]\nplaces = \"towns.geojson\"\n\n[powers.red]"),
        ["towns.geojson: cannot read:", "GeoJSON files are looked up next to the scenario file"],
    ),
    "missing-scenario-file": (
        {"scenario.toml": None},
        ["scenario.toml: cannot read:", "give --scenario a scenario.toml file or a folder that holds one"],
    ),
    "empty-file": (
        {"regions.geojson": ""},
        ["regions.geojson: the file is empty"],
    ),
    "non-utf8": (
        {"scenario.toml": SCENARIO.encode().replace(b'"Tiny test scenario"', b'"Tiny test sc\xe9nario"')},
        ["scenario.toml:2:22: the file is not UTF-8 text"],
    ),
    "binary-garbage": (
        {"regions.geojson": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + garbage(6, 200)},
        ["regions.geojson:1:1: the file is binary, not UTF-8 text"],
    ),
    "deep-json": (
        {"regions.geojson": regions(islet=region("islet", polygon(rect(3.2, 0.5, 3.6, 0.9)), note="[" * 0)).replace(
            '"note": ""', '"note": ' + "[" * 100000 + "]" * 100000, 1)},
        ["regions.geojson:4:", "recursion limit exceeded"],
    ),
    "deep-toml": (
        toml('credit = "Synthetic data for the bad-input tests."', "credit = " + "[" * 100000 + "]" * 100000),
        ["scenario.toml:3:", "nested too deeply"],
    ),
    "deep-toml-tables": (
        toml('credit = "Synthetic data for the bad-input tests."', "credit = " + "{a = " * 20000 + "1" + "}" * 20000),
        ["scenario.toml:3:", "nested too deeply"],
    ),
    "unclosed-ring": (
        {"regions.geojson": regions(north=region("north", polygon(rect(1, 1.5, 3, 2.5)[:-1])))},
        ["regions.geojson: feature 'north' (#0): polygon 0, ring 0 is not closed", "RFC 7946"],
    ),
    "self-intersecting-ring": (
        {"regions.geojson": regions(north=region("north", polygon([[1, 1.5], [3, 2.5], [3, 1.5], [1, 2.5], [1, 1.5]])))},
        ["regions.geojson: feature 'north' (#0): polygon 0, ring 0 crosses itself near [2.0000, 2.0000]", "Fix Geometries"],
    ),
    "hole-outside-shell": (
        {"regions.geojson": regions(north=region("north", polygon(rect(1, 1.5, 3, 2.5), rect(3.7, 2.6, 3.9, 2.8))))},
        ["regions.geojson: feature 'north' (#0): polygon 0, ring 1 is a hole outside its shell (ring 0)"],
    ),
    "hole-crossing-shell": (
        {"regions.geojson": regions(north=region("north", polygon(rect(1, 1.5, 3, 2.5), rect(2.5, 2.0, 3.5, 2.2))))},
        ["regions.geojson: feature 'north' (#0): polygon 0, ring 0 and ring 1 cross near"],
    ),
    "overlapping-parts": (
        {"regions.geojson": regions(islet=region("islet", {"type": "MultiPolygon", "coordinates": [[rect(3.2, 0.5, 3.6, 0.9)], [rect(3.4, 0.7, 3.8, 1.1)]]}))},
        ["regions.geojson: feature 'islet' (#2): polygons 0 and 1 overlap near"],
    ),
    "ring-too-short": (
        {"regions.geojson": regions(north=region("north", polygon([[1, 1.5], [3, 2.5], [1, 1.5]])))},
        ["regions.geojson: feature 'north' (#0): polygon 0, ring 0 has 3 positions; a ring needs at least 4"],
    ),
    "ring-without-area": (
        {"regions.geojson": regions(north=region("north", polygon([[1, 1.5], [2, 2], [3, 2.5], [1, 1.5]])))},
        ["regions.geojson: feature 'north' (#0): polygon 0, ring 0 has no area"],
    ),
    "out-of-range-coordinates": (
        {"regions.geojson": regions(north=region("north", polygon(rect(1, 1.5, 3, 120))))},
        ["regions.geojson: feature 'north' (#0): polygon 0, ring 0, position 2 ([3, 120]) is outside longitude −180…180 / latitude −90…90"],
    ),
    "non-numeric-coordinates": (
        {"regions.geojson": regions().replace("[[[1, 1.5], [3, 1.5]", '[[["1", 1.5], [3, 1.5]', 1)},
        ["regions.geojson:2:", "not a GeoJSON FeatureCollection"],
    ),
    "huge-number": (
        {"regions.geojson": regions().replace("[[[1, 1.5], [3, 1.5]", "[[[1e400, 1.5], [3, 1.5]", 1)},
        ["regions.geojson:2:", "number out of range"],
    ),
    "position-with-one-number": (
        {"regions.geojson": regions().replace("[[[1, 1.5], [3, 1.5]", "[[[1], [3, 1.5]", 1)},
        ["regions.geojson: feature 'north' (#0): polygon 0, ring 0, position 0 has 1 number; a position is [longitude, latitude]"],
    ),
    "point-for-polygon": (
        {"regions.geojson": regions(islet=region("islet", {"type": "Point", "coordinates": [3.4, 0.7]}))},
        ["regions.geojson: feature 'islet' (#2): expected a Polygon or MultiPolygon, found a Point"],
    ),
    "polygon-for-line": (
        replace("lines.geojson", '{"type": "LineString", "coordinates": [[1, 1.5], [3, 1.5]]}',
                json.dumps(polygon(rect(1, 1.5, 3, 2.5)))),
        ["lines.geojson: feature 'line-1900' (#0): expected a LineString or MultiLineString, found a Polygon"],
    ),
    "overlapping-regions": (
        {"regions.geojson": regions(south=region("south", polygon(rect(1, 0.5, 3, 2.0))))},
        ["regions.geojson: feature 'north' (#0): overlaps region 'south' by", "regions.geojson: feature 'south' (#1): overlaps region 'north' by"],
    ),
    "missing-required-key": (
        toml('title = "Tiny test scenario"\n', ""),
        ["scenario.toml:1:1: missing field `title`", "add the missing key"],
    ),
    "event-without-source": (
        toml('source = "https://example.org/annexation"\n', ""),
        ["scenario.toml:37:1: event 'annexation' has no source", "add source ="],
    ),
    "end-before-start": (
        toml("end = 1902", "end = 1890"),
        ["scenario.toml:5:7: end year 1890 is before start year 1900"],
    ),
    "unknown-style": (
        toml('style = "hatch"', 'style = "zigzag"'),
        ["scenario.toml:22:9: unknown style 'zigzag'", "use one of: solid, tint, hatch"],
    ),
    "control-not-a-table": (
        toml('south = { power = "blue", status = "sphere" }', "south = 5"),
        ["scenario.toml:35:9: 5 is not a control"],
    ),
    "region-without-id": (
        {"regions.geojson": regions(islet={"type": "Feature", "properties": {"name": "Islet"}, "geometry": polygon(rect(3.2, 0.5, 3.6, 0.9))})},
        ["regions.geojson: feature #2: region has no id"],
    ),
    "unknown-certainty": (
        replace("lines.geojson", '"certainty": "medium"', '"certainty": "maybe"'),
        ["lines.geojson: feature 'line-1900' (#0): unknown certainty 'maybe'"],
    ),
    "bad-rank": (
        replace("places.geojson", '"rank": 1', '"rank": 0'),
        ["places.geojson: feature 'capital' (#0): rank 0 is not a whole number from 1 to 9"],
    ),
    "unknown-home-power": (
        replace("basemap.geojson", '"power": "red"', '"power": "reed"'),
        ["basemap.geojson: feature 'red-home' (#1): unknown power 'reed'", "did you mean 'red'?"],
    ),
    "power-id-not-plain": (
        toml("[powers.blue]", '[powers."Blue Power"]'),
        ["scenario.toml:16:1: power id 'Blue Power' is not a plain key"],
    ),
    # A translation is read like the scenario: its dates checked, its syntax located.
    "translation-bad-date": (
        {"lang/ru.toml": '[powers.red]\nname = "Красные"\nnames = [{ from = "1901-02-30", name = "Алые" }]\n'},
        ["lang/ru.toml:3:19: \"1901-02-30\" is not a date", "check the day exists"],
    ),
    "translation-not-toml": (
        {"lang/ja.toml": 'title = "小さな試験\n'},
        ["lang/ja.toml:1:", "docs/scenario.md#translations"],
    ),
}


# Warnings: the scenario loads and renders, but each of these is most likely a mistake.
# name -> (files to change, the exact warnings after "warning: tests/bad/NAME/", one a line)
WARNINGS = {
    "unknown-key": (
        toml('color = "#0000cc"', 'color = "#0000cc"\ncolour = "#0000ff"'),
        ["scenario.toml:19:1: unknown key 'powers.blue.colour' (hint: did you mean 'color'?)"],
    ),
    # Every unknown key is reported, in every table, not only the first.
    "unknown-keys-everywhere": (
        {"scenario.toml": SCENARIO
            .replace('start = 1900', 'titel = "Tiny"\nstart = 1900', 1)
            .replace('width = 400', 'width = 400\nwidht = 400', 1)
            .replace('source = "https://example.org/annexation"', 'sorce = "https://example.org/annexation"\nsource = "https://example.org/annexation"', 1)
            .replace('islet = { power = "blue", status = "annexed" }', 'islet = { power = "blue", status = "annexed", lable = "Islet" }', 1)},
        ["scenario.toml:4:1: unknown key 'titel' (hint: did you mean 'title'?)",
         "scenario.toml:12:1: unknown key 'map.widht' (hint: did you mean 'width'?)",
         "scenario.toml:43:1: unknown key 'events[1].sorce' in event 'annexation' (hint: did you mean 'source'?)",
         "scenario.toml:47:47: unknown key 'events[1].control.islet.lable' in event 'annexation' (hint: did you mean 'label'?)"],
    ),
    "unknown-property": (
        replace("regions.geojson", '"name": "North"', '"name": "North", "part-of": "korea"'),
        ["regions.geojson: feature 'north' (#0): unknown property 'part-of' of a region (hint: did you mean 'part_of'?)"],
    ),
    # One warning per property and file, however many features have it.
    "unknown-property-on-many-features": (
        {"basemap.geojson": collection([
            feature("land", polygon(rect(0, 0, 4, 3)), NAME="Land"),
            feature("red-home", polygon(rect(0, 2.5, 1, 3)), name="Red", power="red", NAME="Red"),
        ])},
        ["basemap.geojson: feature 'land' (#0): unknown property 'NAME' of a basemap area, here and on 1 other feature (hint: spheres reads only these properties of a basemap area: id, name, power, source, note)"],
    ),
    "unknown-key-in-period-names": (
        replace("places.geojson", '"rank": 1', '"rank": 1, "names": [{"form": "1901-01-01", "from": "1901-01-01", "name": "New Capital"}]'),
        ["places.geojson: feature 'capital' (#0): unknown key 'form' in names[0] (hint: did you mean 'from'?)"],
    ),
    "region-no-event-names": (
        {"regions.geojson": regions(extra=[region("east", polygon(rect(3.2, 1.5, 3.8, 2.5)))])},
        ["regions.geojson: feature 'east' (#3): no event names region 'east' (hint: it is drawn held by no power on every map: name it in an event's [events.control] (e.g. east = { power = \"…\", status = \"…\" }), or remove it)"],
    ),
    "region-outside-the-frame": (
        {"regions.geojson": regions(islet=region("islet", polygon(rect(10, 0.5, 10.4, 0.9))))},
        ["regions.geojson: feature 'islet' (#2): the region lies wholly outside the map's bbox [0, 0, 4, 3] (hint: it is not drawn: widen [map] bbox, or check its coordinates (GeoJSON positions are [longitude, latitude]))"],
    ),
    "city-outside-the-frame": (
        replace("places.geojson", '"coordinates": [2, 2]', '"coordinates": [20, 2]'),
        ["places.geojson: feature 'capital' (#0): the city lies wholly outside the map's bbox [0, 0, 4, 3] (hint: it is not drawn: widen [map] bbox, or check its coordinates (GeoJSON positions are [longitude, latitude]))"],
    ),
    # The islet written [latitude, longitude]: outside the frame, inside it swapped back.
    "region-coordinates-swapped": (
        {"regions.geojson": regions(islet=region("islet", polygon([[y, x] for x, y in rect(3.2, 0.5, 3.6, 0.9)])))},
        ["regions.geojson: feature 'islet' (#2): the region lies outside the map's bbox [0, 0, 4, 3], and inside it with longitude and latitude swapped (hint: GeoJSON positions are [longitude, latitude] (RFC 7946): swap the two numbers of every position)"],
    ),
    # A translation's key that names nothing in the scenario (the name it meant would fall
    # back to English: `validate` lists such gaps, tests/translations.rs).
    "translation-unknown-id": (
        {"lang/ru.toml": RUSSIAN + '[regions.nort]\nname = "Северный край"\n'},
        ["lang/ru.toml:26:1: the scenario has no region 'nort': its translation is not used (hint: did you mean 'north'?)"],
    ),
    "line-coordinates-swapped": (
        replace("lines.geojson", '[[1, 1.5], [3, 1.5]]', '[[0.2, 3.5], [0.4, 3.5]]'),
        ["lines.geojson: feature 'line-1900' (#0): the treaty line lies outside the map's bbox [0, 0, 4, 3], and inside it with longitude and latitude swapped (hint: GeoJSON positions are [longitude, latitude] (RFC 7946): swap the two numbers of every position)"],
    ),
}


def write(path, contents):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb" if isinstance(contents, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"})) as f:
        f.write(contents)


def main():
    for name in sorted(os.listdir(HERE)):
        if os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    write(os.path.join(HERE, "README.md"), README)
    os.makedirs(os.path.join(HERE, "base"))
    for file, text in BASE.items():
        write(os.path.join(HERE, "base", file), text)
    for cases, expected_file in [(CASES, "expected.txt"), (WARNINGS, "warnings.txt")]:
        for case, (changes, expected) in sorted(cases.items()):
            d = os.path.join(HERE, case)
            os.makedirs(d)
            files = dict(BASE)
            files.update(changes)
            for file, text in files.items():
                if text is not None:
                    write(os.path.join(d, file), text)
            write(os.path.join(d, expected_file), "\n".join(expected) + "\n")
    print(f"{len(CASES)} cases and {len(WARNINGS)} warnings written")


README = """\
# The bad-input corpus

Each folder but `base/` is a small scenario with ONE defect, and an `expected.txt` with the
substrings (one a line) that the error message must contain: the file, the place
(`line:column` or `feature 'id' (#n)`) and what is wrong. `base/` is the valid scenario the
cases are made from; `tests/bad_input.rs` checks that it passes and that every case fails
with exit code 1, the expected message, no panic and no file written, for both
`spheres render` and `spheres validate`.

A defect that is a warning (the scenario still draws) has a `warnings.txt` instead: the
exact warnings, one a line, each as printed after `warning: tests/bad/CASE/`. For those,
`spheres validate` lists exactly these warnings and exits with code 0, `spheres validate
--strict` lists them and exits with code 1, and `spheres render` prints them and draws.

The files are plain files to open and read. `generate.py` rewrites them all from one
description (`python3 tests/bad/generate.py`); edit it rather than the files when adding a
case, so that the cases stay one defect away from `base/`.
"""

if __name__ == "__main__":
    main()
