"""The words of the genre that metric rules are made of: data, not logic.

Units, approximation words, the verbs of change, the cues of a rate's kind,
the action verbs that take a counted object.  A new unit or verb is added here
and every rule that uses the list picks it up.
"""

from __future__ import annotations

from reportpress import patterns

CN_DIGITS = "一二三四五六七八九十两"
CN_ALL = CN_DIGITS + "零〇百千万亿"
HAN = r"\u4e00-\u9fff"
#: A digit, ASCII or full-width: the rules ask whether a stretch of words holds a figure.
DIGIT_RE = patterns.compile(r"[0-9０-９]")
#: A text of Han characters and nothing else (with ``fullmatch``): a name or a noun
#: the rules may extend by words.
HAN_ONLY_RE = patterns.compile(rf"[{HAN}]+")
#: A letter that is not Latin: a Han character in the reports' text.  A class of
#: categories, not of a range: it compiles in a tenth of the time of [\u4e00-\u9fff],
#: for which Python's re fills a 65,536-entry map per pattern (issue 11).
HAN_LETTER = r"[^\W\d_A-Za-z]"

#: 有 of "there are" before the things counted (全县有文保单位, 共有), not the 有 opening a
#: word (有效, 有机, 有色金属, 有序, 有力, 有关, 有线, 有害, 有偿, 有形, 有限, 有组织).
HAVE = "有(?![效机色序力关线害偿形限组])"

#: Arabic number: digits (half or full width), optional thousands groups (after a comma,
#: or after a space as some pages print them: 1 500家), decimals (a stray space before
#: the point kept inside the number).
ARABIC = (
    r"(?:[0-9]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3}(?![0-9０-９]))+|[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*)"
    r"(?: ?[.．][0-9０-９]+)?"  # 增长5 .6%: a space a converted page left before the point
)
#: What separates thousands groups in ARABIC once NFKC has made its spaces plain.
THOUSANDS_SEPARATORS = str.maketrans("", "", ", ")
#: Chinese numeral: starts with a digit word (a bare 百/千/万 is a word, not a count).
CHINESE = rf"[{CN_DIGITS}][{CN_ALL}]*(?:点[零〇一二三四五六七八九]+)?|半"
#: Fractions: 三分之二, 百分之十五, 一半 (half of a whole).
FRACTION = rf"(?:百|[{CN_DIGITS}]+)分之[{CN_ALL}]+(?:点[零〇一二三四五六七八九]+)?|一半"
#: A fraction written with a slash: 1/3, 2/5 (a part of a whole, never a date in this genre).
SLASH_FRACTION = r"(?<![0-9０-９/.])[1-9]/(?:10|[2-9])(?![0-9０-９./万])"  # (6/10万: a rate)
#: The characters a number can start with (those of the four forms above): a cheap
#: test that lets the engine skip every other position of a text at once, where
#: trying the four forms at each one cost most of the time of scanning.
NUMBER_START = rf"[{CN_DIGITS}百半0-9０-９]"
NUMBER_RE = patterns.compile(
    rf"(?={NUMBER_START})"
    rf"(?:(?P<frac>{FRACTION})|(?P<cn>{CHINESE})|(?P<slash>{SLASH_FRACTION})|(?P<ar>{ARABIC}))"
)

#: Magnitudes stay in the unit (万元, 亿元, 万平方米).
MAGNITUDE = ("万亿", "千万", "百万", "亿", "万")

MONEY = ("元人民币", "人民币", "美元", "欧元", "港元", "日元", "元")
MEASURES = (
    "人公里",  # 旅客周转量8.6亿人公里: a passenger carried a kilometre
    "人·km",  # the same in a transport bulletin's Latin (35 349.06亿人·km)
    "人·公里",
    "吨·公里",
    "吨公里",
    "车公里",  # 年平均行驶量348692万车公里/日: a vehicle driven a kilometre
    "人千米",
    "吨千米",
    "车千米",
    "微克每立方米",
    "毫克每立方米",
    "微克/立方米",
    "微克／立方米",
    "毫克/立方米",
    "毫克／立方米",
    "平方公里",
    "平方千米",
    "平方米",
    "平米",  # 清理政府资产3万平米: square metres, as speech writes them
    "立方米",
    "千瓦小时",  # 用电量2.61亿千瓦小时: kilowatt-hours written out
    "千瓦时",
    "吉瓦时",
    "兆瓦时",
    "太瓦时",
    "千公顷",
    "公顷",
    "公里",
    "海里",  # 总航程约10万海里: nautical miles
    "千米",
    "延米",
    "千伏安",  # 变电容量120万千伏安: a transformer's capacity
    "兆伏安",
    "千瓦",
    "兆瓦",
    "吉瓦",
    "千克",
    "公斤",
    "标准箱",
    "标箱",
    "重量箱",
    "亩次",
    "吨标准煤",
    "吨标煤",
    "吨位",  # 港口船舶425749吨位: a ship's tonnage
    "吨",
    "亩",
    "毫米",  # 年降水量650.3毫米: rain
    "分贝",  # 交通噪声66.0分贝: a noise level
    "℃",  # 年平均气温15.8℃, 偏高0.6℃: a bulletin's weather
    "°C",  # (℃ as NFKC writes it)
    "摄氏度",
    "厘米",
    "米",
    "斤",
    "担",
    "岁",
)
#: Units written only after 万 or 亿 (12亿度 of power, 2亿方 of water, 120万平(方) of
#: floor): alone they are other words (3度 of heat, 各方, 持平).
MAGNITUDE_ONLY_UNITS = ("立方", "平方", "方", "度", "平", "t", "m")  # 27.3万立方, 462.24亿t
#: Years as a measure: only after a measure whose name says it counts years
#: (受教育年限, 预期寿命); a calendar year (2025年) or a streak (连续5年) is no figure.
YEARS_UNIT = "年"
#: Hours as a measure: only after a measure whose name says it counts hours (日照时数,
#: 志愿服务时长); elsewhere hours are a label (24小时自助图书馆) or a time limit.
HOURS_UNIT = "小时"
#: Days written 日: only after a measure that counts days (平均住院日为8.6日); else a date.
DAYS_UNIT = "日"
LATIN_UNITS = (
    "t·km",  # 194 044.56亿t·km of freight turnover
    "EFLOPS",
    "PFLOPS",
    "EFlops",
    "PFlops",
    "Eflops",
    "Pflops",
    "TEU",
    "PB",
    "EB",
    "TB",
    "GB",  # 户均移动互联网接入流量3.97GB
    "Gbps",  # bandwidth (出口带宽达到2.5Tbps, 1000Mbps)
    "Tbps",
    "Mbps",
    "MW",
    "GW",
    "kW",
    # an air-quality bulletin's concentrations (PM2.5年均浓度26μg/m3; µ the micro sign, u for it)
    "μg/m³",
    "μg/m3",
    "µg/m³",
    "µg/m3",
    "ug/m³",
    "ug/m3",
    "mg/m³",
    "mg/m3",
    "km²",  # a water or transport bulletin's Latin (…万km², 215.6亿m³, 650.3mm)
    "km2",
    "hm²",  # hectares, as a forestry or land bulletin writes them (绿地面积2860hm²)
    "hm2",
    "km",
    "m³",
    "m3",
    "m²",
    "㎡",  # (one character, as a page may write it: 61.71万㎡)
    "m2",
    "mm",
    "PF",
    "P",
)
CLASSIFIERS = (
    "剂次",  # 接种3.2万剂次: doses given
    "人天",  # 组团出游210.7万人天: person-days
    "百羽",  # 家禽存栏51313百羽: poultry in hundreds
    "人日",
    "家次",
    "辆次",
    "头只匹",  # 牲畜3.6万头只匹: cattle, sheep and horses in one count
    "头只",
    "人次",
    "批次",
    "册次",  # 图书流通0.84万册次: loans of books
    "组",  # 获得监测数据100余万组: sets
    "件次",
    "场次",
    "户次",
    "车次",
    "架次",
    "航次",
    "班次",
    "门次",
    "台套",
    "台件",  # 更新农机具4699台件: machines and implements in one count
    "片区",
    "区块",
    "个",
    "家",
    "项",
    "场",
    "所",
    "眼",  # 机井30眼: wells
    "袋",  # 栽植木耳2040万袋: bags of a fungus's substrate
    "套",
    "部",
    "条",
    "名",
    "人",
    "户",
    "批",
    "支",
    "张",
    "处",
    "台",
    "辆",
    "架",
    "艘",
    "座",
    "栋",
    "幢",
    "间",
    "类",
    "宗",
    "件",
    "次",
    "位",
    "例",
    "只",
    "羽",
    "头",
    "株",
    "棵",
    "根",  # 毛竹采伐1480万根: poles, stems
    "份",
    "篇次",  # 获区领导批示27篇次: reports read and signed, counted per time
    "件次",  # 修改法律111件次: laws amended, counted per amendment
    "篇",
    "册",  # 总藏量135959万册: volumes
    "印张",  # 出版报纸8412万印张: printed sheets
    "块",
    "片",  # 液晶显示屏6312.7万片: panels, wafers
    "天",
    "列",
    "种",
    "款",
    "对",
    "门",
    "期",
    "起",
    "笔",
    "枚",  # 金牌46枚: medals
    "匹",  # 马971匹: horses
    "口",  # 小水塘3口, 机井20口: ponds, wells
)
PERCENT = ("%", "％", "﹪", "‰", "℅")  # ﹪ the small form; ℅ (care of): a page's look-alike of %
#: Points of a rate in %, in ‰ or per 100 000 (均降低近10个十万分点).
PP = ("个百分点", "百分点", "个千分点", "千分点", "个十万分点", "十万分点")
#: A rate per so many people, after its number (孕产妇死亡率为8.5/10万): a rate like ‰;
#: a page's space inside it (14.1/10 万) is read, and the unit written without it.
PER_POPULATION = ("/10万", "/十万", "/万", "／10万", "／十万", "／万", "/10 万", "／10 万")
#: Words that may follow such a rate (城市和农村分别为19.8/10万和20.2/10万, 完成6/10万的
#: 目标): after any other Han character the 万 starts a unit of its own (0.5吨/万元).
PER_POPULATION_FOLLOWERS = "人和与及或的以至到比左"
TIMES = ("倍",)
TENTHS = ("成",)

#: Classifiers that, after a Chinese numeral, are mostly parts of place names
#: (三间房, 五棵松, 九棵树) or too rare to be trusted.
CN_REFUSED_UNITS = frozenset(
    {
        "间",
        "块",
        "片",
        "头",
        "只",
        "羽",
        "株",
        "棵",
        "根",
        "例",
        "篇",
        "篇次",
        "册",
        "份",
        "对",
        "天",
        "列",
        "门",
        "期",
        "起",
        "笔",
        "枚",
    }
)

#: A unit followed by these characters is the start of a word, not a unit
#: (3部门, 五部分, 5个体户, 2场所, 位于, 条例, 支持).
WORD_AFTER_UNIT = {
    "根": "据本源治基子除",  # (根据, 根本, 根源: no poles)
    "部": "门署委分位队长件属",
    "眼": "睛光界前下里中神看见",
    "个": "体别案",
    "场": "所地景馆",
    "位": "于居列置",
    "条": "例件款",
    "支": "持出付撑",
    "名": "单称录词",
    "人": "民员口",
    "项": "目",
    "台": "阶",
    "处": "理置",
    "件": "事",
    "米": "粮",
    "次": "性",
    "天": "然津地下",
    "列": "入车为举表",
    "种": "植子类养业",
    "款": "项式",
    "对": "于接口标外象比话应照待策",
    "岁": "月末",
    "斤": "斤",
    "担": "任当保负心子纲",
    "门": "类槛户店口诊票窗卫面径",
    "期": "工项间限末满刊货权内中初待望盼许",
    "起": "步来草点飞始降止诉跑源航施执实生开正算",
    "笔": "记者墨试画",
    "批": "准复示",
    "组": "织件建合成团长员委",  # (组织, 组件: no sets)
    "匹": "配敌",
}

#: Classifiers counted only where they close their figure's clause (水窖2059口，): followed by
#: anything else they open a word more often than not (出口, 人口 wrapped after a figure).
CLOSING_ONLY_UNITS = frozenset({"口"})

#: A count of sessions that is an ordinal: 十二届市委八次全会, 三次党代会.
ORDINAL_AFTER_UNIT = {"次": ("全会", "全体会议", "会议", "党代会", "代表大会")}

#: Words before a number that make it a label (附件2, 专栏3, 如表5所示): not a figure.
LABEL_BEFORE = ("附件", "附表", "专栏", "如表", "见表", "如图", "见图", "下表", "上表")

#: What a unit is taken per, written after a slash: 4318元/月, 120元/人, 3.5元/吨.
PER_UNITS = (
    "人·月",
    # per head and year (1600元/人年, 600元/人/年, 4800元/人·年): the year is the unit's too
    "人·年",
    "人年",
    "人/年",
    "人/月",
    "户·年",
    "户/年",
    "人次",
    "户次",
    "平方米",
    "㎡",  # a home's price per area (45659元/㎡), as sales releases write it
    "m²",
    "m2",
    "平米",
    "小时",
    "月",
    "年",
    "人",
    "吨",
    "亩",
    "公顷",  # a yield per area (5451.5公斤/公顷, 363.4公斤/亩)
    "户",
    "天",
    "日",
    "次",
    # a density's or a rate's area, people or stuff (52.21公里/百平方公里, 5.2张/万人)
    "平方公里", "百平方公里", "万平方公里", "平方千米", "km2", "km²", "百km2", "万km2", "百km²", "万km²",
    "万人", "千人", "百人", "公里", "千米", "km", "立方米", "千克", "公斤", "kg",
    "万元",  # an intensity per output (0.5吨标准煤/万元)
    # what retail prices are quoted per (65.00元/桶, 3.5元/斤, 12元/袋)
    "斤", "克", "升", "桶", "袋", "瓶", "盒", "只", "个", "件", "头", "台", "支", "箱",
)  # fmt: skip

#: What goods are priced per (3.5元/斤, 65元/桶, 4.2元/立方米), not a wage's month or a head.
PRICED_PER = frozenset((
    "斤", "公斤", "千克", "kg", "克", "升", "桶", "袋", "瓶", "盒", "只", "个", "件", "头", "台", "支",
    "箱", "吨", "立方米", "平方米", "㎡", "m²", "m2", "平米", "度", "千瓦时",
))  # fmt: skip


#: A pack a price is quoted per (元/500克, 元/5L, 元/2.5公斤).
PER_PACK_RE = patterns.compile(
    r"[0-9]{1,4}(?:\.[0-9]{1,2})?(?:千克|公斤|克|斤|毫升|升|kg|KG|ml|mL|ML|g|l|L)(?![A-Za-z])"
)


def is_price_unit(unit: str) -> bool:
    """Whether ``unit`` is a price (元/公斤, 元/桶, 元/500克), not money per month or per head."""
    money, slash, per = unit.partition("/")
    return (
        bool(slash)
        and money.endswith("元")
        and (per in PRICED_PER or bool(PER_PACK_RE.fullmatch(per)))
    )


#: A unit followed by this is a size class, not a quantity: 300万吨级, 100兆瓦级, a
#: yield grade (800公斤高产玉米示范田); or a count of the report's own points (以下四个
#: 方面), not of anything done.
LABEL_AFTER_UNIT = ("级", "方面", "高产")
#: A note that what it says holds below too (（下同）, （以下简称…）, （如无特别说明…）): it names
#: nothing where it stands (subjects, names).
SAME_BELOW = r"[（(](?:下同|以下[^（()）]{0,24}|(?:如无|除)特[别殊]说明[^（()）]{0,24})[）)]"
#: Vehicles after their seats (7座及以下|小客车, 9座以上|客车): a class, no count of seats.
SEAT_CLASS_RE = patterns.compile(
    r"(?:及以下|及以上|以下|以上)?[小大中]?型?(?:客车|轿车|乘用车|汽车|货车)"
)
#: Bodies a range of money sizes right before them (10-50亿元企业, 1-5亿元项目): a class.
SIZED_BODIES = ("企业", "项目", "园区", "工程")

#: Names and slogans written with a numeral and a classifier: not counts.  The
#: canon of the genre (policy slogans), matched from the numeral on.
NUMBERED_NAMES = (
    "八项规定", "五项原则", "十种有色金属", "两个积极性", "三次产业", "三人篮球", "两个确立", "两个维护",
    "四个意识", "四个自信", "四个全面", "三个代表", "两个务必", "三个务必", "两个毫不动摇",
    "两个结合", "五个必由之路", "六个必须坚持", "两个大局", "三个区分开来", "四个服务",
    "两个一百年", "两个市场", "两种资源", "两项补贴", "三个1亿人", "三个“1亿人”", "两位数",
    "三位数", "两个文明",
)  # fmt: skip
#: Nouns whose count, written in words, names a set of tenets (八项主张, 两个基本点,
#: 三项原则): a slogan of the genre, never a figure.
TENETS = ("主张", "方针", "原则", "基本点")
#: A rate held at a level before 的 (…优良率连续五年保持|100%的省份): the figure is the
#: rate's, not a share of the noun after 的, which only says who holds it.
RATE_HELD_RE = patterns.compile(
    r"(率|比重|占比|比例)(?:连续[0-9一二三四五六七八九十两]+年)?(?:保持在|稳定在|保持|达到|达)$"
)
#: A figure reached as a milestone is named by what reached it (迈上3万亿元台阶,
#: 跨越7万亿、8万亿三个大台阶): the words after it.
MILESTONES = ("大台阶", "新台阶", "台阶", "大关", "关口")
MILESTONE_AFTER_RE = patterns.compile(rf"(?:[一二三四五六七八九十两]个)?(?:{'|'.join(MILESTONES)})")

#: A grade reached, not a count of classes (水质稳定保持二类, 达到三类标准; 劣五类: worse
#: than the fifth, a grade of water).
GRADE_BEFORE_RE = patterns.compile(r"(?:保持|达到|稳定在|优于|好于|提升至|提高到|劣)$")

#: Between the two ends of a range: 3至5个, 2-3家, 5%—5.5%.
RANGE_SEP = ("至", "到", "—", "－", "-", "～", "~", "–", "——")

#: After 个, these make a duration, not a count (6个月, 5个工作日).
DURATION_AFTER_GE = ("月", "工作日", "小时", "季度", "年度", "星期")

APPROX_BEFORE = (("不少于", "over"), ("不低于", "over"), ("不超过", "under"), ("不高于", "under"),
                 ("超过", "over"), ("超", "over"), ("逾", "over"),
                 ("接近", "near"), ("将近", "near"), ("近", "near"),
                 ("大约", "near"), ("约", "near"),
                 ("≤", "under"), ("≦", "under"), ("≥", "over"), ("≧", "over"))  # fmt: skip
APPROX_AFTER_NUMBER = (("余", "over"), ("多", "over"))
#: After the unit: 以上 is a floor like 超; 以内/以下 a ceiling (控制在3%以内), which the
#: spec's vocabulary lacked: ``approx="under"`` (docs/metrics.md).
APPROX_AFTER_UNIT = (
    ("及以上", "over"),
    ("以上", "over"),
    ("左右", "near"),
    ("以内", "under"),
    ("及以下", "under"),
    ("以下", "under"),
)
#: The ceilings among them: before a noun they define a class (8座以下小汽车), never a target.
BOUNDS_AFTER_UNIT = ("以内", "以下")
#: A sign written right before the digits (增长-2.1%, 下降－0.5个百分点; 同比+19.8%).
MINUS_SIGNS = "-－"
#: The word for minus right before a figure (财产性净收入负64元: −64 yuan).
MINUS_WORD = "负"
#: Characters before 负 that make a word of it, no sign (正负, 减负, 担负, 自负, 胜负).
MINUS_WORD_AFTER = frozenset("正减担自胜抱背辜肩欠")
PLUS_SIGNS = "+＋"
SIGNS = MINUS_SIGNS + PLUS_SIGNS
#: Characters that make 达 the end of a word, not the verb of reaching (发达, 直达, 下达, 传达).
REACH_WORD_BEFORE = "发雷马抵送通直下传转表"
#: Adverbs of effort before a verb (积极争取, 及时分配, 切实减轻): how a thing was done, never
#: part of what a figure measures (积极分子, 及时率, 主动脉 are nouns).
EFFORT_ADVERBS = "积极(?!分子|性)|及时(?!率|性)|切实|大力|全力|着力|(?<!最大)努力|主动(?![脉权性])"
#: Characters that make 约/近/超 the end of a word (节约, 制约, 附近, 赶超).
APPROX_WORD_BEFORE = {"约": "节制签邀合条公预履违婚集", "近": "附邻最临亲", "超": "赶高"}

LIST_SEP = ("、", "和", "及", "与")
#: A place named alone, for its own figure of a measure given just before (（全省5.2%）;
#: 高于全国0.7、|全省|2.3个百分点).
PLACES_ALONE = frozenset(
    ("全国", "全省", "全市", "全区", "全县", "全州", "全盟", "全旗", "同期全国")
)
#: What ends a clause: its punctuation, a line's end, and the bullets a web page lists with
#: (…●力争全市地区生产总值增长14%以上).
CLAUSE_END = "，。；：！？,;:!?\n●■◆▲★▶►•"
QUOTED_RE = patterns.compile(r"“[^“”]{1,30}”|‘[^‘’]{1,30}’|《[^《》]{1,40}》|\"[^\"]{1,30}\"")

#: The words of a target named alone (预期目标为6%): the target of the figure before it.
TARGET_WORDS = ("目标", "预期目标", "年度目标", "全年目标", "计划目标", "控制目标")

#: Verbs of a rate going up or down; together they are the cues of a change.
#: 比增/比降 (and 同比增/同比降) are the genre's short forms of 比上年增长/下降.
#: The schedules a completion is ahead of or behind (超序时进度, 短月进度, 短平均进度).
SCHEDULES = "(?:序时|时序|时间|月|平均)"
#: How widely a change spread (增长面71%, 行业盈利面为79.4%): a measure of its own.
SPREADS = ("增长面", "下降面", "亏损面", "盈利面")
#: The verbs a pull on a whole's growth is said with (拉动…增长2个百分点, 下拉…).
PULL_VERBS = ("拉动", "带动", "下拉", "上拉")
UP_WORDS = ("增长", "提高", "提升", "上升", "增加", "上涨", "扩大", "增速", "增幅", "涨幅", "高于",
            "高出", "快于", "提价", "涨价", "微增", "微涨", "略增", "略升", "比增", "递增",
            "加快", "偏多", "偏高", "偏大", "偏丰", "回升", "反弹", "上拉", "快了", "略涨")  # fmt: skip
#: Verbs of change that may open a later item of a respective list (分别下降5.2%和上升3.1%):
#: the list goes on, and the item says its own way.
LIST_TURN_VERBS = frozenset(
    ("上升", "下降", "增长", "减少", "提高", "降低", "增加", "回落", "上涨", "下跌")
)
DOWN_WORDS = (
    "精简", "压降", "下降", "减少", "缩短", "回落", "降低", "下滑", "下跌", "收窄", "降幅", "减幅", "低于",
    "压减", "压缩", "削减", "缩减", "降价", "微降", "微跌", "略降", "比降", "减低", "放缓", "减缓",
    "慢于", "递减", "偏少", "偏低", "偏小", "偏枯", "负增长", "缩小", "多降", "慢了", "略跌",
)  # fmt: skip
#: The verbs of change written right before a rate of the things named after it
#: (减少|三分之一行政审批事项, 提高|20%低保标准): the words above but the nouns of change
#: (增速, 降幅) and the comparisons (高于), and the verbs that cut powers.
CHANGE_VERB_BEFORE_RE = patterns.compile(
    "(?:"
    + "|".join(
        sorted(
            (w for w in UP_WORDS + DOWN_WORDS + ("取消", "下放") if w[-1] not in "速幅于"),
            key=len,
            reverse=True,
        )
    )
    + ")$"
)
UP_RE = patterns.compile("|".join(UP_WORDS))
DOWN_RE = patterns.compile("|".join(DOWN_WORDS))
#: The base a portion is set by, written before the rate (预备费按本级支出的|2%设置): the
#: rate is a share of it; a plan, a budget or a target makes it a completion instead.
PORTION_BASE = (
    r"按照?(?:不低于|不高于|不超过|不少于|不多于)?"
    r"(?![^，。；、的]{0,14}(?:计划|预算|目标|任务))([^，。；、占按的]{2,16})的"
)
#: Cues for the kind of a rate; the nearest one before the number wins. 占调整预算108%
#: is a completion (占预算收入的 stays a share).
CUE_RE = patterns.compile(
    r"(?P<completion>完成率|完成|进度|执行率|为预期数?的|占(?:年初|调整后?|全年|年度)?预算数?(?![收支内])|占(?:全年|年度|年)(?:计划|目标任务|指标任务|目标|任务)$|占(?:全年|年度|年)?(?:计划|目标|任务)数的$|预算(?:调整后?数?|数)?(?:[（(][^（）()]{1,20}[）)])?(?:的|$)|预计数(?:的|$)|(?<![超过出度年])(?:(?:年度|全年|年)计划|(?:年度|全年|年)?(?:计划|目标任务|指标任务|目标|(?:下达|分解)?任务)数?的))"
    rf"|(?P<change>(?!增加值)(?:{'|'.join(UP_WORDS + DOWN_WORDS)}))"  # (增加值: no cue)
    r"|(?P<share>占比|比重|(?<!完成)比例|份额|占|相当于(?!上年|去年|同期|(?:19|20)[0-9]{2}年)[^，。；]{1,16}?的(?:比例|比重)?(?:达到?|为)?$|"
    + PORTION_BASE
    + "$)"
    r"|(?P<level>率|拉动度)"  # (对经济增长的拉动度: a contribution, its 增长 the economy's)
)
#: An earlier time a measure is compared with or changed from (“十二五”期末, 2015年底, 上年).
EARLIER_PERIOD = (
    r"(?:(?:[“\"][^”\"]{1,8}[”\"]|(?:19|20)[0-9]{2}年|上年|去年|前年|上一?个?五年|前五年|[0-9一二三四五六七八九十两]{1,3}年前|改革开放(?:初期|之初|前)|新中国成立(?:初期|之初|前))(?:期末|期间|时期|末|底|初)?"
    r"|年初|上个?月|常年(?:值|同期)?|多年(?:平均|均值)(?:值|水平)?|历史同期)"  # (a climate's or water's normal)
)
#: What makes a rate written before it a speed of growth (以7%左右的速度增长).
SPEEDS = ("的速度", "的增速", "的增长速度", "的年均增速", "的年均增长速度")
#: A growth target written after its rate (提出8%左右的国内生产总值增长目标): a change up;
#: also unnamed (…增长6.6%，实现了6.5%左右的预期发展目标: the growth before's).
GROWTH_TARGET_RE = patterns.compile(
    rf"的(?:({HAN_LETTER}{{2,12}}?)(?:增长|增速)(?:预期)?|预期(?:发展|增长)|(?:发展|增长)预期)目标"
)
#: A verb reaching a level (提升至54%) states a level, not a change.
REACHED_RE = patterns.compile(r"^(?:分别)?[至到]")
RANKING_RE = patterns.compile(
    rf"(?:排名|排在|名列|位列|位居|居于|居|进入|跻身)[{HAN}]{{0,6}}[前后]$"
)

GENERIC_SUBJECT = ("增速", "增幅", "降幅", "减幅", "跌幅", "涨幅", "增量", "总量", "占比", "比重", "规模", "总规模", "资金规模",
                   "总数")  # fmt: skip
#: A copula or a bound verb between a name and its figure (比重为85%, 达到60%).
COPULA = "(?:为|是|达到|达|约为|约|近|超过|超|逾)?"
#: A court's or a procuratorate's verbs: their counts are of cases or people, named by
#: the verb alone (结案269万件, 起诉2.1万件).
CASE_VERBS = (
    "审结", "执结", "审执结", "审理", "起诉", "批捕", "批准逮捕", "不批捕", "不起诉", "提起公诉",
    "立案", "结案", "审查逮捕", "审查起诉",
)  # fmt: skip
VERBS = (
    "建设", "新建", "改建", "扩建", "建成", "打造", "创建", "完成", "推进", "深化", "加快",
    "开展", "举办", "承办", "推出", "出台", "发布", "制定", "印发", "设立", "成立", "组建",
    "建立", "形成", "引进", "引入", "培育", "新增", "增加", "开发", "开通", "提供", "配备",
    "设置", "安装", "加装", "改造", "整治", "治理", "拆除", "腾退", "疏解", "清理", "整改",
    "检查", "排查", "抽查", "延伸抽查", "核查", "督查", "巡查", "抽检", "走访", "解决", "办理", "受理", "办结", "发放", "救助", "帮扶", "安置",
    "投入", "获得", "获批", "入选", "认定", "遴选", "梳理", "储备", "谋划", "启动", "实施",
    "落实", "落地", "严守", "保护", "覆盖", "惠及", "接待", "吸纳", "招聘", "培训", "签约",
    "筹集", "供应", "修缮", "维修", "更新", "开工", "开复工", "复工", "完工", "竣工", "开业", "投用", "回迁",
    "入驻", "入市", "上榜", "加入", "置换", "进场", "施工", "集聚", "服务",
    "完善", "优化", "兑付", "拨付", "取消", "下放", "用于", "纳入", "实行", "拓展", "停征", "关停", "淘汰", "注销",
    "撤销", "取缔", "改善", "处置", "盘活", "整合", "配置", "建",
    "种植", "栽植", "新植", "补植", "养殖", "修建", "铺设", "硬化", "申请", "授权",
    "选派", "派出", "派驻",  # (17个援藏省市和中央企业|选派…干部: who sent them)
    "修改", "修订", "废止",  # a congress's
    *CASE_VERBS,
)  # fmt: skip
#: Verbs whose object also does what follows (引导455家企业回迁, 实现8个项目开业).
PIVOT_VERBS = ("引导", "吸引", "带动", "鼓励", "帮助", "协助", "组织", "推动", "实现", "力争", "促进")  # fmt: skip
VERB_ALTERNATION = "|".join(sorted(VERBS, key=len, reverse=True))
#: The last character of a place's name (江苏省, 中部地区, 城关镇, 某旗).
PLACE_END_CHARS = "省市县区镇乡村州盟旗"
#: A span of weeks or months before, a basis of a price's change (与前四周比, 比前两个月).
EARLIER_SPAN = "前[0-9一二三四五六七八九十两]{1,2}(?:周|个月|旬)"
#: A whole place, as a new subject opens with it (全市人均…, 全省77个县).
WHOLE_PLACE = "全[省市州县区旗盟国]"
#: After a verb, what makes it the start of a name (开发区, 安置房, 增加值; 建议, 建筑, 建制村,
#: 建档立卡, 建成区), no verb.
NOT_A_BODY = (
    r"(?!(?<=开发)区|(?<=安置)房|(?<=增加)值|(?<=建)(?:[议筑制档材]|成区(?!域))|(?<=建成)区(?!域))"
)
PIVOT_ALTERNATION = "|".join(PIVOT_VERBS)
#: Words that make a bare 万 a count of people, not money (就业人数达12万).
PEOPLE_CUES = (
    "人数",
    "人口",
    "人次",
    "就业",
    "游客",
    "旅客",
    "学生",
    "职工",
    "居民",
    "群众",
    "劳动力",
    "从业人员",
    "人才",
    "户",
)
#: Counts of times that a clause names before a bare 万 (书刊文献外借册次61373万): counted too.
TIMES_CUES = ("册次", "件次", "架次", "车次", "航次", "班次")
#: Units that are themselves the people or households counted (1.6万人完成…).
PERSON_UNITS = ("人", "人次", "户", "户次", "名")
#: A capacity written before the plant it sizes (关停5万吨造纸生产线, 2座60万千瓦风电场):
#: the figure is the plant's capacity, named by the plant, not by its clause.
CAPACITY_NAMES = {"吨": "产能", "瓦": "装机容量"}
FACILITY_HEAD_RE = patterns.compile(
    rf"[{HAN}]{{0,8}}?(?:电站|电厂|风电场|光伏电站|机组|煤矿|露天矿|矿井|生产线|产线|装置)"
)
#: Verbs that remove what they count: without them a name says the opposite.
REMOVAL_VERBS = "取消|停征|关停|关闭|淘汰|注销|撤销|取缔|清理"
#: Verbs of a rating or an award: the things counted are those that got it.
AWARD_VERBS = r"(?:获评|被评为|评为|荣获|获得|入选|位列|名列|受命名|被命名为?|命名为|被(?:确定|认定|列)为|被授予|受表彰)"
#: A duration or a year inside a predicate says how or which, it is not a figure
#: (实现24小时开放, 15分钟可达, 入选2026年片单).
PREDICATE_DURATION_RE = patterns.compile(
    r"[0-9０-９]+(?:个)?(?:小时|分钟)|[0-9０-９]{4}年(?!底|末)"
)
#: A predicate that does not define the counted set: 的…, 在…, 占…, 为…
#: Where people settle, study or work, after 在: a predicate that says which ones are
#: counted (1亿人在城镇落户), read after the noun.
SETTLED_IN = r"[^，。；0-9０-９]{1,8}?(?:落户|定居|安家|就业|就读|扎根)"
NOT_PREDICATE_RE = patterns.compile(
    r"^(?:的|受(?!命名|表彰)|为|达(?!标|到(?:或超过)?(?:预期)?(?:目标|要求|标准|序时进度))|占|、|等|"
    # 在 places the things, unless an award follows it (在…评估中获评优秀: those rated)
    rf"在(?![^，。；0-9０-９]{{1,14}}?[中上]{AWARD_VERBS})(?!{SETTLED_IN})|"
    # 和/及/与 join a list, unless a verb of partnership follows (与…医院建立协作)
    r"[和及与](?![^，。；0-9０-９]{1,14}?(?:建立|签订|签署|开展|结成|缔结|合作|共建)))"
)
#: Attributive suffixes shared by a list of modifiers (示范类、达标类小区).
ATTRIBUTIVE = "类型级性式"

#: A growth written as a noun after its rate (实现7%的较快增长, 保持6%的平稳增长): a change,
#: of the subject before, no share of anything.
GROWTH_AFTER_DE_RE = patterns.compile(
    r"的(?:较快|快速|平稳|稳定|稳步|高速|中高速|持续|高位|较高)?(增长|下降|回落)(?![率点])"
)

#: A target a rate is compared with, written after it (低于|4.5%|的控制目标), and the word
#: comparing them: the target's kind is the figure before's, and so is its name.
COMPARED_TARGET_RE = patterns.compile(r"的((?:年度|全年)?(?:预期)?(?:控制)?目标)")
COMPARED_WORD_RE = patterns.compile(
    r"(低于|高于|优于|好于|控制在)(?:年初|年度|全年)?(?:人代会|人大)?(?:确定|设定|提出|下达)?的?$"
)  # (高于年初人代会|18%的目标: who set the target may stand between)
#: How far before a target's figure its comparison word is looked for.
COMPARED_WORD_WINDOW = 12
#: Money of other countries a report converts into (折合3万美元, 1美元兑6.2元).
FOREIGN_MONEY = ("美元", "欧元", "港元", "英镑", "日元")

#: 占 before a target or a budget (占全年目标任务|1200人的174%): the figure is a completion
#: of it, and the cue is the kind's, not the name's (kinds, mentions).
TARGET_SHARE = r"占(?:年初|调整后?|全年|年度|年|人大)?(?:预算|计划|目标任务|指标任务|目标|任务)"
#: A change said with its verb's first character alone (增9.5%, 同比减3.2%; group 1 the
#: verb), read by the kinds and by the check of names.
CHANGE_CHAR = r"(?:同比|(?:比|较)(?:上年|去年|年初))?([增减降升涨跌])"
#: Those of them that go up.
UP_CHARS = "增升涨"
#: A budget's outturn against itself (比预算超收320万元, 短收, 超支, 节支): changes of a
#: measure against its budget, read where a base's change is (names, clauses).
BUDGET_OUTTURNS = ("超收", "短收", "超支", "节支")


#: The two sides of a herd or a trade: a list item named by one is of the owner of the
#: other before it.
FLOW_SIBLINGS = {
    "存栏": "出栏", "出栏": "存栏", "进口": "出口", "出口": "进口", "资产": "负债", "负债": "资产"
}  # fmt: skip
#: The two counts of a patent office's year (发明专利申请量…，授权量…): the same patents'.
PATENT_SIDES = {"申请量": "授权量", "授权量": "申请量"}


#: A section of the industry classification with 、 and 和 inside its one name (交通运输、
#: 仓储和邮政业, 水利、环境和公共设施管理业): a list's 、 it is not.
INDUSTRY_SECTION = (
    r"(?:[\u4e00-\u9fff]{1,6}、){1,3}[\u4e00-\u9fff]{0,8}[和及][\u4e00-\u9fff]{1,10}业"
)
INDUSTRY_SECTION_RE = patterns.compile(INDUSTRY_SECTION)

#: The demand-side measures a summary names by one word (投资增长21.3%，消费增长13.5%):
#: what the statistics report under those words.
DEMAND_ALONE = {"投资": "固定资产投资", "消费": "社会消费品零售总额"}

#: The consumer price index's categories, as the statistics bureau has named them (eight
#: since 2016, eight before with other names; 衣著 as a traditional page writes it): a
#: rate of one, in a report of prices, is the category's prices; listed together they
#: share no head (衣着、…、其他用品和服务).
CPI_CATEGORIES = frozenset(
    (
        "食品烟酒", "食品", "烟酒", "烟酒及用品", "衣着", "居住", "生活用品及服务",
        "生活用品和服务", "衣著", "家庭设备用品及维修服务", "家庭设备用品及服务", "交通和通信",
        "交通通信", "教育文化和娱乐", "教育文化娱乐", "娱乐教育文化用品及服务",
        "教育文化娱乐服务", "医疗保健", "医疗保健和个人用品", "其他用品和服务",
        "其他用品及服务",
    )
)  # fmt: skip


def cpi_category(name: str) -> bool:
    """Whether ``name`` is one of the price index's categories (类 after it or not)."""
    return name.removesuffix("类") in CPI_CATEGORIES
