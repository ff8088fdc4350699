//! What the maps say, read from the SVG as a reader reads the picture, against the
//! scenario's files: each region's pattern kind and colour per status and power, in every
//! theme; each agreement's treaty lines in their own dashes, an uncertain course broken
//! into dots; a legend of exactly what is on the map; the diff map painting gains, losses
//! and transfers in the right power's colour. None of these depends on a golden file, so
//! regenerating the goldens cannot hide a wrong map.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::data::{Rgb, Scenario, feature_id, features, home_regions};
use common::svg::{self, Kind, Paint};
use common::*;
use roxmltree::Document;
use serde_json::Value;

/// The powers' colours under `--theme colorblind`, in the scenario's power order: the
/// Okabe–Ito palette (Okabe & Ito 2008), vermillion, blue, bluish green, orange, reddish
/// purple, sky blue. The theme is defined as these colours taken in power order.
const COLORBLIND: [&str; 6] = [
    "#d55e00", "#0072b2", "#009e73", "#e69f00", "#cc79a7", "#56b4e9",
];

/// The powers' greys under `--theme print`, in power order.
const PRINT: [&str; 4] = ["#1a1a1a", "#5c5c5c", "#8c8c8c", "#3a3a3a"];

/// The colour the power with this index gets in a theme.
fn theme_color(s: &Scenario, theme: &str, power: &str) -> Rgb {
    let i = s.power_index(power);
    match theme {
        "default" | "wikimedia" => s.power(power).color,
        "colorblind" => Rgb::parse(COLORBLIND[i % COLORBLIND.len()]),
        "print" => Rgb::parse(PRINT[i % PRINT.len()]),
        other => panic!("no theme {other}"),
    }
}

/// The paper colour of a map (the canvas behind everything).
fn paper(doc: &Document) -> Rgb {
    let rect = svg::layer(doc, "paper")
        .children()
        .find(|n| n.has_tag_name("rect"))
        .expect("the paper is a rect");
    Rgb::parse(rect.attribute("fill").unwrap())
}

fn years(s: &Scenario) -> Vec<String> {
    let text = std::fs::read_to_string(s.dir.join("scenario.toml")).unwrap();
    let doc: toml::Table = toml::from_str(&text).unwrap();
    let (a, b) = (
        doc["start"].as_integer().unwrap(),
        doc["end"].as_integer().unwrap(),
    );
    (a..=b).map(|y| y.to_string()).collect()
}

/// The date a moment written as a year or a date stands for.
fn date_of(moment: &str) -> String {
    if moment.len() == 4 {
        format!("{moment}-12-31")
    } else {
        moment.to_string()
    }
}

/// Checks one region's paint against its status's style and its power's colour.
fn assert_painted(
    s: &Scenario,
    theme: &str,
    at: &str,
    region: &svg::Region,
    paper: Rgb,
) -> Result<(), String> {
    // An overlay is cased in its colour; a doubtful control is faded half-way to the paper.
    let flags = ["overlay", "doubtful"];
    let classes: Vec<&String> = region
        .classes
        .iter()
        .filter(|c| !flags.contains(&c.as_str()))
        .collect();
    let doubtful = region.classes.iter().any(|c| c == "doubtful");
    let [power, status] = classes.as_slice() else {
        return match (region.classes.as_slice(), &region.paint) {
            ([none], Paint::Outline(None)) if none == "none" => Ok(()),
            _ => Err(format!(
                "{at} {}: classes {:?}, paint {:?}: a region no power holds is left unpainted",
                region.id, region.classes, region.paint
            )),
        };
    };
    let mut color = theme_color(s, theme, power);
    if doubtful {
        color = color.mix(paper, 0.5);
    }
    let style = s.status(status).style.as_str();
    let faded = |c: Rgb| {
        c.between(color, paper)
            .is_some_and(|t| t > 0.05 && t < 0.95)
    };
    let ok = match (style, &region.paint) {
        ("solid", Paint::Color(c)) => *c == color,
        ("tint", Paint::Color(c)) => faded(*c),
        ("outline", Paint::Outline(Some(c))) => *c == color,
        (kind, Paint::Pattern(p)) => {
            let want = match kind {
                "hatch" => Kind::Hatch,
                "crosshatch" => Kind::Crosshatch,
                "stripes" => Kind::Stripes,
                "dots" => Kind::Dots,
                _ => {
                    return Err(format!(
                        "{at} {}: a {kind} region drawn with a pattern",
                        region.id
                    ));
                }
            };
            p.kind == want && p.ink == color && faded(p.background)
        }
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{at} --theme {theme}: {} ({power}, {status}) should be {style} in {color} on {paper}; \
             it is painted {:?}",
            region.id, region.paint
        ))
    }
}

/// Checks every region of every map: its classes are the control the timeline gives at
/// that date (replayed from scenario.toml), and its paint is its status's style in its
/// power's colour under the theme.
fn check_fills(s: &Scenario, theme: &str, maps: &BTreeMap<String, String>) {
    let mut seen_styles = BTreeSet::new();
    let mut problems = Vec::new();
    for (moment, text) in maps {
        let doc = svg::parse(text);
        let paper = paper(&doc);
        let (held, _) = s.state_at(&date_of(moment));
        let regions = svg::regions(&doc);
        // Every region is drawn but an overlay no power holds and an unheld region in a
        // power's home territory: what lies under those shows.
        let homes = home_regions(&s.dir);
        let drawn: BTreeSet<&str> = regions.iter().map(|r| r.id.as_str()).collect();
        for (id, _) in &s.regions {
            let hidden = !held.contains_key(id) && (s.overlays.contains(id) || homes.contains(id));
            assert_eq!(
                drawn.contains(id.as_str()),
                !hidden,
                "{moment}: {id} drawn unless unheld over something"
            );
        }
        for r in &regions {
            let mut want = match held.get(&r.id) {
                Some(c) => vec![c.power.clone(), c.status.clone()],
                None => vec!["none".to_string()],
            };
            if s.overlays.contains(&r.id) {
                want.push("overlay".into());
            }
            if held.get(&r.id).is_some_and(|c| c.doubtful) {
                want.push("doubtful".into());
            }
            assert_eq!(
                r.classes, want,
                "{moment}: {} is held as the timeline says",
                r.id
            );
            if let Some(c) = held.get(&r.id).filter(|_| !s.overlays.contains(&r.id)) {
                seen_styles.insert(s.status(&c.status).style.clone());
            }
            if let Err(e) = assert_painted(s, theme, moment, r, paper) {
                problems.push(e);
            }
        }
        // Home territory: in its power's colour, faded towards the paper.
        for n in doc
            .descendants()
            .filter(|n| svg::classes(*n).starts_with(&["land", "home"]))
        {
            let power = svg::classes(n)[2];
            let color = theme_color(s, theme, power);
            match svg::paint_of(&doc, n) {
                Paint::Color(c) if c.between(color, paper).is_some_and(|t| t > 0.05 && t < 0.95) => {}
                other => problems.push(format!(
                    "{moment} --theme {theme}: {power}'s home territory is {other:?}, not {color} faded"
                )),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    eprintln!("--theme {theme}: styles seen {seen_styles:?}");
}

#[test]
fn every_region_has_its_status_pattern_and_its_power_colour_in_every_year() {
    let s = Scenario::builtin();
    let maps = render_svgs("fills-default", &years(&s), &["--width", "800"]);
    check_fills(&s, "default", &maps);
    // Every style the scenario uses was seen, so none of them went unchecked.
    let used: BTreeSet<&str> = s.statuses.iter().map(|st| st.style.as_str()).collect();
    for style in used {
        assert!(
            maps.keys().any(|m| {
                let (held, _) = s.state_at(&date_of(m));
                held.values().any(|c| s.status(&c.status).style == style)
            }),
            "some year shows a {style} region"
        );
    }
}

#[test]
fn a_scenario_with_other_styles_is_painted_by_them() {
    // Tint, dots, crosshatch and outline, on other powers and another projection.
    let s = Scenario::read(&root().join("tests/scenarios/three-powers"));
    let dir = s.dir.to_string_lossy().into_owned();
    let maps = render_svgs(
        "fills-three",
        &years(&s),
        &["--scenario", &dir, "--width", "500"],
    );
    check_fills(&s, "default", &maps);
}

#[test]
fn every_theme_gives_each_power_its_colour() {
    let s = Scenario::builtin();
    let moments: Vec<String> = ["1912", "1932", "1945"].map(String::from).to_vec();
    for theme in ["default", "wikimedia", "colorblind", "print"] {
        let maps = render_svgs(
            &format!("theme-{theme}"),
            &moments,
            &["--width", "500", "--theme", theme],
        );
        check_fills(&s, theme, &maps);
        let doc = svg::parse(&maps["1932"]);
        let korea = svg::regions(&doc)
            .into_iter()
            .find(|r| r.id == "korea-south")
            .unwrap();
        assert_eq!(
            korea.paint.ink(),
            Some(theme_color(&s, theme, "japan")),
            "--theme {theme}: Korea (annexed by Japan in 1932) is in Japan's colour"
        );
        if theme == "print" {
            let inks: BTreeSet<Rgb> = s
                .powers
                .iter()
                .map(|p| theme_color(&s, theme, &p.id))
                .collect();
            assert!(inks.iter().all(|c| c.is_grey()), "print is greys: {inks:?}");
            assert_eq!(inks.len(), s.powers.len(), "print tells the powers apart");
        }
    }
}

#[test]
fn the_theme_palettes_are_what_they_say() {
    // The colour-blind palette is Okabe and Ito's (2008), without black and yellow.
    let okabe_ito = [
        "#000000", "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7",
    ];
    for c in COLORBLIND {
        assert!(okabe_ito.contains(&c), "{c} is an Okabe–Ito colour");
    }
    for c in PRINT {
        assert!(Rgb::parse(c).is_grey(), "{c} is grey");
    }
}

#[test]
fn each_agreement_is_drawn_alike_and_apart_from_the_others_in_every_theme() {
    // The lines of one agreement (one name) share a dash pattern, the lines of two
    // agreements differ; an uncertain course keeps its agreement's pattern and is broken
    // into dots by the breaks drawn over it, in every theme.
    let s = Scenario::builtin();
    let props: BTreeMap<String, (String, String)> = features(&s.dir, "lines.geojson")
        .iter()
        .map(|f| {
            let p = &f["properties"];
            let certainty = p["certainty"].as_str().unwrap_or("high").to_string();
            (
                feature_id(f),
                (p["name"].as_str().unwrap().to_string(), certainty),
            )
        })
        .collect();
    assert!(
        props.values().any(|(_, c)| c == "low"),
        "the data has uncertain lines"
    );
    let mut seen = BTreeSet::new();
    for theme in ["default", "wikimedia", "colorblind", "print"] {
        let moments: Vec<String> = if theme == "default" {
            years(&s)
        } else {
            vec!["1912".to_string()]
        };
        let maps = render_svgs(
            &format!("lines-{theme}"),
            &moments,
            &["--width", "500", "--theme", theme],
        );
        for (year, text) in &maps {
            let doc = svg::parse(text);
            let mut pattern: BTreeMap<String, Option<String>> = BTreeMap::new();
            for l in svg::treaty_lines(&doc) {
                let (name, certainty) = &props[&l.id];
                let low = certainty == "low";
                seen.insert(l.id.clone());
                assert_eq!(
                    l.uncertain, low,
                    "{theme} {year}: {} uncertain iff low",
                    l.id
                );
                assert_eq!(l.broken, low, "{theme} {year}: {} broken iff low", l.id);
                let before = pattern.insert(name.clone(), l.dasharray.clone());
                if let Some(before) = before {
                    assert_eq!(before, l.dasharray, "{theme} {year}: {name} drawn alike");
                }
            }
            let patterns: Vec<&Option<String>> = pattern.values().collect();
            for (i, a) in patterns.iter().enumerate() {
                for b in &patterns[i + 1..] {
                    assert_ne!(
                        a, b,
                        "{theme} {year}: two agreements drawn alike: {pattern:?}"
                    );
                }
            }
            if year == "1912" {
                assert_eq!(pattern.len(), 2, "{theme}: the 1907 and the 1912 lines");
            }
        }
    }
    let all: BTreeSet<String> = props.keys().cloned().collect();
    assert_eq!(seen, all, "every line is drawn in some year");
}

/// Checks that the legend lists exactly what the map shows: a heading per power on the
/// map with its name at that date, its home territory and the statuses it holds (in the
/// scenario's order, each swatch painted as the regions are); the treaty lines drawn; a
/// dashed "course uncertain" row when an uncertain line is drawn; "boundary uncertain"
/// when a region's border is; "railway" when railways are drawn. Nothing else.
fn check_legend(s: &Scenario, moment: &str, text: &str) {
    let doc = svg::parse(text);
    let date = date_of(moment);
    let rows = svg::legend(&doc);
    let status_labels: BTreeSet<&str> = s.statuses.iter().map(|st| st.label.as_str()).collect();
    let regions = svg::regions(&doc);
    let homes: Vec<(String, Paint)> = doc
        .descendants()
        .filter(|n| svg::classes(*n).starts_with(&["land", "home"]))
        .map(|n| (svg::classes(n)[2].to_string(), svg::paint_of(&doc, n)))
        .collect();

    // The overlays held, as the legend names them per power: the period name or the
    // region's name, with the status unless the name says it.
    let (held_now, _) = s.state_at(&date);
    let mut overlay_rows: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in regions
        .iter()
        .filter(|r| r.classes.iter().any(|c| c == "overlay"))
    {
        let c = &held_now[&r.id];
        let name = c.label.clone().unwrap_or_else(|| {
            s.regions
                .iter()
                .find(|(id, _)| *id == r.id)
                .unwrap()
                .1
                .clone()
        });
        let status = &s.status(&c.status).label;
        let words = if name.to_lowercase().contains(&status.to_lowercase()) {
            name
        } else {
            format!("{name} ({status})")
        };
        overlay_rows
            .entry(c.power.clone())
            .or_default()
            .insert(words);
    }
    let is_overlay_row = |w: &str| overlay_rows.values().any(|o| o.contains(w));

    // Split the rows into power blocks and the rest.
    let mut blocks: Vec<(String, Vec<&svg::Row>)> = Vec::new();
    let mut rest: Vec<&svg::Row> = Vec::new();
    for r in &rows {
        if r.heading {
            blocks.push((r.words.clone(), Vec::new()));
        } else if let Some(b) = blocks.last_mut().filter(|_| {
            r.words == "home territory"
                || status_labels.contains(r.words.as_str())
                || is_overlay_row(&r.words)
        }) {
            b.1.push(r);
        } else {
            rest.push(r);
        }
    }

    let mut want_blocks = Vec::new();
    for p in &s.powers {
        let home = homes.iter().find(|(h, _)| *h == p.id);
        let held: Vec<&str> = s
            .statuses
            .iter()
            .filter(|st| {
                regions.iter().any(|r| {
                    r.classes.starts_with(&[p.id.clone(), st.id.clone()])
                        && !r.classes.iter().any(|c| c == "overlay")
                })
            })
            .map(|st| st.label.as_str())
            .collect();
        let overlays: Vec<&str> = overlay_rows
            .get(&p.id)
            .map(|o| o.iter().map(String::as_str).collect())
            .unwrap_or_default();
        if home.is_none() && held.is_empty() && overlays.is_empty() {
            continue;
        }
        let mut words: Vec<&str> = home.iter().map(|_| "home territory").collect();
        words.extend(&held);
        // Overlays after the statuses, in the order the map draws them.
        let mut drawn_order: Vec<&str> = Vec::new();
        for r in &rows {
            if overlays.contains(&r.words.as_str()) && !drawn_order.contains(&r.words.as_str()) {
                drawn_order.push(r.words.as_str());
            }
        }
        words.extend(drawn_order);
        want_blocks.push((
            common::data::name_at(&p.name, &p.names, &date).to_string(),
            words,
        ));
    }
    let got_blocks: Vec<(String, Vec<&str>)> = blocks
        .iter()
        .map(|(h, rs)| (h.clone(), rs.iter().map(|r| r.words.as_str()).collect()))
        .collect();
    assert_eq!(
        got_blocks, want_blocks,
        "{moment}: the legend's powers and statuses are those on the map"
    );

    // Each swatch is painted as what it stands for.
    for (heading, rs) in &blocks {
        let p = s
            .powers
            .iter()
            .find(|p| common::data::name_at(&p.name, &p.names, &date) == heading)
            .unwrap();
        for r in rs {
            let want = if r.words == "home territory" {
                homes.iter().find(|(h, _)| *h == p.id).unwrap().1.clone()
            } else if is_overlay_row(&r.words) {
                // An overlay's swatch is its casing, a line in the power's colour.
                assert!(!r.paints.is_empty(), "{moment}: '{}' has a swatch", r.words);
                continue;
            } else {
                let st = s.statuses.iter().find(|st| st.label == r.words).unwrap();
                // Held only doubtfully, the status is faded on the map and firm in the
                // legend: nothing on the map to compare with.
                let Some(firm) = regions
                    .iter()
                    .find(|x| x.classes == [p.id.as_str(), st.id.as_str()])
                else {
                    continue;
                };
                firm.paint.clone()
            };
            match (&want, r.paints.as_slice()) {
                // An outlined status: its swatch is outlined in the same colour.
                (Paint::Outline(c), [Paint::Outline(d)]) if c == d => {}
                (w, [got]) if w == got => {}
                _ => panic!(
                    "{moment}: the swatch of '{}' under {heading} is {:?}, the map paints it {want:?}",
                    r.words, r.paints
                ),
            }
        }
    }

    // The rest: treaty lines, uncertainty, railways.
    let line_names: BTreeMap<String, String> = features(&s.dir, "lines.geojson")
        .iter()
        .map(|f| {
            (
                feature_id(f),
                f["properties"]["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let lines = svg::treaty_lines(&doc);
    let mut want_rest: BTreeSet<String> = lines.iter().map(|l| line_names[&l.id].clone()).collect();
    if lines.iter().any(|l| l.uncertain) {
        want_rest.insert("course uncertain (dotted)".into());
    }
    let has = |class: &[&str]| doc.descendants().any(|n| svg::classes(n) == class);
    if has(&["region-border", "uncertain"]) {
        want_rest.insert("boundary uncertain".into());
    }
    if regions
        .iter()
        .any(|r| r.classes.iter().any(|c| c == "doubtful"))
    {
        want_rest.insert("control doubtful or partial (faded)".into());
    }
    if has(&["railway-casing"]) {
        want_rest.insert("railway".into());
    }
    let got_rest: Vec<&str> = rest.iter().map(|r| r.words.as_str()).collect();
    assert_eq!(
        got_rest.iter().copied().collect::<BTreeSet<_>>(),
        want_rest.iter().map(String::as_str).collect(),
        "{moment}: the legend's other rows are the lines and marks on the map"
    );
    assert_eq!(
        got_rest.len(),
        want_rest.len(),
        "{moment}: no row twice: {got_rest:?}"
    );
    for r in &rest {
        match r.words.as_str() {
            "course uncertain (dotted)" => {
                assert!(r.dashed, "{moment}: the uncertain line's swatch is broken")
            }
            w if line_names.values().any(|n| n == w) => {
                // The swatch is drawn as the agreement's lines are on the map.
                let on_map: BTreeSet<&Option<String>> = lines
                    .iter()
                    .filter(|l| line_names[&l.id] == w)
                    .map(|l| &l.dasharray)
                    .collect();
                assert_eq!(
                    on_map.into_iter().collect::<Vec<_>>(),
                    r.dasharrays.iter().collect::<Vec<_>>(),
                    "{moment}: the swatch of '{w}' is dashed as its lines are"
                );
            }
            _ => {}
        }
    }
}

#[test]
fn the_legend_lists_exactly_what_is_on_the_map() {
    let s = Scenario::builtin();
    // A box at 1600 px, a band at 800 px.
    for width in ["1600", "800"] {
        let maps = render_svgs(&format!("legend-{width}"), &years(&s), &["--width", width]);
        for (year, text) in &maps {
            check_legend(&s, year, text);
        }
    }
    let s = Scenario::read(&root().join("tests/scenarios/three-powers"));
    let dir = s.dir.to_string_lossy().into_owned();
    let maps = render_svgs(
        "legend-three",
        &years(&s),
        &["--scenario", &dir, "--width", "900"],
    );
    for (year, text) in &maps {
        check_legend(&s, year, text);
    }
}

// ---------------------------------------------------------------------------------------
// The diff map.

fn diff_json(a: &str, b: &str) -> Value {
    let dir = Scratch::new(&format!("diffjson-{a}-{b}"));
    let out = spheres_ok(&dir.0, &["diff", a, b, "--format", "json"]);
    serde_json::from_str(&stdout(&out)).unwrap()
}

fn diff_svg(a: &str, b: &str, extra: &[&str]) -> String {
    let dir = Scratch::new(&format!("diffsvg-{a}-{b}"));
    let mut args = vec![
        "diff", a, b, "--format", "svg", "--width", "800", "--out", "d",
    ];
    args.extend(extra);
    spheres_ok(&dir.0, &args);
    std::fs::read_to_string(dir.path(&format!("d/diff-{a}-{b}.svg"))).unwrap()
}

/// What a change is, from its before and after (README: gained, lost, transferred,
/// re-statused).
fn kind_of(c: &Value) -> &'static str {
    let (b, a) = (&c["before"], &c["after"]);
    match (b.is_null(), a.is_null()) {
        (true, false) => "gained",
        (false, true) => "lost",
        (false, false) if b["power"] != a["power"] => "transferred",
        (false, false) if b["status"] != a["status"] => "status-changed",
        (false, false) => "label-changed",
        (true, true) => panic!("a change with nothing before or after: {c}"),
    }
}

#[test]
fn the_diff_map_paints_each_change_in_the_right_powers_colour() {
    let s = Scenario::builtin();
    let mut kinds_seen = BTreeSet::new();
    // Gains (1912), losses (1919), transfers (1945), new statuses (1910, 1932), new
    // period names (1937), and one pair the other way round.
    for (a, b) in [
        ("1909", "1912"),
        ("1918", "1919"),
        ("1944", "1945"),
        ("1930", "1932"),
        ("1936", "1937"),
        ("1912", "1909"),
    ] {
        let json = diff_json(a, b);
        let text = diff_svg(a, b, &[]);
        let doc = svg::parse(&text);
        let paper = paper(&doc);
        let regions: BTreeMap<String, svg::Region> = svg::regions(&doc)
            .into_iter()
            .map(|r| (r.id.clone(), r))
            .collect();
        let changes = json["changes"].as_array().unwrap();
        assert!(!changes.is_empty(), "{a}→{b} has changes");
        let color = |side: &str, c: &Value| s.power(c[side]["power"].as_str().unwrap()).color;
        for c in changes {
            let id = c["region"].as_str().unwrap();
            let kind = kind_of(c);
            kinds_seen.insert(kind);
            let r = &regions[id];
            let mut want = vec!["changed", kind];
            if s.overlays.iter().any(|o| o == id) {
                want.push("overlay");
            }
            assert_eq!(r.classes, want, "{a}→{b}: {id}'s class");
            let fail = || format!("{a}→{b}: {id} ({kind}, {c}) is painted {:?}", r.paint);
            match (kind, &r.paint) {
                // The gaining power's colour, a little lighter: nearer it than the paper.
                ("gained", Paint::Color(x)) => {
                    let t = x.between(color("after", c), paper);
                    assert!(t.is_some_and(|t| t < 0.5), "{}", fail());
                }
                // Hatched in the losing power's colour on the paper.
                ("lost", Paint::Pattern(p)) => {
                    assert_eq!(
                        (p.ink, p.background),
                        (color("before", c), paper),
                        "{}",
                        fail()
                    );
                }
                // Hatched in the losing power's colour on the gaining power's.
                ("transferred", Paint::Pattern(p)) => assert_eq!(
                    (p.ink, p.background),
                    (color("before", c), color("after", c)),
                    "{}",
                    fail()
                ),
                // Dots in shades of the holder's colour.
                ("status-changed", Paint::Pattern(p)) => {
                    let holder = color("after", c);
                    assert_eq!(p.kind, Kind::Dots, "{}", fail());
                    assert!(p.ink.between(holder, Rgb(0, 0, 0)).is_some(), "{}", fail());
                    assert!(p.background.between(holder, paper).is_some(), "{}", fail());
                }
                ("label-changed", Paint::Pattern(p)) => {
                    assert_eq!(p.ink, color("after", c), "{}", fail());
                }
                _ => panic!("{}", fail()),
            }
        }
        // Unchanged regions: their holder's colour, faded well towards the paper; none
        // as saturated as a gain.
        let (held, _) = s.state_at(&date_of(b));
        for r in regions
            .values()
            .filter(|r| r.classes.first().is_some_and(|c| c == "unchanged"))
        {
            match held.get(&r.id) {
                Some(h) => {
                    let t = r
                        .paint
                        .ink()
                        .and_then(|x| x.between(s.power(&h.power).color, paper));
                    assert!(
                        t.is_some_and(|t| t > 0.5 && t < 1.0),
                        "{a}→{b}: unchanged {} ({}) is {:?}",
                        r.id,
                        h.power,
                        r.paint
                    );
                    let mut want = vec!["unchanged", h.power.as_str()];
                    if s.overlays.contains(&r.id) {
                        want.push("overlay");
                    }
                    assert_eq!(r.classes, want, "{a}→{b}: {}", r.id);
                }
                None => assert_eq!(r.classes, ["unchanged", "none"], "{a}→{b}: {}", r.id),
            }
        }
        // Each kind of change on the map has a legend swatch painted the same way.
        let legend = svg::legend(&doc);
        for r in regions
            .values()
            .filter(|r| r.classes.first().is_some_and(|c| c == "changed"))
        {
            assert!(
                legend.iter().any(|row| row.paints == [r.paint.clone()]),
                "{a}→{b}: the legend shows the paint of {} ({:?}): {legend:#?}",
                r.id,
                r.paint
            );
        }
    }
    assert_eq!(
        kinds_seen,
        [
            "gained",
            "label-changed",
            "lost",
            "status-changed",
            "transferred"
        ]
        .into(),
        "every kind of change was checked"
    );
}

#[test]
fn under_the_colorblind_theme_the_diff_map_uses_the_palette() {
    let s = Scenario::builtin();
    let doc_text = diff_svg("1909", "1912", &["--theme", "colorblind"]);
    let doc = svg::parse(&doc_text);
    let paper = paper(&doc);
    for r in svg::regions(&doc)
        .iter()
        .filter(|r| r.classes == ["changed", "gained"])
    {
        let (held, _) = s.state_at("1912-12-31");
        let want = theme_color(&s, "colorblind", &held[&r.id].power);
        let t = r.paint.ink().and_then(|x| x.between(want, paper));
        assert!(
            t.is_some_and(|t| t < 0.5),
            "{} gained: {:?}, want {want}",
            r.id,
            r.paint
        );
    }
}
