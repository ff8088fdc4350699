//! A scenario's names in other languages: `lang/<code>.toml` beside `scenario.toml`, read
//! and checked by every command, its gaps listed by `validate` (and refused by
//! `validate --strict`).

mod common;

use std::path::Path;

use common::*;

/// A copy of the three-powers test scenario with `lang/ru.toml` holding `russian`.
fn with_russian(name: &str, russian: &str) -> Scratch {
    let dir = Scratch::new(name);
    let from = root().join("tests/scenarios/three-powers");
    for entry in std::fs::read_dir(&from).unwrap() {
        let entry = entry.unwrap();
        if entry.path().is_file() {
            std::fs::copy(entry.path(), dir.path(&entry.file_name().to_string_lossy())).unwrap();
        }
    }
    std::fs::create_dir_all(dir.path("lang")).unwrap();
    std::fs::write(dir.path("lang/ru.toml"), russian).unwrap();
    dir
}

fn validate(dir: &Path, strict: bool) -> std::process::Output {
    let mut args = vec!["validate", "--scenario", "."];
    if strict {
        args.push("--strict");
    }
    spheres(dir, &args)
}

#[test]
fn validate_lists_what_a_translation_lacks_and_strict_refuses_it() {
    let dir = with_russian(
        "tr-partial",
        "title = \"Три вымышленные державы\"\n[powers.aurelia]\nname = \"Аурелия\"\n[powers.britain]\nname = \"Британия\"\n",
    );
    let out = validate(&dir.0, false);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("translated into ru; 2 warnings"),
        "{}",
        stdout(&out)
    );
    let err = stderr(&out);
    assert!(
        err.contains("warning: ./lang/ru.toml:4:1: the scenario has no power 'britain': its translation is not used (hint: the scenario's power ids are aurelia, borealis, cyrenia)"),
        "{err}"
    );
    let gaps = err
        .lines()
        .find(|l| l.contains("no Russian translation"))
        .unwrap_or_default();
    assert!(
        gaps.starts_with("  warning: ./lang/ru.toml: 27 names have no Russian translation and are drawn in English: credit, powers.borealis, powers.cyrenia, statuses.mandate,"),
        "{gaps}"
    );
    assert!(
        !gaps.contains("powers.aurelia") && !gaps.contains(" title,"),
        "{gaps}"
    );
    assert!(gaps.contains("labels.\"Cyrenian Isles\""), "{gaps}");
    let strict = validate(&dir.0, true);
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn a_broken_translation_stops_every_command_at_its_place() {
    let dir = with_russian(
        "tr-broken",
        "[powers.aurelia]\nname = \"Аурелия\"\nnames = [{ from = \"1920-13-01\", name = \"x\" }]\n",
    );
    let out = validate(&dir.0, false);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("./lang/ru.toml:3:19: \"1920-13-01\" is not a date"),
        "{}",
        stderr(&out)
    );
}
