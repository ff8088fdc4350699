//! `--lang`: the words spheres writes itself in Japanese, Korean, Russian and Chinese, the
//! files named by their language, and English as it always was.
//!
//! The scenario's names are not the tool's words: they come from its translation
//! (`lang/<code>.toml`, tests/translations.rs), or stay in English without one. So the
//! built-in scenario's maps are checked around its names (the message's own words
//! exactly, the names between them present), and a test scenario without translations is
//! checked whole.

mod common;

use common::svg::{self, desc, legend, parse, text_of, title};
use common::*;
use serde_json::Value;

/// The texts of the SVG elements of `class`.
fn texts_of(doc: &roxmltree::Document, class: &str) -> Vec<String> {
    doc.descendants()
        .filter(|n| svg::classes(*n).contains(&class))
        .map(text_of)
        .collect()
}

/// The words of the legend's rows that are not a power's name (the headings) nor a
/// status, overlay or line name (the scenario's): the rows the tool writes itself.
fn own_rows(doc: &roxmltree::Document, scenario_words: &[&str]) -> Vec<String> {
    legend(doc)
        .into_iter()
        .filter(|r| !r.heading && !scenario_words.iter().any(|w| r.words.contains(w)))
        .map(|r| r.words)
        .collect()
}

/// The words of the built-in scenario in its Russian legend of 1912 (statuses, railway
/// zones, treaty lines, from lang/ru.toml): the scenario's, not the tool's.
const BUILT_IN_1912_RU: [&str; 6] = [
    "аннексированная территория",
    "арендованная территория",
    "сфера влияния",
    "протекторат",
    "Полоса отчуждения",
    "Линия 19",
];

/// The same in the built-in scenario's Japanese (lang/ja.toml).
const BUILT_IN_1912_JA: [&str; 6] = [
    "併合地",
    "租借地",
    "勢力圏",
    "保護国",
    "鉄道附属地",
    "分界線",
];

#[test]
fn render_in_russian_writes_the_russian_words_in_a_russian_file() {
    let dir = Scratch::new("lang-ru");
    let out = spheres(&dir.0, &["render", "1912", "--lang", "ru"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        files_in(&dir.path("output")),
        [
            "1912.ru.png",
            "1912.ru.svg",
            "1912.ru.wikitext",
            "maps.json"
        ]
    );
    let text = std::fs::read_to_string(dir.path("output/1912.ru.svg")).unwrap();
    let doc = parse(&text);
    let root = doc.root_element();
    assert_eq!(
        root.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
        Some("ru")
    );
    assert_eq!(root.attribute("lang"), Some("ru"));

    // The subtitle: the date and the latest event of 1912, in the Russian message.
    let subtitle = texts_of(&doc, "subtitle").join("");
    let event = subtitle
        .strip_prefix("31 декабря 1912 г. — после события «")
        .and_then(|s| s.strip_suffix("» (3 ноября 1912 г.)"))
        .unwrap_or_else(|| panic!("{subtitle}"));
    assert!(!event.is_empty(), "{subtitle}");

    // The legend's own rows, each in Russian, in order: home territory for each power,
    // then the symbols.
    assert_eq!(
        own_rows(&doc, &BUILT_IN_1912_RU),
        [
            "собственная территория",
            "собственная территория",
            "приблизительное прохождение (пунктир)",
            "приблизительная граница",
            "контроль под вопросом или частичный (бледнее)",
            "железная дорога",
        ]
    );
    let scale = texts_of(&doc, "scale-title");
    assert_eq!(scale, ["Масштаб вдоль параллели 45° с. ш."]);
    assert_eq!(
        texts_of(&doc, "scale-label").last().map(String::as_str),
        Some("500 км")
    );

    // The alt text: its sentences in the Russian messages, with the scenario's names in
    // their places.
    let alt = desc(&doc);
    assert!(alt.starts_with("Карта «"), "{alt}");
    assert!(
        alt.contains(&format!(
            "» по состоянию на 31 декабря 1912 г., после события «{event}» (3 ноября 1912 г.). "
        )),
        "{alt}"
    );
    assert!(alt.contains(". Собственная территория: "), "{alt}");
    assert!(
        alt.contains(". Не принадлежат ни одной из держав: "),
        "{alt}"
    );
    assert!(alt.contains(" (под вопросом)"), "{alt}");
    assert!(alt.ends_with('.') && !alt.ends_with(".."), "{alt}");
    for english in [
        "Map of",
        " as of ",
        "Home territory",
        "Held by none",
        "(doubtful)",
        "(as ",
        "December",
    ] {
        assert!(!alt.contains(english), "'{english}' in {alt}");
    }
    assert!(title(&doc).ends_with(&subtitle), "{}", title(&doc));

    // The manifest says which language the files are in, and gives their Russian words.
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path("output/maps.json")).unwrap())
            .unwrap();
    let maps = manifest["maps"].as_array().unwrap();
    assert_eq!(maps.len(), 2);
    for e in maps {
        assert_eq!(e["lang"], "ru", "{e}");
        assert_eq!(e["alt"], alt.as_str());
        assert!(
            e["caption"]
                .as_str()
                .unwrap()
                .ends_with("(3 ноября 1912 г.).")
        );
    }
}

#[test]
fn a_scenario_without_translations_keeps_its_names_in_the_russian_sentences() {
    let dir = Scratch::new("lang-ru-three");
    let scenario = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios/three-powers");
    let out = spheres(
        &dir.0,
        &[
            "render",
            "1904",
            "--lang",
            "ru",
            "--format",
            "svg",
            "--scenario",
            scenario,
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let doc_text = std::fs::read_to_string(dir.path("output/1904.ru.svg")).unwrap();
    let doc = parse(&doc_text);
    assert_eq!(
        texts_of(&doc, "subtitle"),
        ["31 декабря 1904 г. — после события «Withdrawal (fictional)» (5 мая 1904 г.)"]
    );
    assert_eq!(
        desc(&doc),
        "Карта «Three fictional powers (synthetic test scenario)» по состоянию на \
         31 декабря 1904 г., после события «Withdrawal (fictional)» (5 мая 1904 г.). \
         Aurelia: trade zone — South Coast. Borealian Union: condominium — Lake Country. \
         Cyrenia: mandate — The Isles (под названием Cyrenian Isles); claim — West March. \
         Не принадлежат ни одной из держав: East March."
    );
}

#[test]
fn render_in_japanese_writes_japanese_words() {
    let dir = Scratch::new("lang-ja");
    let out = spheres(
        &dir.0,
        &["render", "1912", "--lang", "ja", "--format", "svg"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(dir.path("output/1912.ja.svg")).unwrap();
    let doc = parse(&text);
    let subtitle = texts_of(&doc, "subtitle").join("");
    assert!(
        subtitle.starts_with("1912年12月31日現在（1912年11月3日の") && subtitle.ends_with("以後）"),
        "{subtitle}"
    );
    assert_eq!(
        own_rows(&doc, &BUILT_IN_1912_JA),
        [
            "本国",
            "本国",
            "位置不確実（点線）",
            "境界不確実",
            "支配が不確実または部分的（淡色）",
            "鉄道",
        ]
    );
    let alt = desc(&doc);
    assert!(
        alt.starts_with("1912年12月31日現在（1912年11月3日の"),
        "{alt}"
    );
    assert!(alt.contains("。本国領土："), "{alt}");
    assert!(
        alt.contains("。上記のいずれの国の支配下にもない地域："),
        "{alt}"
    );
    assert!(alt.ends_with('。'), "{alt}");
    assert!(!alt.contains(". "), "Japanese sentences end with 。: {alt}");
    assert_eq!(texts_of(&doc, "scale-title"), ["北緯45°における縮尺"]);
}

#[test]
fn english_is_what_it_always_was_and_languages_share_a_folder() {
    let dir = Scratch::new("lang-en");
    for args in [
        &["render", "1912", "--format", "svg", "--out", "plain"][..],
        &[
            "render", "1912", "--format", "svg", "--out", "en", "--lang", "en",
        ],
        &[
            "render", "1912", "--format", "svg", "--out", "en", "--lang", "ko",
        ],
        &[
            "render", "1912", "--format", "svg", "--out", "en", "--lang", "zh",
        ],
    ] {
        let out = spheres(&dir.0, args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    let plain = std::fs::read(dir.path("plain/1912.svg")).unwrap();
    assert_eq!(plain, std::fs::read(dir.path("en/1912.svg")).unwrap());
    let text = String::from_utf8(plain).unwrap();
    assert!(!text.contains("lang="));
    assert!(text.contains("31 December 1912"));
    assert_eq!(
        files_in(&dir.path("en")),
        [
            "1912.ko.svg",
            "1912.ko.wikitext",
            "1912.svg",
            "1912.wikitext",
            "1912.zh.svg",
            "1912.zh.wikitext",
            "maps.json"
        ]
    );
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path("en/maps.json")).unwrap()).unwrap();
    let langs: Vec<(String, Option<String>)> = manifest["maps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["file"].as_str().unwrap().to_string(),
                e.get("lang").and_then(Value::as_str).map(String::from),
            )
        })
        .collect();
    assert_eq!(
        langs,
        [
            ("1912.ko.svg".into(), Some("ko".into())),
            ("1912.svg".into(), None),
            ("1912.zh.svg".into(), Some("zh".into())),
        ]
    );
    let ko = std::fs::read_to_string(dir.path("en/1912.ko.svg")).unwrap();
    assert!(ko.contains("1912년 12월 31일 현재"), "Korean date");
    let zh = std::fs::read_to_string(dir.path("en/1912.zh.svg")).unwrap();
    assert!(zh.contains("截至1912年12月31日"), "Chinese date");
}

#[test]
fn diff_and_animate_maps_are_named_by_their_language() {
    let dir = Scratch::new("lang-diff");
    let out = spheres(
        &dir.0,
        &[
            "diff", "1909", "1912", "--format", "svg", "--lang", "ru", "--width", "800",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(dir.path("output/diff-1909-1912.ru.svg")).unwrap();
    let doc = parse(&text);
    assert_eq!(
        texts_of(&doc, "subtitle"),
        ["Что изменилось с 31 декабря 1909 г. по 31 декабря 1912 г."]
    );
    assert!(
        title(&doc).ends_with(": 1909 г. → 1912 г."),
        "{}",
        title(&doc)
    );
    let alt = desc(&doc);
    assert!(alt.starts_with("Карта изменений «"), "{alt}");
    assert!(
        alt.contains("» с 31 декабря 1909 г. по 31 декабря 1912 г. "),
        "{alt}"
    );
    assert!(alt.contains(" События за этот период: "), "{alt}");
    let headings: Vec<String> = legend(&doc)
        .into_iter()
        .filter(|r| r.heading)
        .map(|r| r.words)
        .collect();
    assert_eq!(headings, ["Изменения", "Без изменений"]);
    assert_eq!(
        texts_of(&doc, "caption-heading"),
        ["События за этот период (серым — без изменений в показанных регионах):"]
    );

    let out = spheres(
        &dir.0,
        &[
            "animate", "1910", "1911", "--lang", "zh", "--width", "300", "--format", "gif",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path("output/animation.zh.gif").is_file());

    // `all` is one SVG in every language, which only maps drawn as SVG can be.
    let out = spheres(&dir.0, &["animate", "--lang", "all"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn reports_are_written_in_the_language_asked_for() {
    let dir = Scratch::new("lang-reports");
    let run = |args: &[&str]| {
        let out = spheres(&dir.0, args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    let ru = run(&["timeline", "--lang", "ru"]);
    let first = ru.lines().next().unwrap();
    assert!(first.starts_with("8 сентября 1896 г. — "), "{first}");
    assert!(first.ends_with(" [cer-contract]"), "{first}");
    assert!(ru.contains("\n  изменения: "), "{ru}");
    assert!(ru.contains(" км² — "), "{ru}");
    assert!(
        !ru.contains("changed:") && !ru.contains("held by none"),
        "{ru}"
    );

    let md = run(&["timeline", "--lang", "zh", "--format", "md"]);
    assert!(md.starts_with("# "), "{md}");
    assert!(md.lines().next().unwrap().ends_with("：年表"), "{md}");
    assert!(md.contains("\n事件后的控制情况：\n"), "{md}");

    let ja = run(&["diff", "1909", "1912", "--lang", "ja"]);
    assert!(ja.starts_with("1909年12月31日（直近の出来事："), "{ja}");
    assert!(ja.lines().last().unwrap().starts_with("支配面積："), "{ja}");

    // The JSON is data: its keys and values are the same in every language.
    assert_eq!(
        run(&["diff", "1909", "1912", "--format", "json", "--lang", "ko"]),
        run(&["diff", "1909", "1912", "--format", "json"])
    );
    assert_eq!(
        run(&["timeline", "--format", "csv", "--lang", "ru"]),
        run(&["timeline", "--format", "csv"])
    );

    // A report is in one language.
    let out = spheres(&dir.0, &["diff", "1909", "1912", "--lang", "all"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--lang all"), "{}", stderr(&out));
}

#[test]
fn the_gallery_and_the_chart_are_written_in_the_language_asked_for() {
    let dir = Scratch::new("lang-gallery");
    let scenario = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios/three-powers");
    let out = spheres(
        &dir.0,
        &[
            "gallery",
            "--lang",
            "ko",
            "--scenario",
            scenario,
            "--width",
            "400",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let files = files_in(&dir.path("output"));
    assert!(files.contains(&"index.ko.html".to_string()), "{files:?}");
    assert!(files.contains(&"1899.ko.svg".to_string()), "{files:?}");
    assert!(
        files.iter().all(|f| f == "maps.json" || f.contains(".ko.")),
        "every file is named in Korean: {files:?}"
    );
    let page = std::fs::read_to_string(dir.path("output/index.ko.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ko\">"));
    assert!(
        page.contains("<h2 id=\"years-heading\">연도별 지도</h2>"),
        "{page}"
    );
    assert!(page.contains("<summary>대체 텍스트</summary>"));
    assert!(page.contains("<time datetime=\"1900-03-01\">1900년 3월 1일</time>"));
    // Every map and diff map the page shows is one of the Korean files.
    for src in page.split("<img src=\"").skip(1) {
        let file = src.split('"').next().unwrap();
        assert!(file.contains(".ko."), "{file}");
        assert!(files.iter().any(|f| f == file), "{file} is not written");
    }

    let out = spheres(
        &dir.0,
        &[
            "chart", "--lang", "ru", "--from", "1905", "--to", "1915", "--width", "800",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(dir.path("output/chart.ru.svg")).unwrap();
    let doc = parse(&text);
    assert_eq!(
        title(&doc),
        "Площадь владений каждой державы, 1905–1915 гг."
    );
    let alt = desc(&doc);
    assert!(
        alt.starts_with(
            "Ступенчатый график площади владений каждой державы с 1905 по 1915 г., по статусу. "
        ),
        "{alt}"
    );
    assert!(
        alt.contains(" км² в начале 1905 г., наибольшая площадь "),
        "{alt}"
    );
    assert!(text.contains(">\nСобытия\n<"), "the key's heading");
    assert!(dir.path("output/chart.ru.png").is_file());
}
