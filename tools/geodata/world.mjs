// Builds geodata/world/countries.bin, the world basemap compiled into spheres: the Natural
// Earth 1:50m countries of world-atlas, each with its ISO 3166-1 codes (i18n-iso-countries)
// and name, cut at the antimeridian (d3-geo), with the coasts and the land borders between
// countries as lines. Deterministic: same inputs, same bytes.
//
//   cd tools/geodata && npm ci && node world.mjs
//
// The format (read by src/world.rs) is described in geodata/world/README.md.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as topojson from 'topojson-client';
import { geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import { readWorldAtlas, areaKm2 } from './lib.mjs';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries');

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(here, '../../geodata/world');
fs.mkdirSync(OUT, { recursive: true });

const topology = readWorldAtlas('countries-50m.json');
const geometries = topology.objects.countries.geometries;

// ---- ISO codes ---------------------------------------------------------------------------
// world-atlas ids are ISO 3166-1 numeric codes. Natural Earth has five features without one:
// Kosovo gets the user-assigned code XK / XKK / 983 that the EU, CLDR and i18n-iso-countries
// use; Somaliland and Northern Cyprus are part of Somalia and Cyprus in ISO 3166 and are
// merged into them; the Indian Ocean Territories are split into Christmas Island (CX) and the
// Cocos (Keeling) Islands (CC), which ISO 3166 codes apart; the Siachen Glacier, disputed
// between India and Pakistan, stays land without a code. Ashmore and Cartier Islands carry
// Australia's code 036 in world-atlas and are merged into it.
const NO_ID = {
  Kosovo: '983',
  Somaliland: '706',
  'N. Cyprus': '196',
};
const pieces = []; // { numeric, geometry (TopoJSON arcs) }
for (const g of geometries) {
  const name = g.properties.name;
  if (name === 'Indian Ocean Ter.') {
    // Cocos (Keeling) lies west of 100°E, Christmas Island east of it.
    const polys = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    const firstLon = (poly) => {
      const f = topojson.feature(topology, { type: 'Polygon', arcs: poly });
      return f.geometry.coordinates[0][0][0];
    };
    const west = polys.filter((p) => firstLon(p) < 100);
    const east = polys.filter((p) => firstLon(p) >= 100);
    if (!west.length || !east.length) throw new Error('Indian Ocean Ter.: expected islands either side of 100°E');
    pieces.push({ numeric: '166', geometry: { type: 'MultiPolygon', arcs: west } });
    pieces.push({ numeric: '162', geometry: { type: 'MultiPolygon', arcs: east } });
    continue;
  }
  if (g.id === undefined && name === 'Siachen Glacier') {
    pieces.push({ numeric: null, geometry: g });
    continue;
  }
  const numeric = g.id ?? NO_ID[name];
  if (!numeric) throw new Error(`world-atlas: ${name} has no id and no rule`);
  pieces.push({ numeric, geometry: g });
}

// One geometry per code: pieces of the same code dissolved (their common arcs dropped), so
// that neither their outline nor the border mesh keeps a line between them.
const byCode = new Map();
for (const p of pieces) {
  const key = p.numeric ?? '';
  if (!byCode.has(key)) byCode.set(key, []);
  byCode.get(key).push(p.geometry);
}
const countries = [];
for (const [numeric, geoms] of byCode) {
  const merged = topojson.mergeArcs(topology, geoms);
  if (!numeric) {
    countries.push({ numeric: 0, alpha2: '', alpha3: '', name: 'Siachen Glacier', aliases: [], geometry: merged });
    continue;
  }
  const alpha2 = iso.numericToAlpha2(numeric);
  const alpha3 = iso.numericToAlpha3(numeric);
  if (!alpha2 || !alpha3) throw new Error(`i18n-iso-countries has no alpha codes for ${numeric}`);
  const name = iso.getName(alpha2, 'en', { select: 'official' });
  const all = iso.getName(alpha2, 'en', { select: 'all' }) ?? [];
  const ne = geometries.filter((g) => g.id === numeric || NO_ID[g.properties.name] === numeric).map((g) => g.properties.name);
  const aliases = [...new Set([...all, ...ne])].filter((a) => a !== name).sort();
  countries.push({ numeric: Number(numeric), alpha2, alpha3, name, aliases, geometry: merged });
}
// Uncoded land last; the rest by alpha-2 code.
countries.sort((a, b) => (a.alpha2 === '') - (b.alpha2 === '') || (a.alpha2 < b.alpha2 ? -1 : a.alpha2 > b.alpha2 ? 1 : 0));

// ---- planar lon/lat, cut at the antimeridian -------------------------------------------------
// world-atlas is spherical (for d3): Russia's mainland ring runs across ±180°, Antarctica's
// encloses the South Pole. The identity equirectangular projection (x = lon, y = lat, no
// resampling) cuts every ring at the antimeridian and closes Antarctica along the pole.
const identity = geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).reflectY(true).precision(0);
const planar = (geometry) => geoProject(geometry, identity);

const Q = 1e4; // 1e-4 degree, about 11 m
const q = (v) => Math.round(v * Q);

function quantizeRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [q(x), q(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const [a, b] = [out[0], out[out.length - 1]];
  if (a[0] === b[0] && a[1] === b[1]) out.pop(); // stored open; the reader closes it
  return out;
}
// Shoelace sign: positive for counter-clockwise (RFC 7946 exteriors).
const signedArea = (ring) => {
  let s = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const [x1, y1] = ring[i]; const [x2, y2] = ring[(i + 1) % ring.length];
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
};
// Whether point p lies inside ring (even-odd ray casting on whole numbers).
function inside(p, ring) {
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i]; const [xj, yj] = ring[j];
    if ((yi > p[1]) !== (yj > p[1]) && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}
const bbox = (ring) => {
  const xs = ring.map((p) => p[0]); const ys = ring.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};
// Whether ring a lies inside ring b: a vertex of a that is not one of b's (rings of one
// country may touch at a vertex) is inside b.
function within(a, b) {
  const [ba, bb] = [a.box, b.box];
  if (ba[0] < bb[0] || ba[1] < bb[1] || ba[2] > bb[2] || ba[3] > bb[3]) return false;
  const own = new Set(b.points.map(([x, y]) => `${x},${y}`));
  const p = a.points.find(([x, y]) => !own.has(`${x},${y}`));
  return p !== undefined && inside(p, b.points);
}
// Polygons of one country's rings, by nesting alone: a ring inside an even number of the
// others is an outline, one inside an odd number a hole of the smallest outline around it.
// The planar rings that geoProject returns are grouped by their turn in the projection,
// which the reflected y axis inverts: Lesotho came out as a second polygon of South Africa
// (so that South Africa counted it twice), and Zeelandic Flanders, which touches the rest
// of the Netherlands at one point, as a hole in it.
function polygonsOf(geometry) {
  const g = planar(geometry);
  if (!g) return [];
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const rings = polys.flat().map(quantizeRing)
    .filter((r) => r.length >= 3 && signedArea(r) !== 0)
    .map((points) => ({ points, box: bbox(points), area: Math.abs(signedArea(points)) }));
  const around = rings.map((r) => rings.filter((o) => o !== r && within(r, o)));
  const outlines = rings.filter((r, i) => around[i].length % 2 === 0);
  const polygons = new Map(outlines.map((o) => [o, [o.points]]));
  rings.forEach((r, i) => {
    if (around[i].length % 2 === 0) return;
    const host = around[i].filter((o) => polygons.has(o)).sort((a, b) => a.area - b.area)[0];
    if (!host) throw new Error('a hole in no outline');
    polygons.get(host).push(r.points);
  });
  const out = [...polygons.values()];
  for (const rs of out) {
    rs.forEach((r, i) => {
      const ccw = signedArea(r) > 0;
      if ((i === 0) !== ccw) r.reverse();
    });
  }
  return out;
}

// Lines cut at the antimeridian, without the stretches that only close a shape along the
// antimeridian or the pole (they are no coast), split where those were.
const SEAM = 180 * Q;
const POLE = -89.99 * Q;
function linesOf(geometry) {
  const g = planar(geometry);
  if (!g) return [];
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  const out = [];
  for (const line of lines) {
    let cur = [];
    const flush = () => { if (cur.length >= 2) out.push(cur); cur = []; };
    for (const [x, y] of line) {
      const p = [q(x), q(y)];
      const last = cur[cur.length - 1];
      if (last && last[0] === p[0] && last[1] === p[1]) continue;
      const seam = last && Math.abs(p[0]) === SEAM && last[0] === p[0];
      const pole = last && p[1] <= POLE && last[1] <= POLE;
      if (seam || pole) { flush(); cur = [p]; continue; }
      cur.push(p);
    }
    flush();
  }
  return out;
}

const collection = { type: 'GeometryCollection', geometries: countries.map((c) => c.geometry) };
const coasts = linesOf(topojson.mesh(topology, collection, (a, b) => a === b));
const borders = linesOf(topojson.mesh(topology, collection, (a, b) => a !== b));
for (const c of countries) c.polygons = polygonsOf(topojson.feature(topology, c.geometry).geometry);

// ---- writing -----------------------------------------------------------------------------
const bytes = [];
const varint = (n) => {
  if (!Number.isInteger(n) || n < 0) throw new Error(`varint of ${n}`);
  while (n >= 0x80) { bytes.push((n & 0x7f) | 0x80); n = Math.floor(n / 128); }
  bytes.push(n);
};
const zigzag = (n) => (n >= 0 ? 2 * n : -2 * n - 1);
const ascii = (s, len) => { for (let i = 0; i < len; i += 1) bytes.push(i < s.length ? s.charCodeAt(i) : 0); };
const text = (s) => { const b = Buffer.from(s, 'utf8'); varint(b.length); bytes.push(...b); };
const points = (pts) => {
  varint(pts.length);
  let [px, py] = [0, 0];
  for (const [x, y] of pts) { varint(zigzag(x - px)); varint(zigzag(y - py)); [px, py] = [x, y]; }
};
const lineSet = (lines) => { varint(lines.length); lines.forEach(points); };

ascii('SPHW', 4);
bytes.push(1); // format version
varint(countries.length);
for (const c of countries) {
  ascii(c.alpha2, 2);
  ascii(c.alpha3, 3);
  varint(c.numeric);
  text(c.name);
  varint(c.aliases.length);
  c.aliases.forEach(text);
  varint(c.polygons.length);
  for (const poly of c.polygons) { varint(poly.length); poly.forEach(points); }
}
lineSet(coasts);
lineSet(borders);
fs.writeFileSync(path.join(OUT, 'countries.bin'), Buffer.from(bytes));

// A readable table of what the binary holds, for review and for the tests' reference areas.
const toLonLat = (poly) => poly.map((r) => [...r, r[0]].map(([x, y]) => [x / Q, y / Q]));
const rows = ['alpha2\talpha3\tnumeric\tname\tpolygons\tarea_km2\taliases'];
for (const c of countries) {
  const area = areaKm2(c.polygons.map(toLonLat));
  rows.push([c.alpha2 || '-', c.alpha3 || '-', c.numeric ? String(c.numeric).padStart(3, '0') : '-', c.name, c.polygons.length, Math.round(area), c.aliases.join('; ')].join('\t'));
}
fs.writeFileSync(path.join(OUT, 'countries.tsv'), `${rows.join('\n')}\n`);

const vertices = countries.reduce((s, c) => s + c.polygons.flat().reduce((t, r) => t + r.length, 0), 0);
const lineVertices = (ls) => ls.reduce((s, l) => s + l.length, 0);
console.log(`world: ${countries.length} countries (${vertices} vertices), ${coasts.length} coast lines (${lineVertices(coasts)}), ${borders.length} border lines (${lineVertices(borders)}); ${bytes.length} bytes`);
