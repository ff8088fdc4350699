//! Writes a [`Scene`] as SVG text.
//!
//! The output follows the project's SVG contract: `viewBox` plus width and height, one
//! `<g id>` per layer, an `id`, `class` and `<title>` on each region, `fill-rule="evenodd"`,
//! `<title>` and `<desc>` for the whole map, at most two decimals, patterns as `<pattern>`,
//! text halos through `paint-order="stroke"`, and a font list ending in a generic family.
//! An outline drawn again over the area it bounds (a region's border) is a `<use>` of the
//! area's path (by `xlink:href`) rather than a second copy of its coordinates. A map that
//! has [`crate::scene::Metadata`] carries it as RDF in `<metadata>` after its `<desc>`.
//! Writing is deterministic: the same scene always gives the same bytes.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use geo::{Coord, LineString, MultiLineString};

use crate::language::Language;
use crate::model::Color;
use crate::scene::text::font_family;
use crate::scene::{
    Anchor, Fill, Geometry, Item, Layer, Pattern, PatternKind, Scene, Shape, Stroke, Text,
};

/// The SVG text of a scene.
pub fn write(scene: &Scene) -> String {
    let mut out = String::with_capacity(256 * 1024);
    open(&mut out, scene);
    write_title_desc(&mut out, scene);
    if let Some(m) = &scene.metadata {
        metadata(&mut out, scene, m);
    }
    defs(&mut out, scene.patterns.iter());
    write_layers(&mut out, scene, &scene.layers);
    out.push_str("</svg>\n");
    out
}

/// The map's `<title>` and `<desc>`, which the root's `aria-labelledby` names.
pub(super) fn write_title_desc(out: &mut String, scene: &Scene) {
    let _ = writeln!(
        out,
        "<title id=\"map-title\">{}</title>",
        escape(&scene.title)
    );
    let _ = writeln!(out, "<desc id=\"map-desc\">{}</desc>", escape(&scene.desc));
}

/// The SVG text of some of a scene's layers, to rasterise a map in parts (see
/// [`crate::render::png::Rasterizer`]): the document [`write`] makes, without the other
/// layers, the title, the description and the patterns these layers do not use. None of
/// what is left out changes a pixel of the layers kept, so drawing the parts one over the
/// other gives the pixels of the whole.
pub fn write_part(scene: &Scene, layers: std::ops::Range<usize>) -> String {
    let layers = scene.layers.get(layers).unwrap_or(&[]);
    let mut out = String::with_capacity(64 * 1024);
    open(&mut out, scene);
    defs(&mut out, patterns_used(scene, layers));
    write_layers(&mut out, scene, layers);
    out.push_str("</svg>\n");
    out
}

/// The scene's patterns that shapes of `layers` are filled with.
pub(crate) fn patterns_used<'a>(
    scene: &'a Scene,
    layers: &'a [Layer],
) -> impl Iterator<Item = &'a Pattern> {
    scene.patterns.iter().filter(move |p| {
        layers
            .iter()
            .flat_map(|l| &l.items)
            .any(|i| matches!(i, Item::Shape(Shape { fill: Fill::Pattern(id), .. }) if *id == p.id))
    })
}

/// The RDF vocabularies of the metadata.
const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const DC: &str = "http://purl.org/dc/elements/1.1/";
const CC: &str = "http://creativecommons.org/ns#";

/// The map's `<metadata>`: an RDF description of the document (`rdf:about=""`) as a
/// `cc:Work`, in the form Inkscape writes and reads (its Document Metadata), with the
/// namespaces declared on `rdf:RDF`. The time the map shows is its `dc:coverage` (Dublin
/// Core's "temporal topic of the resource"), not a `dc:date`, which would say when the
/// file was made.
pub(super) fn metadata(out: &mut String, scene: &Scene, m: &crate::scene::Metadata) {
    let _ = write!(
        out,
        "<metadata id=\"map-metadata\">\n<rdf:RDF xmlns:rdf=\"{RDF}\" xmlns:dc=\"{DC}\" xmlns:cc=\"{CC}\">\n<cc:Work rdf:about=\"\">\n<dc:format>image/svg+xml</dc:format>\n<dc:type rdf:resource=\"http://purl.org/dc/dcmitype/StillImage\"/>\n"
    );
    let element = |out: &mut String, name: &str, text: &str| {
        let _ = writeln!(out, "<{name}>{}</{name}>", escape(text));
    };
    element(out, "dc:title", &scene.title);
    element(out, "dc:description", &scene.desc);
    element(out, "dc:coverage", &m.coverage);
    if let Some(creator) = &m.creator {
        let _ = writeln!(
            out,
            "<dc:creator><cc:Agent><dc:title>{}</dc:title></cc:Agent></dc:creator>",
            escape(creator)
        );
    }
    for source in &m.sources {
        element(out, "dc:source", source);
    }
    if let Some(rights) = &m.rights {
        element(out, "dc:rights", rights);
    }
    for url in &m.licenses {
        let _ = writeln!(out, "<cc:license rdf:resource=\"{}\"/>", escape(url));
    }
    out.push_str("</cc:Work>\n</rdf:RDF>\n</metadata>\n");
}

/// The root element's start tag, declaring the XLink namespace: a `<use>` refers to its
/// area by SVG 1.1's `xlink:href`, which every SVG reader knows, rather than SVG 2's bare
/// `href`, which SVG 1.1 readers ignore (Inkscape before 1.3 among them). A map in another
/// language than English says which (`xml:lang` for SVG 1.1 readers, `lang` for SVG 2 and
/// browsers), so that screen readers and fonts pick the language's forms.
pub(super) fn open(out: &mut String, scene: &Scene) {
    open_sized(out, scene, scene.height);
}

/// [`open`], for a canvas `height` pixels high.
pub(super) fn open_sized(out: &mut String, scene: &Scene, height: f64) {
    let (w, h) = (num(scene.width), num(height));
    let lang = match scene.language {
        Language::En => String::new(),
        other => format!(" xml:lang=\"{0}\" lang=\"{0}\"", other.code()),
    };
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"{lang} width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"map-title map-desc\" font-family=\"{}\" stroke-linejoin=\"round\" stroke-linecap=\"round\">",
        escape(font_family(scene.language))
    );
}

pub(super) fn defs<'a>(out: &mut String, patterns: impl Iterator<Item = &'a Pattern>) {
    let mut patterns = patterns.peekable();
    if patterns.peek().is_none() {
        return;
    }
    out.push_str("<defs>\n");
    for p in patterns {
        pattern(out, p);
    }
    out.push_str("</defs>\n");
}

fn write_layers(out: &mut String, scene: &Scene, layers: &[Layer]) {
    let reuse = Reuse::find(layers);
    for (li, layer) in layers.iter().enumerate() {
        if layer.items.is_empty() {
            let _ = writeln!(out, "<g id=\"{}\"/>", escape(&layer.id));
            continue;
        }
        let _ = writeln!(out, "<g id=\"{}\">", escape(&layer.id));
        for (ii, item) in layer.items.iter().enumerate() {
            match item {
                Item::Shape(s) => match &s.geometry {
                    Geometry::Outline(of) if reuse.written_before(of, (li, ii)) => {
                        use_outline(out, s, of)
                    }
                    // The area is in another part of the map: its rings, written out.
                    Geometry::Outline(of) => {
                        if let Some(lines) = rings(scene, of) {
                            let drawn = Shape {
                                geometry: Geometry::Lines(lines),
                                ..s.clone()
                            };
                            shape(out, &drawn, false);
                        }
                    }
                    _ => shape(out, s, reuse.referenced.contains(&(li, ii))),
                },
                Item::Text(t) => text(out, t),
            }
        }
        out.push_str("</g>\n");
    }
}

/// Outlines drawn over the areas they bound (region borders, over all the regions) refer
/// to their area by id, and are written as a `<use>` of the area's path, not as a second
/// copy of its path data: a third of a map's bytes otherwise.
#[derive(Default)]
struct Reuse<'a> {
    /// Where each area with an id is (layer and item index).
    areas: HashMap<&'a str, (usize, usize)>,
    /// Areas whose path is used again: their paint goes on a group around the path, so
    /// that each `<use>` gives its own.
    referenced: HashSet<(usize, usize)>,
}

impl<'a> Reuse<'a> {
    fn find(layers: &'a [Layer]) -> Reuse<'a> {
        let mut reuse = Reuse::default();
        let shapes = || {
            layers.iter().enumerate().flat_map(|(li, layer)| {
                layer
                    .items
                    .iter()
                    .enumerate()
                    .filter_map(move |(ii, item)| match item {
                        Item::Shape(s) => Some(((li, ii), s)),
                        Item::Text(_) => None,
                    })
            })
        };
        for (at, s) in shapes() {
            if let (Geometry::Area(_), Some(id)) = (&s.geometry, &s.id) {
                reuse.areas.insert(id, at);
            }
        }
        for (at, s) in shapes() {
            if let Geometry::Outline(of) = &s.geometry
                && reuse.written_before(of, at)
            {
                reuse.referenced.insert(reuse.areas[of.as_str()]);
            }
        }
        reuse
    }

    /// Whether the area `id` is written in these layers before the item at `at`.
    fn written_before(&self, id: &str, at: (usize, usize)) -> bool {
        self.areas.get(id).is_some_and(|&area| area < at)
    }
}

/// The rings of the scene's area `id`, as lines.
pub(super) fn rings(scene: &Scene, id: &str) -> Option<MultiLineString<f64>> {
    scene
        .layers
        .iter()
        .flat_map(|l| &l.items)
        .find_map(|item| match item {
            Item::Shape(Shape {
                id: Some(own),
                geometry: Geometry::Area(mp),
                ..
            }) if own == id => Some(MultiLineString::new(
                mp.0.iter()
                    .flat_map(|p| {
                        std::iter::once(p.exterior().clone()).chain(p.interiors().iter().cloned())
                    })
                    .collect(),
            )),
            _ => None,
        })
}

/// An outline that is the same as the area `id`'s: a `<use>` of its path, unfilled.
fn use_outline(out: &mut String, s: &Shape, id: &str) {
    let _ = write!(out, "<use xlink:href=\"#{}\"", escape(id));
    if let Some(own) = &s.id {
        let _ = write!(out, " id=\"{}\"", escape(own));
    }
    if let Some(class) = &s.class {
        let _ = write!(out, " class=\"{}\"", escape(class));
    }
    fill_attrs(out, &Fill::None);
    stroke_attrs(out, &s.stroke);
    match &s.title {
        Some(t) => {
            let _ = writeln!(out, "><title>{}</title></use>", escape(t));
        }
        None => out.push_str("/>\n"),
    }
}

/// Formats a number with at most two decimals and no trailing zeros ("12.5", "-3", "0.07").
pub fn num(v: f64) -> String {
    let hundredths = (v * 100.0).round() as i64;
    fmt_hundredths(hundredths)
}

fn fmt_hundredths(h: i64) -> String {
    let mut out = String::new();
    push_hundredths(&mut out, h);
    out
}

/// Appends a number given in hundredths, as [`num`] writes it (path data has thousands
/// of them: no allocation each).
fn push_hundredths(out: &mut String, h: i64) {
    if h < 0 {
        out.push('-');
    }
    let a = h.unsigned_abs();
    let (int, frac) = (a / 100, a % 100);
    push_int(out, int);
    if frac != 0 {
        out.push('.');
        out.push(char::from(b'0' + (frac / 10) as u8));
        if frac % 10 != 0 {
            out.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
}

fn push_int(out: &mut String, mut v: u64) {
    let mut digits = [0u8; 20];
    let mut n = 0;
    loop {
        digits[n] = b'0' + (v % 10) as u8;
        n += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for &d in digits[..n].iter().rev() {
        out.push(char::from(d));
    }
}

/// XML-escapes text for element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

pub(super) fn color(c: Color) -> String {
    c.to_string()
}

/// Writes a `<pattern>` element (and a newline): the maps' and the chart's patterns.
pub(crate) fn pattern(out: &mut String, p: &Pattern) {
    let s = num(p.size);
    let _ = write!(
        out,
        "<pattern id=\"{}\" patternUnits=\"userSpaceOnUse\" width=\"{s}\" height=\"{s}\"><rect width=\"{s}\" height=\"{s}\" fill=\"{}\"/>",
        escape(&p.id),
        color(p.background)
    );
    let half = num(p.size / 2.0);
    let line = |out: &mut String, d: &str| {
        let _ = write!(
            out,
            "<path d=\"{d}\" stroke=\"{}\" stroke-width=\"{}\" stroke-linecap=\"butt\"/>",
            color(p.color),
            num(p.weight)
        );
    };
    // Diagonals run well past the tile, whose edge cuts them: the pieces in its corners
    // join the lines of the next tiles.
    let (neg, two) = (num(-p.size), num(2.0 * p.size));
    let slash = format!("M{neg} {s}L{s} {neg}M{neg} {two}L{two} {neg}M0 {two}L{two} 0");
    match p.kind {
        PatternKind::Stripes => line(out, &format!("M{half} 0V{s}")),
        PatternKind::Hatch => line(out, &slash),
        PatternKind::Crosshatch => line(
            out,
            &format!("{slash}M{neg} {neg}L{two} {two}M0 {neg}L{two} {s}M{neg} 0L{s} {two}"),
        ),
        PatternKind::Dots => {
            let _ = write!(
                out,
                "<circle cx=\"{half}\" cy=\"{half}\" r=\"{}\" fill=\"{}\"/>",
                num(p.weight),
                color(p.color)
            );
        }
    }
    out.push_str("</pattern>\n");
}

fn fill_attrs(out: &mut String, fill: &Fill) {
    match fill {
        Fill::None => out.push_str(" fill=\"none\""),
        Fill::Color(c, o) => {
            let _ = write!(out, " fill=\"{}\"", color(*c));
            if *o < 1.0 {
                let _ = write!(out, " fill-opacity=\"{}\"", num(*o));
            }
        }
        Fill::Pattern(id) => {
            let _ = write!(out, " fill=\"url(#{})\"", escape(id));
        }
    }
}

/// Strokes thinner than this (pixels) get bevel joins instead of the document's round
/// ones: the two differ by under a fifth of a pixel at that width, and a round join is
/// rasterised as curves at every vertex of an outline.
const THIN: f64 = 1.5;

fn stroke_attrs(out: &mut String, stroke: &Option<Stroke>) {
    let Some(s) = stroke else { return };
    let _ = write!(
        out,
        " stroke=\"{}\" stroke-width=\"{}\"",
        color(s.color),
        num(s.width)
    );
    if s.opacity < 1.0 {
        let _ = write!(out, " stroke-opacity=\"{}\"", num(s.opacity));
    }
    if s.width < THIN {
        out.push_str(" stroke-linejoin=\"bevel\"");
    }
    if !s.dash.is_empty() {
        let d: Vec<String> = s.dash.iter().map(|v| num(*v)).collect();
        let _ = write!(
            out,
            " stroke-dasharray=\"{}\" stroke-linecap=\"butt\"",
            d.join(" ")
        );
    }
}

/// Appends one ring or line as path data: an absolute move, then relative steps between
/// the rounded positions (exact: the steps add up to the rounded absolute positions).
fn path_data(out: &mut String, line: &LineString<f64>, close: bool) {
    let pts: Vec<(i64, i64)> = line
        .0
        .iter()
        .map(|c: &Coord<f64>| ((c.x * 100.0).round() as i64, (c.y * 100.0).round() as i64))
        .collect();
    let mut pts = pts;
    pts.dedup();
    if close && pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    let Some(&(x0, y0)) = pts.first() else { return };
    out.push('M');
    push_hundredths(out, x0);
    out.push(' ');
    push_hundredths(out, y0);
    if pts.len() > 1 {
        out.push('l');
        let mut prev = (x0, y0);
        for (i, &(x, y)) in pts[1..].iter().enumerate() {
            let (dx, dy) = (x - prev.0, y - prev.1);
            if i > 0 && dx >= 0 {
                out.push(' ');
            }
            push_hundredths(out, dx);
            if dy >= 0 {
                out.push(' ');
            }
            push_hundredths(out, dy);
            prev = (x, y);
        }
    }
    if close {
        out.push('z');
    }
}

/// Writes a shape; a `referenced` area has its paint on a group around it (see [`Reuse`]).
fn shape(out: &mut String, s: &Shape, referenced: bool) {
    shape_titled(out, s, referenced, "");
}

/// A shape, with `more_titles` (ready-made `<title xml:lang>` elements: the tooltip in
/// other languages) after its own title.
pub(super) fn shape_titled(out: &mut String, s: &Shape, referenced: bool, more_titles: &str) {
    let referenced = referenced && matches!(s.geometry, Geometry::Area(_));
    let mut attrs = String::new();
    if let Some(id) = &s.id {
        let _ = write!(attrs, " id=\"{}\"", escape(id));
    }
    if let Some(class) = &s.class {
        let _ = write!(attrs, " class=\"{}\"", escape(class));
    }
    match &s.geometry {
        Geometry::Area(mp) => {
            let mut d = String::new();
            for poly in &mp.0 {
                path_data(&mut d, poly.exterior(), true);
                for hole in poly.interiors() {
                    path_data(&mut d, hole, true);
                }
            }
            if d.is_empty() {
                return;
            }
            if referenced {
                out.push_str("<g");
                fill_attrs(out, &s.fill);
                stroke_attrs(out, &s.stroke);
                out.push('>');
            }
            let _ = write!(out, "<path{attrs} d=\"{d}\" fill-rule=\"evenodd\"");
        }
        Geometry::Lines(ml) => {
            let mut d = String::new();
            for l in &ml.0 {
                path_data(&mut d, l, false);
            }
            if d.is_empty() {
                return;
            }
            let _ = write!(out, "<path{attrs} d=\"{d}\"");
        }
        // Written as a `<use>` or as lines by `write_layers`.
        Geometry::Outline(_) => return,
        Geometry::Rect { at, size } => {
            let _ = write!(
                out,
                "<rect{attrs} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
                num(at.x),
                num(at.y),
                num(size.x),
                num(size.y)
            );
        }
        Geometry::Circle { at, r } => {
            let _ = write!(
                out,
                "<circle{attrs} cx=\"{}\" cy=\"{}\" r=\"{}\"",
                num(at.x),
                num(at.y),
                num(*r)
            );
        }
    }
    if !referenced {
        fill_attrs(out, &s.fill);
        stroke_attrs(out, &s.stroke);
    }
    match &s.title {
        Some(t) => {
            let _ = write!(
                out,
                "><title>{}</title>{more_titles}</{}>",
                escape(t),
                element(&s.geometry)
            );
        }
        None if !more_titles.is_empty() => {
            let _ = write!(out, ">{more_titles}</{}>", element(&s.geometry));
        }
        None => out.push_str("/>"),
    }
    if referenced {
        out.push_str("</g>");
    }
    out.push('\n');
}

fn element(g: &Geometry) -> &'static str {
    match g {
        Geometry::Area(_) | Geometry::Lines(_) | Geometry::Outline(_) => "path",
        Geometry::Rect { .. } => "rect",
        Geometry::Circle { .. } => "circle",
    }
}

fn text(out: &mut String, t: &Text) {
    text_attrs(out, t);
    let _ = writeln!(out, ">{}</text>", escape(&t.text));
}

/// A text's start tag up to its closing `>`: position, size and paint.
pub(super) fn text_attrs(out: &mut String, t: &Text) {
    let anchor = match t.anchor {
        Anchor::Start => "",
        Anchor::Middle => " text-anchor=\"middle\"",
        Anchor::End => " text-anchor=\"end\"",
    };
    let _ = write!(
        out,
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{anchor}",
        num(t.at.x),
        num(t.at.y),
        num(t.size)
    );
    if let Some(c) = &t.class {
        let _ = write!(out, " class=\"{}\"", escape(c));
    }
    if t.bold {
        out.push_str(" font-weight=\"bold\"");
    }
    if t.italic {
        out.push_str(" font-style=\"italic\"");
    }
    if t.spacing != 0.0 {
        let _ = write!(out, " letter-spacing=\"{}\"", num(t.spacing));
    }
    let _ = write!(out, " fill=\"{}\"", color(t.color));
    if let Some((c, w)) = t.halo {
        let _ = write!(
            out,
            " stroke=\"{}\" stroke-width=\"{}\" paint-order=\"stroke\"",
            color(c),
            num(w)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;
    use crate::scene::Purpose;
    use geo::{MultiPolygon, Polygon};

    #[test]
    fn numbers_have_at_most_two_decimals() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(-0.004), "0");
        assert_eq!(num(-2.71928), "-2.72");
        assert_eq!(num(0.07), "0.07");
        assert_eq!(num(1599.999), "1600");
    }

    #[test]
    fn relative_steps_add_up_exactly() {
        let mut d = String::new();
        let l = LineString::from(vec![
            (0.004, 0.0),
            (1.333, 2.0),
            (0.666, -1.0),
            (0.004, 0.0),
        ]);
        path_data(&mut d, &l, true);
        assert_eq!(d, "M0 0l1.33 2-0.66-3z");
    }

    #[test]
    fn a_region_is_a_titled_evenodd_path() {
        let sq = Polygon::new(
            LineString::from(vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 0.0)]),
            vec![],
        );
        let scene = Scene {
            width: 20.0,
            height: 10.0,
            language: Language::En,
            title: "T & <U>".into(),
            desc: "D".into(),
            patterns: vec![],
            left_out: vec![],
            metadata: None,
            layers: vec![Layer::new(
                "regions",
                Purpose::Own,
                vec![Item::Shape(Shape {
                    id: Some("region-korea".into()),
                    class: Some("region japan annexed".into()),
                    title: Some("Korea".into()),
                    geometry: Geometry::Area(MultiPolygon::new(vec![sq])),
                    fill: Fill::Color(Color::BLACK, 1.0),
                    stroke: None,
                })],
            )],
        };
        let svg = write(&scene);
        assert!(svg.contains("viewBox=\"0 0 20 10\""));
        assert!(!svg.contains("lang="), "an English map names no language");
        let ja = write(&Scene {
            language: Language::Ja,
            ..scene.clone()
        });
        assert!(ja.starts_with(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xml:lang=\"ja\" lang=\"ja\" width=\"20\""
        ));
        assert!(svg.contains("<title id=\"map-title\">T &amp; &lt;U&gt;</title>"));
        assert!(svg.contains(
            "<g id=\"regions\">\n<path id=\"region-korea\" class=\"region japan annexed\" d=\"M0 0l10 0 0 10z\" fill-rule=\"evenodd\" fill=\"#000000\"><title>Korea</title></path>\n</g>"
        ), "{svg}");
    }

    #[test]
    fn an_outline_refers_to_its_area() {
        let ring = LineString::from(vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 0.0)]);
        let area = |id: &str| {
            Item::Shape(Shape {
                id: Some(id.into()),
                class: None,
                title: Some("Korea".into()),
                geometry: Geometry::Area(MultiPolygon::new(vec![Polygon::new(
                    ring.clone(),
                    vec![],
                )])),
                fill: Fill::Color(Color::BLACK, 1.0),
                stroke: None,
            })
        };
        let outline = |geometry: Geometry| {
            Item::Shape(Shape {
                id: None,
                class: Some("region-border".into()),
                title: None,
                geometry,
                fill: Fill::None,
                stroke: Some(Stroke::solid(Color::BLACK, 1.1)),
            })
        };
        let other = LineString::from(vec![(0.0, 0.0), (5.0, 0.0)]);
        let scene = Scene {
            width: 20.0,
            height: 10.0,
            language: Language::En,
            title: "T".into(),
            desc: "D".into(),
            patterns: vec![],
            left_out: vec![],
            metadata: None,
            layers: vec![
                Layer::new("land", Purpose::Shared, vec![area("land-korea")]),
                Layer::new("regions", Purpose::Own, vec![area("region-korea")]),
                Layer::new(
                    "borders",
                    Purpose::Own,
                    vec![
                        outline(Geometry::Outline("region-korea".into())),
                        outline(Geometry::Lines(MultiLineString::new(vec![other]))),
                    ],
                ),
            ],
        };
        let svg = write(&scene);
        // The area the outline refers to is used, its paint moved to a group around it;
        // the land of the same shape is not.
        assert!(svg.contains(
            "<g fill=\"#000000\"><path id=\"region-korea\" d=\"M0 0l10 0 0 10z\" fill-rule=\"evenodd\"><title>Korea</title></path></g>"
        ), "{svg}");
        assert!(svg.contains(
            "<use xlink:href=\"#region-korea\" class=\"region-border\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.1\" stroke-linejoin=\"bevel\"/>"
        ), "{svg}");
        assert!(svg.contains("<path id=\"land-korea\" d=\"M0 0l10 0 0 10z\" fill-rule=\"evenodd\" fill=\"#000000\">"), "{svg}");
        // Another line is written as it is.
        assert!(
            svg.contains("<path class=\"region-border\" d=\"M0 0l5 0\""),
            "{svg}"
        );
        // Written without its area (a part of the map), the outline is its rings.
        let part = write_part(&scene, 2..3);
        assert!(
            part.contains("<path class=\"region-border\" d=\"M0 0l10 0 0 10-10-10\" fill=\"none\""),
            "{part}"
        );
        assert!(!part.contains("<use"), "{part}");
    }

    #[test]
    fn the_font_list_is_the_maps_language() {
        let mut scene = Scene {
            width: 20.0,
            height: 10.0,
            title: "T".into(),
            desc: "D".into(),
            patterns: vec![],
            language: Language::En,
            left_out: vec![],
            layers: vec![],
            metadata: None,
        };
        let root = |svg: &str| svg.lines().next().unwrap().to_string();
        assert!(
            root(&write(&scene)).contains(
                " font-family=\"&apos;DejaVu Sans&apos;, &apos;Verdana&apos;, &apos;Bitstream Vera Sans&apos;, sans-serif\" "
            ),
            "{}",
            write(&scene)
        );
        scene.language = Language::Ja;
        for svg in [write(&scene), write_part(&scene, 0..0)] {
            assert!(
                root(&svg).contains(" font-family=\"&apos;DejaVu Sans&apos;, &apos;Noto Sans CJK JP&apos;, &apos;Verdana&apos;, &apos;Bitstream Vera Sans&apos;, sans-serif\" "),
                "{svg}"
            );
        }
    }
}
