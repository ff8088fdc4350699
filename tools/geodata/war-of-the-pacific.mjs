// Writes tests/scenarios/war-of-the-pacific/regions.geojson: four regions drawn by hand
// (the rings below, inland edges approximate, ±20 km) and clipped to the land of Natural
// Earth 1:50m (world-atlas) so that their coasts are the world basemap's. Test data for
// a scenario with regions of its own and no basemap file. Deterministic.
//
//   cd tools/geodata && node war-of-the-pacific.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorldAtlas, topoFeatures, toMulti, union, intersect, ringPoly, finishGeometry, writeCollection } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(here, '../../tests/scenarios/war-of-the-pacific/regions.geojson');
const countries = topoFeatures(readWorldAtlas('countries-50m.json'), 'countries');
const land = union(...['Chile', 'Peru', 'Bolivia', 'Argentina'].map((n) => toMulti(countries.find((c) => c.properties.name === n).geometry)));

const SRC = 'hand-drawn (approximate inland edges), clipped to the coast of Natural Earth 1:50m (world-atlas 2.0.2, public domain)';
const REGIONS = [
  { id: 'tacna', name: 'Tacna', ring: [[-71.5, -17.85], [-70.0, -17.2], [-69.4, -17.3], [-69.0, -17.6], [-69.9, -18.0], [-71.5, -18.35]],
    note: 'from the Sama to the Concordia line of 1929' },
  { id: 'arica', name: 'Arica', ring: [[-71.5, -18.35], [-69.9, -18.0], [-69.0, -17.6], [-68.9, -19.2], [-71.5, -19.2]],
    note: 'from the Concordia line to the Camarones ravine' },
  { id: 'tarapaca', name: 'Tarapacá', ring: [[-71.5, -19.2], [-68.9, -19.2], [-68.4, -20.2], [-68.4, -21.45], [-71.5, -21.45]],
    note: 'from the Camarones to the Loa' },
  { id: 'litoral', name: 'Bolivian Litoral (Antofagasta)', ring: [[-71.5, -21.45], [-68.4, -21.45], [-68.0, -22.5], [-67.4, -23.0], [-67.4, -24.0], [-71.5, -24.0]],
    note: 'from the Loa to the 24th parallel of the 1874 treaty, east to the Andes' },
];
writeCollection(OUT, REGIONS.map((r) => ({
  type: 'Feature',
  id: r.id,
  properties: { id: r.id, name: r.name, certainty: 'medium', source: `${SRC}: ${r.note}` },
  geometry: finishGeometry(intersect(ringPoly(r.ring), land)),
})));
