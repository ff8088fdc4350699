// Quick visual check (not part of the build): writes preview.svg of all regions, lines and
// places in a plain equirectangular projection. Usage: node preview.mjs [w s e n]; then e.g.
// rsvg-convert preview.svg > preview.png
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(here, '../../geodata/japan-russia');
const read = (f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).features;
const [w, s, e, n] = process.argv.length > 5 ? process.argv.slice(2, 6).map(Number) : [86, 31, 147, 56];
const W = 1600;
const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
const scale = W / ((e - w) * kx);
const H = Math.round((n - s) * scale);
const px = ([x, y]) => `${((x - w) * kx * scale).toFixed(1)},${((n - y) * scale).toFixed(1)}`;
const ringsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const d = (g) => ringsOf(g).flatMap((poly) => poly.map((r) => `M${r.map(px).join('L')}Z`)).join('');
const palette = ['#e6194b', '#3cb44b', '#ffe119', '#4363d8', '#f58231', '#911eb4', '#46f0f0', '#f032e6', '#bcf60c', '#fabebe', '#008080', '#e6beff', '#9a6324', '#800000', '#aaffc3', '#808000', '#000075'];
let out = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="#cde"/>`;
for (const f of read('basemap.geojson')) {
  const fill = f.properties.power === 'japan' ? '#f3b6b6' : f.properties.power === 'russia' ? '#b6c6ef' : '#eee';
  out += `<path d="${d(f.geometry)}" fill="${fill}" stroke="#999" stroke-width="0.5" fill-rule="evenodd"/>`;
}
// Ordinary regions in palette colours; overlays (railway zones, Dairen) on top in black.
read('regions.geojson').forEach((f, i) => {
  const fill = f.properties.overlay ? '#000' : palette[i % palette.length];
  const opacity = f.properties.overlay ? '0.85' : '0.55';
  out += `<path d="${d(f.geometry)}" fill="${fill}" fill-opacity="${opacity}" stroke="#000" stroke-width="${f.properties.overlay ? 0.3 : 0.6}" fill-rule="evenodd"/>`;
});
read('regions.geojson').filter((f) => !f.properties.overlay).forEach((f) => {
  const r = ringsOf(f.geometry).sort((a, b) => b[0].length - a[0].length)[0][0];
  const c = r.reduce((acc, p) => [acc[0] + p[0] / r.length, acc[1] + p[1] / r.length], [0, 0]);
  out += `<text x="${px(c).split(',')[0]}" y="${px(c).split(',')[1]}" font-size="13" font-family="sans-serif" text-anchor="middle">${f.id}</text>`;
});
for (const f of read('lines.geojson')) {
  const dash = f.properties.certainty === 'low' ? ' stroke-dasharray="6 4"' : f.properties.certainty === 'medium' ? ' stroke-dasharray="12 3"' : '';
  out += `<path d="M${f.geometry.coordinates.map(px).join('L')}" fill="none" stroke="#000" stroke-width="2.5"${dash}/>`;
}
for (const f of read('places.geojson')) {
  if (f.geometry.type === 'Point') {
    const [x, y] = px(f.geometry.coordinates).split(',');
    out += `<circle cx="${x}" cy="${y}" r="3"/><text x="${+x + 4}" y="${+y - 3}" font-size="11" font-family="sans-serif">${f.properties.name}</text>`;
  } else {
    out += `<path d="M${f.geometry.coordinates.map(px).join('L')}" fill="none" stroke="#333" stroke-width="1.2"/>`;
  }
}
out += '</svg>\n';
fs.writeFileSync(path.join(here, 'preview.svg'), out);
console.log(`preview.svg ${W}x${H}`);
