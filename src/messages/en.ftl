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
