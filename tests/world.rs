//! Scenarios without a basemap of their own are drawn on the built-in world (Natural
//! Earth): land where land is and sea where sea is, across the antimeridian and round
//! the pole; regions made of country codes have the countries' areas, and diff and export
//! treat them like any other region. The scenarios are in tests/scenarios/: europe-blocs
//! and africa-1914 (country codes only), pacific (across the antimeridian), arctic
//! (polar) and war-of-the-pacific (hand-drawn regions, no basemap file).

mod common;

use common::*;
use spheres::load::{self, Folder};
use spheres::{Options, Prepared};

/// The default theme's sea and unheld land.
const SEA: [u8; 3] = [0xdb, 0xe7, 0xef];
const LAND: [u8; 3] = [0xf4, 0xf1, 0xea];

/// Renders `moment` of the scenario in `tests/scenarios/NAME` as PNG at `width` and
/// returns its pixels with a function that gives the colour at a lon/lat.
fn render(name: &str, moment: &str, width: u32) -> impl Fn(f64, f64) -> [u8; 3] {
    let scenario_dir = root().join("tests/scenarios").join(name);
    let dir = Scratch::new(&format!("world-{name}-{width}"));
    let out = dir.path("maps").to_string_lossy().into_owned();
    let w = width.to_string();
    spheres_ok(
        &root(),
        &[
            "render",
            moment,
            "--format",
            "png",
            "--width",
            &w,
            "--scenario",
            scenario_dir.to_str().unwrap(),
            "--out",
            &out,
        ],
    );
    let bytes = std::fs::read(dir.path(&format!("maps/{moment}.png"))).unwrap();
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let scenario = load::load(&Folder::new(&scenario_dir)).unwrap();
    let options = Options {
        width: f64::from(width),
        ..Options::default()
    };
    let prepared = Prepared::new(&scenario, &options).unwrap();
    move |lon, lat| {
        let c = prepared
            .pixel(lon, lat)
            .unwrap_or_else(|| panic!("{lon}, {lat} is outside the frame"));
        let i = (c.y.floor() as usize * info.width as usize + c.x.floor() as usize) * channels;
        [buf[i], buf[i + 1], buf[i + 2]]
    }
}

fn hex(c: &str) -> [u8; 3] {
    let v = |i: usize| u8::from_str_radix(&c[i..i + 2], 16).unwrap();
    [v(1), v(3), v(5)]
}

#[test]
fn europe_of_country_codes_has_its_land_its_sea_and_its_blocs() {
    for width in [1600, 800] {
        let at = render("europe-blocs", "1956", width);
        let (nato, east) = (hex("#1f4e9c"), hex("#b3202a"));
        // Sea: the Bay of Biscay, the North Sea, the Black Sea.
        for (lon, lat) in [(-5.3, 46.3), (3.3, 56.3), (34.3, 43.3)] {
            assert_eq!(at(lon, lat), SEA, "{width}: sea at {lon}, {lat}");
        }
        // Land no bloc holds: Switzerland, Sweden, Spain (before 1982), Yugoslavia.
        for (lon, lat) in [(8.2, 46.8), (15.3, 62.7), (-7.6, 42.3), (20.7, 44.3)] {
            assert_eq!(at(lon, lat), LAND, "{width}: land at {lon}, {lat}");
        }
        // Members, solid: Paris, Cologne (West Germany after 1955), Dresden, Kraków, Kyiv.
        assert_eq!(at(2.35, 48.85), nato, "{width}: Paris");
        assert_eq!(at(6.96, 50.94), nato, "{width}: Cologne");
        for (lon, lat) in [(13.9, 51.1), (19.9, 50.1), (30.5, 50.45)] {
            assert_eq!(at(lon, lat), east, "{width}: {lon}, {lat}");
        }
    }
}

#[test]
fn a_pacific_frame_across_the_antimeridian_has_land_on_both_sides() {
    let at = render("pacific", "1921", 800);
    // Fiji's Viti Levu (178°E) and Vanua Levu, either side of nothing: one colony.
    let fiji = hex("#8c564b");
    assert_eq!(at(178.0, -17.8), fiji, "Viti Levu");
    // Land west (New Guinea, Australia) and east (Hawaii) of 180°.
    assert_eq!(at(142.7, -7.3), hex("#1b7a3d"), "Papua, Australian");
    assert_ne!(at(-155.5, 19.6), SEA, "the Big Island of Hawaii");
    assert_ne!(at(135.0, -25.0), SEA, "Australia");
    // Open ocean either side of 180°, no smear across it.
    for (lon, lat) in [(175.3, 5.3), (-175.3, 5.3), (-163.3, -12.7), (160.3, 15.3)] {
        assert_eq!(at(lon, lat), SEA, "ocean at {lon}, {lat}");
    }
}

#[test]
fn an_arctic_frame_round_the_pole_has_its_lands_and_its_ocean() {
    for width in [1600, 800] {
        let at = render("arctic", "1926", width);
        assert_eq!(at(2.3, 87.3), SEA, "{width}: near the Pole");
        assert_eq!(at(-147.3, 76.6), SEA, "{width}: the Beaufort Sea");
        assert_eq!(at(-40.0, 75.0), hex("#d4a017"), "{width}: Greenland");
        assert_eq!(at(-144.3, 62.3), hex("#2a6fbb"), "{width}: Alaska");
        // Chukotka (east of 180°) and the Taymyr (west of it) are land no power of the
        // scenario holds.
        assert_eq!(at(-175.0, 66.5), LAND, "{width}: Chukotka");
        assert_eq!(at(100.0, 73.0), LAND, "{width}: Taymyr");
        // Wrangel Island lies across 180°: Soviet from 1924.
        assert_eq!(at(-179.5, 71.2), hex("#b3202a"), "{width}: Wrangel Island");
    }
}

#[test]
fn hand_drawn_regions_without_a_basemap_lie_on_the_world() {
    let at = render("war-of-the-pacific", "1890", 800);
    assert_eq!(at(-73.3, -21.3), SEA, "the Pacific");
    assert_eq!(at(-66.0, -17.0), LAND, "Bolivia");
    assert_eq!(at(-64.5, -24.0), LAND, "Argentina");
    assert_eq!(at(-69.8, -19.8), hex("#c8102e"), "Tarapacá, Chilean");
}

/// `spheres regions --format json` of a scenario: id → km².
fn areas(name: &str) -> std::collections::HashMap<String, f64> {
    let path = root().join("tests/scenarios").join(name);
    let out = spheres_ok(
        &root(),
        &[
            "regions",
            "--format",
            "json",
            "--scenario",
            path.to_str().unwrap(),
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["area_km2"].as_f64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn regions_of_country_codes_have_the_countries_areas() {
    // Published areas: West Germany 248,717 km² with West Berlin, East Germany 108,333
    // with East Berlin (Statistisches Bundesamt), here with all Berlin in the East;
    // Poland 312,685; Czechoslovakia 127,900; the Soviet Union 22,402,200.
    let europe = areas("europe-blocs");
    for (id, km2, within) in [
        ("west-germany", 248_717.0 - 480.0, 0.02),
        ("east-germany", 108_333.0 + 480.0, 0.02),
        ("poland", 312_685.0, 0.02),
        ("czechoslovakia", 127_900.0, 0.02),
        ("soviet-union", 22_402_200.0, 0.02),
    ] {
        let a = europe[id];
        assert!((a / km2 - 1.0).abs() < within, "{id}: {a} km² for {km2}");
    }
    // Africa: Egypt 1,001,450; British Somaliland 176,120 (cut along the 1894 line);
    // the Spanish zone of Morocco about 20,948 (cut along its southern edge, ±10 %).
    let africa = areas("africa-1914");
    for (id, km2, within) in [
        ("egypt", 1_001_450.0, 0.02),
        ("british-somaliland", 176_120.0, 0.03),
        ("spanish-morocco", 20_948.0, 0.1),
    ] {
        let a = africa[id];
        assert!((a / km2 - 1.0).abs() < within, "{id}: {a} km² for {km2}");
    }
}

#[test]
fn a_scenario_of_country_codes_diffs_and_exports() {
    let path = root().join("tests/scenarios/europe-blocs");
    let path = path.to_str().unwrap();
    let out = spheres_ok(
        &root(),
        &[
            "diff",
            "1954",
            "1956",
            "--format",
            "json",
            "--scenario",
            path,
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let change = |id: &str| {
        v["changes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["region"] == id)
            .unwrap_or_else(|| panic!("no change of {id}: {v}"))
            .clone()
    };
    let wg = change("west-germany");
    assert_eq!(wg["before"]["status"], "occupied", "{wg}");
    assert_eq!(wg["after"]["status"], "member", "{wg}");
    let eg = change("east-germany");
    assert_eq!(eg["after"]["power"], "east", "{eg}");
    let out = spheres_ok(&root(), &["export", "1990", "--scenario", path]);
    let geo: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let feature = |id: &str| {
        geo["features"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == id || f["properties"]["id"] == id)
            .unwrap()
            .clone()
    };
    let eg = feature("east-germany");
    assert_eq!(eg["properties"]["power"], "nato", "reunited in 1990");
    assert_eq!(eg["geometry"]["type"], "MultiPolygon");
    let area = eg["properties"]["area_km2"].as_f64().unwrap();
    assert_eq!(area, areas("europe-blocs")["east-germany"]);
    // The source of its extent, which the scenario does not give, says what made it.
    let source = eg["properties"]["source"].as_str().unwrap();
    assert!(
        source.starts_with("Natural Earth 1:50m countries (public domain): Germany (DE)"),
        "{source}"
    );
}

#[test]
fn the_credit_says_where_the_coasts_come_from_only_on_the_world() {
    let path = root().join("tests/scenarios/europe-blocs");
    let dir = Scratch::new("world-credit");
    let out = dir.path("maps").to_string_lossy().into_owned();
    spheres_ok(
        &root(),
        &[
            "render",
            "1950",
            "--scenario",
            path.to_str().unwrap(),
            "--out",
            &out,
        ],
    );
    let svg = std::fs::read_to_string(dir.path("maps/1950.svg")).unwrap();
    assert!(svg.contains("Natural Earth (public domain), shown for orientation."));
    assert!(svg.contains("id=\"modern-borders\""));
    // No modern country is named on a history map.
    assert!(!svg.contains("class=\"country-label\""));
    // The built-in scenario has a basemap of its own: no world under it.
    let built_in = dir.path("built-in");
    spheres_ok(
        &root(),
        &["render", "1912", "--out", built_in.to_str().unwrap()],
    );
    let svg = std::fs::read_to_string(built_in.join("1912.svg")).unwrap();
    assert!(!svg.contains("modern-borders") && !svg.contains("shown for orientation"));
}

#[test]
fn country_names_name_countries_of_the_world_as_they_were_called() {
    let path = root().join("tests/scenarios/africa-1914");
    let dir = Scratch::new("world-country-names");
    let out = dir.path("maps").to_string_lossy().into_owned();
    spheres_ok(
        &root(),
        &[
            "render",
            "1914",
            "--scenario",
            path.to_str().unwrap(),
            "--out",
            &out,
        ],
    );
    let svg = std::fs::read_to_string(dir.path("maps/1914.svg")).unwrap();
    assert!(svg.contains("class=\"country-label\"") && svg.contains(">ABYSSINIA</text>"));
    // Nothing else of the world is named (Liberia only where its name has room).
    let named = svg.matches("class=\"country-label\"").count();
    let liberia = usize::from(svg.contains(">LIBERIA</text>"));
    assert_eq!(named, 1 + liberia);
    // An unknown code is located at its name, with the code it resembles.
    let bad = dir.path("bad");
    std::fs::create_dir_all(&bad).unwrap();
    let toml = std::fs::read_to_string(path.join("scenario.toml"))
        .unwrap()
        .replace(
            "ET = \"Abyssinia\"",
            "ETH = \"Abyssinia\", XX = \"Nowhere\"",
        );
    std::fs::write(bad.join("scenario.toml"), toml).unwrap();
    let out = spheres(&root(), &["validate", "--scenario", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("unknown country code 'XX'"), "{err}");
    assert!(!err.contains("'ETH'"), "alpha-3 codes are known: {err}");
}
