//! The boundaries of every dated thing, generated from the data: each event, railway
//! `from`/`until`, treaty line `event`/`until`, period name of a power or a place and
//! period label of a control is checked on its day and on the day before, on maps of
//! those days (many per run), against a replay of scenario.toml, lines.geojson and
//! places.geojson. And an end-to-end scenario with two events on one day.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::data::{PeriodName, Scenario, add_days, feature_id, features, long_date, name_at};
use common::svg;
use common::*;
use serde_json::Value;

/// Dates with what changes on them, for the failure messages.
type Probes = BTreeMap<String, Vec<String>>;

/// The cities whose names change on a date or the day after.
type Renamed = BTreeMap<String, BTreeSet<String>>;

fn probe(probes: &mut Probes, date: &str, what: String) {
    for d in [add_days(date, -1), date.to_string()] {
        probes.entry(d).or_default().push(what.clone());
    }
}

/// The date an `until` stands for: an event's date, or a date.
fn until_date(s: &Scenario, until: &str) -> String {
    s.events
        .iter()
        .find(|e| e.id == until)
        .map_or_else(|| until.to_string(), |e| e.date.clone())
}

fn period_names(v: &Value) -> Vec<PeriodName> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|n| PeriodName {
                    from: n["from"].as_str().unwrap().into(),
                    until: n["until"].as_str().map(Into::into),
                    name: n["name"].as_str().unwrap().into(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Checks a map of the end of `date` against the data; returns what is wrong. The cities
/// in `must_draw` (those whose name changes on this date or the next) must be drawn; the
/// others are checked where drawn (a map drops a city whose label does not fit).
fn check_map(s: &Scenario, date: &str, text: &str, must_draw: &BTreeSet<String>) -> Vec<String> {
    let mut wrong = Vec::new();
    let doc = svg::parse(text);
    let (held, last) = s.state_at(date);

    // Controls.
    for r in svg::regions(&doc) {
        let mut want = match held.get(&r.id) {
            Some(c) => vec![c.power.clone(), c.status.clone()],
            None => vec!["none".into()],
        };
        if s.overlays.contains(&r.id) {
            want.push("overlay".into());
        }
        if held.get(&r.id).is_some_and(|c| c.doubtful) {
            want.push("doubtful".into());
        }
        if r.classes != want {
            wrong.push(format!(
                "{date}: {} is {:?}, the timeline says {want:?}",
                r.id, r.classes
            ));
        }
    }

    // The event the map reflects, in its title.
    let title = svg::title(&doc);
    let says = match last {
        Some(e) if e.date == date => format!("{} — {}", long_date(date), e.title),
        Some(e) => format!("after the {} of {}", e.title, long_date(&e.date)),
        None => "before the first event of the timeline".into(),
    };
    if !title.contains(&says) {
        wrong.push(format!("{date}: the title '{title}' does not say '{says}'"));
    }

    // Period labels of controls, in the alt text: those in force are named; the others
    // are not (unless their words are part of a name the map does use).
    let desc = svg::desc(&doc);
    let in_force: BTreeSet<&str> = held.values().filter_map(|c| c.label.as_deref()).collect();
    for l in &in_force {
        if !desc.contains(l) {
            wrong.push(format!(
                "{date}: the label '{l}' is in force, the alt text omits it"
            ));
        }
    }
    let used_words: Vec<&str> = s
        .regions
        .iter()
        .map(|(_, n)| n.as_str())
        .chain(in_force.iter().copied())
        .chain(s.powers.iter().map(|p| name_at(&p.name, &p.names, date)))
        .chain(s.statuses.iter().map(|st| st.label.as_str()))
        // The alt text names the latest event ("after the Proclamation of the Far
        // Eastern Republic"), whose words may be a label's.
        .chain(last.map(|e| e.title.as_str()))
        .collect();
    for l in s
        .events
        .iter()
        .flat_map(|e| &e.changes)
        .filter_map(|(_, c)| c.as_ref()?.label.as_deref())
    {
        if !in_force.contains(l) && !used_words.iter().any(|w| w.contains(l)) && desc.contains(l) {
            wrong.push(format!(
                "{date}: the label '{l}' is not in force, the alt text names it"
            ));
        }
    }

    // Railways open on the date.
    let rails: BTreeSet<String> = features(&s.dir, "places.geojson")
        .iter()
        .filter(|f| f["properties"]["kind"] == "railway")
        .filter(|f| {
            let p = &f["properties"];
            p["from"].as_str().is_none_or(|d| d <= date)
                && p["until"].as_str().is_none_or(|d| date < d)
        })
        .map(|f| format!("rail-{}", feature_id(f)))
        .collect();
    let drawn: BTreeSet<String> = doc
        .descendants()
        .filter(|n| svg::classes(*n) == ["railway-casing"])
        .filter_map(|n| n.attribute("id").map(String::from))
        .collect();
    if drawn != rails {
        wrong.push(format!("{date}: railways drawn {drawn:?}, open {rails:?}"));
    }

    // Treaty lines in force: from their event's day until the day of `until`.
    let lines: BTreeSet<String> = features(&s.dir, "lines.geojson")
        .iter()
        .filter(|f| {
            let p = &f["properties"];
            s.event(p["event"].as_str().unwrap()).date.as_str() <= date
                && p["until"]
                    .as_str()
                    .is_none_or(|u| date < until_date(s, u).as_str())
        })
        .map(feature_id)
        .collect();
    let drawn: BTreeSet<String> = svg::treaty_lines(&doc).into_iter().map(|l| l.id).collect();
    if drawn != lines {
        wrong.push(format!(
            "{date}: treaty lines drawn {drawn:?}, in force {lines:?}"
        ));
    }

    // Cities under their names of the day.
    for f in features(&s.dir, "places.geojson") {
        let p = &f["properties"];
        if p["kind"] == "railway" {
            continue;
        }
        let names = period_names(&p["names"]);
        let want = name_at(p["name"].as_str().unwrap(), &names, date);
        match svg::by_id(&doc, &format!("city-{}", feature_id(&f))) {
            Some(n) => {
                let got = n
                    .children()
                    .find(|c| c.has_tag_name("title"))
                    .map(svg::text_of);
                if got.as_deref() != Some(want) {
                    wrong.push(format!(
                        "{date}: city {} is named {got:?}, not '{want}'",
                        feature_id(&f)
                    ));
                }
            }
            None if must_draw.contains(&feature_id(&f)) => wrong.push(format!(
                "{date}: city {} is not drawn on a day its name changes",
                feature_id(&f)
            )),
            None => {}
        }
    }

    // Powers on the map (holding a region or with home territory) under their names of
    // the day, in the legend.
    let headings: Vec<String> = svg::legend(&doc)
        .into_iter()
        .filter(|r| r.heading)
        .map(|r| r.words)
        .collect();
    let home = |p: &str| {
        doc.descendants()
            .any(|n| svg::classes(n).starts_with(&["land", "home", p]))
    };
    let shown = |p: &&common::data::Power| home(&p.id) || held.values().any(|c| c.power == p.id);
    for p in s.powers.iter().filter(shown) {
        let want = name_at(&p.name, &p.names, date);
        let others: Vec<&str> = std::iter::once(p.name.as_str())
            .chain(p.names.iter().map(|n| n.name.as_str()))
            .filter(|n| *n != want)
            .collect();
        if !headings.iter().any(|h| h == want) {
            wrong.push(format!(
                "{date}: the legend does not name {} '{want}': {headings:?}",
                p.id
            ));
        }
        for o in others {
            if headings.iter().any(|h| h == o) {
                wrong.push(format!(
                    "{date}: the legend names {} '{o}', not yet or no longer its name",
                    p.id
                ));
            }
        }
    }
    wrong
}

#[test]
fn every_dated_thing_is_absent_the_day_before_and_present_on_its_day() {
    let s = Scenario::builtin();
    let mut probes = Probes::new();
    let mut renamed = Renamed::new();
    for e in &s.events {
        probe(&mut probes, &e.date, format!("event {}", e.id));
    }
    for f in features(&s.dir, "places.geojson") {
        let p = &f["properties"];
        for key in ["from", "until"] {
            if let Some(d) = p[key].as_str() {
                probe(&mut probes, d, format!("railway {} {key}", feature_id(&f)));
            }
        }
        for n in period_names(&p["names"]) {
            let id = feature_id(&f);
            probe(&mut probes, &n.from, format!("{id} named {}", n.name));
            if let Some(u) = &n.until {
                probe(&mut probes, u, format!("{id} no longer named {}", n.name));
            }
            for d in std::iter::once(&n.from).chain(&n.until) {
                for day in [add_days(d, -1), d.clone()] {
                    renamed.entry(day).or_default().insert(id.clone());
                }
            }
        }
    }
    for f in features(&s.dir, "lines.geojson") {
        let p = &f["properties"];
        let id = feature_id(&f);
        probe(
            &mut probes,
            &s.event(p["event"].as_str().unwrap()).date,
            format!("line {id}"),
        );
        if let Some(u) = p["until"].as_str() {
            probe(&mut probes, &until_date(&s, u), format!("line {id} until"));
        }
    }
    for p in &s.powers {
        for n in &p.names {
            probe(&mut probes, &n.from, format!("{} named {}", p.id, n.name));
            if let Some(u) = &n.until {
                probe(
                    &mut probes,
                    u,
                    format!("{} no longer named {}", p.id, n.name),
                );
            }
        }
    }
    // Dates before a month or two of each other are not mixed up: the maps are checked
    // whole, each against the data, so a thing a day early or late shows on one of them.
    let dates: Vec<String> = probes.keys().cloned().collect();
    assert!(
        dates.len() > 80,
        "the data has many dated things: {}",
        dates.len()
    );
    // At 2400 px every city with period names is drawn (narrower maps drop the ones
    // whose labels do not fit, such as Port Arthur beside Dairen).
    let maps = render_svgs("boundaries", &dates, &["--width", "2400"]);
    let mut wrong = Vec::new();
    for (date, text) in &maps {
        for w in check_map(
            &s,
            date,
            text,
            renamed.get(date).unwrap_or(&BTreeSet::new()),
        ) {
            wrong.push(format!("{w}\n    (probing: {})", probes[date].join(", ")));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} problems:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn the_probes_step_over_months_years_and_leap_days() {
    assert_eq!(add_days("1912-07-08", -1), "1912-07-07");
    assert_eq!(add_days("1912-03-01", -1), "1912-02-29");
    assert_eq!(add_days("1900-03-01", -1), "1900-02-28");
    assert_eq!(add_days("1905-01-01", -1), "1904-12-31");
    assert_eq!(add_days("1904-12-31", 1), "1905-01-01");
    assert_eq!(long_date("1912-07-08"), "8 July 1912");
}

// ---------------------------------------------------------------------------------------
// Two events on one day.

fn same_day() -> Scenario {
    Scenario::read(&root().join("tests/scenarios/same-day"))
}

#[test]
fn the_same_day_scenario_is_decided_by_file_order() {
    // The scenario is a real test of file order: its two same-day events disagree about
    // the March, and the other order would give the other answer.
    let s = same_day();
    let day: Vec<&common::data::Event> =
        s.events.iter().filter(|e| e.date == "1901-06-01").collect();
    assert_eq!(day.len(), 2);
    let control = |e: &common::data::Event| {
        e.changes
            .iter()
            .find(|(r, _)| r == "march")
            .unwrap()
            .1
            .clone()
    };
    assert_ne!(control(day[0]), control(day[1]), "the two events disagree");
    assert_eq!(
        s.state_at("1901-06-01").0["march"],
        control(day[1]).unwrap(),
        "the later in the file wins"
    );
}

#[test]
fn two_events_on_one_day_apply_in_file_order_end_to_end() {
    let s = same_day();
    let dir_arg = s.dir.to_string_lossy().into_owned();
    let scenario = ["--scenario", dir_arg.as_str()];

    // Maps of the day before, the day, and just after each event.
    let moments: Vec<String> = ["1901-05-31", "1901-06-01", "1902-01-01"]
        .into_iter()
        .map(String::from)
        .chain(s.events.iter().map(|e| e.id.clone()))
        .collect();
    let mut extra = vec!["--width", "600"];
    extra.extend(scenario);
    let maps = render_svgs("same-day", &moments, &extra);
    for date in ["1901-05-31", "1901-06-01", "1902-01-01"] {
        let wrong = check_map(&s, date, &maps[date], &BTreeSet::new());
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
    let classes = |m: &str, region: &str| {
        let doc = svg::parse(&maps[m]);
        svg::regions(&doc)
            .into_iter()
            .find(|r| r.id == region)
            .unwrap()
            .classes
    };
    // At the end of the day the evening's coup holds; just after the morning's treaty,
    // the treaty does; just after the coup, the coup.
    let after_each = |id: &str| {
        let mut held = BTreeMap::new();
        for e in s.ordered() {
            for (r, c) in &e.changes {
                held.insert(r.clone(), c.clone());
            }
            if e.id == id {
                break;
            }
        }
        held
    };
    for id in ["morning-treaty", "coup"] {
        let want = after_each(id)["march"].clone().unwrap();
        assert_eq!(
            classes(id, "march"),
            [want.power.clone(), want.status.clone()],
            "just after {id}"
        );
        let desc = svg::desc(&svg::parse(&maps[id]));
        assert!(
            desc.contains(want.label.as_deref().unwrap()),
            "just after {id}: {desc}"
        );
    }
    assert_eq!(classes("1901-06-01", "march"), ["southland", "rule"]);
    assert_eq!(classes("morning-treaty", "march"), ["northland", "rule"]);

    // The timeline lists the events in the order they apply.
    let dir = Scratch::new("same-day-timeline");
    let mut args = vec!["timeline", "--format", "json"];
    args.extend(scenario);
    let t: Value = serde_json::from_str(&stdout(&spheres_ok(&dir.0, &args))).unwrap();
    let order = ids(&t["events"]);
    let want: Vec<&str> = s.ordered().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(order, want);
    assert_eq!(order, ["founding", "morning-treaty", "coup", "settlement"]);
    let last_of_day = &t["events"][2];
    assert_eq!(
        last_of_day["control"]["march"]["power"], "southland",
        "{last_of_day}"
    );

    // The diff across the day says who holds the March at its end, and by which events.
    let mut args = vec!["diff", "1901-05-31", "1901-06-01", "--format", "json"];
    args.extend(scenario);
    let d: Value = serde_json::from_str(&stdout(&spheres_ok(&dir.0, &args))).unwrap();
    let march = d["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["region"] == "march")
        .unwrap();
    assert_eq!(march["after"]["power"], "southland", "{march}");
    assert_eq!(march["after"]["label"], "Free March", "{march}");
    assert_eq!(ids(&march["events"]), ["morning-treaty", "coup"], "{march}");

    // Export at the end of the day.
    let mut args = vec!["export", "1901-06-01", "--out", "x.geojson"];
    args.extend(scenario);
    spheres_ok(&dir.0, &args);
    let x = common::data::read_json(&dir.path("x.geojson"));
    let f = x["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| feature_id(f) == "march")
        .unwrap();
    assert_eq!(f["properties"]["power"], "southland");
    assert_eq!(f["properties"]["since"]["event"], "coup");
}
