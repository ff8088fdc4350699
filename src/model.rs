//! The data types of a scenario: powers, statuses, regions, events and the context layers.
//!
//! These are plain data. Loading fills them (see [`crate::load`]), checking inspects them
//! (see [`crate::check`]), and every later stage reads them; no type here knows how it was
//! read or how it will be drawn.

use std::fmt;

use geo::{LineString, MultiLineString, MultiPolygon, Point};
use indexmap::IndexMap;

use crate::language::Language;
use crate::messages::{self, say};

/// A calendar date (proleptic Gregorian), the unit of time of every timeline.
///
/// Ordered chronologically, so `Date` values sort and compare as dates do.
///
/// ```
/// use spheres::model::Date;
/// let d = Date::parse("1912-07-08").unwrap();
/// assert_eq!(d.long(), "8 July 1912");
/// assert_eq!(d.to_string(), "1912-07-08");
/// assert!(Date::parse("1911-02-29").is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, e.g. 1912.
    pub year: i32,
    /// The month, 1–12.
    pub month: u8,
    /// The day of the month, 1–31.
    pub day: u8,
}

impl Date {
    /// Builds a date if it exists in the calendar (29 February only in leap years).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The last day of a year: a year Y as a moment means "as of 31 December Y".
    pub fn end_of_year(year: i32) -> Date {
        Date {
            year,
            month: 12,
            day: 31,
        }
    }

    /// Parses an ISO date `YYYY-MM-DD` (four-digit year). Returns `None` for anything else,
    /// including dates that do not exist.
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let s = &text[r];
            if s.bytes().all(|c| c.is_ascii_digit()) {
                s.parse().ok()
            } else {
                None
            }
        };
        let year = digits(0..4)? as i32;
        let month = digits(5..7)? as u8;
        let day = digits(8..10)? as u8;
        Date::new(year, month, day)
    }

    /// The date written out in English, e.g. "8 July 1912".
    pub fn long(&self) -> String {
        self.long_in(Language::En)
    }

    /// The date written out in `language`, its month names from the message files:
    /// "8 July 1912", "1912年7月8日", "1912년 7월 8일", "8 июля 1912 г.".
    ///
    /// ```
    /// use spheres::{language::Language, model::Date};
    /// let d = Date::parse("1912-12-31").unwrap();
    /// assert_eq!(d.long_in(Language::Ru), "31 декабря 1912 г.");
    /// ```
    pub fn long_in(&self, language: Language) -> String {
        say(
            language,
            &messages::DATE,
            [&self.day, &self.month, &self.year],
        )
    }

    /// The date in short, in `language`: "8 Jul 1912", "8 июля 1912", "1912年7月8日".
    pub fn short_in(&self, language: Language) -> String {
        say(
            language,
            &messages::DATE_SHORT,
            [&self.day, &self.month, &self.year],
        )
    }

    /// The day and month in `language`, without the year: "8 July", "7月8日".
    pub fn day_month_in(&self, language: Language) -> String {
        say(language, &messages::DAY_MONTH, [&self.day, &self.month])
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// An sRGB colour, written in files as `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Color {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
}

impl Color {
    /// Parses `#rrggbb` or `#rgb`.
    ///
    /// ```
    /// use spheres::model::Color;
    /// assert_eq!(Color::parse("#c8102e").unwrap().to_string(), "#c8102e");
    /// assert_eq!(Color::parse("#fff").unwrap().to_string(), "#ffffff");
    /// assert!(Color::parse("red").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<Color> {
        let hex = text.strip_prefix('#')?;
        if !hex.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let v = |s: &str| u8::from_str_radix(s, 16).ok();
        match hex.len() {
            6 => Some(Color {
                r: v(&hex[0..2])?,
                g: v(&hex[2..4])?,
                b: v(&hex[4..6])?,
            }),
            3 => Some(Color {
                r: v(&hex[0..1])? * 17,
                g: v(&hex[1..2])? * 17,
                b: v(&hex[2..3])? * 17,
            }),
            _ => None,
        }
    }

    /// Mixes this colour with `other`; `t = 0` gives `self`, `t = 1` gives `other`.
    pub fn mix(self, other: Color, t: f64) -> Color {
        let t = t.clamp(0.0, 1.0);
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Color {
            r: m(self.r, other.r),
            g: m(self.g, other.g),
            b: m(self.b, other.b),
        }
    }

    /// Relative luminance (WCAG), 0 for black to 1 for white.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.r) + 0.7152 * lin(self.g) + 0.0722 * lin(self.b)
    }

    /// Pure white.
    pub const WHITE: Color = Color {
        r: 255,
        g: 255,
        b: 255,
    };
    /// Pure black.
    pub const BLACK: Color = Color { r: 0, g: 0, b: 0 };
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

/// How sure a boundary or a fact is. Low certainty is drawn dashed and said in the legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Certainty {
    /// Uncertain: drawn dashed.
    Low,
    /// Approximately known.
    Medium,
    /// Well established (the default when a file says nothing).
    #[default]
    High,
}

impl Certainty {
    /// Parses `high`, `medium` or `low`.
    pub fn parse(text: &str) -> Option<Certainty> {
        match text {
            "high" => Some(Certainty::High),
            "medium" => Some(Certainty::Medium),
            "low" => Some(Certainty::Low),
            _ => None,
        }
    }

    /// The word used in files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Certainty::High => "high",
            Certainty::Medium => "medium",
            Certainty::Low => "low",
        }
    }
}

/// A name that holds from a date on (and, for places, until a date).
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodName {
    /// First day the name applies.
    pub from: Date,
    /// First day it no longer applies, if it ended.
    pub until: Option<Date>,
    /// The name.
    pub name: String,
}

/// Picks the name in force at `date`: the last period that covers it, else `default`.
pub fn name_at<'a>(default: &'a str, names: &'a [PeriodName], date: Date) -> &'a str {
    names
        .iter()
        .rev()
        .find(|n| n.from <= date && n.until.is_none_or(|u| date < u))
        .map_or(default, |n| n.name.as_str())
}

/// A state whose control over regions the scenario follows (e.g. Japan, Russia).
#[derive(Debug, Clone, PartialEq)]
pub struct Power {
    /// The key used in events, e.g. `japan`.
    pub id: String,
    /// Its display name at the start.
    pub name: String,
    /// The colour of its territory on maps.
    pub color: Color,
    /// Later names, e.g. "Soviet Union" from 1922-12-30.
    pub names: Vec<PeriodName>,
}

impl Power {
    /// The power's name as of `date`.
    pub fn name_at(&self, date: Date) -> &str {
        name_at(&self.name, &self.names, date)
    }
}

/// How a status is drawn: the fill pattern of the regions that have it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// Filled with the power's colour.
    Solid,
    /// Filled with a light tint of the power's colour.
    Tint,
    /// Diagonal lines in the power's colour over a light tint.
    Hatch,
    /// Crossed diagonal lines.
    Crosshatch,
    /// Vertical lines, bolder than a hatch.
    Stripes,
    /// Dots.
    Dots,
    /// Only the outline in the power's colour.
    Outline,
}

impl Style {
    /// All styles, in the order they are documented.
    pub const ALL: [Style; 7] = [
        Style::Solid,
        Style::Tint,
        Style::Hatch,
        Style::Crosshatch,
        Style::Stripes,
        Style::Dots,
        Style::Outline,
    ];

    /// Parses the word used in scenario files.
    pub fn parse(text: &str) -> Option<Style> {
        Style::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// The word used in scenario files.
    pub fn as_str(self) -> &'static str {
        match self {
            Style::Solid => "solid",
            Style::Tint => "tint",
            Style::Hatch => "hatch",
            Style::Crosshatch => "crosshatch",
            Style::Stripes => "stripes",
            Style::Dots => "dots",
            Style::Outline => "outline",
        }
    }

    /// How firmly the style marks control, from 0 to 1: a flat rendering of the map (the
    /// GeoJSON export's `fill-opacity`) makes firm control read darker than influence.
    pub fn strength(self) -> f64 {
        match self {
            Style::Solid => 0.7,
            Style::Tint => 0.5,
            Style::Crosshatch => 0.45,
            Style::Stripes => 0.6,
            Style::Dots => 0.4,
            Style::Hatch => 0.3,
            Style::Outline => 0.1,
        }
    }
}

/// A kind of control: sphere of influence, protectorate, annexation, lease…
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    /// The key used in events, e.g. `sphere`.
    pub id: String,
    /// How the legend and captions say it, e.g. "sphere of influence".
    pub label: String,
    /// How regions with this status are filled.
    pub style: Style,
}

/// Who controls a region, and how.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Control {
    /// The power's id.
    pub power: String,
    /// The status's id.
    pub status: String,
    /// A period name for the region under this control, e.g. "Manchukuo".
    pub label: Option<String>,
    /// How sure it is that the region was held so: a claim or an extent the sources doubt
    /// is `Low`, drawn faded with a dashed border and said in the legend and alt text.
    pub certainty: Certainty,
    /// Why the control is doubtful, or anything a reader should know about it.
    pub note: Option<String>,
}

impl Control {
    /// A control of `power` with `status`, with no period name, certain, without a note.
    ///
    /// ```
    /// use spheres::model::{Certainty, Control};
    /// let c = Control::new("japan", "sphere");
    /// assert_eq!((c.power.as_str(), c.status.as_str()), ("japan", "sphere"));
    /// assert_eq!(c.certainty, Certainty::High);
    /// ```
    pub fn new(power: impl Into<String>, status: impl Into<String>) -> Control {
        Control {
            power: power.into(),
            status: status.into(),
            label: None,
            certainty: Certainty::High,
            note: None,
        }
    }

    /// Whether the sources doubt this control (its certainty is low).
    pub fn doubtful(&self) -> bool {
        self.certainty == Certainty::Low
    }
}

/// What an event does to one region.
#[derive(Debug, Clone, PartialEq)]
pub enum ControlChange {
    /// The region comes under this control.
    Set(Control),
    /// The region is no longer controlled by any power of the scenario.
    Clear,
}

/// A dated treaty or event that changes control or names.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// A stable key, e.g. `third-agreement`.
    pub id: String,
    /// The day it took effect.
    pub date: Date,
    /// Its name, e.g. "Third Russo-Japanese Agreement".
    pub title: String,
    /// Where it was signed or happened.
    pub place: Option<String>,
    /// Who signed it, where known.
    pub signatories: Vec<String>,
    /// A URL or citation for the event.
    pub source: String,
    /// Where sources disagree, or anything a reader should know.
    pub note: Option<String>,
    /// Whether it is a treaty or agreement (`treaty = true` in the file), rather than a
    /// war, proclamation or decree. The gallery compares the maps of consecutive treaties.
    pub treaty: bool,
    /// The changes, in file order.
    pub changes: Vec<(String, ControlChange)>,
}

/// A polygon whose control changes over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// A stable key, e.g. `korea`.
    pub id: String,
    /// The display name, e.g. "Korea".
    pub name: String,
    /// The larger region this one is a piece of, e.g. "North Manchuria" for Heilongjiang:
    /// pieces held alike are labelled together by this name.
    pub part_of: Option<String>,
    /// Whether it is drawn over the regions it crosses (a railway zone, a city inside a
    /// lease) rather than beside them. An overlay may overlap ordinary regions, not other
    /// overlays; while no power holds it, what lies under it shows.
    pub overlay: bool,
    /// How sure its boundary is.
    pub certainty: Certainty,
    /// Where the shape comes from.
    pub source: Option<String>,
    /// Its shape in lon/lat degrees, exterior rings counter-clockwise.
    pub shape: MultiPolygon<f64>,
}

/// A context polygon: a country, land or a power's home territory.
#[derive(Debug, Clone, PartialEq)]
pub struct BaseArea {
    /// A stable key.
    pub id: String,
    /// The name, if it may be labelled.
    pub name: Option<String>,
    /// The power whose home territory this is, if any.
    pub power: Option<String>,
    /// Its shape in lon/lat degrees.
    pub shape: MultiPolygon<f64>,
}

/// A treaty line, or one segment of one with its own certainty.
#[derive(Debug, Clone, PartialEq)]
pub struct TreatyLine {
    /// A stable key.
    pub id: String,
    /// The name shown in the legend, e.g. "1907 line".
    pub name: String,
    /// The event from whose date on it is drawn.
    pub event: String,
    /// The event or date from which it is no longer drawn.
    pub until: Option<String>,
    /// How sure its course is.
    pub certainty: Certainty,
    /// Its course in lon/lat degrees.
    pub path: MultiLineString<f64>,
}

/// A city or town that may be labelled.
#[derive(Debug, Clone, PartialEq)]
pub struct City {
    /// A stable key.
    pub id: String,
    /// Its default name.
    pub name: String,
    /// 1 for the most important; larger numbers are dropped first.
    pub rank: u8,
    /// Period names, e.g. Keijō for Seoul 1910–1945.
    pub names: Vec<PeriodName>,
    /// Its position in lon/lat degrees.
    pub at: Point<f64>,
}

impl City {
    /// The city's name as of `date`.
    pub fn name_at(&self, date: Date) -> &str {
        name_at(&self.name, &self.names, date)
    }
}

/// A railway line, drawn while it is in operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Railway {
    /// A stable key: the feature's id (with `-1`, `-2`… for the further lines of a
    /// MultiLineString feature).
    pub id: String,
    /// The feature's id, which translations name it by.
    pub feature: String,
    /// Its name.
    pub name: String,
    /// Later names, e.g. after a change of owner.
    pub names: Vec<PeriodName>,
    /// First day of operation, if known.
    pub from: Option<Date>,
    /// First day it is no longer drawn, if any.
    pub until: Option<Date>,
    /// Its course in lon/lat degrees.
    pub path: LineString<f64>,
}

impl Railway {
    /// The railway's name as of `date`.
    pub fn name_at(&self, date: Date) -> &str {
        name_at(&self.name, &self.names, date)
    }
}

/// The map frame of a scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct MapSpec {
    /// West, south, east, north, in degrees.
    pub bbox: [f64; 4],
    /// The projection as written: a proj4 string or an EPSG code (`EPSG:3035`), which
    /// the projection module turns into proj4.
    pub projection: String,
    /// Default width in pixels.
    pub width: u32,
    /// The frame runs east across the antimeridian (a map of the Pacific): its west edge,
    /// `bbox[0]`, lies east of its east edge, `bbox[2]`.
    pub crosses_antimeridian: bool,
    /// The built-in world ([`crate::world`]: coasts, and modern borders drawn faintly) is
    /// drawn under the regions and the scenario's own basemap.
    pub world: bool,
}

/// A name and, optionally, its periods: a power's or a place's name in a translation.
#[derive(Debug, Clone, PartialEq)]
pub struct Names {
    /// The name, before the first period and wherever no period holds.
    pub name: String,
    /// The names by period; `None` when the translation gives one name for every date.
    pub names: Option<Vec<PeriodName>>,
}

/// An event's words in a translation; what is `None` stays in English.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventWords {
    /// Its name ("Treaty of Portsmouth").
    pub title: Option<String>,
    /// Where it was signed or happened.
    pub place: Option<String>,
    /// Its note (prose, not a name: a translation may leave it in English).
    pub note: Option<String>,
    /// The signatories' names.
    pub signatories: Option<Vec<String>>,
}

/// The scenario's names in one other language, from `lang/<code>.toml`: keyed by the ids
/// of the scenario, except `labels`, keyed by the English text of names without an id
/// (control labels, `part_of` wholes, treaty line names, basemap and country names).
/// Whatever it lacks is drawn in English.
#[derive(Debug, Clone, PartialEq)]
pub struct Translation {
    /// The language.
    pub language: Language,
    /// The title, if translated; with `titles`, its periods.
    pub title: Option<Names>,
    /// The credit line.
    pub credit: Option<String>,
    /// Power names by power id.
    pub powers: IndexMap<String, Names>,
    /// Status labels by status id.
    pub statuses: IndexMap<String, String>,
    /// Region names by region id.
    pub regions: IndexMap<String, String>,
    /// City and railway names by feature id.
    pub places: IndexMap<String, Names>,
    /// Event words by event id.
    pub events: IndexMap<String, EventWords>,
    /// Names without an id, by their English text.
    pub labels: IndexMap<String, String>,
}

impl Translation {
    /// A translation that translates nothing.
    pub fn empty(language: Language) -> Translation {
        Translation {
            language,
            title: None,
            credit: None,
            powers: IndexMap::new(),
            statuses: IndexMap::new(),
            regions: IndexMap::new(),
            places: IndexMap::new(),
            events: IndexMap::new(),
            labels: IndexMap::new(),
        }
    }
}

/// Everything a scenario says: its metadata, powers, statuses, timeline and layers.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// A stable key, e.g. `japan-russia`.
    pub id: String,
    /// The map title.
    pub title: String,
    /// Titles for periods, e.g. naming a third power while it is on the map; the title
    /// in force at a map's date is drawn (see [`Scenario::title_at`]).
    pub titles: Vec<PeriodName>,
    /// The credit line printed on every map.
    pub credit: String,
    /// The licence of the maps made from the scenario, if it names one: written in the
    /// SVG's metadata and on the maps' Wikimedia Commons pages.
    pub license: Option<crate::license::License>,
    /// Who made the scenario's data (free text), if it says: the maps' author on their
    /// Commons pages and in their metadata.
    pub author: Option<String>,
    /// Wikimedia Commons categories for the maps (names without `Category:`), written on
    /// each map's Commons page.
    pub commons_categories: Vec<String>,
    /// The first year rendered by default.
    pub start: i32,
    /// The last year rendered by default.
    pub end: i32,
    /// The map frame.
    pub map: MapSpec,
    /// Powers in file order (the legend's order).
    pub powers: Vec<Power>,
    /// Statuses in file order (the legend's order).
    pub statuses: Vec<Status>,
    /// Events in file order.
    pub events: Vec<Event>,
    /// The regions whose control changes.
    pub regions: Vec<Region>,
    /// Context areas under the regions.
    pub basemap: Vec<BaseArea>,
    /// Treaty lines.
    pub lines: Vec<TreatyLine>,
    /// Cities.
    pub cities: Vec<City>,
    /// Railways.
    pub railways: Vec<Railway>,
    /// The scenario's names in other languages (`lang/<code>.toml`), in the order of
    /// [`Language::ALL`]; [`crate::translate`] makes the scenario of one language.
    pub translations: Vec<Translation>,
}

impl Scenario {
    /// The map title as of `date`: the last period title that covers it, else `title`.
    pub fn title_at(&self, date: Date) -> &str {
        name_at(&self.title, &self.titles, date)
    }

    /// The power with this id.
    pub fn power(&self, id: &str) -> Option<&Power> {
        self.powers.iter().find(|p| p.id == id)
    }

    /// The status with this id.
    pub fn status(&self, id: &str) -> Option<&Status> {
        self.statuses.iter().find(|s| s.id == id)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// The index of the region with this id.
    pub fn region_index(&self, id: &str) -> Option<usize> {
        self.regions.iter().position(|r| r.id == id)
    }

    /// The name of the power `id` as of `date`; the id itself for a power the scenario
    /// does not know (the loader refuses those, so only hand-made scenarios get it).
    pub fn power_name<'s>(&'s self, id: &'s str, date: Date) -> &'s str {
        self.power(id).map_or(id, |p| p.name_at(date))
    }

    /// The label of the status `id` ("sphere of influence"); the id itself for a status
    /// the scenario does not know.
    pub fn status_label<'s>(&'s self, id: &'s str) -> &'s str {
        self.status(id).map_or(id, |s| s.label.as_str())
    }

    /// The index of the power with this id (its place in the scenario, which picks its
    /// colour in a theme's palette).
    pub fn power_index(&self, id: &str) -> Option<usize> {
        self.powers.iter().position(|p| p.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_validate_the_calendar() {
        assert!(Date::parse("1912-02-29").is_some());
        assert!(Date::parse("1900-02-29").is_none());
        assert!(Date::parse("2000-02-29").is_some());
        assert!(Date::parse("1910-13-01").is_none());
        assert!(Date::parse("1910-04-31").is_none());
        assert!(Date::parse("1910-4-30").is_none());
        assert!(Date::parse("+910-04-30").is_none());
        assert_eq!(Date::parse("1932-03-01").unwrap().long(), "1 March 1932");
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let d = Date::end_of_year(1912);
        let want = [
            (Language::En, "31 December 1912", "31 December"),
            (Language::Ja, "1912年12月31日", "12月31日"),
            (Language::Ko, "1912년 12월 31일", "12월 31일"),
            (Language::Ru, "31 декабря 1912 г.", "31 декабря"),
            (Language::Zh, "1912年12月31日", "12月31日"),
        ];
        for (language, long, day_month) in want {
            assert_eq!(d.long_in(language), long, "{language}");
            assert_eq!(d.day_month_in(language), day_month, "{language}");
        }
        // Every month, in Russian in the genitive.
        let months: Vec<String> = (1..=12)
            .map(|m| Date::new(1905, m, 5).unwrap().long_in(Language::Ru))
            .collect();
        assert_eq!(
            months,
            [
                "5 января 1905 г.",
                "5 февраля 1905 г.",
                "5 марта 1905 г.",
                "5 апреля 1905 г.",
                "5 мая 1905 г.",
                "5 июня 1905 г.",
                "5 июля 1905 г.",
                "5 августа 1905 г.",
                "5 сентября 1905 г.",
                "5 октября 1905 г.",
                "5 ноября 1905 г.",
                "5 декабря 1905 г.",
            ]
        );
        let english: Vec<String> = (1..=12)
            .map(|m| Date::new(1905, m, 5).unwrap().long())
            .collect();
        assert_eq!(english[0], "5 January 1905");
        assert_eq!(english[8], "5 September 1905");
        assert_eq!(
            Date::new(1905, 9, 5).unwrap().long_in(Language::Ja),
            "1905年9月5日"
        );
        let d = Date::new(1912, 7, 8).unwrap();
        assert_eq!(d.short_in(Language::En), "8 Jul 1912");
        assert_eq!(d.short_in(Language::Ru), "8 июля 1912");
        assert_eq!(d.short_in(Language::Ko), "1912. 7. 8.");
        assert_eq!(d.short_in(Language::Zh), "1912年7月8日");
    }

    #[test]
    fn period_names_pick_the_one_in_force() {
        let names = vec![
            PeriodName {
                from: Date::parse("1917-11-07").unwrap(),
                until: None,
                name: "Soviet Russia".into(),
            },
            PeriodName {
                from: Date::parse("1922-12-30").unwrap(),
                until: None,
                name: "Soviet Union".into(),
            },
        ];
        let at = |s| name_at("Russian Empire", &names, Date::parse(s).unwrap());
        assert_eq!(at("1917-11-06"), "Russian Empire");
        assert_eq!(at("1917-11-07"), "Soviet Russia");
        assert_eq!(at("1922-12-30"), "Soviet Union");
        let keijo = vec![PeriodName {
            from: Date::parse("1910-08-29").unwrap(),
            until: Date::parse("1945-08-15"),
            name: "Keijō".into(),
        }];
        assert_eq!(
            name_at("Seoul", &keijo, Date::parse("1945-08-14").unwrap()),
            "Keijō"
        );
        assert_eq!(
            name_at("Seoul", &keijo, Date::parse("1945-08-15").unwrap()),
            "Seoul"
        );
    }

    #[test]
    fn colours_mix_and_print() {
        let red = Color::parse("#ff0000").unwrap();
        assert_eq!(red.mix(Color::WHITE, 0.5).to_string(), "#ff8080");
        assert!(Color::WHITE.luminance() > 0.99);
        assert!(Color::BLACK.luminance() < 0.01);
    }
}
