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
# review: 日本語の文章では分号はまれだが、ここでは読点「、」で並べた地域名のまとまり同士を
# 区切る（代替テキストの「併合地は…、…；租借地は…」、報告の出来事の並び）。地名自体が「・」を
# 含む（察南・晋北、アラシャン・エジナ）ため「・」は使えず、一つの区切りで全用途をまかなうには
# 「；」が最も誤読がない。
parts-separator = {"；"}
sentence = { $text }。
sentence-separator = {""}
bracket = { $name }（{ $gloss }）
gloss-more = { $gloss }、{ $more }
# 当時の名称で呼ばれた地域：「朝鮮半島（朝鮮として）」
# review: 「当時は朝鮮」も考えたが、ラベルには名称だけでなく支配の枠組み（「連合国の共同出兵
# （日本軍）として」「東部内蒙古として」）もあり、どちらにも合うのは「として」。
gloss-as = { $name }として
gloss-including = { $names }を含む
gloss-doubtful = 支配不確実

## 支配と時点

none = なし
control = { $power }の{ $status }
status-as = { $status }（{ $name }として）
change-of = { $region }：{ $before } → { $after }
moment-event = { $date }（{ $event }）
moment-latest = { $date }（直近の出来事：{ $event }、{ $event-date }）
moment-before = { $date }（年表の最初の出来事より前）
event-dated = { $event }（{ $date }）
dated-event = { $date }：{ $event }

## 年の地図

# review: 「日付（出来事）」の形にして、キャプションで「…の〔題〕」と名詞を修飾できるようにした。
subtitle-event = { $date }（{ $event }）
subtitle-after = { $date }現在（{ $event-date }の{ $event }以後）
subtitle-before = { $date }現在（年表の最初の出来事より前）
# review: 前後に空白を置くダッシュは和文になじまないので、変化の地図の題（diff-title）と同じ「：」。
map-title = { $title }：{ $subtitle }
# review: 「題、日付現在（…以後）。」は見出しの羅列で文にならない。代替テキストの冒頭と同じく
# 日付を前に置いて題を修飾する（「1912年12月31日現在（…以後）の北東アジアにおける…勢力圏。」）。
caption = { $subtitle }の{ $title }
alt-intro = { $date }現在の{ $title }の地図
alt-intro-after = { $date }現在（{ $event-date }の{ $event }以後）の{ $title }の地図
# 「大日本帝国：併合地は朝鮮；勢力圏は南満洲」
alt-power = { $power }：{ $holdings }
alt-status = { $status }は{ $regions }
alt-home = 本国領土：{ $regions }
# review: 「いずれの国にも属さない」では華北などが無主の地のように読める（中国は地図にある）。
# 英語の「none of them」どおり、前の文で挙げた国々の支配下にないと言う。
alt-free = 上記のいずれの国の支配下にもない地域：{ $regions }
# review: 「power」は「列強」。英語の「no power」も地図の国々（日露など）のことで、中国などを含まない。
alt-none-held = 図示した地域はすべて列強の支配外にある
credit-world = 海岸線・現代の国境：Natural Earth（パブリックドメイン）。位置の目安として表示。
credit-latest = 直近の出来事の出典：{ $source }。
modern-borders = 位置の目安として示した現代の国境（Natural Earth）
region-unheld = { $region }：列強の支配外
region-held = { $region }：{ $power }の{ $status }（{ $event-date }の{ $event }以来）
region-held-doubtful = { $region }：{ $power }の{ $status }、支配不確実（{ $event-date }の{ $event }以来）
# review: 「経路」は道や鉄道の言葉。条約線・境界線の引かれ方は「位置」。
line-tooltip = { $line }（位置の確度：{ $certainty ->
    [high] 高
    [medium] 中
   *[low] 低
}）
# review: 植民地・属領に対する「本国」。凡例では併合地・租借地・保護国と並ぶ一語で足りる
# （「本国領土」はやや硬い）。代替テキスト（alt-home）では文の頭なので「本国領土」のまま。
legend-home = 本国
legend-course-uncertain = 位置不確実（点線）
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
diff-caption-none = この間に出来事はない。
diff-caption-events = この間の出来事：
diff-caption-events-grey = この間の出来事（灰色：図示した地域に変化なし）：
region-unchanged = { $region }：変化なし（{ $control }）
legend-changed = 変化あり
legend-unchanged = 変化なし
change-gained = { $power }が獲得
change-lost = { $power }が喪失
change-transferred = { $from }から{ $to }へ
# review: status（併合地・保護国・勢力圏…）は「支配形態」。「地位」は法的地位の意にとられやすい。
# 凡例の行：国名を括弧に入れて「地位の変更、大日本帝国」の読点つなぎを避けた。
change-status = 支配形態の変化（{ $power }）
change-name = 名称の変更（{ $power }）

## 年表（spheres timeline）

timeline-heading = { $title }：年表
timeline-changed = 変化：
timeline-nothing = 変化：地図上ではなし
# Markdown：バッククォートは残す。$source は「出典」という語のリンク。
timeline-event-source = 出来事ID：`{ $id }`（{ $source }）
timeline-source-link = 出典
timeline-event-cited = 出来事ID：`{ $id }`（出典：{ $source }）
timeline-no-change = 地図上の変化なし。
timeline-after = 出来事後の支配状況：
# review: 代替テキストと同じ「併合地は…」。「{ $status }：」にすると「国名（面積）：併合地：…」と
# コロンが重なり、元の「）— 」は和文に半角空白を挟む。
holding-status = { $status }は{ $regions }
holding-power = { $power }（{ $area }）：{ $holdings }
holding-free = 上記のいずれの国の支配下にもない地域：{ $regions }

## 比較の報告（spheres diff）

report-from-to = { $from }から{ $to }までの変化：
report-no-changes = 変化なし。
report-event = { $event }（{ $date }）
report-change-events = { $change } — { $events }
report-area-unchanged = 変化なし（{ $area }）
report-area-changed = { $before } → { $after }
report-area-changed-by = { $before } → { $after }（{ $difference }）
# review: 「支配面積：大日本帝国は533,877 → 854,291 km²（+320,414）；ロシア帝国は…。」
# 「保有」は財産の語感があるので、グラフと同じ「支配面積」。
report-power-area = { $power }は{ $area }
report-area-held = 支配面積：{ $powers }。
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
summary-changed = { $regions }の支配形態を変更
summary-area-unchanged = 支配面積は{ $area }で変わらず
summary-area-went = 支配面積は{ $before }から{ $after }に変化
summary-power = { $power }は{ $clauses }；{ $area }

## 地図ギャラリー（index.html）

# HTMLの本文：記号 < > & " は使わない。
# review: ページの地の文（導入・ヒント・通知・奥付）はウェブの案内文として「です・ます」で統一。
# 地図の題・キャプション・代替テキストは体言止め・「である」のまま。
gallery-title = { $title }：地図ギャラリー
gallery-description = { $first }年から{ $last }年までの各年の{ $title }の地図（キャプション・代替テキスト・出典付き）。
gallery-skip = 地図へ移動
gallery-kicker = 地図ギャラリー
gallery-sections = 目次
gallery-years = 年ごとの地図
gallery-between = { $compared ->
    [treaties] 条約間の変化
   *[events] 出来事間の変化
}
gallery-manifest-note = （全ファイルのキャプション・代替テキスト・出典）
gallery-colophon = spheresで作成しました。地図はすべてSVGとPNGでこのフォルダーにあり、{ $manifest }にキャプション・代替テキスト・出典とともに一覧があります。
# review: 三つの断片で一文半：「…計41枚の地図と、各条約から次の条約までの変化を示す地図22枚を
# 収めています。各地図には…」。lede-files は必ず最後に来るので、述語「を収めています」をその頭に置いた。
gallery-lede-years = { $first }年から{ $last }年までの各年1枚、計{ $count }枚の地図
gallery-lede-diffs = と、各{ $compared ->
    [treaties] 条約から次の条約
   *[events] 出来事から次の出来事
}までの変化を示す地図{ $count }枚
gallery-lede-files = を収めています。各地図にはSVG版とPNG版があり、キャプション・代替テキスト・出典と、ページに貼り付けられる{ $figure }要素が付いています。
gallery-years-hint = 各地図は、その年の12月31日時点の状態を示しています。
gallery-slider-hint = スライダーを動かすか、スライダー上で矢印キーを押すと、年を切り替えられます。
gallery-ticks-hint = スライダーの下の目盛りは、条約が結ばれた年です。
gallery-previous = 前の年
gallery-previous-sr = {""}
gallery-next = 次の年
gallery-next-sr = {""}
gallery-year = 年
gallery-no-event = { $year }年の出来事はありません。
gallery-events-in = { $year }年の出来事
gallery-alt-text = 代替テキスト
gallery-sources = 出典（{ $count }件）
gallery-source = { $date }：{ $source }
gallery-embed = この地図を埋め込む
gallery-treaty-tag = 条約
gallery-no-change = （地図上の変化なし）
gallery-copy-figure = { $format }のfigure要素をコピー
gallery-copy = コピー
gallery-copied = コピー済み
gallery-selected = 選択済み
gallery-copied-toast = クリップボードにコピーしました
gallery-selected-toast = 選択しました。Ctrl+C（Macでは⌘C）でコピーしてください
gallery-diffs-hint = 各地図は、ある{ $compared ->
    [treaties] 条約
   *[events] 出来事
}の直後の状態を次の{ $compared ->
    [treaties] 条約
   *[events] 出来事
}の直後の状態と比べ、変化した部分だけを示しています。地図上で何も変わらなかった組み合わせは省いています。
gallery-comparisons = 比較の一覧
gallery-diff-caption = { $title }：{ $from-date }の{ $from }から{ $to-date }の{ $to }までの変化
gallery-what-changed = 変化した地域
gallery-events-between = この間の出来事
gallery-held-by-none = 列強の支配外

## グラフ（spheres chart）

date-short = { $year }年{ $month }月{ $day }日
chart-title = 各国の支配面積（{ $from }年–{ $to }年）
# review: 「測地面積」は日本語の用語として通らない。計り方（楕円体上）は chart-method に書いてあるので、
# ここは「面積」だけにした。
chart-reading = 各国が支配した地域の面積（支配形態別）。番号付きの印は下に挙げた出来事を示す
# review: 「附属地」はシナリオの名称（南満洲鉄道附属地）と同じ表記に。
chart-method = 面積：地域単位の楕円体面積（WGS84）。勢力圏は地域の全面積を、鉄道附属地は附属地自体の面積を計上し、不確実な支配（地図上の淡色）は計上しない。
chart-desc-intro = { $from }年から{ $to }年までの各国の支配面積を支配形態別に示す階段グラフ
chart-desc-nothing = { $power }：支配地域なし
chart-desc-power = { $power }：{ $from }年初めは{ $first }、最大は{ $peak-date }からの{ $peak }、{ $to }年末は{ $last }
chart-later-name = { $year }年以降は{ $name }
chart-axis = 面積（{ $unit }）
chart-unit-million = 百万km²
chart-unit-thousand = 千km²
chart-unit-km2 = km²
chart-held-nothing = 支配地域なし
chart-events = 出来事
chart-events-note = 塗りつぶし：支配に変化あり；白抜き：地図上の変化なし
