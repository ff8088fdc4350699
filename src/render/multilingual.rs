//! One SVG for every language: the maps of one moment, one per language, merged into a
//! document that draws each reader's language.
//!
//! This is the convention of Wikimedia Commons, where one SVG serves every language
//! edition: each text is a `<switch>` of `<text systemLanguage="…">` variants with the
//! English one last, as the default (librsvg, which Commons renders with, and resvg
//! pick the first variant whose language the reader accepts; Commons' SVG Translate tool
//! edits such switches). A label set on several lines is one `<text>` of `<tspan>`
//! lines, so that a translator sees the whole name.
//!
//! What the maps share is written once: a layer whose shapes are the same in every
//! language (the regions, the lines, the frame) has its shapes written plainly (their
//! tooltips given in each language as `<title xml:lang>`) and each of its texts
//! switched. A layer whose shapes differ between languages (a legend box sized to its
//! words, a town left out for lack of room in one language) is switched whole: one
//! `<g systemLanguage="…">` per distinct version.
//!
//! Writing is deterministic: the same maps give the same bytes.

use std::fmt::Write;

use crate::language::Language;
use crate::scene::{Geometry, Item, Layer, Scene, Shape, Text};

use super::svg::{
    color, defs, escape, metadata, num, open_sized, rings, shape_titled, text_attrs,
    write_title_desc,
};

/// The SVG of `maps`, one scene per language of the same moment, English first. A scene
/// list whose first is not English, or that is empty, is written as its first scene
/// alone.
pub fn write(maps: &[(Language, &Scene)]) -> String {
    let Some(&(first, en)) = maps.first() else {
        return String::new();
    };
    if first != Language::En || maps.len() == 1 {
        return super::svg::write(en);
    }
    let mut out = String::with_capacity(512 * 1024);
    // Maps of one moment share their size, but a diff map's caption can be longer in
    // one language: the canvas is the tallest, the others' paper carried down under them.
    let height = maps.iter().map(|(_, s)| s.height).fold(en.height, f64::max);
    open_sized(&mut out, en, height);
    write_title_desc(&mut out, en);
    for &(l, scene) in &maps[1..] {
        let lang = l.code();
        let _ = writeln!(
            out,
            "<title xml:lang=\"{lang}\">{}</title>",
            escape(&scene.title)
        );
        let _ = writeln!(
            out,
            "<desc xml:lang=\"{lang}\">{}</desc>",
            escape(&scene.desc)
        );
    }
    if let Some(m) = &en.metadata {
        metadata(&mut out, en, m);
    }
    defs(&mut out, en.patterns.iter());
    if maps.iter().any(|(_, s)| s.height < height) {
        paper_under(&mut out, en, height);
    }
    let same_layers = maps.iter().all(|(_, s)| {
        s.layers.len() == en.layers.len()
            && s.layers.iter().zip(&en.layers).all(|(a, b)| a.id == b.id)
    });
    if same_layers {
        for li in 0..en.layers.len() {
            let versions: Vec<(Language, &Scene, &Layer)> =
                maps.iter().map(|&(l, s)| (l, s, &s.layers[li])).collect();
            layer(&mut out, &versions);
        }
    } else {
        // Maps composed differently: each language's layers whole.
        out.push_str("<switch>\n");
        for &(l, scene) in maps[1..].iter().chain(&maps[..1]) {
            let attrs = language_attrs(&[l], l == Language::En);
            let _ = writeln!(out, "<g{attrs}>");
            for layer in &scene.layers {
                plain_layer(&mut out, scene, layer, l);
            }
            out.push_str("</g>\n");
        }
        out.push_str("</switch>\n");
    }
    out.push_str("</svg>\n");
    out
}

/// The paper of `scene` (its first layer's first shape, a rectangle), drawn `height`
/// pixels high under everything.
fn paper_under(out: &mut String, scene: &Scene, height: f64) {
    let paper = scene.layers.first().and_then(|l| l.items.first());
    if let Some(Item::Shape(s)) = paper
        && let Geometry::Rect { at, size } = s.geometry
    {
        let under = Shape {
            id: None,
            class: None,
            title: None,
            geometry: Geometry::Rect {
                at,
                size: geo::Coord {
                    x: size.x,
                    y: height - at.y,
                },
            },
            ..s.clone()
        };
        shape_titled(out, &under, false, "");
    }
}

/// What a layer is made of: shapes, and labels (a text with the lines that continue it).
enum Unit<'a> {
    Shape(&'a Shape),
    Label(Vec<&'a Text>),
}

fn units(layer: &Layer) -> Vec<Unit<'_>> {
    let mut out: Vec<Unit<'_>> = Vec::new();
    for item in &layer.items {
        match item {
            Item::Shape(s) => out.push(Unit::Shape(s)),
            Item::Text(t) => match out.last_mut() {
                Some(Unit::Label(lines)) if t.continues => lines.push(t),
                _ => out.push(Unit::Label(vec![t])),
            },
        }
    }
    out
}

/// Shapes equal but for their tooltip.
fn same_shape(a: &Shape, b: &Shape) -> bool {
    a.id == b.id
        && a.class == b.class
        && a.geometry == b.geometry
        && a.fill == b.fill
        && a.stroke == b.stroke
}

/// One layer in every language (`versions`, English first).
fn layer(out: &mut String, versions: &[(Language, &Scene, &Layer)]) {
    let (_, en_scene, en) = versions[0];
    if en.items.is_empty() && versions.iter().all(|(_, _, l)| l.items.is_empty()) {
        let _ = writeln!(out, "<g id=\"{}\"/>", escape(&en.id));
        return;
    }
    let all: Vec<Vec<Unit<'_>>> = versions.iter().map(|(_, _, l)| units(l)).collect();
    let aligned = all.iter().all(|u| {
        u.len() == all[0].len()
            && u.iter().zip(&all[0]).all(|pair| match pair {
                (Unit::Shape(a), Unit::Shape(b)) => same_shape(a, b),
                (Unit::Label(_), Unit::Label(_)) => true,
                _ => false,
            })
    });
    let _ = writeln!(out, "<g id=\"{}\">", escape(&en.id));
    if aligned {
        for k in 0..all[0].len() {
            match &all[0][k] {
                Unit::Shape(s) => {
                    let titles = other_titles(versions, &all, k, s);
                    let drawn = outline_as_lines(en_scene, s);
                    shape_titled(out, drawn.as_ref().unwrap_or(s), false, &titles);
                }
                Unit::Label(_) => {
                    // Aligned: unit k is a label in every version.
                    let variants: Vec<(Language, &[&Text])> = versions
                        .iter()
                        .zip(&all)
                        .filter_map(|((l, _, _), u)| match &u[k] {
                            Unit::Label(lines) => Some((*l, lines.as_slice())),
                            Unit::Shape(_) => None,
                        })
                        .collect();
                    label_switch(out, &variants);
                }
            }
        }
    } else {
        // The versions differ in their shapes: one group per distinct version, the
        // languages that share it together, English last as the default.
        out.push_str("<switch>\n");
        let mut done = vec![false; versions.len()];
        for i in (1..versions.len()).chain([0]) {
            if done[i] {
                continue;
            }
            let (_, scene, items) = versions[i];
            let mut langs = Vec::new();
            for (j, (l, _, other)) in versions.iter().enumerate() {
                if !done[j] && (j == i || (j != 0 && other.items == items.items)) {
                    done[j] = true;
                    langs.push(*l);
                }
            }
            let _ = writeln!(out, "<g{}>", language_attrs(&langs, i == 0));
            items_plain(out, scene, items, versions[i].0);
            out.push_str("</g>\n");
        }
        out.push_str("</switch>\n");
    }
    out.push_str("</g>\n");
}

/// The tooltip of shape `k` in each other language, where it differs from English's, as
/// `<title xml:lang>` elements.
fn other_titles(
    versions: &[(Language, &Scene, &Layer)],
    all: &[Vec<Unit<'_>>],
    k: usize,
    en: &Shape,
) -> String {
    let mut titles = String::new();
    for ((l, _, _), units) in versions.iter().zip(all).skip(1) {
        if let Unit::Shape(s) = &units[k]
            && let Some(t) = &s.title
            && s.title != en.title
        {
            let _ = write!(
                titles,
                "<title xml:lang=\"{}\">{}</title>",
                l.code(),
                escape(t)
            );
        }
    }
    titles
}

/// An outline that refers to an area: written out as its rings, so that every
/// language's drawing of it stands alone.
fn outline_as_lines(scene: &Scene, s: &Shape) -> Option<Shape> {
    match &s.geometry {
        Geometry::Outline(of) => rings(scene, of).map(|lines| Shape {
            geometry: Geometry::Lines(lines),
            ..s.clone()
        }),
        _ => None,
    }
}

/// The attributes that say which readers a variant is for: `systemLanguage` (none for
/// the default, English), `xml:lang` and the languages' font list.
fn language_attrs(langs: &[Language], default: bool) -> String {
    let mut attrs = String::new();
    let codes: Vec<&str> = langs.iter().map(|l| l.code()).collect();
    if !default {
        let _ = write!(attrs, " systemLanguage=\"{}\"", codes.join(","));
    }
    if let [one] = langs {
        let _ = write!(
            attrs,
            " xml:lang=\"{}\" font-family=\"{}\"",
            one.code(),
            escape(crate::scene::text::font_family(*one))
        );
    }
    attrs
}

/// A label in every language: one `<text>` when every language writes it alike, else a
/// `<switch>` of the variants (languages that write it alike share one), English last.
fn label_switch(out: &mut String, variants: &[(Language, &[&Text])]) {
    let en = variants[0].1;
    if variants.iter().all(|(_, lines)| *lines == en) {
        label(out, en, "");
        return;
    }
    out.push_str("<switch>");
    let mut done = vec![false; variants.len()];
    for i in (1..variants.len()).chain([0]) {
        if done[i] {
            continue;
        }
        let mut langs = Vec::new();
        for (j, (l, lines)) in variants.iter().enumerate() {
            if !done[j] && (j == i || (j != 0 && *lines == variants[i].1)) {
                done[j] = true;
                langs.push(*l);
            }
        }
        let default = i == 0;
        // A variant that only repeats English's is left to the default.
        if !default && variants[i].1 == en {
            continue;
        }
        label(out, variants[i].1, &language_attrs(&langs, default));
    }
    out.push_str("</switch>\n");
}

/// A label's lines as one `<text>`, each line a `<tspan>` with its own position.
fn label(out: &mut String, lines: &[&Text], attrs: &str) {
    let Some(first) = lines.first() else {
        return;
    };
    text_attrs(out, first);
    out.push_str(attrs);
    out.push('>');
    if lines.len() == 1 {
        out.push_str(&escape(&first.text));
    } else {
        for t in lines {
            let _ = write!(out, "<tspan x=\"{}\" y=\"{}\"", num(t.at.x), num(t.at.y));
            if t.size != first.size {
                let _ = write!(out, " font-size=\"{}\"", num(t.size));
            }
            if t.color != first.color {
                let _ = write!(out, " fill=\"{}\"", color(t.color));
            }
            let _ = write!(out, ">{}</tspan>", escape(&t.text));
        }
    }
    out.push_str("</text>\n");
}

/// A layer of one language, written as it is, inside that language's group.
fn plain_layer(out: &mut String, scene: &Scene, layer: &Layer, l: Language) {
    let _ = writeln!(out, "<g id=\"{}\">", id_in(&layer.id, l));
    items_plain(out, scene, layer, l);
    out.push_str("</g>\n");
}

/// A layer's items in one language: ids made unique to the language (every version is in
/// the same document), outlines written out as lines, labels as one `<text>` each.
fn items_plain(out: &mut String, scene: &Scene, layer: &Layer, l: Language) {
    for unit in units(layer) {
        match unit {
            Unit::Shape(s) => {
                let mut s = outline_as_lines(scene, s).unwrap_or_else(|| s.clone());
                s.id = s.id.map(|id| id_in(&id, l));
                shape_titled(out, &s, false, "");
            }
            Unit::Label(lines) => label(out, &lines, ""),
        }
    }
}

/// An id in a language's own copy of a layer: English keeps it.
fn id_in(id: &str, l: Language) -> String {
    match l {
        Language::En => escape(id),
        other => escape(&format!("{id}.{}", other.code())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Color;
    use crate::scene::{Anchor, Fill, Purpose};
    use geo::Coord;

    fn text(x: f64, words: &str, continues: bool) -> Item {
        Item::Text(
            Text::plain(
                Coord { x, y: 10.0 },
                words.into(),
                12.0,
                false,
                Color::BLACK,
                "t",
            )
            .continuing(continues),
        )
    }

    fn dot(x: f64) -> Item {
        Item::Shape(Shape {
            id: None,
            class: Some("dot".into()),
            title: None,
            geometry: Geometry::Circle {
                at: Coord { x, y: 5.0 },
                r: 2.0,
            },
            fill: Fill::Color(Color::BLACK, 1.0),
            stroke: None,
        })
    }

    fn scene(title: &str, layers: Vec<Layer>) -> Scene {
        Scene {
            width: 100.0,
            height: 50.0,
            title: title.into(),
            desc: format!("{title}, described"),
            patterns: Vec::new(),
            layers,
            left_out: Vec::new(),
            language: Language::En,
            metadata: None,
        }
    }

    #[test]
    fn texts_are_switched_and_shapes_written_once() {
        let en = scene(
            "Map",
            vec![Layer::new(
                "labels",
                Purpose::Own,
                vec![
                    dot(1.0),
                    text(1.0, "North", false),
                    text(1.0, "Korea", true),
                    text(5.0, "1912", false),
                ],
            )],
        );
        let ja = scene(
            "地図",
            vec![Layer::new(
                "labels",
                Purpose::Own,
                vec![
                    dot(1.0),
                    text(2.0, "北朝鮮", false),
                    text(5.0, "1912", false),
                ],
            )],
        );
        let svg = write(&[(Language::En, &en), (Language::Ja, &ja)]);
        assert_eq!(svg.matches("<circle").count(), 1, "{svg}");
        assert!(svg.contains("<title xml:lang=\"ja\">地図</title>"), "{svg}");
        // The label: Japanese first, English last as the default, its lines as tspans.
        let switch = &svg[svg.find("<switch>").unwrap()..svg.find("</switch>").unwrap()];
        let ja_at = switch.find("systemLanguage=\"ja\"").unwrap();
        let en_at = switch.find("<tspan").unwrap();
        assert!(ja_at < en_at, "{switch}");
        assert!(switch.contains(">北朝鮮</text>"), "{switch}");
        assert!(
            switch.contains(
                "<tspan x=\"1\" y=\"10\">North</tspan><tspan x=\"1\" y=\"10\">Korea</tspan>"
            ),
            "{switch}"
        );
        // The same words in both languages: one text, no switch.
        assert_eq!(svg.matches(">1912</text>").count(), 1, "{svg}");
        assert_eq!(svg.matches("<switch>").count(), 1, "{svg}");
        roxmltree::Document::parse(&svg).unwrap();
    }

    #[test]
    fn a_layer_whose_shapes_differ_is_switched_whole() {
        let en = scene(
            "Map",
            vec![Layer::new(
                "legend",
                Purpose::Own,
                vec![dot(1.0), text(1.0, "A", false)],
            )],
        );
        let ru = scene(
            "Карта",
            vec![Layer::new(
                "legend",
                Purpose::Own,
                vec![dot(3.0), text(3.0, "Б", false)],
            )],
        );
        let ko = scene(
            "지도",
            vec![Layer::new(
                "legend",
                Purpose::Own,
                vec![dot(3.0), text(3.0, "Б", false)],
            )],
        );
        let svg = write(&[
            (Language::En, &en),
            (Language::Ko, &ko),
            (Language::Ru, &ru),
        ]);
        assert!(svg.contains("<g systemLanguage=\"ko,ru\">"), "{svg}");
        assert_eq!(svg.matches("<circle").count(), 2, "{svg}");
        roxmltree::Document::parse(&svg).unwrap();
        let _ = Anchor::Start;
    }
}
