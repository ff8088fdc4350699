# spheres 写的简体中文词句。与英文版 en.ftl 的消息和变量相同。
# $power、$region、$event、$title 等是情景数据中的名称，已经译成中文。
# 两种状态之间的箭头"→"由程序写出。

## 日期、数字、列举

date = { $year }年{ $month }月{ $day }日
# 动画中年份上方的小字月日。
day-month = { $month }月{ $day }日
year = { $year }年
group-separator = {","}
decimal-mark = {"."}
area = { $area }平方公里
list-separator = {"、"}
list-last = { $init }和{ $last }
parts-separator = {"；"}
sentence = { $text }。
sentence-separator = {""}
bracket = { $name }（{ $gloss }）
gloss-more = { $gloss }；{ $more }
# 以当时名称出现的地区："北满（时称满洲国）"
gloss-as = 时称{ $name }
gloss-including = 包括{ $names }
gloss-doubtful = 控制存疑

## 控制与时间点

none = 无
control = { $power }的{ $status }
status-as = { $status }，时称{ $name }
change-of = { $region }：{ $before } → { $after }
moment-event = { $date }（{ $event }）
moment-latest = { $date }（最近事件：{ $event }，{ $event-date }）
moment-before = { $date }（年表首个事件之前）
event-dated = { $event }（{ $date }）
dated-event = { $date }：{ $event }

## 年份地图

# review: 用括号而不用冒号：图注（caption）把副标题接在逗号后，"…，1912年7月8日：第三次日俄密约。"
# 句中夹冒号不通。
subtitle-event = { $date }（{ $event }）
subtitle-after = 截至{ $date }（{ $event-date }{ $event }之后）
subtitle-before = 截至{ $date }（年表首个事件之前）
# review: 中文不在破折号两侧加空格；与变化地图的标题（diff-title）一样用冒号。
map-title = { $title }：{ $subtitle }
caption = { $title }，{ $subtitle }
alt-intro = 截至{ $date }的{ $title }地图
alt-intro-after = 截至{ $date }（{ $event-date }{ $event }之后）的{ $title }地图
alt-power = { $power }：{ $holdings }
alt-status = { $status }有{ $regions }
alt-home = 各国本土：{ $regions }
# review: "不属于其中任何一国"会让华北等地读成无主之地（图上有中国）。英文"none of them"指前文
# 列出的各国，所以说"上述各国均未控制"；没有列出国家的地方用"列强"（power）。
alt-free = 上述各国均未控制的地区：{ $regions }
alt-none-held = 图中所示地区均不受列强控制
credit-world = 海岸线与现代国界：Natural Earth（公有领域），仅供定位参考。
credit-latest = 最近事件的出处：{ $source }。
modern-borders = 现代国界（Natural Earth），仅供定位参考
region-unheld = { $region }：不受列强控制
region-held = { $region }：{ $power }的{ $status }（自{ $event-date }{ $event }起）
region-held-doubtful = { $region }：{ $power }的{ $status }，控制存疑（自{ $event-date }{ $event }起）
line-tooltip = { $line }（走向可信度：{ $certainty ->
    [high] 高
    [medium] 中
   *[low] 低
}）
# review: 与殖民地、租借地相对的宗主国领土，中文地图习称"本土"（日本本土、俄国本土）；"本国领土"
# 是直译，偏生硬。
legend-home = 本土
legend-course-uncertain = 走向不确定（点线）
legend-boundary-uncertain = 边界不确定
legend-doubtful = 控制存疑或仅部分控制（浅色）
legend-railway = 铁路
scale-along = 沿{ $latitude }的比例尺
scale-at = { $latitude }、{ $longitude }处的比例尺
latitude = { $hemisphere ->
    [north] 北纬
   *[south] 南纬
}{ $degrees }°
longitude = { $hemisphere ->
    [east] 东经
   *[west] 西经
}{ $degrees }°
scale-km = { $km }公里

## 变化地图

diff-title = { $title }：{ $from } → { $to }
diff-subtitle = 从{ $from }到{ $to }的变化
diff-alt-intro = { $title }从{ $from }到{ $to }的变化地图
diff-alt-none = 没有地区发生变化
diff-alt-events = 其间事件：{ $events }
diff-caption-none = 其间没有事件。
diff-caption-events = 其间事件：
diff-caption-events-grey = 其间事件（灰色：所示地区无变化）：
region-unchanged = { $region }：无变化（{ $control }）
legend-changed = 有变化
legend-unchanged = 无变化
change-gained = { $power }获得
change-lost = { $power }失去
change-transferred = 由{ $from }转归{ $to }
# review: status（吞并领土、保护国、势力范围……）是"控制形式"，"地位"易读成法律地位。
# 图例行：国名放进括号，免得"地位改变，日本帝国"这样用逗号硬接。
change-status = 控制形式改变（{ $power }）
change-name = 名称改变（{ $power }）

## 年表报告（spheres timeline）

timeline-heading = { $title }：年表
timeline-changed = 变化：
timeline-nothing = 变化：地图上无变化
# Markdown：保留反引号。$source 是以"出处"二字为文字的链接。
timeline-event-source = 事件ID：`{ $id }`（{ $source }）
timeline-source-link = 出处
timeline-event-cited = 事件ID：`{ $id }`（出处：{ $source }）
timeline-no-change = 地图上无变化。
timeline-after = 事件后的控制情况：
# review: 与替代文字一样写"吞并领土有……"，行首"日本帝国（506,655平方公里）："不致冒号套冒号。
holding-status = { $status }有{ $regions }
holding-power = { $power }（{ $area }）：{ $holdings }
holding-free = 上述各国均未控制的地区：{ $regions }

## 比较报告（spheres diff）

report-from-to = 从{ $from }到{ $to }的变化：
report-no-changes = 无变化。
report-event = { $event }（{ $date }）
report-change-events = { $change }——{ $events }
report-area-unchanged = 不变，仍为{ $area }
report-area-changed = { $before } → { $after }
report-area-changed-by = { $before } → { $after }（{ $difference }）
# review: "日本帝国控制面积：533,877 → 854,291平方公里（+320,414）；俄罗斯帝国控制面积：……。"
# 把"控制面积"放进每一项，免得"控制面积：日本帝国：……"冒号套冒号；这一行因此不另加标题。
report-power-area = { $power }控制面积：{ $area }
report-area-held = { $powers }。
report-md-heading = 从{ $from }到{ $to }的变化
column-region = 地区
column-before = 变化前
column-after = 变化后
column-area = 面积（平方公里）
column-events = 事件
summary-none = 从{ $from }到{ $to }没有地区发生变化
summary-intro = 从{ $from }到{ $to }，共有{ $count }个地区发生变化
gloss-from = 原属{ $power }
gloss-to = 转归{ $power }
summary-gained = 获得{ $regions }
summary-lost = 失去{ $regions }
summary-changed = 改变了{ $regions }的控制形式
summary-area-unchanged = 控制面积不变，仍为{ $area }
summary-area-went = 控制面积由{ $before }变为{ $after }
summary-power = { $power }{ $clauses }；{ $area }

## 地图集页面（index.html）

# HTML 正文：不使用标记符号 < > & "。
gallery-title = { $title }地图集
gallery-description = { $first }年至{ $last }年每年的{ $title }地图，附图注、替代文字和出处。
gallery-skip = 跳至地图
gallery-kicker = 地图集
gallery-sections = 本页目录
gallery-years = 逐年地图
gallery-between = { $compared ->
    [treaties] 条约之间的变化
   *[events] 事件之间的变化
}
gallery-manifest-note = （每个文件的图注、替代文字和出处）
gallery-colophon = 由 spheres 制作。所有地图均以 SVG 和 PNG 格式存放在此文件夹中；{ $manifest } 列出了它们的图注、替代文字和出处。
gallery-lede-years = { $first }年至{ $last }年每年一幅，共{ $count }幅地图
gallery-lede-diffs = ，另有{ $count }幅地图显示相邻{ $compared ->
    [treaties] 条约
   *[events] 事件
}之间的变化
gallery-lede-files = 。每幅地图均提供 SVG 和 PNG 格式，附图注、替代文字、出处以及可粘贴到网页中的 { $figure } 代码。
gallery-years-hint = 每幅地图显示该年12月31日的状况。
gallery-slider-hint = 拖动滑块，或在滑块上使用方向键，逐年浏览。
gallery-ticks-hint = 滑块下方的刻度为签订条约的年份。
gallery-previous = 上一年
gallery-previous-sr = {""}
gallery-next = 下一年
gallery-next-sr = {""}
gallery-year = 年份
gallery-no-event = { $year }年没有事件。
gallery-events-in = { $year }年的事件
gallery-alt-text = 替代文字
gallery-sources = 出处（{ $count }条）
gallery-source = { $date }：{ $source }
gallery-embed = 嵌入此地图
gallery-treaty-tag = 条约
gallery-no-change = （地图上无变化）
gallery-copy-figure = 复制 { $format } figure 代码
gallery-copy = 复制
gallery-copied = 已复制
gallery-selected = 已选中
gallery-copied-toast = 已复制到剪贴板
gallery-selected-toast = 已选中：按 Ctrl+C（Mac 上按 ⌘C）复制
# review: "刚生效后"只适用于条约，事件无所谓生效；按所比较的是条约还是事件分别说"签订"和"发生"。
gallery-diffs-hint = 每幅地图将某一{ $compared ->
    [treaties] 条约签订
   *[events] 事件发生
}后的状况与下一{ $compared ->
    [treaties] 条约签订
   *[events] 事件发生
}后的状况相比较，只显示发生变化之处；地图上毫无变化的组合从略。
gallery-comparisons = 比较列表
gallery-diff-caption = { $title }：从{ $from-date }{ $from }到{ $to-date }{ $to }的变化
gallery-what-changed = 发生变化的地区
gallery-events-between = 其间事件
gallery-held-by-none = 不受列强控制

## 图表（spheres chart）

date-short = { $year }年{ $month }月{ $day }日
# review: 年份范围用一字线"—"（GB/T 15834），放进括号。
chart-title = 各国控制面积（{ $from }—{ $to }年）
# review: geodesic area 在中文 GIS 里是"椭球面积"，"大地测量面积"是直译。
chart-reading = 各国控制地区的椭球面积（按控制形式）；编号标记对应下列事件
chart-method = 面积：以整个地区为单位，按WGS84椭球面计算；势力范围计入所在地区的全部面积，铁路附属地只计其自身面积；控制存疑者（地图上为浅色）不计入。
chart-desc-intro = 阶梯图：{ $from }年至{ $to }年各国按控制形式划分的控制面积
chart-desc-nothing = { $power }没有控制任何地区
chart-desc-power = { $power }：{ $from }年初为{ $first }，自{ $peak-date }起达到峰值{ $peak }，{ $to }年末为{ $last }
chart-later-name = { $year }年起称{ $name }
chart-axis = 面积（{ $unit }）
chart-unit-million = 百万平方公里
chart-unit-thousand = 千平方公里
chart-unit-km2 = 平方公里
chart-held-nothing = 无控制地区
chart-events = 事件
chart-events-note = 实心：控制发生变化；空心：地图上无变化
