//! Reading a map the way its reader sees it, from the SVG alone: each region's paint (a
//! colour, a pattern of a given kind and ink, or an outline), the treaty lines and the
//! legend's rows. Pattern kinds are told apart by their geometry (dots are circles,
//! stripes run along an axis, a hatch runs one diagonal way, a crosshatch both), not by
//! the pattern's id or the writer's formatting.

use roxmltree::{Document, Node};

use super::data::Rgb;

pub fn parse(text: &str) -> Document<'_> {
    Document::parse(text).unwrap_or_else(|e| panic!("the SVG parses: {e}"))
}

pub fn by_id<'a, 'i>(doc: &'a Document<'i>, id: &str) -> Option<Node<'a, 'i>> {
    doc.descendants().find(|n| n.attribute("id") == Some(id))
}

/// The `<g id=…>` of a layer.
pub fn layer<'a, 'i>(doc: &'a Document<'i>, id: &str) -> Node<'a, 'i> {
    doc.descendants()
        .find(|n| n.has_tag_name("g") && n.attribute("id") == Some(id))
        .unwrap_or_else(|| panic!("the map has a layer '{id}'"))
}

pub fn classes<'a>(n: Node<'a, '_>) -> Vec<&'a str> {
    n.attribute("class")
        .map(|c| c.split_whitespace().collect())
        .unwrap_or_default()
}

/// A presentation attribute as it applies to the element: its own or the nearest
/// ancestor's (fill and stroke are inherited).
pub fn inherited<'a>(n: Node<'a, '_>, name: &str) -> Option<&'a str> {
    n.ancestors()
        .filter(Node::is_element)
        .find_map(|a| a.attribute(name))
}

/// All the text of an element.
pub fn text_of(n: Node) -> String {
    n.descendants()
        .filter(Node::is_text)
        .filter_map(|t| t.text())
        .collect()
}

/// The map's `<desc>` (its alt text) and `<title>`.
pub fn desc(doc: &Document) -> String {
    text_of(
        doc.root_element()
            .children()
            .find(|n| n.has_tag_name("desc"))
            .expect("a <desc>"),
    )
}

pub fn title(doc: &Document) -> String {
    text_of(
        doc.root_element()
            .children()
            .find(|n| n.has_tag_name("title"))
            .expect("a <title>"),
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Hatch,
    Crosshatch,
    Stripes,
    Dots,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    pub id: String,
    pub kind: Kind,
    /// The colour of its lines or dots.
    pub ink: Rgb,
    /// The colour of its tile.
    pub background: Rgb,
}

/// How an area is painted.
#[derive(Debug, Clone, PartialEq)]
pub enum Paint {
    Color(Rgb),
    Pattern(Pattern),
    /// No fill: an outline in this colour, if stroked.
    Outline(Option<Rgb>),
    /// `url(#id)` naming no pattern of the document.
    Dangling(String),
}

impl Paint {
    /// The colour that says whose area it is: a plain fill, a pattern's ink, an outline.
    pub fn ink(&self) -> Option<Rgb> {
        match self {
            Paint::Color(c) => Some(*c),
            Paint::Pattern(p) => Some(p.ink),
            Paint::Outline(c) => *c,
            Paint::Dangling(_) => None,
        }
    }
}

/// The paint of an element: its (inherited) fill, resolved to a pattern where it is one.
pub fn paint_of(doc: &Document, n: Node) -> Paint {
    let fill = inherited(n, "fill").unwrap_or("#000000");
    if fill == "none" {
        return Paint::Outline(
            inherited(n, "stroke")
                .filter(|s| *s != "none")
                .map(Rgb::parse),
        );
    }
    if let Some(id) = fill.strip_prefix("url(#").and_then(|r| r.strip_suffix(')')) {
        let defined = doc
            .descendants()
            .any(|n| n.has_tag_name("pattern") && n.attribute("id") == Some(id));
        return if defined {
            Paint::Pattern(pattern(doc, id))
        } else {
            Paint::Dangling(id.into())
        };
    }
    Paint::Color(Rgb::parse(fill))
}

/// A `<pattern>`, read from its content.
pub fn pattern(doc: &Document, id: &str) -> Pattern {
    let p = doc
        .descendants()
        .find(|n| n.has_tag_name("pattern") && n.attribute("id") == Some(id))
        .unwrap_or_else(|| panic!("a <pattern id=\"{id}\"> for fill=\"url(#{id})\""));
    let background = p
        .children()
        .find(|c| c.has_tag_name("rect"))
        .and_then(|r| r.attribute("fill"))
        .map(Rgb::parse)
        .unwrap_or_else(|| panic!("pattern {id} has a background tile"));
    if let Some(c) = p.children().find(|c| c.has_tag_name("circle")) {
        return Pattern {
            id: id.into(),
            kind: Kind::Dots,
            ink: Rgb::parse(c.attribute("fill").unwrap()),
            background,
        };
    }
    let paths: Vec<Node> = p.children().filter(|c| c.has_tag_name("path")).collect();
    assert!(!paths.is_empty(), "pattern {id} has dots or lines");
    let ink = Rgb::parse(paths[0].attribute("stroke").unwrap());
    let (mut axis, mut rising, mut falling) = (false, false, false);
    for path in &paths {
        assert_eq!(
            Rgb::parse(path.attribute("stroke").unwrap()),
            ink,
            "{id}: one ink"
        );
        for sub in subpaths(path.attribute("d").unwrap()) {
            for w in sub.windows(2) {
                let (dx, dy) = (w[1].0 - w[0].0, w[1].1 - w[0].1);
                let z = dx * dy;
                if z == 0.0 {
                    axis = true;
                } else if z < 0.0 {
                    rising = true;
                } else {
                    falling = true;
                }
            }
        }
    }
    let kind = match (axis, rising, falling) {
        (true, false, false) => Kind::Stripes,
        (false, true, false) | (false, false, true) => Kind::Hatch,
        (false, true, true) => Kind::Crosshatch,
        other => panic!("pattern {id}: lines of no known kind {other:?}"),
    };
    Pattern {
        id: id.into(),
        kind,
        ink,
        background,
    }
}

/// A region of a map: its id (without `region-`), its classes after `region`, its paint.
#[derive(Debug, Clone)]
pub struct Region {
    pub id: String,
    pub classes: Vec<String>,
    pub paint: Paint,
    /// Its outline's path data.
    pub d: String,
}

/// Every region (`<path id="region-…" class="region …">`) of a map, in document order.
pub fn regions(doc: &Document) -> Vec<Region> {
    doc.descendants()
        .filter(|n| n.has_tag_name("path") && classes(*n).first() == Some(&"region"))
        .map(|n| Region {
            id: n
                .attribute("id")
                .and_then(|i| i.strip_prefix("region-"))
                .expect("a region has an id region-…")
                .to_string(),
            classes: classes(n)[1..].iter().map(|c| c.to_string()).collect(),
            paint: paint_of(doc, n),
            d: n.attribute("d").unwrap_or_default().to_string(),
        })
        .collect()
}

/// A treaty line on the map.
#[derive(Debug, Clone)]
pub struct Line {
    pub id: String,
    /// Its classes after `treaty-line`: `agreement-N`, and `uncertain` where it is.
    pub agreement: String,
    pub uncertain: bool,
    pub dasharray: Option<String>,
    /// Whether breaks (`treaty-breaks`, in the halo's colour) are drawn over it.
    pub broken: bool,
}

/// The treaty lines (`id="line-<feature id>"`).
pub fn treaty_lines(doc: &Document) -> Vec<Line> {
    doc.descendants()
        .filter(|n| classes(*n).first() == Some(&"treaty-line"))
        .map(|n| Line {
            id: n
                .attribute("id")
                .and_then(|i| i.strip_prefix("line-"))
                .expect("a treaty line has an id line-…")
                .to_string(),
            agreement: classes(n)
                .iter()
                .find(|c| c.starts_with("agreement-"))
                .expect("a treaty line says its agreement")
                .to_string(),
            uncertain: classes(n).contains(&"uncertain"),
            dasharray: inherited(n, "stroke-dasharray").map(str::to_string),
            broken: n
                .next_sibling_element()
                .is_some_and(|b| classes(b).first() == Some(&"treaty-breaks")),
        })
        .collect()
}

/// One row of the legend: a heading, or words with the swatches drawn before them.
#[derive(Debug, Clone)]
pub struct Row {
    pub heading: bool,
    pub words: String,
    /// The swatches' paints (a railway has two, casing and centre).
    pub paints: Vec<Paint>,
    /// Whether a swatch is dashed.
    pub dashed: bool,
    /// Each swatch's dash array.
    pub dasharrays: Vec<Option<String>>,
}

/// The legend's rows; the further lines of a wrapped row (class `continued`) are joined
/// to its words.
pub fn legend(doc: &Document) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    let (mut paints, mut dashed, mut dasharrays) = (Vec::new(), false, Vec::new());
    for n in layer(doc, "legend").descendants().filter(Node::is_element) {
        let c = classes(n);
        if c.contains(&"legend-swatch") {
            paints.push(paint_of(doc, n));
            dashed |= n.attribute("stroke-dasharray").is_some();
            dasharrays.push(n.attribute("stroke-dasharray").map(str::to_string));
        } else if c.contains(&"continued") {
            let row = rows.last_mut().expect("a continued line follows its row");
            assert!(paints.is_empty(), "a continued line has no swatch");
            row.words = format!("{} {}", row.words, text_of(n));
        } else if c.contains(&"legend-heading") || c.contains(&"legend-label") {
            rows.push(Row {
                heading: c.contains(&"legend-heading"),
                words: text_of(n),
                paints: std::mem::take(&mut paints),
                dashed: std::mem::take(&mut dashed),
                dasharrays: std::mem::take(&mut dasharrays),
            });
        }
    }
    assert!(paints.is_empty(), "every legend swatch has its words");
    rows
}

/// The subpaths of path data (M, L, H, V, Z and their relative forms) as points.
pub fn subpaths(d: &str) -> Vec<Vec<(f64, f64)>> {
    let mut tokens: Vec<Result<char, f64>> = Vec::new();
    let mut num = String::new();
    let flush = |num: &mut String, tokens: &mut Vec<Result<char, f64>>| {
        if !num.is_empty() {
            tokens.push(Err(num
                .parse()
                .unwrap_or_else(|_| panic!("a number: {num}"))));
            num.clear();
        }
    };
    for ch in d.chars() {
        match ch {
            '0'..='9' => num.push(ch),
            '.' if !num.contains('.') => num.push(ch),
            '.' => {
                flush(&mut num, &mut tokens);
                num.push(ch);
            }
            '-' | '+' => {
                flush(&mut num, &mut tokens);
                num.push(ch);
            }
            ' ' | ',' | '\n' | '\t' => flush(&mut num, &mut tokens),
            c if c.is_ascii_alphabetic() => {
                flush(&mut num, &mut tokens);
                tokens.push(Ok(c));
            }
            c => panic!("unexpected '{c}' in path data"),
        }
    }
    flush(&mut num, &mut tokens);
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let (mut x, mut y, mut start) = (0.0, 0.0, (0.0, 0.0));
    let mut cmd = 'M';
    let mut i = 0;
    let next = |i: &mut usize| -> f64 {
        let v = tokens_num(&tokens, *i);
        *i += 1;
        v
    };
    while i < tokens.len() {
        if let Ok(c) = tokens[i] {
            cmd = c;
            i += 1;
            if matches!(c, 'Z' | 'z') {
                if let Some(sub) = out.last_mut() {
                    sub.push(start);
                }
                (x, y) = start;
                continue;
            }
        }
        match cmd {
            'M' | 'm' => {
                let (dx, dy) = (next(&mut i), next(&mut i));
                (x, y) = if cmd == 'M' {
                    (dx, dy)
                } else {
                    (x + dx, y + dy)
                };
                start = (x, y);
                out.push(vec![(x, y)]);
                cmd = if cmd == 'M' { 'L' } else { 'l' };
                continue;
            }
            'L' => (x, y) = (next(&mut i), next(&mut i)),
            'l' => {
                let (dx, dy) = (next(&mut i), next(&mut i));
                (x, y) = (x + dx, y + dy);
            }
            'H' => x = next(&mut i),
            'h' => x += next(&mut i),
            'V' => y = next(&mut i),
            'v' => y += next(&mut i),
            other => panic!("path command '{other}' is not read by the tests"),
        }
        out.last_mut().expect("a path starts with M").push((x, y));
    }
    out
}

fn tokens_num(tokens: &[Result<char, f64>], i: usize) -> f64 {
    match tokens.get(i) {
        Some(Err(v)) => *v,
        other => panic!("a number expected in path data, found {other:?}"),
    }
}

/// The area enclosed by path data, in square pixels (each subpath's area, added: the
/// regions this is used for have no holes).
pub fn area(d: &str) -> f64 {
    subpaths(d)
        .iter()
        .map(|s| {
            (0..s.len())
                .map(|k| {
                    let (a, b) = (s[k], s[(k + 1) % s.len()]);
                    a.0 * b.1 - b.0 * a.1
                })
                .sum::<f64>()
                .abs()
                / 2.0
        })
        .sum()
}
