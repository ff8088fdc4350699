# spheres が書く日本語の言葉。英語版 en.ftl と同じメッセージ、同じ変数。
# $power・$region・$event・$title などはシナリオの名前で、すでに日本語になっている。
# 二つの状態の間の矢印「→」はコードが書く。

## 日付・数・列挙

date = { $year }年{ $month }月{ $day }日
# アニメーションの年の上に小さく書く月日。
day-month = { $month }月{ $day }日
year = { $year }年
group-separator = {","}
decimal-mark = {"."}
area = { $area } km²
list-separator = {"、"}
list-last = { $init }、{ $last }
# 読点を含む部分同士の区切り。
parts-separator = {"；"}
sentence = { $text }。
sentence-separator = {""}
bracket = { $name }（{ $gloss }）
gloss-more = { $gloss }、{ $more }
# 当時の名称で呼ばれた地域：「北満洲（満洲国として）」
gloss-as = { $name }として
gloss-including = { $names }を含む
gloss-doubtful = 支配不確実

## 支配と時点

none = なし
control = { $power }の{ $status }
status-as = { $status }、{ $name }として
change-of = { $region }：{ $before } → { $after }
moment-event = { $date }（{ $event }）
moment-latest = { $date }（直近の出来事：{ $event }、{ $event-date }）
moment-before = { $date }（年表の最初の出来事より前）
event-dated = { $event }（{ $date }）
dated-event = { $date }：{ $event }

## 年の地図

subtitle-event = { $date }：{ $event }
subtitle-after = { $date }現在（{ $event-date }の{ $event }以後）
subtitle-before = { $date }現在（年表の最初の出来事より前）
map-title = { $title } — { $subtitle }
caption = { $title }、{ $subtitle }
alt-intro = { $date }現在の{ $title }の地図
alt-intro-after = { $date }現在（{ $event-date }の{ $event }以後）の{ $title }の地図
# 「大日本帝国：併合地は朝鮮；勢力圏は南満洲」
alt-power = { $power }：{ $holdings }
alt-status = { $status }は{ $regions }
alt-home = 本国領土：{ $regions }
alt-free = いずれの国にも属さない地域：{ $regions }
alt-none-held = 図示された地域はいずれの国にも属していない
credit-world = 海岸線と現代の国境：Natural Earth（パブリックドメイン）、位置の目安として表示。
credit-latest = 直近の出来事の出典：{ $source }。
modern-borders = 現代の国境（Natural Earth）、位置の目安
region-unheld = { $region }：この地図のいずれの国にも属さない
region-held = { $region }：{ $power }の{ $status }（{ $event-date }の{ $event }以来）
region-held-doubtful = { $region }：{ $power }の{ $status }、支配不確実（{ $event-date }の{ $event }以来）
line-tooltip = { $line }（経路の確度：{ $certainty ->
    [high] 高
    [medium] 中
   *[low] 低
}）
legend-home = 本国領土
legend-course-uncertain = 経路不確実（点線）
legend-boundary-uncertain = 境界不確実
legend-doubtful = 支配が不確実または部分的（淡色）
legend-railway = 鉄道
scale-along = { $latitude }における縮尺
scale-at = { $latitude }、{ $longitude }における縮尺
latitude = { $hemisphere ->
    [north] 北緯
   *[south] 南緯
}{ $degrees }°
longitude = { $hemisphere ->
    [east] 東経
   *[west] 西経
}{ $degrees }°
scale-km = { $km } km

## 変化の地図

diff-title = { $title }：{ $from } → { $to }
diff-subtitle = { $from }から{ $to }までの変化
diff-alt-intro = { $from }から{ $to }までの{ $title }の変化を示す地図
diff-alt-none = 変化した地域はない
diff-alt-events = この間の出来事：{ $events }
diff-caption-none = この間の出来事はない。
diff-caption-events = この間の出来事：
diff-caption-events-grey = この間の出来事（灰色：図示された地域に変化なし）：
region-unchanged = { $region }：変化なし（{ $control }）
legend-changed = 変化あり
legend-unchanged = 変化なし
change-gained = { $power }が獲得
change-lost = { $power }が喪失
change-transferred = { $from }から{ $to }へ
change-status = 地位の変更、{ $power }
change-name = 名称の変更、{ $power }

## 年表（spheres timeline）

timeline-heading = { $title }：年表
timeline-changed = 変化：
timeline-nothing = 変化：地図上の変化なし
# Markdown：バッククォートは残す。
timeline-event-source = 出来事 `{ $id }`、{ $source }。
timeline-source-link = 出典
timeline-event-cited = 出来事 `{ $id }`、出典：{ $source }。
timeline-no-change = 地図上の変化なし。
timeline-after = この出来事の後：
holding-status = { $status }：{ $regions }
holding-power = { $power }（{ $area }）— { $holdings }
holding-free = いずれの国にも属さない地域：{ $regions }

## 比較の報告（spheres diff）

report-from-to = { $from }から{ $to }まで：
report-no-changes = 変化なし。
report-event = { $event }、{ $date }
report-change-events = { $change } — { $events }
report-area-unchanged = 変化なし（{ $area }）
report-area-changed = { $before } → { $after }
report-area-changed-by = { $before } → { $after }（{ $difference }）
report-power-area = { $power }：{ $area }
report-area-held = 保有面積：{ $powers }。
report-md-heading = { $from }から{ $to }までの変化
column-region = 地域
column-before = 変化前
column-after = 変化後
column-area = 面積（km²）
column-events = 出来事
summary-none = { $from }から{ $to }までの間に変化した地域はない
summary-intro = { $from }から{ $to }までの間に{ $count }地域が変化した
gloss-from = { $power }から
gloss-to = { $power }へ
summary-gained = { $regions }を獲得
summary-lost = { $regions }を喪失
summary-changed = { $regions }の地位を変更
summary-area-unchanged = 保有面積は{ $area }で変わらず
summary-area-went = 保有面積は{ $before }から{ $after }に変化
summary-power = { $power }は{ $clauses }；{ $area }

## 地図ギャラリー（index.html）

# HTMLの本文：記号 < > & " は使わない。
gallery-title = { $title } — 地図ギャラリー
gallery-description = { $first }年から{ $last }年までの各年の{ $title }の地図。キャプション、代替テキスト、出典付き。
gallery-skip = 地図へ移動
gallery-kicker = 地図ギャラリー
gallery-sections = セクション
gallery-years = 年ごとの地図
gallery-between = { $compared ->
    [treaties] 条約間の変化
   *[events] 出来事間の変化
}
gallery-manifest-note = （全ファイルのキャプション、代替テキスト、出典）
gallery-colophon = spheresで作成。すべての地図はSVGとPNGでこのフォルダにあり、{ $manifest }にキャプション、代替テキスト、出典とともに一覧がある。
gallery-lede-years = { $first }年から{ $last }年まで各年1枚、計{ $count }枚の地図
gallery-lede-diffs = 、および連続する{ $compared ->
    [treaties] 条約
   *[events] 出来事
}の間の変化を示す地図{ $count }枚
gallery-lede-files = 。各地図はSVGとPNGで、キャプション、代替テキスト、出典、ページに貼り付ける{ $figure }が付く。
gallery-years-hint = 各地図はその年の12月31日時点の状態を示す。
gallery-slider-hint = スライダーを動かすか、その上で矢印キーを押して年を切り替える。
gallery-ticks-hint = スライダーの下の目盛りは条約の年。
gallery-previous = 前の年
gallery-previous-sr = {""}
gallery-next = 次の年
gallery-next-sr = {""}
gallery-year = 年
gallery-no-event = { $year }年には出来事がない。
gallery-events-in = { $year }年の出来事
gallery-alt-text = 代替テキスト
gallery-sources = 出典（{ $count }）
gallery-source = { $date }：{ $source }
gallery-embed = この地図を埋め込む
gallery-treaty-tag = 条約
gallery-no-change = （地図上の変化なし）
gallery-copy-figure = { $format }のfigureをコピー
gallery-copy = コピー
gallery-copied = コピー済み
gallery-selected = 選択済み
gallery-copied-toast = クリップボードにコピーした
gallery-selected-toast = 選択した：Ctrl+C（Macでは⌘C）でコピーする
gallery-diffs-hint = 各地図は、ある{ $compared ->
    [treaties] 条約
   *[events] 出来事
}の直後の状態を次の直後の状態と比べ、変化したところだけを示す。地図上で何も変わらない組は省いた。
gallery-comparisons = 比較
gallery-diff-caption = { $title }：{ $from-date }の{ $from }から{ $to-date }の{ $to }までの変化
gallery-what-changed = 変化
gallery-events-between = この間の出来事
gallery-held-by-none = どの国にも属さない

## グラフ（spheres chart）

date-short = { $year }年{ $month }月{ $day }日
chart-title = 各国の支配面積（{ $from }年–{ $to }年）
chart-reading = 各国が支配した地域の測地面積（地位別）。番号付きの印は下に挙げた出来事
chart-method = 面積：地域全体の測地面積（WGS84）。勢力圏はその地域の全面積で、鉄道付属地はそれ自体の面積で数える。不確実な支配（地図上の淡色）は数えない。
chart-desc-intro = { $from }年から{ $to }年までの各国の支配面積を地位別に示す階段グラフ
chart-desc-nothing = { $power }は何も支配していない
chart-desc-power = { $power }：{ $from }年初めに{ $first }、{ $peak-date }から最大の{ $peak }、{ $to }年末に{ $last }
chart-later-name = { $year }年から{ $name }
chart-axis = 面積（{ $unit }）
chart-unit-million = 百万km²
chart-unit-thousand = 千km²
chart-unit-km2 = km²
chart-held-nothing = 支配なし
chart-events = 出来事
chart-events-note = 塗りつぶし：支配に変化あり；白抜き：地図上の変化なし
