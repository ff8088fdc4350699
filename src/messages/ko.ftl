# spheres가 쓰는 한국어 문구. 영어판 en.ftl과 같은 메시지, 같은 변수.
# $power, $region, $event, $title 등은 시나리오의 이름으로, 이미 한국어로 되어 있다.
# 이름 뒤에 받침에 따라 바뀌는 조사(을/를, 이/가, (으)로)를 붙이지 않는다.
# 두 상태 사이의 화살표 "→"는 코드가 쓴다.

## 날짜, 수, 나열

date = { $year }년 { $month }월 { $day }일
# 애니메이션의 연도 위에 작게 쓰는 월일.
day-month = { $month }월 { $day }일
year = { $year }년
group-separator = {","}
decimal-mark = {"."}
area = { $area } km²
list-separator = {", "}
list-last = { $init }, { $last }
parts-separator = {"; "}
sentence = { $text }.
sentence-separator = {" "}
bracket = { $name }({ $gloss })
gloss-more = { $gloss }; { $more }
# 당시의 명칭으로 불린 지역: "북만주(당시 명칭: 만주국)"
gloss-as = 당시 명칭: { $name }
gloss-including = { $names } 포함
gloss-doubtful = 지배 불확실

## 지배와 시점

none = 없음
control = { $power }의 { $status }
status-as = { $status }, 당시 명칭: { $name }
change-of = { $region }: { $before } → { $after }
moment-event = { $date }({ $event })
moment-latest = { $date }(최근 사건: { $event }, { $event-date })
moment-before = { $date }(연표의 첫 사건 이전)
event-dated = { $event }({ $date })
dated-event = { $date } — { $event }

## 연도 지도

subtitle-event = { $date } — { $event }
subtitle-after = { $date } 현재 — { $event-date } { $event } 이후
subtitle-before = { $date } 현재 — 연표의 첫 사건 이전
map-title = { $title } — { $subtitle }
caption = { $title }, { $subtitle }
alt-intro = { $date } 현재 { $title } 지도
alt-intro-after = { $date } 현재({ $event-date } { $event } 이후) { $title } 지도
alt-power = { $power }: { $holdings }
alt-status = { $status } — { $regions }
alt-home = 본국 영토: { $regions }
alt-free = 어느 나라에도 속하지 않은 지역: { $regions }
alt-none-held = 지도에 표시된 지역은 모두 어느 나라에도 속하지 않음
credit-world = 해안선과 현대 국경: Natural Earth(퍼블릭 도메인), 위치 참고용.
credit-latest = 최근 사건의 출처: { $source }.
modern-borders = 현대 국경(Natural Earth), 위치 참고용
region-unheld = { $region }: 지도의 어느 나라에도 속하지 않음
region-held = { $region }: { $power }의 { $status }({ $event-date } { $event } 이후)
region-held-doubtful = { $region }: { $power }의 { $status }, 지배 불확실({ $event-date } { $event } 이후)
line-tooltip = { $line }(경로 확실성: { $certainty ->
    [high] 높음
    [medium] 보통
   *[low] 낮음
})
legend-home = 본국 영토
legend-course-uncertain = 경로 불확실(점선)
legend-boundary-uncertain = 경계 불확실
legend-doubtful = 지배 불확실 또는 부분적(옅은 색)
legend-railway = 철도
scale-along = { $latitude } 기준 축척
scale-at = { $latitude }, { $longitude } 기준 축척
latitude = { $hemisphere ->
    [north] 북위
   *[south] 남위
} { $degrees }°
longitude = { $hemisphere ->
    [east] 동경
   *[west] 서경
} { $degrees }°
scale-km = { $km } km

## 변화 지도

diff-title = { $title }: { $from } → { $to }
diff-subtitle = { $from }부터 { $to }까지의 변화
diff-alt-intro = { $from }부터 { $to }까지 { $title }의 변화를 보여 주는 지도
diff-alt-none = 변화한 지역 없음
diff-alt-events = 그 사이의 사건: { $events }
diff-caption-none = 그 사이의 사건 없음.
diff-caption-events = 그 사이의 사건:
diff-caption-events-grey = 그 사이의 사건(회색: 표시된 지역에 변화 없음):
region-unchanged = { $region }: 변화 없음({ $control })
legend-changed = 변화
legend-unchanged = 변화 없음
change-gained = { $power } 획득
change-lost = { $power } 상실
change-transferred = { $from }에서 { $to }에 이양
change-status = 지위 변경, { $power }
change-name = 명칭 변경, { $power }

## 연표 보고서(spheres timeline)

timeline-heading = { $title }: 연표
timeline-changed = 변화:
timeline-nothing = 변화: 지도상 변화 없음
# Markdown: 백틱은 그대로 둔다.
timeline-event-source = 사건 `{ $id }`, { $source }.
timeline-source-link = 출처
timeline-event-cited = 사건 `{ $id }`, 출처: { $source }.
timeline-no-change = 지도상 변화 없음.
timeline-after = 이 사건 이후:
holding-status = { $status }: { $regions }
holding-power = { $power }, { $area } — { $holdings }
holding-free = 어느 나라에도 속하지 않은 지역: { $regions }

## 비교 보고서(spheres diff)

report-from-to = { $from }부터 { $to }까지:
report-no-changes = 변화 없음.
report-event = { $event }, { $date }
report-change-events = { $change } — { $events }
report-area-unchanged = 변화 없음, { $area }
report-area-changed = { $before } → { $after }
report-area-changed-by = { $before } → { $after }({ $difference })
report-power-area = { $power }: { $area }
report-area-held = 보유 면적: { $powers }.
report-md-heading = { $from }부터 { $to }까지의 변화
column-region = 지역
column-before = 이전
column-after = 이후
column-area = 면적(km²)
column-events = 사건
summary-none = { $from }부터 { $to }까지 변화한 지역 없음
summary-intro = { $from }부터 { $to }까지 { $count }개 지역이 변화함
gloss-from = 이전: { $power }
gloss-to = 이후: { $power }
summary-gained = { $regions } 획득
summary-lost = { $regions } 상실
summary-changed = { $regions } 지위 변경
summary-area-unchanged = 보유 면적 변화 없음({ $area })
summary-area-went = 보유 면적 { $before } → { $after }
summary-power = { $power }: { $clauses }; { $area }
