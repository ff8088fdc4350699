// Validates geodata/japan-russia: geometry (closed rings, winding, no self-intersections),
// pairwise overlaps (ordinary regions among themselves, overlays among themselves), overlays
// inside the ordinary regions, reference areas, treaty-line ends on region boundaries, and the
// scenario's references and dates. Prints every problem; exits 1 if there is any.
//
//   cd tools/geodata && node check.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { pc, areaKm2, ringAreaSigned, geometryToMulti, distanceToBoundaryKm, union } from './lib.mjs';

const require = createRequire(import.meta.url);
const TOML = require('@iarna/toml');
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(here, '../../geodata/japan-russia');
const problems = [];
const problem = (msg) => problems.push(msg);
const read = (f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));

const REQUIRED = [
  'korea-north', 'korea-south', 'kwantung', 'south-manchuria', 'liaoxi', 'north-kirin', 'heilongjiang', 'hulunbuir',
  'east-inner-mongolia', 'rehe', 'chahar-east', 'chahar-west', 'west-inner-mongolia', 'ordos', 'alxa',
  'south-chahar', 'east-hebei', 'north-china', 'lower-yangtze', 'outer-mongolia',
  'tuva', 'transbaikal', 'amur', 'maritime', 'south-ussuri', 'karafuto', 'north-sakhalin', 'kuril-islands', 'cer-zone', 'smr-zone', 'dairen',
];
const REQUIRED_OVERLAYS = ['cer-zone', 'smr-zone', 'dairen'];
// Reference areas (km², within 5 %) of single regions and of sums of pieces.
const REFERENCE = { 'outer-mongolia': 1564116, kwantung: 3462, karafuto: 36090 };
const GROUP_REFERENCE = [{ name: 'korea-north + korea-south', ids: ['korea-north', 'korea-south'], ref: 220847 }];
const MANCHURIA = ['hulunbuir', 'north-kirin', 'heilongjiang', 'south-manchuria', 'liaoxi'];
const MANCHURIA_RANGE = [900000, 1050000];
// An overlay must lie inside the union of the ordinary regions to at least this share of its area.
const OVERLAY_INSIDE = 0.98;
const PROPERTIES = new Set(['id', 'name', 'certainty', 'source', 'part_of', 'overlay']);
const CERTAINTY = new Set(['high', 'medium', 'low']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// ---- geometry validity ----------------------------------------------------------------------
function segmentsCross(a, b, c, d) {
  const o = (p, q, r) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const o1 = o(a, b, c); const o2 = o(a, b, d); const o3 = o(c, d, a); const o4 = o(c, d, b);
  if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) return true; // proper crossing
  const on = (p, q, r) => Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  // Collinear overlap of two segments is invalid too; touching at one shared vertex is not.
  if (o1 === 0 && o2 === 0 && (on(a, b, c) || on(a, b, d) || on(c, d, a))) {
    const same = (p, q) => p[0] === q[0] && p[1] === q[1];
    const shared = [c, d].filter((p) => same(p, a) || same(p, b)).length;
    if (shared === 0) return true;
    if (shared === 1 && on(a, b, same(c, a) || same(c, b) ? d : c) && !(same(d, a) || same(d, b) || same(c, a) || same(c, b)) ) return true;
  }
  return false;
}
// Proper crossings between any two edges of the polygon's rings (grid-bucketed).
function selfIntersections(poly) {
  const edges = [];
  poly.forEach((ring, r) => { for (let i = 0; i + 1 < ring.length; i += 1) edges.push({ r, i, a: ring[i], b: ring[i + 1], n: ring.length - 1 }); });
  const cell = 0.5; const grid = new Map();
  edges.forEach((e, k) => {
    const x0 = Math.floor(Math.min(e.a[0], e.b[0]) / cell); const x1 = Math.floor(Math.max(e.a[0], e.b[0]) / cell);
    const y0 = Math.floor(Math.min(e.a[1], e.b[1]) / cell); const y1 = Math.floor(Math.max(e.a[1], e.b[1]) / cell);
    for (let x = x0; x <= x1; x += 1) for (let y = y0; y <= y1; y += 1) {
      const key = `${x},${y}`; if (!grid.has(key)) grid.set(key, []); grid.get(key).push(k);
    }
  });
  const seen = new Set(); const hits = [];
  for (const list of grid.values()) for (let p = 0; p < list.length; p += 1) for (let q = p + 1; q < list.length; q += 1) {
    const [k1, k2] = [list[p], list[q]];
    const key = `${k1}:${k2}`; if (seen.has(key)) continue; seen.add(key);
    const e = edges[k1]; const f = edges[k2];
    if (e.r === f.r && (Math.abs(e.i - f.i) === 1 || Math.abs(e.i - f.i) === e.n - 1)) continue; // neighbours
    if (segmentsCross(e.a, e.b, f.a, f.b)) hits.push(e.a);
  }
  return hits;
}
function checkPolygonal(file, f) {
  const g = f.geometry;
  if (!g || !['Polygon', 'MultiPolygon'].includes(g.type)) { problem(`${file} ${f.id}: geometry is ${g && g.type}`); return []; }
  const mp = geometryToMulti(g);
  mp.forEach((poly, pi) => poly.forEach((ring, ri) => {
    const where = `${file} ${f.id} polygon ${pi} ring ${ri}`;
    if (ring.length < 4) problem(`${where}: fewer than 4 positions`);
    const [a, b] = [ring[0], ring[ring.length - 1]];
    if (a[0] !== b[0] || a[1] !== b[1]) problem(`${where}: not closed`);
    const s = ringAreaSigned(ring);
    if ((ri === 0) !== (s > 0)) problem(`${where}: wrong winding (RFC 7946: exterior counter-clockwise, holes clockwise)`);
    for (const p of ring) if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) { problem(`${where}: position out of range ${p}`); break; }
  }));
  mp.forEach((poly, pi) => {
    const hits = selfIntersections(poly);
    if (hits.length) problem(`${file} ${f.id} polygon ${pi}: ${hits.length} self-intersection(s), e.g. near ${hits[0]}`);
  });
  return mp;
}

// ---- regions -------------------------------------------------------------------------------------
const regions = read('regions.geojson').features;
const regionIds = new Set();
const regionGeom = new Map();
const overlayIds = new Set();
for (const f of regions) {
  if (f.id !== f.properties.id) problem(`regions ${f.id}: feature id and properties.id differ`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(f.id)) problem(`regions ${f.id}: id is not lowercase-with-hyphens`);
  if (regionIds.has(f.id)) problem(`regions ${f.id}: duplicate id`);
  regionIds.add(f.id);
  if (!f.properties.name) problem(`regions ${f.id}: no name`);
  if (!CERTAINTY.has(f.properties.certainty)) problem(`regions ${f.id}: certainty ${f.properties.certainty}`);
  if (!f.properties.source) problem(`regions ${f.id}: no source`);
  for (const k of Object.keys(f.properties)) if (!PROPERTIES.has(k)) problem(`regions ${f.id}: unknown property ${k}`);
  if ('part_of' in f.properties && (typeof f.properties.part_of !== 'string' || !f.properties.part_of.trim())) problem(`regions ${f.id}: part_of must be a non-empty string`);
  if ('overlay' in f.properties && f.properties.overlay !== true) problem(`regions ${f.id}: overlay must be true when written`);
  if (f.properties.overlay === true) overlayIds.add(f.id);
  else if (overlayIds.size) problem(`regions ${f.id}: ordinary region after an overlay (overlays come last)`);
  regionGeom.set(f.id, checkPolygonal('regions', f));
}
for (const id of REQUIRED) if (!regionIds.has(id)) problem(`regions: required id ${id} missing`);
for (const id of REQUIRED_OVERLAYS) if (regionIds.has(id) && !overlayIds.has(id)) problem(`regions ${id}: must be an overlay`);

const areas = {};
for (const [id, mp] of regionGeom) areas[id] = areaKm2(mp);
for (const [id, ref] of Object.entries(REFERENCE)) {
  const dev = (areas[id] - ref) / ref;
  if (!(Math.abs(dev) <= 0.05)) problem(`regions ${id}: area ${Math.round(areas[id])} km² is ${(dev * 100).toFixed(1)} % from ${ref}`);
}
for (const g of GROUP_REFERENCE) {
  const a = g.ids.reduce((s, id) => s + (areas[id] ?? NaN), 0);
  const dev = (a - g.ref) / g.ref;
  if (!(Math.abs(dev) <= 0.05)) problem(`regions ${g.name}: area ${Math.round(a)} km² is ${(dev * 100).toFixed(1)} % from ${g.ref}`);
}
const manchuria = MANCHURIA.reduce((s, id) => s + (areas[id] ?? NaN), 0);
if (!(manchuria >= MANCHURIA_RANGE[0] && manchuria <= MANCHURIA_RANGE[1])) problem(`North + South Manchuria (${MANCHURIA.join(' + ')}) ${Math.round(manchuria)} km² outside 900,000–1,050,000`);

const ids = [...regionGeom.keys()];
const bboxOf = (mp) => mp.flat(2).reduce((b, [x, y]) => [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)], [Infinity, Infinity, -Infinity, -Infinity]);
const bboxes = new Map(ids.map((id) => [id, bboxOf(regionGeom.get(id))]));
let maxOverlap = 0;
const bboxesMeet = (a, b) => !(a[0] > b[2] || b[0] > a[2] || a[1] > b[3] || b[1] > a[3]);
// Overlays may overlap ordinary regions (they sit on top of them); ordinary regions must not
// overlap each other, nor overlays each other.
for (let i = 0; i < ids.length; i += 1) for (let j = i + 1; j < ids.length; j += 1) {
  if (overlayIds.has(ids[i]) !== overlayIds.has(ids[j])) continue;
  const [a, b] = [bboxes.get(ids[i]), bboxes.get(ids[j])];
  if (a[0] > b[2] || b[0] > a[2] || a[1] > b[3] || b[1] > a[3]) continue;
  const o = areaKm2(pc.intersection(regionGeom.get(ids[i]), regionGeom.get(ids[j])));
  maxOverlap = Math.max(maxOverlap, o);
  if (o >= 1) problem(`regions ${ids[i]} and ${ids[j]} overlap by ${o.toFixed(2)} km²`);
}
const ordinaryIds = ids.filter((id) => !overlayIds.has(id));
const overlayInside = new Map();
for (const id of overlayIds) {
  const mp = regionGeom.get(id);
  const under = ordinaryIds.filter((o) => bboxesMeet(bboxes.get(id), bboxes.get(o))).map((o) => regionGeom.get(o));
  const inside = under.length ? areaKm2(pc.intersection(mp, union(...under))) : 0;
  const share = areas[id] > 0 ? inside / areas[id] : 0;
  overlayInside.set(id, share);
  if (!(share > OVERLAY_INSIDE)) problem(`regions ${id}: overlay only ${(share * 100).toFixed(2)} % inside the ordinary regions (needs > ${OVERLAY_INSIDE * 100} %)`);
}

// ---- basemap -------------------------------------------------------------------------------------
const basemap = read('basemap.geojson').features;
for (const f of basemap) {
  if (f.id !== f.properties.id) problem(`basemap ${f.id}: feature id and properties.id differ`);
  if (!f.properties.name) problem(`basemap ${f.id}: no name`);
  if (f.properties.power && !['japan', 'russia'].includes(f.properties.power)) problem(`basemap ${f.id}: power ${f.properties.power}`);
  checkPolygonal('basemap', f);
}
for (const p of ['japan', 'russia']) if (!basemap.some((f) => f.properties.power === p)) problem(`basemap: no home territory for ${p}`);

// ---- scenario ------------------------------------------------------------------------------------
const scenario = TOML.parse(fs.readFileSync(path.join(dir, 'scenario.toml'), 'utf8'));
// Keys and styles as the Rust loader (src/load/scenario.rs, src/model.rs) accepts them.
const allowedTop = new Set(['id', 'title', 'titles', 'credit', 'start', 'end', 'map', 'files', 'powers', 'statuses', 'events']);
for (const k of Object.keys(scenario)) if (!allowedTop.has(k)) problem(`scenario: unknown key ${k}`);
for (const [k, v] of Object.entries(scenario.files || {})) if (!['regions', 'basemap', 'lines', 'places'].includes(k) || typeof v !== 'string') problem(`scenario: files.${k}`);
const STYLES = new Set(['solid', 'tint', 'hatch', 'crosshatch', 'stripes', 'dots', 'outline']);
for (const [k, s] of Object.entries(scenario.statuses)) if (!STYLES.has(s.style) || !s.label) problem(`scenario: status ${k} style/label`);
const eventIds = new Set();
const used = new Set();
let lastDate = '';
for (const e of scenario.events) {
  for (const k of Object.keys(e)) if (!['id', 'date', 'title', 'place', 'signatories', 'source', 'note', 'treaty', 'control'].includes(k)) problem(`event ${e.id}: unknown key ${k}`);
  if ('treaty' in e && typeof e.treaty !== 'boolean') problem(`event ${e.id}: treaty must be true or false`);
  if (eventIds.has(e.id)) problem(`event ${e.id}: duplicate id`);
  eventIds.add(e.id);
  if (!DATE.test(e.date)) problem(`event ${e.id}: date ${e.date}`);
  if (e.date < lastDate) problem(`event ${e.id}: ${e.date} is before the previous event (${lastDate})`);
  lastDate = e.date;
  if (!e.title || !e.place) problem(`event ${e.id}: title and place required`);
  // A source is a URL, or a citation of a published text: author or body, title, year.
  const src = e.source || '';
  const url = /^https:\/\/\S+$/.test(src);
  const citation = !url && /,/.test(src) && /\b1[89]\d\d\b/.test(src) && src.length >= 40;
  if (!url && !citation) problem(`event ${e.id}: source must be a URL or a citation (author, title, year)`);
  for (const [region, c] of Object.entries(e.control || {})) {
    used.add(region);
    if (!regionIds.has(region)) problem(`event ${e.id}: region ${region} is not in regions.geojson`);
    // A control value is "none" (the region reverts to no foreign control) or an inline table
    // { power, status, label?, certainty?, note? }.
    if (c === 'none') continue;
    if (typeof c !== 'object' || c === null || Array.isArray(c)) { problem(`event ${e.id}: control for ${region} must be "none" or a table`); continue; }
    if (!scenario.powers[c.power] || !scenario.statuses[c.status]) problem(`event ${e.id}: bad control for ${region} (unknown power or status)`);
    for (const k of Object.keys(c)) if (!['power', 'status', 'label', 'certainty', 'note'].includes(k)) problem(`event ${e.id}: control ${region} has unknown key ${k}`);
    if ('label' in c && (typeof c.label !== 'string' || !c.label.trim())) problem(`event ${e.id}: control ${region} label must be a non-empty string`);
    if ('certainty' in c && !CERTAINTY.has(c.certainty)) problem(`event ${e.id}: control ${region} certainty must be high, medium or low`);
    if ('note' in c && (typeof c.note !== 'string' || !c.note.trim())) problem(`event ${e.id}: control ${region} note must be a non-empty string`);
  }
}
for (const id of regionIds) if (!used.has(id)) problem(`region ${id} is named by no event`);
const years = [scenario.start, scenario.end];
// Events before the start year set the state the first map starts from; none may come
// after the end year, which no map would show.
if (!(years[1] >= Number(lastDate.slice(0, 4)))) problem('scenario: events after the end year');

// ---- lines ---------------------------------------------------------------------------------------
const lines = read('lines.geojson').features;
const ordinaryGeoms = ordinaryIds.map((id) => regionGeom.get(id));
for (const f of lines) {
  if (f.id !== f.properties.id) problem(`lines ${f.id}: feature id and properties.id differ`);
  if (f.geometry.type !== 'LineString') problem(`lines ${f.id}: not a LineString`);
  if (!eventIds.has(f.properties.event)) problem(`lines ${f.id}: event ${f.properties.event} unknown`);
  if (f.properties.until && !eventIds.has(f.properties.until) && !DATE.test(f.properties.until)) problem(`lines ${f.id}: until ${f.properties.until} unknown`);
  if (!CERTAINTY.has(f.properties.certainty)) problem(`lines ${f.id}: certainty`);
  const c = f.geometry.coordinates;
  for (const [end, pt] of [['start', c[0]], ['end', c[c.length - 1]]]) {
    const km = Math.min(...ordinaryGeoms.map((mp) => distanceToBoundaryKm(pt, mp)));
    if (km > 5) problem(`lines ${f.id}: ${end} ${pt} is ${km.toFixed(1)} km from any region boundary`);
  }
  // The line should run along region boundaries: every vertex within 5 km of one.
  const off = c.map((pt) => Math.min(...ordinaryGeoms.map((mp) => distanceToBoundaryKm(pt, mp)))).reduce((m, v) => Math.max(m, v), 0);
  if (off > 5) problem(`lines ${f.id}: a vertex is ${off.toFixed(1)} km from every region boundary`);
}

// ---- places --------------------------------------------------------------------------------------
const places = read('places.geojson').features;
for (const f of places) {
  const p = f.properties;
  if (f.id !== p.id) problem(`places ${f.id}: feature id and properties.id differ`);
  if (p.kind === 'city') {
    if (f.geometry.type !== 'Point' || ![1, 2].includes(p.rank) || !p.name) problem(`places ${f.id}: city needs Point, name, rank 1|2`);
    for (const n of p.names || []) if (!DATE.test(n.from) || (n.until && (!DATE.test(n.until) || n.until <= n.from)) || !n.name) problem(`places ${f.id}: bad period name ${JSON.stringify(n)}`);
  } else if (p.kind === 'railway') {
    if (f.geometry.type !== 'LineString' || !DATE.test(p.from) || !p.name) problem(`places ${f.id}: railway needs LineString, name, from`);
  } else problem(`places ${f.id}: kind ${p.kind}`);
}

// ---- report --------------------------------------------------------------------------------------
console.log('areas, km² (WGS84 ellipsoid):');
for (const id of ids) {
  const ov = overlayIds.has(id) ? `  (overlay, ${(overlayInside.get(id) * 100).toFixed(2)} % inside the ordinary regions)` : '';
  console.log(`  ${id.padEnd(22)} ${Math.round(areas[id]).toLocaleString('en').padStart(10)}${ov}`);
}
for (const g of GROUP_REFERENCE) console.log(`  ${g.name.padEnd(22)} ${Math.round(g.ids.reduce((s, id) => s + (areas[id] ?? NaN), 0)).toLocaleString('en').padStart(10)}`);
console.log(`  north+south manchuria  ${Math.round(manchuria).toLocaleString('en').padStart(10)}`);
console.log(`largest pairwise overlap (ordinary–ordinary, overlay–overlay) ${maxOverlap.toFixed(3)} km²; ${regions.length} regions (${overlayIds.size} overlays), ${scenario.events.length} events, ${lines.length} lines, ${places.length} places, ${basemap.length} basemap features`);
if (problems.length) {
  for (const p of problems) console.log(`PROBLEM: ${p}`);
  console.log(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('all checks passed');
