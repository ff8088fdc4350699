#!/usr/bin/env python3
"""Adapter: turns a peer-bench GeoJSON (../shared/bench/data/ne_*_nea.geojson) into a
spheres scenario folder, so that `spheres render` draws the same geometry, with the same
per-year fills, as the peers' batch scripts.

The peers colour feature i (file order) in year 1907+k with PALETTE[(i + k) % 7]. Here
each feature becomes a region, each palette colour a power ("power-0" .. "power-6"), and
each year an event dated 1 January that gives region i to power (i + k) % 7 with the one
status "held" (drawn solid). `spheres render --scenario DIR --from 1907 --to 1906+N`
then renders the N maps of the peers' batch, one per year.

Same as the peers: input geometry, projection (the bench's Lambert conformal conic),
1600 px width, fills per year. Different: spheres also draws what every spheres map has
(sea, graticule, frame, region labels, a legend of the powers shown, the subtitle naming
the event, the credit line); the peers draw the fills, a title and (d3-geo, geopandas) a
legend. Map height follows the projected bbox (95-150E, 30-60N): 1600 x ~1290 here,
against the peers' 1600 x 1200. Standard library only.
usage: make_scenario.py IN.geojson OUTDIR"""
import json
import os
import re
import sys

PALETTE = ["#f2c14e", "#7fb3d5", "#c39bd3", "#e59866", "#d62728", "#2ca02c", "#8c8c8c"]
FIRST_YEAR = 1907
LAST_YEAR = 1945
PROJECTION = "+proj=lcc +lat_1=35 +lat_2=55 +lat_0=45 +lon_0=122 +datum=WGS84 +units=m"


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    with open(argv[1]) as f:
        fc = json.load(f)
    os.makedirs(argv[2], exist_ok=True)
    regions = []
    for feat in fc["features"]:
        name = feat["properties"]["name"]
        regions.append({
            "type": "Feature",
            "id": slug(name),
            "properties": {"id": slug(name), "name": name},
            "geometry": feat["geometry"],
        })
    with open(os.path.join(argv[2], "regions.geojson"), "w") as f:
        json.dump({"type": "FeatureCollection", "features": regions}, f, separators=(",", ":"))
    for empty in ("basemap.geojson", "lines.geojson", "places.geojson"):
        with open(os.path.join(argv[2], empty), "w") as f:
            f.write('{"type":"FeatureCollection","features":[]}\n')
    toml = [
        'id = "peer-bench"',
        'title = "Sphere of influence"',
        'credit = "Natural Earth (public domain), via world-atlas. Benchmark scenario: fills rotate every year."',
        "start = %d" % FIRST_YEAR,
        "end = %d" % LAST_YEAR,
        "",
        "[map]",
        "bbox = [95.0, 30.0, 150.0, 60.0]",
        'projection = "%s"' % PROJECTION,
        "width = 1600",
        "",
    ]
    for k, color in enumerate(PALETTE):
        toml += ["[powers.power-%d]" % k, 'name = "Power %d"' % (k + 1), 'color = "%s"' % color, ""]
    toml += ["[statuses.held]", 'label = "held"', 'style = "solid"', ""]
    for k in range(LAST_YEAR - FIRST_YEAR + 1):
        year = FIRST_YEAR + k
        toml += [
            "[[events]]",
            'id = "fills-%d"' % year,
            'date = "%d-01-01"' % year,
            'title = "Fills for %d"' % year,
            'source = "https://github.com/topojson/world-atlas"',
            "[events.control]",
        ]
        for i, r in enumerate(regions):
            toml.append('%s = { power = "power-%d", status = "held" }' % (r["id"], (i + k) % len(PALETTE)))
        toml.append("")
    with open(os.path.join(argv[2], "scenario.toml"), "w") as f:
        f.write("\n".join(toml))


if __name__ == "__main__":
    main(sys.argv)
