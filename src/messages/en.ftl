# The words spheres writes in English. Each message is one phrase or sentence the code
# fills in; names in it ($power, $region, $event, $title) come from the scenario, already
# in the language. The arrow "→" between two states is written by the code, not here.
# Every other file (ja, ko, ru, zh) has the same messages with the same variables.

## Dates, numbers and lists

# A date in words. $day, $month and $year are numbers.
date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
# A day and month, drawn small over the year of an animation frame's date stamp.
day-month = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# A year said alone (e.g. in the title of a diff map: "… 1909 → 1912").
year = { $year }
# Between groups of three digits: 1,000.
group-separator = {","}
# Before the decimals: 44.5°N.
decimal-mark = {"."}
# An area, its number already written with group separators.
area = { $area } km²
# Lists: "A, B and C" is the separator between all but the last two, then list-last.
list-separator = {", "}
list-last = { $init } and { $last }
# Between the parts of a longer list whose parts have commas of their own.
parts-separator = {"; "}
# A sentence of the alt text, and what stands between two sentences.
sentence = { $text }.
sentence-separator = {" "}
# A name with a gloss in brackets: "Korea (as Chōsen)".
bracket = { $name } ({ $gloss })
# A second gloss in the same brackets: "Tannu Uriankhai (Tuva; as Uryankhay Krai)".
gloss-more = { $gloss }; { $more }
# A region under a period name: "Korea (as Chōsen)".
gloss-as = as { $name }
# A period name covering several regions: "Eastern Inner Mongolia (including Jehol)".
gloss-including = including { $names }
# A region whose control is doubtful: "Northern Manchuria (doubtful)".
gloss-doubtful = doubtful

## Controls and moments

# A region no power holds, as a control ("none → Empire of Japan, protectorate").
none = none
control = { $power }, { $status }
# A status with the period name the region had under it.
status-as = { $status }, as { $name }
change-of = { $region }: { $before } → { $after }
# A moment in a report: the date and its event, or the latest event before it.
moment-event = { $date } ({ $event })
moment-latest = { $date } (latest event: { $event }, { $event-date })
moment-before = { $date } (before the first event of the timeline)
event-dated = { $event } ({ $date })
dated-event = { $date } — { $event }

## The year map

# The subtitle: the date shown and the event the map reflects.
subtitle-event = { $date } — { $event }
subtitle-after = { $date } — after the { $event } of { $event-date }
subtitle-before = { $date } — before the first event of the timeline
# The SVG's <title>: the map's title and its subtitle.
map-title = { $title } — { $subtitle }
# A map's caption, as a sentence (the code adds the full stop).
caption = { $title }, { $subtitle }
# The alt text (the SVG's <desc>), sentence by sentence; the code adds the full stops.
# $title is the scenario's title, which the English alt text lowercases after "Map of".
alt-intro = Map of { $title } as of { $date }
alt-intro-after = Map of { $title } as of { $date }, after the { $event } ({ $event-date })
# "Empire of Japan: annexed territory — Korea; sphere of influence — South Manchuria"
alt-power = { $power }: { $holdings }
alt-status = { $status } — { $regions }
# Regions no power holds that lie in a power's home territory: "Sakhalin (Russian Empire)".
alt-home = Home territory: { $regions }
alt-free = Held by none of them: { $regions }
alt-none-held = No power holds any of the regions shown
# Added to the scenario's credit on maps drawn on the built-in world.
credit-world = Coasts and modern borders: Natural Earth (public domain), shown for orientation.
# Added to the credit: the source (a URL or citation) of the latest event.
credit-latest = Latest event: { $source }.
# Tooltip of the thin lines of today's borders under the historical map.
modern-borders = Modern borders (Natural Earth), for orientation
# Tooltips of the regions.
region-unheld = { $region }: not held by any power of the map
region-held = { $region }: { $power }, { $status } (since the { $event } of { $event-date })
region-held-doubtful = { $region }: { $power }, { $status }, doubtful (since the { $event } of { $event-date })
# Tooltip of a treaty line: its name and how sure its course is.
line-tooltip = { $line } ({ $certainty ->
    [high] high
    [medium] medium
   *[low] low
} certainty)
# Legend rows.
legend-home = home territory
legend-course-uncertain = course uncertain (dotted)
legend-boundary-uncertain = boundary uncertain
legend-doubtful = control doubtful or partial (faded)
legend-railway = railway
# The scale bar's title: true along a parallel, or at one point.
scale-along = Scale along { $latitude }
scale-at = Scale at { $latitude }, { $longitude }
# $degrees is already written (44, 44.5); $hemisphere is north/south or east/west.
latitude = { $degrees }°{ $hemisphere ->
    [north] N
   *[south] S
}
longitude = { $degrees }°{ $hemisphere ->
    [east] E
   *[west] W
}
# The length of the scale bar, its number already written.
scale-km = { $km } km

## The diff map

# $from and $to are moments: a year, a date, or an event's title.
diff-title = { $title }: { $from } → { $to }
diff-subtitle = What changed from { $from } to { $to }
diff-alt-intro = Map of the changes to { $title } from { $from } to { $to }
diff-alt-none = No region changed
diff-alt-events = Events in between: { $events }
# Headings of the list of events under the diff map.
diff-caption-none = No events in between.
diff-caption-events = Events in between:
diff-caption-events-grey = Events in between (in grey: no change to the regions shown):
region-unchanged = { $region }: unchanged ({ $control })
# Legend of the diff map: headings, then one row per kind of change.
legend-changed = Changed
legend-unchanged = Unchanged
change-gained = gained by { $power }
change-lost = lost by { $power }
change-transferred = from { $from } to { $to }
change-status = new status, { $power }
change-name = new name, { $power }

## The timeline report (spheres timeline)

timeline-heading = { $title }: timeline
# The label before an event's first change in the text timeline; the following changes
# are indented to its width.
timeline-changed = changed:
timeline-nothing = changed: nothing on the map
# Markdown: the event's id in backticks (keep them), then its source as a link whose
# words are timeline-source-link, or as a citation.
timeline-event-source = Event `{ $id }`, { $source }.
timeline-source-link = source
timeline-event-cited = Event `{ $id }`, source: { $source }.
timeline-no-change = No change on the map.
# Heading of the list of who held what after the event.
timeline-after = After it:
# "sphere of influence: South Manchuria and Eastern Inner Mongolia"
holding-status = { $status }: { $regions }
# "Empire of Japan, 543,650 km² — annexed territory: Korea; …"
holding-power = { $power }, { $area } — { $holdings }
holding-free = held by none of them: { $regions }

## The diff report (spheres diff, text and Markdown)

# $from and $to are moments with their latest event: "31 December 1909 (latest event: …)".
report-from-to = From { $from } to { $to }:
report-no-changes = No changes.
report-event = { $event }, { $date }
report-change-events = { $change } — { $events }
# A power's area at both moments; $area, $after are areas with their unit, $before a number.
report-area-unchanged = unchanged at { $area }
report-area-changed = { $before } → { $after }
# $difference is signed: "+320,413" or "−1,200".
report-area-changed-by = { $before } → { $after } ({ $difference })
report-power-area = { $power } { $area }
report-area-held = Area held: { $powers }.
report-md-heading = Changes from { $from } to { $to }
column-region = Region
column-before = Before
column-after = After
column-area = Area (km²)
column-events = Events
# The summary paragraph under the Markdown table, sentence by sentence.
summary-none = No region changed between { $from } and { $to }
summary-intro = Between { $from } and { $to }, { $count } { $count ->
    [one] region
   *[other] regions
} changed
# Glosses of a region gained from, or lost to, another power: "Korea (from Russian Empire)".
gloss-from = from { $power }
gloss-to = to { $power }
summary-gained = gained { $regions }
summary-lost = lost { $regions }
summary-changed = changed the status of { $regions }
summary-area-unchanged = the area it held was unchanged at { $area }
summary-area-went = the area it held went from { $before } to { $after }
# "Empire of Japan gained …; lost …; the area it held went from … to …"
summary-power = { $power } { $clauses }; { $area }

## The gallery page (index.html)

# The page's messages are HTML text: no markup characters (< > & ") in them.
gallery-title = { $title } — map gallery
# $title is the scenario's title, lowercased after "Maps of" in English.
gallery-description = Maps of { $title } for every year from { $first } to { $last }, with their captions, alt text and sources.
gallery-skip = Skip to the maps
# The small line over the page's heading.
gallery-kicker = Map gallery
# The label of the menu of the page's sections, for screen readers.
gallery-sections = Sections
gallery-years = Year by year
# The heading of the diff maps: between treaties, or (for a scenario that marks none)
# between the events that change control.
gallery-between = Between { $compared ->
    [treaties] treaties
   *[events] events
}
# After the link to maps.json.
gallery-manifest-note = (captions, alt text and sources of every file)
# $manifest is the link to maps.json.
gallery-colophon = Made with spheres. Every map is in this folder as SVG and PNG; { $manifest } lists them with their captions, alt text and sources.
# The opening paragraph, in three pieces put one after the other: the year maps, the
# diff maps (left out when there are none), and what comes with each map ($figure is
# the word <figure>, set as code).
gallery-lede-years = { $count } { $count ->
    [one] map
   *[other] maps
}, one for each year from { $first } to { $last }
gallery-lede-diffs = , and { $count } { $count ->
    [one] map
   *[other] maps
} of what changed between consecutive { $compared ->
    [treaties] treaties
   *[events] events
}
gallery-lede-files = . Each map comes as SVG and PNG with its caption, alt text, sources and a { $figure } to paste into a page.
gallery-years-hint = Each map shows the state as of 31 December of its year.
gallery-slider-hint = Move the slider, or use the arrow keys on it, to step through the years.
gallery-ticks-hint = The marks under the slider are the years of treaties.
# The buttons beside the slider; the -sr words follow for screen readers only
# ("Previous year").
gallery-previous = Previous
gallery-previous-sr = {" "}year
gallery-next = Next
gallery-next-sr = {" "}year
# The slider's label.
gallery-year = Year
gallery-no-event = No event in { $year }.
gallery-events-in = Events in { $year }
# Headings of disclosures under each map.
gallery-alt-text = Alt text
gallery-sources = Sources ({ $count })
gallery-source = { $date }: { $source }
gallery-embed = Embed this map
# A small tag after an event that is a treaty.
gallery-treaty-tag = treaty
gallery-no-change = (no change on the map)
# The copy button of a <figure> snippet ($format: SVG or PNG), and what it says after.
gallery-copy-figure = Copy the { $format } figure
gallery-copy = Copy
gallery-copied = Copied
gallery-selected = Selected
gallery-copied-toast = Copied to the clipboard
gallery-selected-toast = Selected: press Ctrl+C (⌘C on a Mac) to copy
gallery-diffs-hint = Each map compares the state just after one { $compared ->
    [treaties] treaty
   *[events] event
} with the state just after the next, and shows only what changed; pairs that changed nothing on the map are left out.
# The label of the list of comparisons, for screen readers.
gallery-comparisons = Comparisons
# A diff map's caption; $from and $to are events, with their dates.
gallery-diff-caption = { $title }: what changed from the { $from } of { $from-date } to the { $to } of { $to-date }
gallery-what-changed = What changed
gallery-events-between = Events in between
gallery-held-by-none = held by none

## The chart (spheres chart)

# A date in the chart's key of events, short.
date-short = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }
# $from and $to are years.
chart-title = Area held by each power, { $from }–{ $to }
# Under the title, after the scenario's title.
chart-reading = Geodesic area of the regions each power held, by status; numbered marks are the events listed below
# At the foot, before the scenario's credit.
chart-method = Areas: whole regions, geodesic (WGS84); a sphere of influence counts with the full area of its region, a railway zone with its own; doubtful control (faded on the maps) is not counted.
# The chart's alt text, sentence by sentence; $first, $peak, $last are areas.
chart-desc-intro = Step chart of the area held by each power from { $from } to { $to }, by status
chart-desc-nothing = { $power } holds nothing
chart-desc-power = { $power }: { $first } at the start of { $from }, a peak of { $peak } from { $peak-date }, and { $last } at the end of { $to }
# A power's later name in its panel's key: "Soviet Union from 1922".
chart-later-name = { $name } from { $year }
chart-axis = Area ({ $unit })
chart-unit-million = million km²
chart-unit-thousand = thousand km²
chart-unit-km2 = km²
# In the panel of a power that held nothing in the years charted.
chart-held-nothing = held nothing
chart-events = Events
# How to read the event markers: filled for an event that changed control.
chart-events-note = filled: changed who held what; hollow: changed nothing on the map
