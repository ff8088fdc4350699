# spheres가 쓰는 한국어 문구. 영어판 en.ftl과 같은 메시지, 같은 변수.
# $power, $region, $event, $title 등은 시나리오의 이름으로, 이미 한국어로 되어 있다.
# 이름 뒤에 받침에 따라 바뀌는 조사(을/를, 이/가, (으)로)를 붙이지 않는다.
# 두 상태 사이의 화살표 "→"는 코드가 쓴다.
# review: 조사는 이름 뒤가 아니라 늘 같은 낱말(지역, 장, 지도 …) 뒤에만 붙이고, 이름 뒤에는
# 받침과 상관없는 의·에·에서만 쓴다.
# review: "어느 나라에도 속하지 않은 지역"은 화북·양쯔강 하류 같은 중국 땅을 주인 없는 땅처럼
# 말하게 된다. 영어 원문(held by none of them)의 뜻대로 "어느 열강에도 속하지 않은"으로 쓴다.

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
# review: "최근"은 오늘을 기준으로 읽히므로, 그 시점 바로 앞의 사건이라는 뜻으로 "직전 사건".
moment-latest = { $date }(직전 사건: { $event-date } { $event })
moment-before = { $date }(연표의 첫 사건 이전)
# review: 날짜를 앞에 둔다. 사건 이름이 괄호로 끝나는 일이 많아("한일 병합 조약 (경술국치)")
# 뒤에 날짜 괄호를 붙이면 ")("가 된다. 한국어로도 날짜가 앞에 오는 편이 자연스럽다.
event-dated = { $date } { $event }
dated-event = { $date } — { $event }

## 연도 지도

subtitle-event = { $date } — { $event }
subtitle-after = { $date } 현재 — { $event-date } { $event } 이후
subtitle-before = { $date } 현재 — 연표의 첫 사건 이전
# review: 부제에 이미 줄표가 있으므로("… 현재 — … 이후") 쌍점으로 잇는다. 변화 지도 제목과 같다.
map-title = { $title }: { $subtitle }
caption = { $title }, { $subtitle }
alt-intro = { $date } 현재 { $title } 지도
alt-intro-after = { $date } 현재({ $event-date } { $event } 이후) { $title } 지도
alt-power = { $power }: { $holdings }
alt-status = { $status } — { $regions }
alt-home = 본국 영토: { $regions }
alt-free = 어느 열강에도 속하지 않은 지역: { $regions }
alt-none-held = 지도에 표시된 지역 가운데 열강에 속한 곳은 없음
credit-world = 해안선과 현대 국경: Natural Earth(퍼블릭 도메인), 위치 참고용.
credit-latest = 직전 사건의 출처: { $source }.
modern-borders = 현대 국경(Natural Earth), 위치 참고용
region-unheld = { $region }: 어느 열강에도 속하지 않음
region-held = { $region }: { $power }의 { $status }({ $event-date } { $event } 이후)
region-held-doubtful = { $region }: { $power }의 { $status }, 지배 불확실({ $event-date } { $event } 이후)
# review: 선 이름에 괄호가 있는 일이 많아("1907년 분계선 (제1차 러일 협약)") 괄호 대신 줄표.
# 조약선에는 "경로"보다 "위치"가 맞다.
line-tooltip = { $line } — 위치 신뢰도: { $certainty ->
    [high] 높음
    [medium] 보통
   *[low] 낮음
}
legend-home = 본국 영토
legend-course-uncertain = 위치 불확실(점선)
legend-boundary-uncertain = 경계 불확실
legend-doubtful = 불확실하거나 부분적인 지배(옅은 색)
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
diff-alt-events = 이 기간의 사건: { $events }
diff-caption-none = 이 기간의 사건 없음.
diff-caption-events = 이 기간의 사건:
diff-caption-events-grey = 이 기간의 사건(회색: 표시된 지역에 변화 없음):
region-unchanged = { $region }: 변화 없음({ $control })
legend-changed = 변화 있음
legend-unchanged = 변화 없음
# review: 범례의 행은 모두 "열강: 무엇" 꼴로 맞춘다. "지위 변경, 일본 제국"은 어색하고,
# "{ $to }(으)로" 같은 조사는 쓸 수 없으며, 이양은 주권·권한에 쓰는 말이라 화살표만 둔다.
change-gained = { $power }: 획득
change-lost = { $power }: 상실
change-transferred = { $from } → { $to }
change-status = { $power }: 지위 변경
change-name = { $power }: 명칭 변경

## 연표 보고서(spheres timeline)

timeline-heading = { $title }: 연표
timeline-changed = 변화:
timeline-nothing = 변화: 지도상으로는 없음
# Markdown: 백틱은 그대로 둔다.
timeline-event-source = 사건 `{ $id }`, { $source }.
timeline-source-link = 출처
timeline-event-cited = 사건 `{ $id }`, 출처: { $source }.
timeline-no-change = 지도상 변화 없음.
timeline-after = 이 사건 이후:
holding-status = { $status }: { $regions }
holding-power = { $power }, { $area } — { $holdings }
holding-free = 어느 열강에도 속하지 않은 지역: { $regions }

## 비교 보고서(spheres diff)

report-from-to = { $from }부터 { $to }까지:
report-no-changes = 변화 없음.
report-event = { $date } { $event }
report-change-events = { $change } — { $events }
report-area-unchanged = 변화 없음({ $area })
report-area-changed = { $before } → { $after }
report-area-changed-by = { $before } → { $after }({ $difference })
# review: "보유 면적: 일본 제국 533,877 → 854,291 km²": 쌍점이 겹치지 않게 영어처럼 띄어 쓴다.
report-power-area = { $power } { $area }
report-area-held = 보유 면적: { $powers }.
report-md-heading = { $from }부터 { $to }까지의 변화
column-region = 지역
column-before = 이전
column-after = 이후
column-area = 면적(km²)
column-events = 사건
summary-none = { $from }부터 { $to }까지 변화한 지역 없음
summary-intro = { $from }부터 { $to }까지 { $count }개 지역이 변화함
# "관동주(러시아 제국에서 넘어옴) 획득": 에·에서는 받침과 상관없다.
gloss-from = { $power }에서 넘어옴
gloss-to = { $power }에 넘어감
summary-gained = { $regions } 획득
summary-lost = { $regions } 상실
summary-changed = { $regions }의 지위 변경
summary-area-unchanged = 보유 면적 변화 없음({ $area })
summary-area-went = 보유 면적 { $before } → { $after }
summary-power = { $power }: { $clauses }; { $area }

## 지도 갤러리(index.html)

# HTML 본문: 기호 < > & " 는 쓰지 않는다.
gallery-title = { $title } — 지도 갤러리
gallery-description = { $first }–{ $last }년 연도별 { $title } 지도와 각 지도의 캡션, 대체 텍스트, 출처.
gallery-skip = 지도로 건너뛰기
gallery-kicker = 지도 갤러리
gallery-sections = 목차
gallery-years = 연도별 지도
gallery-between = { $compared ->
    [treaties] 조약 사이의 변화
   *[events] 사건 사이의 변화
}
gallery-manifest-note = (모든 파일의 캡션, 대체 텍스트, 출처)
gallery-colophon = spheres로 만들었다. 모든 지도가 이 폴더에 SVG와 PNG 파일로 들어 있으며, { $manifest }에 각 파일의 캡션, 대체 텍스트, 출처와 함께 목록이 있다.
# review: 세 조각이 이 차례로 이어진다(lede-years, 있으면 lede-diffs, lede-files). 앞 두 조각은
# 늘 "…장"으로 끝나므로 다음 조각 첫머리의 조사 "과", "이"는 언제나 맞다. 이렇게 해야
# "…지도 47장과 … 지도 12장이 있다."라는 온전한 문장이 된다.
gallery-lede-years = 이 갤러리에는 { $first }년부터 { $last }년까지 해마다 한 장씩 그린 지도 { $count }장
gallery-lede-diffs = 과 잇따른 두 { $compared ->
    [treaties] 조약
   *[events] 사건
} 사이의 변화를 보여 주는 지도 { $count }장
gallery-lede-files = 이 있다. 각 지도는 SVG와 PNG로 제공되며, 캡션, 대체 텍스트, 출처, 페이지에 붙여 넣을 { $figure } 코드가 함께 있다.
gallery-years-hint = 각 지도는 그해 12월 31일 현재의 상태를 보여 준다.
gallery-slider-hint = 슬라이더를 움직이거나 슬라이더에서 화살표 키를 눌러 연도를 넘길 수 있다.
gallery-ticks-hint = 슬라이더 아래의 눈금은 조약이 맺어진 해이다.
gallery-previous = 이전
gallery-previous-sr = {" "}연도
gallery-next = 다음
gallery-next-sr = {" "}연도
gallery-year = 연도
gallery-no-event = { $year }년에는 사건이 없다.
gallery-events-in = { $year }년의 사건
gallery-alt-text = 대체 텍스트
gallery-sources = 출처({ $count })
gallery-source = { $date }: { $source }
gallery-embed = 삽입 코드
gallery-treaty-tag = 조약
gallery-no-change = (지도상 변화 없음)
gallery-copy-figure = { $format }용 figure 코드 복사
gallery-copy = 복사
gallery-copied = 복사됨
gallery-selected = 선택됨
gallery-copied-toast = 클립보드에 복사되었습니다
gallery-selected-toast = 선택되었습니다. Ctrl+C(Mac에서는 ⌘C)를 눌러 복사하세요
gallery-diffs-hint = 각 지도는 한 { $compared ->
    [treaties] 조약
   *[events] 사건
} 직후의 상태를 다음 { $compared ->
    [treaties] 조약
   *[events] 사건
} 직후의 상태와 비교해 바뀐 것만 보여 준다. 지도에 아무 변화가 없는 쌍은 뺐다.
gallery-comparisons = 비교
gallery-diff-caption = { $title }: { $from-date } { $from }부터 { $to-date } { $to }까지의 변화
gallery-what-changed = 변화
gallery-events-between = 이 기간의 사건
gallery-held-by-none = 어느 열강에도 속하지 않음

## 그래프(spheres chart)

date-short = { $year }. { $month }. { $day }.
# review: 보고서와 같은 "보유 면적". "지배"는 세력권까지 싸잡기에는 너무 강하다.
chart-title = 열강별 보유 면적, { $from }–{ $to }년
chart-reading = 열강별 보유 지역의 측지 면적(지위별). 번호가 붙은 원은 아래 목록의 사건
chart-method = 면적: 지역 전체의 측지 면적(WGS84). 세력권은 그 지역의 전체 면적으로, 철도 부속지는 그 자체의 면적으로 센다. 지배가 불확실한 지역(지도에서 옅은 색)은 세지 않는다.
chart-desc-intro = { $from }년부터 { $to }년까지 열강별 보유 면적을 지위별로 보여 주는 계단형 그래프
chart-desc-nothing = { $power }: 보유 지역 없음
chart-desc-power = { $power }: { $from }년 초 { $first }, { $peak-date }부터 최대 { $peak }, { $to }년 말 { $last }
chart-later-name = { $year }년부터 { $name }
chart-axis = 면적({ $unit })
chart-unit-million = 백만 km²
chart-unit-thousand = 천 km²
chart-unit-km2 = km²
chart-held-nothing = 보유 지역 없음
chart-events = 사건
chart-events-note = 채운 원은 보유 관계가 바뀐 사건, 빈 원은 지도상 변화가 없는 사건
