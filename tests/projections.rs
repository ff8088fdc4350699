//! Projections as users write them: an EPSG code draws what its proj4 definition draws,
//! where it should.

mod common;

use common::svg::{parse, regions, subpaths};
use common::*;

/// A frame over Europe and two regions, mirror images of each other about 10°E (the
/// centre meridian of EPSG:3035): `west` from 6°E to 10°E, `east` from 10°E to 14°E.
fn europe(dir: &Scratch, projection: &str) -> std::path::PathBuf {
    let folder = dir.path(&format!("scenario-{}", projection.len()));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("scenario.toml"),
        format!(
            r##"id = "europe"
title = "Two halves"
credit = "Synthetic."
start = 1900
end = 1900
[map]
bbox = [-10.0, 35.0, 30.0, 60.0]
projection = "{projection}"
width = 800
[powers.red]
name = "Red"
color = "#cc0000"
[powers.blue]
name = "Blue"
color = "#0000cc"
[statuses.held]
label = "held"
style = "solid"
[[events]]
id = "split"
date = "1900-01-01"
title = "Split"
source = "https://example.org/split"
[events.control]
west = {{ power = "red", status = "held" }}
east = {{ power = "blue", status = "held" }}
"##
        ),
    )
    .unwrap();
    let square = |w: f64, e: f64| format!("[[[{w},48],[{e},48],[{e},52],[{w},52],[{w},48]]]");
    std::fs::write(
        folder.join("regions.geojson"),
        format!(
            r#"{{"type":"FeatureCollection","features":[
{{"type":"Feature","id":"west","properties":{{"name":"West"}},"geometry":{{"type":"Polygon","coordinates":{}}}}},
{{"type":"Feature","id":"east","properties":{{"name":"East"}},"geometry":{{"type":"Polygon","coordinates":{}}}}}
]}}"#,
            square(6.0, 10.0),
            square(10.0, 14.0)
        ),
    )
    .unwrap();
    folder
}

fn render(dir: &Scratch, projection: &str, format: &str) -> std::path::PathBuf {
    let scenario = europe(dir, projection);
    let out = dir.path(&format!("maps-{}", projection.len()));
    let o = spheres(
        &root(),
        &[
            "render",
            "1900",
            "--format",
            format,
            "--scenario",
            scenario.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{projection}: {}", stderr(&o));
    out
}

/// The smallest and largest x and y of a path.
fn extent(d: &str) -> [f64; 4] {
    let points: Vec<(f64, f64)> = subpaths(d).into_iter().flatten().collect();
    let xs = points.iter().map(|p| p.0);
    let ys = points.iter().map(|p| p.1);
    [
        xs.clone().fold(f64::INFINITY, f64::min),
        ys.clone().fold(f64::INFINITY, f64::min),
        xs.fold(f64::NEG_INFINITY, f64::max),
        ys.fold(f64::NEG_INFINITY, f64::max),
    ]
}

#[test]
fn an_epsg_code_draws_its_definition_centred_where_it_says() {
    let dir = Scratch::new("epsg-3035");
    let by_code = render(&dir, "epsg:3035", "both");
    let by_text = render(
        &dir,
        "+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
        "svg",
    );
    let svg = std::fs::read_to_string(by_code.join("1900.svg")).unwrap();
    assert_eq!(
        svg,
        std::fs::read_to_string(by_text.join("1900.svg")).unwrap(),
        "the code and its proj4 definition draw the same map"
    );

    let doc = parse(&svg);
    let found = regions(&doc);
    let d = |id: &str| &found.iter().find(|r| r.id == id).unwrap().d;
    let (west, east) = (extent(d("west")), extent(d("east")));
    // 10°E is the projection's centre meridian: a vertical line the halves share, and
    // the halves are mirror images about it.
    let axis = west[2];
    assert!((east[0] - axis).abs() < 0.01, "{west:?} {east:?}");
    assert!(
        ((axis - west[0]) - (east[2] - axis)).abs() < 0.01,
        "{west:?} {east:?}"
    );
    assert!((west[1] - east[1]).abs() < 0.01 && (west[3] - east[3]).abs() < 0.01);
    // The frame, 800 px wide from 10°W to 30°E, is symmetric about 10°E too.
    assert!((axis - 400.0).abs() < 0.01, "{axis}");

    // On the PNG, each half shows its power's colour inside it.
    let png = std::fs::read(by_code.join("1900.png")).unwrap();
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    let channels = info.line_size / info.width as usize;
    let at = |x: f64, y: f64| {
        let i = y as usize * info.line_size + x as usize * channels;
        (pixels[i], pixels[i + 1], pixels[i + 2])
    };
    let middle_y = (west[1] + west[3]) / 2.0;
    let (r, g, b) = at((west[0] + axis) / 2.0, middle_y);
    assert!(r > 150 && g < 90 && b < 90, "west is red: {:?}", (r, g, b));
    let (r, g, b) = at((axis + east[2]) / 2.0, middle_y);
    assert!(b > 150 && r < 90 && g < 90, "east is blue: {:?}", (r, g, b));
}

#[test]
fn a_utm_code_leans_the_meridians_towards_its_central_one() {
    // EPSG:32632 is UTM zone 32N, central meridian 9°E: in a frame around it the
    // 10°E meridian, the halves' shared edge, leans (meridians converge to the pole), so
    // its northern end is nearer 9°E than its southern end.
    let dir = Scratch::new("epsg-32632");
    let svg = std::fs::read_to_string(render(&dir, "EPSG:32632", "svg").join("1900.svg")).unwrap();
    let doc = parse(&svg);
    let found = regions(&doc);
    let points = |id: &str| -> Vec<(f64, f64)> {
        let d = &found.iter().find(|r| r.id == id).unwrap().d;
        subpaths(d).into_iter().flatten().collect()
    };
    // The shared edge: the points of both outlines.
    let east = points("east");
    let mut edge: Vec<(f64, f64)> = points("west")
        .into_iter()
        .filter(|p| {
            east.iter()
                .any(|q| (p.0 - q.0).abs() < 0.01 && (p.1 - q.1).abs() < 0.01)
        })
        .collect();
    edge.sort_by(|a, b| a.1.total_cmp(&b.1));
    edge.dedup();
    assert!(edge.len() >= 2, "{edge:?}");
    let (top, bottom) = (edge[0], edge[edge.len() - 1]);
    assert!(
        bottom.1 - top.1 > 50.0,
        "the edge spans 4° of latitude: {edge:?}"
    );
    assert!(top.0 < bottom.0, "north end nearer 9°E: {top:?} {bottom:?}");
}
