//! The words the tool itself writes (legend headings, dates, subtitles, alt text,
//! captions, reports, the gallery, the chart), one message file per [`Language`] in
//! Project Fluent syntax: `src/messages/<code>.ftl`, compiled in.
//!
//! The code names each message by a constant of this module, which carries the message's
//! id and the names of its variables; [`say`] takes the values in that order, so a call
//! with a value too many or too few does not compile, and the unit tests check that every
//! message file holds every message with exactly those variables (and nothing else).
//! The names of the scenario (powers, regions, events) are not here: they come to the
//! code already in the language, and messages only put them in their places.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::language::Language;

/// The message files, by language, in the order of [`Language::ALL`].
const FILES: [(Language, &str); 5] = [
    (Language::En, include_str!("messages/en.ftl")),
    (Language::Ja, include_str!("messages/ja.ftl")),
    (Language::Ko, include_str!("messages/ko.ftl")),
    (Language::Ru, include_str!("messages/ru.ftl")),
    (Language::Zh, include_str!("messages/zh.ftl")),
];

/// A message of the files: its id and the names of its `N` variables, in the order
/// [`say`] takes their values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Message<const N: usize> {
    /// The id in the message files.
    pub id: &'static str,
    /// The variables' names, without the `$`.
    pub vars: [&'static str; N],
}

/// A value a message puts in its place: text as it is, or a number (which a message can
/// select a plural form by).
pub trait Arg {
    /// The value as Fluent takes it.
    fn value(&self) -> FluentValue<'_>;
}

impl Arg for str {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self)
    }
}

impl Arg for &str {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}

impl Arg for String {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}

impl Arg for i32 {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}

impl Arg for u8 {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}

impl Arg for usize {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}

/// The message `message` in `language` with its variables set to `args` (in the order
/// of [`Message::vars`]).
///
/// A message a file lacks is said in English, and one English lacks as its id; neither
/// can happen, as the unit tests check every file against every message of the code.
pub fn say<const N: usize>(
    language: Language,
    message: &Message<N>,
    args: [&dyn Arg; N],
) -> String {
    let mut fluent = FluentArgs::with_capacity(N);
    for (name, value) in message.vars.iter().zip(args) {
        fluent.set(*name, value.value());
    }
    let found = [language, Language::En].into_iter().find_map(|l| {
        let bundle = bundle(l);
        Some((bundle, bundle.get_message(message.id)?.value()?))
    });
    let Some((bundle, pattern)) = found else {
        debug_assert!(false, "no message '{}'", message.id);
        return message.id.to_string();
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent), &mut errors);
    debug_assert!(errors.is_empty(), "{language} '{}': {errors:?}", message.id);
    text.into_owned()
}

/// The bundle of a language's messages, parsed on first use.
fn bundle(language: Language) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 5] = [const { OnceLock::new() }; 5];
    let i = Language::ALL
        .iter()
        .position(|&l| l == language)
        .unwrap_or(0);
    BUNDLES[i].get_or_init(|| {
        let (_, text) = FILES[i];
        let locale = language.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Without this, every variable would be wrapped in the Unicode isolation marks
        // U+2068 and U+2069, which would end up in the SVG text.
        bundle.set_use_isolating(false);
        // A file that does not parse keeps the messages it could read; the unit tests
        // make sure every file parses whole.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// Declares the messages of the code: a constant per message, and [`ALL`], the list the
/// unit tests check every file against.
macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident = $id:literal $(($($var:literal),+))?;)*) => {
        $(
            $(#[$doc])*
            pub const $name: Message<{ <[&str]>::len(&[$($($var),+)?]) }> =
                Message { id: $id, vars: [$($($var),+)?] };
        )*
        /// Every message of the code, with its variables.
        #[cfg(test)]
        const ALL: &[(&str, &[&str])] = &[$(($id, &[$($($var),+)?])),*];
    };
}

messages! {
    // Dates, numbers and lists.
    /// A date in words: "31 December 1912".
    DATE = "date"("day", "month", "year");
    /// A day and month, over the year of an animation's date stamp: "31 December".
    DAY_MONTH = "day-month"("day", "month");
    /// A year said alone: "1912".
    YEAR = "year"("year");
    /// What separates groups of three digits: "," in "1,000".
    GROUP_SEPARATOR = "group-separator";
    /// The decimal mark: "." in "44.5".
    DECIMAL_MARK = "decimal-mark";
    /// An area: "1,000 km²".
    AREA = "area"("area");
    /// The separator of all but the last two items of a list: ", ".
    LIST_SEPARATOR = "list-separator";
    /// The last two items of a list: "A, B and C" from "A, B" and "C".
    LIST_LAST = "list-last"("init", "last");
    /// Between the parts of a longer list: "; ".
    PARTS_SEPARATOR = "parts-separator";
    /// A sentence: the words and the full stop.
    SENTENCE = "sentence"("text");
    /// Between two sentences: a space in English.
    SENTENCE_SEPARATOR = "sentence-separator";
    /// A name with a gloss in brackets: "Korea (as Chōsen)".
    BRACKET = "bracket"("name", "gloss");
    /// Two glosses in one pair of brackets: "Tuva; as Uryankhay Krai".
    GLOSS_MORE = "gloss-more"("gloss", "more");
    /// A period name, as a gloss: "as Chōsen".
    GLOSS_AS = "gloss-as"("name");
    /// The regions a period name covers, as a gloss: "including Jehol".
    GLOSS_INCLUDING = "gloss-including"("names");
    /// A doubtful control, as a gloss: "doubtful".
    GLOSS_DOUBTFUL = "gloss-doubtful";

    // Controls and moments.
    /// No power holds a region.
    NONE = "none";
    /// A control: "Empire of Japan, annexed territory".
    CONTROL = "control"("power", "status");
    /// A status with a period name: "annexed territory, as Chōsen".
    STATUS_AS = "status-as"("status", "name");
    /// A region and what became of it: "Korea: protectorate → annexed territory".
    CHANGE_OF = "change-of"("region", "before", "after");
    /// A moment that is an event, or the date of an event: "8 July 1912 (Third …)".
    MOMENT_EVENT = "moment-event"("date", "event");
    /// A date and the latest event before it.
    MOMENT_LATEST = "moment-latest"("date", "event", "event-date");
    /// A date before any event.
    MOMENT_BEFORE = "moment-before"("date");
    /// An event and its date: "Third Russo-Japanese Agreement (8 July 1912)".
    EVENT_DATED = "event-dated"("event", "date");
    /// A date and the event of that day: "8 July 1912 — Third Russo-Japanese Agreement".
    DATED_EVENT = "dated-event"("date", "event");

    // The year map.
    /// The subtitle of a map of an event, or of the day of one.
    SUBTITLE_EVENT = "subtitle-event"("date", "event");
    /// The subtitle of a map after an event.
    SUBTITLE_AFTER = "subtitle-after"("date", "event", "event-date");
    /// The subtitle of a map before any event.
    SUBTITLE_BEFORE = "subtitle-before"("date");
    /// The whole title of a map (the SVG `<title>`): the title and the subtitle.
    MAP_TITLE = "map-title"("title", "subtitle");
    /// A map's caption: the title and the subtitle, as a sentence.
    CAPTION = "caption"("title", "subtitle");
    /// The alt text's first sentence.
    ALT_INTRO = "alt-intro"("title", "date");
    /// The alt text's first sentence, with the latest event.
    ALT_INTRO_AFTER = "alt-intro-after"("title", "date", "event", "event-date");
    /// What a power holds.
    ALT_POWER = "alt-power"("power", "holdings");
    /// The regions a power holds with one status.
    ALT_STATUS = "alt-status"("status", "regions");
    /// The regions inside the powers' home territory that no power holds.
    ALT_HOME = "alt-home"("regions");
    /// The regions no power holds.
    ALT_FREE = "alt-free"("regions");
    /// A map on which no power holds anything.
    ALT_NONE_HELD = "alt-none-held";
    /// The credit of the built-in world, added to the scenario's.
    CREDIT_WORLD = "credit-world";
    /// The source of the latest event, in the credit.
    CREDIT_LATEST = "credit-latest"("source");
    /// The tooltip of the modern borders.
    MODERN_BORDERS = "modern-borders";
    /// The tooltip of a region no power holds.
    REGION_UNHELD = "region-unheld"("region");
    /// The tooltip of a held region.
    REGION_HELD = "region-held"("region", "power", "status", "event", "event-date");
    /// The tooltip of a region held doubtfully.
    REGION_HELD_DOUBTFUL =
        "region-held-doubtful"("region", "power", "status", "event", "event-date");
    /// The tooltip of a treaty line.
    LINE_TOOLTIP = "line-tooltip"("line", "certainty");
    /// The legend row of a power's home territory.
    LEGEND_HOME = "legend-home";
    /// The legend row of an uncertain treaty line.
    LEGEND_COURSE_UNCERTAIN = "legend-course-uncertain";
    /// The legend row of an uncertain region boundary.
    LEGEND_BOUNDARY_UNCERTAIN = "legend-boundary-uncertain";
    /// The legend row of doubtful control.
    LEGEND_DOUBTFUL = "legend-doubtful";
    /// The legend row of railways.
    LEGEND_RAILWAY = "legend-railway";
    /// The scale bar's title where the scale is true along a parallel.
    SCALE_ALONG = "scale-along"("latitude");
    /// The scale bar's title where the scale is true at a point.
    SCALE_AT = "scale-at"("latitude", "longitude");
    /// A latitude: "44°N".
    LATITUDE = "latitude"("degrees", "hemisphere");
    /// A longitude: "116.5°E".
    LONGITUDE = "longitude"("degrees", "hemisphere");
    /// The scale bar's length: "500 km".
    SCALE_KM = "scale-km"("km");

    // The diff map.
    /// The diff map's title.
    DIFF_TITLE = "diff-title"("title", "from", "to");
    /// The diff map's subtitle.
    DIFF_SUBTITLE = "diff-subtitle"("from", "to");
    /// The diff map's alt text's first sentence.
    DIFF_ALT_INTRO = "diff-alt-intro"("title", "from", "to");
    /// The diff map's alt text when nothing changed.
    DIFF_ALT_NONE = "diff-alt-none";
    /// The events between the two moments, in the alt text.
    DIFF_ALT_EVENTS = "diff-alt-events"("events");
    /// The caption's heading when no event lies between the two moments.
    DIFF_CAPTION_NONE = "diff-caption-none";
    /// The caption's heading when every event in between changed a region shown.
    DIFF_CAPTION_EVENTS = "diff-caption-events";
    /// The caption's heading when some events in between changed nothing shown.
    DIFF_CAPTION_EVENTS_GREY = "diff-caption-events-grey";
    /// The tooltip of an unchanged region.
    REGION_UNCHANGED = "region-unchanged"("region", "control");
    /// The legend heading of the kinds of change.
    LEGEND_CHANGED = "legend-changed";
    /// The legend heading of the faded powers.
    LEGEND_UNCHANGED = "legend-unchanged";
    /// A region gained by a power.
    CHANGE_GAINED = "change-gained"("power");
    /// A region lost by a power.
    CHANGE_LOST = "change-lost"("power");
    /// A region passed from one power to another.
    CHANGE_TRANSFERRED = "change-transferred"("from", "to");
    /// A region whose status changed.
    CHANGE_STATUS = "change-status"("power");
    /// A region whose period name changed.
    CHANGE_NAME = "change-name"("power");

    // The timeline report.
    /// The Markdown timeline's heading.
    TIMELINE_HEADING = "timeline-heading"("title");
    /// Before the first change of an event in the text timeline.
    TIMELINE_CHANGED = "timeline-changed";
    /// An event that changed nothing on the map, in the text timeline.
    TIMELINE_NOTHING = "timeline-nothing";
    /// An event's id and its source, linked.
    TIMELINE_EVENT_SOURCE = "timeline-event-source"("id", "source");
    /// The words of the link to an event's source.
    TIMELINE_SOURCE_LINK = "timeline-source-link";
    /// An event's id and its source, a citation that is no link.
    TIMELINE_EVENT_CITED = "timeline-event-cited"("id", "source");
    /// An event that changed nothing on the map, in the Markdown timeline.
    TIMELINE_NO_CHANGE = "timeline-no-change";
    /// Before who held what after an event.
    TIMELINE_AFTER = "timeline-after";
    /// The regions a power holds with one status.
    HOLDING_STATUS = "holding-status"("status", "regions");
    /// What a power holds, and its area.
    HOLDING_POWER = "holding-power"("power", "area", "holdings");
    /// The regions no power holds.
    HOLDING_FREE = "holding-free"("regions");

    // The diff report.
    /// The text report's first line.
    REPORT_FROM_TO = "report-from-to"("from", "to");
    /// Nothing changed between the two moments.
    REPORT_NO_CHANGES = "report-no-changes";
    /// An event that changed a region, and its date.
    REPORT_EVENT = "report-event"("event", "date");
    /// A change and the events that made it.
    REPORT_CHANGE_EVENTS = "report-change-events"("change", "events");
    /// A power's area, the same at both moments.
    REPORT_AREA_UNCHANGED = "report-area-unchanged"("area");
    /// A power's area at both moments.
    REPORT_AREA_CHANGED = "report-area-changed"("before", "after");
    /// A power's area at both moments, and the difference.
    REPORT_AREA_CHANGED_BY = "report-area-changed-by"("before", "after", "difference");
    /// A power and its area.
    REPORT_POWER_AREA = "report-power-area"("power", "area");
    /// The line of the powers' areas.
    REPORT_AREA_HELD = "report-area-held"("powers");
    /// The Markdown report's heading.
    REPORT_MD_HEADING = "report-md-heading"("from", "to");
    /// The Markdown table's columns: the region, its control before and after, its area
    /// and the events that changed it.
    COLUMN_REGION = "column-region";
    /// (see [`COLUMN_REGION`])
    COLUMN_BEFORE = "column-before";
    /// (see [`COLUMN_REGION`])
    COLUMN_AFTER = "column-after";
    /// (see [`COLUMN_REGION`])
    COLUMN_AREA = "column-area";
    /// (see [`COLUMN_REGION`])
    COLUMN_EVENTS = "column-events";
    /// The summary when nothing changed.
    SUMMARY_NONE = "summary-none"("from", "to");
    /// The summary's first sentence: how many regions changed.
    SUMMARY_INTRO = "summary-intro"("from", "to", "count");
    /// A region gained from another power, as a gloss.
    GLOSS_FROM = "gloss-from"("power");
    /// A region lost to another power, as a gloss.
    GLOSS_TO = "gloss-to"("power");
    /// The regions a power gained.
    SUMMARY_GAINED = "summary-gained"("regions");
    /// The regions a power lost.
    SUMMARY_LOST = "summary-lost"("regions");
    /// The regions whose status changed under a power.
    SUMMARY_CHANGED = "summary-changed"("regions");
    /// A power's area, the same at both moments.
    SUMMARY_AREA_UNCHANGED = "summary-area-unchanged"("area");
    /// A power's area at both moments.
    SUMMARY_AREA_WENT = "summary-area-went"("before", "after");
    /// What became of a power's holdings.
    SUMMARY_POWER = "summary-power"("power", "clauses", "area");

    // The gallery page. Its messages are HTML text: they hold no markup character, and
    // the page escapes what it puts in their places.
    /// The page's title.
    GALLERY_TITLE = "gallery-title"("title");
    /// The page's description, for search engines.
    GALLERY_DESCRIPTION = "gallery-description"("title", "first", "last");
    /// The link that skips to the maps.
    GALLERY_SKIP = "gallery-skip";
    /// The line over the page's heading.
    GALLERY_KICKER = "gallery-kicker";
    /// The label of the page's sections menu.
    GALLERY_SECTIONS = "gallery-sections";
    /// The heading of the year maps.
    GALLERY_YEARS = "gallery-years";
    /// The heading of the diff maps, between treaties or events.
    GALLERY_BETWEEN = "gallery-between"("compared");
    /// What maps.json holds, after its link.
    GALLERY_MANIFEST_NOTE = "gallery-manifest-note";
    /// The page's last paragraph, with the link to maps.json.
    GALLERY_COLOPHON = "gallery-colophon"("manifest");
    /// The opening paragraph: the year maps.
    GALLERY_LEDE_YEARS = "gallery-lede-years"("count", "first", "last");
    /// The opening paragraph: the diff maps.
    GALLERY_LEDE_DIFFS = "gallery-lede-diffs"("count", "compared");
    /// The opening paragraph: what comes with each map.
    GALLERY_LEDE_FILES = "gallery-lede-files"("figure");
    /// The year maps' hint.
    GALLERY_YEARS_HINT = "gallery-years-hint";
    /// How to use the slider.
    GALLERY_SLIDER_HINT = "gallery-slider-hint";
    /// What the slider's marks are.
    GALLERY_TICKS_HINT = "gallery-ticks-hint";
    /// The button to the previous year.
    GALLERY_PREVIOUS = "gallery-previous";
    /// Its further words, for screen readers.
    GALLERY_PREVIOUS_SR = "gallery-previous-sr";
    /// The button to the next year.
    GALLERY_NEXT = "gallery-next";
    /// Its further words, for screen readers.
    GALLERY_NEXT_SR = "gallery-next-sr";
    /// The slider's label.
    GALLERY_YEAR = "gallery-year";
    /// A year without events.
    GALLERY_NO_EVENT = "gallery-no-event"("year");
    /// The heading of a year's events.
    GALLERY_EVENTS_IN = "gallery-events-in"("year");
    /// The alt text's disclosure.
    GALLERY_ALT_TEXT = "gallery-alt-text";
    /// The sources' disclosure.
    GALLERY_SOURCES = "gallery-sources"("count");
    /// A source: its date and its event.
    GALLERY_SOURCE = "gallery-source"("date", "source");
    /// The embedding snippets' disclosure.
    GALLERY_EMBED = "gallery-embed";
    /// The tag of a treaty.
    GALLERY_TREATY_TAG = "gallery-treaty-tag";
    /// An event that changed nothing on the map.
    GALLERY_NO_CHANGE = "gallery-no-change";
    /// The copy button's label for screen readers.
    GALLERY_COPY_FIGURE = "gallery-copy-figure"("format");
    /// The copy button.
    GALLERY_COPY = "gallery-copy";
    /// The copy button once it has copied.
    GALLERY_COPIED = "gallery-copied";
    /// The copy button once it has only selected (the browser would not copy).
    GALLERY_SELECTED = "gallery-selected";
    /// What the page says once it has copied.
    GALLERY_COPIED_TOAST = "gallery-copied-toast";
    /// What the page says once it has only selected.
    GALLERY_SELECTED_TOAST = "gallery-selected-toast";
    /// The diff maps' hint.
    GALLERY_DIFFS_HINT = "gallery-diffs-hint"("compared");
    /// The label of the list of comparisons.
    GALLERY_COMPARISONS = "gallery-comparisons";
    /// A diff map's caption.
    GALLERY_DIFF_CAPTION = "gallery-diff-caption"("title", "from", "from-date", "to", "to-date");
    /// The heading of a diff map's changes.
    GALLERY_WHAT_CHANGED = "gallery-what-changed";
    /// The heading of a diff map's events.
    GALLERY_EVENTS_BETWEEN = "gallery-events-between";
    /// A region no power holds, in a diff map's changes.
    GALLERY_HELD_BY_NONE = "gallery-held-by-none";

    // The chart.
    /// A date in short, in the chart's key of events: "8 Jul 1912".
    DATE_SHORT = "date-short"("day", "month", "year");
    /// The chart's title.
    CHART_TITLE = "chart-title"("from", "to");
    /// The line under the title, after the scenario's title.
    CHART_READING = "chart-reading";
    /// How the areas are measured, before the scenario's credit.
    CHART_METHOD = "chart-method";
    /// The chart's alt text: its first sentence.
    CHART_DESC_INTRO = "chart-desc-intro"("from", "to");
    /// The chart's alt text: a power that holds nothing.
    CHART_DESC_NOTHING = "chart-desc-nothing"("power");
    /// The chart's alt text: a power's start, peak and end.
    CHART_DESC_POWER =
        "chart-desc-power"("power", "first", "from", "peak", "peak-date", "last", "to");
    /// A power's later name in its panel's key.
    CHART_LATER_NAME = "chart-later-name"("name", "year");
    /// The area axis's title, with its unit.
    CHART_AXIS = "chart-axis"("unit");
    /// The area axis's unit for millions of km².
    CHART_UNIT_MILLION = "chart-unit-million";
    /// The area axis's unit for thousands of km².
    CHART_UNIT_THOUSAND = "chart-unit-thousand";
    /// The area axis's unit for km².
    CHART_UNIT_KM2 = "chart-unit-km2";
    /// A panel of a power that held nothing.
    CHART_HELD_NOTHING = "chart-held-nothing";
    /// The heading of the key of events.
    CHART_EVENTS = "chart-events";
    /// How to read the key's markers.
    CHART_EVENTS_NOTE = "chart-events-note";
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    use super::*;

    /// The variables a pattern uses, and the messages and terms it refers to.
    fn variables<'s>(pattern: &Pattern<&'s str>, out: &mut BTreeSet<&'s str>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_variables(expression, out);
            }
        }
    }

    fn expression_variables<'s>(expression: &Expression<&'s str>, out: &mut BTreeSet<&'s str>) {
        match expression {
            Expression::Select { selector, variants } => {
                inline_variables(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
            Expression::Inline(inline) => inline_variables(inline, out),
        }
    }

    fn inline_variables<'s>(inline: &InlineExpression<&'s str>, out: &mut BTreeSet<&'s str>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name);
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_variables(a, out);
                }
                for a in &arguments.named {
                    inline_variables(&a.value, out);
                }
            }
            InlineExpression::Placeable { expression } => expression_variables(expression, out),
            InlineExpression::MessageReference { id, .. } => {
                panic!(
                    "a message refers to the message '{}': write it out",
                    id.name
                )
            }
            InlineExpression::TermReference { id, .. } => {
                panic!("a message refers to the term '-{}': write it out", id.name)
            }
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
        }
    }

    /// Each message of a file with the variables it uses; the file must parse whole.
    fn messages_of(language: Language, text: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, e)| panic!("{language}.ftl does not parse: {e:?}"));
        let mut out = BTreeMap::new();
        for entry in resource.entries() {
            match entry {
                Entry::Message(m) => {
                    let pattern = m
                        .value
                        .as_ref()
                        .unwrap_or_else(|| panic!("{language} '{}' has no value", m.id.name));
                    assert!(m.attributes.is_empty(), "{language} '{}'", m.id.name);
                    let mut vars = BTreeSet::new();
                    variables(pattern, &mut vars);
                    let vars = vars.into_iter().map(String::from).collect();
                    let old = out.insert(m.id.name.to_string(), vars);
                    assert!(old.is_none(), "{language} '{}' twice", m.id.name);
                }
                Entry::Term(t) => panic!("{language}: a term '-{}': write it out", t.id.name),
                Entry::Junk { content } => panic!("{language}: cannot read {content:?}"),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn every_file_has_every_message_of_the_code_with_its_variables_and_no_other() {
        let code: BTreeMap<String, BTreeSet<String>> = ALL
            .iter()
            .map(|(id, vars)| (id.to_string(), vars.iter().map(|v| v.to_string()).collect()))
            .collect();
        assert_eq!(code.len(), ALL.len(), "an id declared twice");
        for (language, text) in FILES {
            let file = messages_of(language, text);
            for (id, vars) in &code {
                let Some(got) = file.get(id) else {
                    panic!("{language}.ftl lacks '{id}'");
                };
                assert_eq!(got, vars, "{language}.ftl '{id}': its variables");
            }
            for id in file.keys() {
                assert!(code.contains_key(id), "{language}.ftl '{id}' is not used");
            }
        }
    }

    #[test]
    fn the_files_are_in_the_order_of_the_languages() {
        let order: Vec<Language> = FILES.iter().map(|(l, _)| *l).collect();
        assert_eq!(order, Language::ALL);
    }

    #[test]
    fn every_message_formats_in_every_language_without_isolation_marks() {
        // Every variable set to a word or, where a message selects by it, a number.
        for language in Language::ALL {
            for (id, vars) in ALL {
                let mut args = FluentArgs::new();
                for v in *vars {
                    let value = match *v {
                        "day" | "month" | "year" | "count" | "first" | "last" | "from" | "to" => {
                            FluentValue::from(3)
                        }
                        "hemisphere" => FluentValue::from("north"),
                        "certainty" => FluentValue::from("low"),
                        "compared" => FluentValue::from("treaties"),
                        _ => FluentValue::from("X"),
                    };
                    args.set(*v, value);
                }
                let b = bundle(language);
                let pattern = b.get_message(id).and_then(|m| m.value()).unwrap();
                let mut errors = Vec::new();
                let text = b.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{language} '{id}': {errors:?}");
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "{language} '{id}': {text:?}"
                );
                // The gallery puts messages into HTML as they are (and its attributes
                // between double quotes).
                assert!(
                    !text.contains(['<', '>', '&', '"']),
                    "{language} '{id}' has a markup character: {text:?}"
                );
            }
        }
    }

    #[test]
    fn russian_counts_take_their_plural_forms() {
        let said = |n: usize| say(Language::Ru, &SUMMARY_INTRO, [&"A", &"B", &n]);
        assert_eq!(said(1), "С A по B изменился 1 регион");
        assert_eq!(said(2), "С A по B изменились 2 региона");
        assert_eq!(said(4), "С A по B изменились 4 региона");
        assert_eq!(said(5), "С A по B изменились 5 регионов");
        assert_eq!(said(11), "С A по B изменились 11 регионов");
        assert_eq!(said(12), "С A по B изменились 12 регионов");
        assert_eq!(said(21), "С A по B изменился 21 регион");
        assert_eq!(said(22), "С A по B изменились 22 региона");
        assert_eq!(said(25), "С A по B изменились 25 регионов");
        let en = |n: usize| say(Language::En, &SUMMARY_INTRO, [&"A", &"B", &n]);
        assert_eq!(en(1), "Between A and B, 1 region changed");
        assert_eq!(en(2), "Between A and B, 2 regions changed");
    }

    #[test]
    fn values_take_their_places() {
        assert_eq!(say(Language::En, &LIST_LAST, [&"A, B", &"C"]), "A, B and C");
        assert_eq!(say(Language::Ru, &LIST_LAST, [&"A, B", &"C"]), "A, B и C");
        assert_eq!(say(Language::En, &DATE, [&8u8, &7u8, &1912]), "8 July 1912");
    }
}
