"""The subject of a clause: what a rate, an amount or a share is of.

A clause segment before a figure is stripped of its predicates and framing
words (增长, 达到, 其中, 全年…) and of the light verbs that open an object
(完成, 实现, 推动…); what is left names the thing measured.  The word patterns
of the genre's clauses (manner adverbs, verbs, pivots) are said here once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportpress import patterns
from reportpress.metrics.lexicon import (
    COPULA,
    DIGIT_RE,
    DOWN_WORDS,
    EARLIER_PERIOD,
    EARLIER_SPAN,
    HAN,
    HAVE,
    INDUSTRY_SECTION_RE,
    PIVOT_ALTERNATION,
    PORTION_BASE,
    REACH_WORD_BEFORE,
    SAME_BELOW,
    UP_WORDS,
    VERB_ALTERNATION,
)
from reportpress.metrics.names import (
    BEFORE_WORD_ETC,
    COMPARED_LEAD_RE,
    LIST_JOIN_RE,
    MEASURE_HEADS,
    RESTATED_COUNT_RE,
    RESTATED_INDUSTRIES_RE,
    han_len,
    leading_verbs_stripped,
    listed_class_end,
    periods_after_measure,
)
from reportpress.metrics.scan import clause_end, clause_start

PREDICATE_TAIL_RE = patterns.compile(
    r"(?:(?<=[\u4e00-\u9fff]{2})与[^，。；与]{1,10}?(?:持平|相当|相等)|(?<=[\u4e00-\u9fff]{2})(?:基本)?持平|从无到有|从小到大|分别|年均|平均|(?<=[\u4e00-\u9fff]{2})(?:微幅|小幅|大幅|略有|(?:初步)?(?:测算|核算))|(?<=同比|环比|按年|按月)(?:明显|显著)|(?<!人)均|(?<=[均都])在|(?<=增幅|增速|增长)(?:最大|最快|最高)|首次|(?<=[长降高升加少落低滑涨跌])了|"
    r"(?<=[\u4e00-\u9fff]{2})(?:(?<![规原法准细总守否实])则|也|亦|(?<!冷)却|仍)|(?<=收入|支出)(?:累计)?执行|[从由](?:去年|上年|人均)的?|共计|一共|(?<!公)共|累计|(?<!收入|支出)合计|(?<!收入|支出)总计|全部|已经|已|控制在|控制到|控制至|保持在|(?<!水土)保持|稳定在|处于|同比(?:上年|去年)(?:同期)?|(?:(?:本|当)?(?<![0-9０-９一二三四五六七八九十])[月周])?(?:同比|环比|按年|按月)(?:分别)?[涨跌升降高低]|(?:(?:本|当)?(?<![0-9０-９一二三四五六七八九十])[月周])?(?:同比|环比)|按[年月](?=上升|下降|下跌|上涨|增长|减少|$)|(?<![\u4e00-\u9fff])[增减]\s*|比上年|较上年|较去年底?|较同期|比去年|较年初|"
    rf"(?<![转变调降升])(?:是|为|相当于){EARLIER_PERIOD}的|"
    r"(?<![占对同])相?[比较](?:上(?![升涨调])|去|前|同期|年初|预算|计划|时间|序时|常年|多年(?:平均|均值)|历史同期|[0-9]{4}年|[0-9一二三四五六七八九十两]{1,3}年前|改革开放(?:初期|之初|前)|新中国成立(?:初期|之初|前)|第?[一二三四1-4]季度|[上下]半年|[0-9]{1,2}(?:[-—－至][0-9]{1,2})?月|“(?:十[一二三四五六七八九]?|[一二三四五六七八九])五”)[^，。；、比较]{0,6}?|(?<!一)再|继续|进一步|始终|一直|依然|仍然|新?安排|"
    rf"(?:与|和|同)(?:去年|上年|上周|上月|上旬|上季度|{EARLIER_SPAN})(?:同期)?(?:相比|比较|比)|因[^，。；、]{{1,8}}?原因|按(?:可比价格?|现价|不变价)计算|(?:同|环)?比[增降减]|[负正]?增长|下降|[上下]调(?![整查研度控剂])|递增|递减|微降|微跌|略降|微增|微涨|略增|略升|偏多|偏少|偏高|偏低|偏大|偏小|提高|提升|上升|增加|减少|缩短|回落|降低|下滑|上涨|下跌|扩大|收窄|缩小|放缓|加快|减缓|趋缓|回升|高于[^，。]{{0,4}}?|低于[^，。]{{0,4}}?|"
    r"(?:压减|压缩|削减|缩减|精简|压降)[至到]?|(?:跃升|攀升)[至到]?|(?:下降|上升|提高|提升|降低|增长|增加|减少|拓展|扩大|扩展|延伸|发展)[至到]|[增降升减]至|[增降升减]到|(?:转|变|转变|调|降|升)为|(?<=[至到为])人均|折合|(?<!自)[由从](?:每[人户生年月天日])*|(?:每[人户生年月天日])+|每[0-9０-９.]*(?:克|公斤|千克|斤|吨|升|毫升)|"
    r"达到|(?:高|多|长)?"
    rf"(?<![{REACH_WORD_BEFORE}])达"
    r"|为|是|至|到|(?<=[^拥现所具共占持享国私])有|(?<=[\u4e00-\u9fff]{2})拥有|实现|缴纳|上缴|收缴|入库|占(?!用税|地面积)[^，。]{0,4}?|完成[^，。]{0,8}?的|完成|超过|突破|新增|"
    r"(?<![签节制预合条公契特邀履违集婚])约|(?<![附邻最临亲接])近|(?<![赶高])超|逾|不少于|的|实际|名义|(?:19|20)[0-9]{2}年(?:底|末|初)?|(?<=[\u4e00-\u9fff]{2})(?<![上去今明前当到至在])年[末底]|连续[0-9一二三四五六七八九十两]+(?:个月|年|次|天)|(?:近|过去)?[0-9一二三四五六七八九十两]+年(?:来|以来|间)|近年来|今年以来)$"
)


#: Words that frame a clause before its subject: a preposition, a circumstance, a
#: period (2019—2021年, 1-9月), a cause (…的主要原因是, 增收主要是), a scope (全市), a
#: tally word; 末/底 left by a year read as a date (2022年|末全市… → 全市…); a lead to the
#: things listed (增长较快的有…).
FRAME_HEAD_RE = patterns.compile(
    rf"^(?:[末底](?=全[省市县区旗州盟国]|我[省市县区旗]|本[省市县区级])|建议将|具体(?:为|是|包括)|以上(?=[\u4e00-\u9fff]{{4}})|"
    # (a frame run into its subject without a comma: 从收入结构情况看|税收收入…, 分产业看|第一产业…)
    rf"从(?!业)[^，。；：“”]{{1,10}}?看(?=[\u4e00-\u9fff]{{2}})|[分按](?:产业|行业|门类|地区|区域|类型|经济类型|领域|结构|规模)看(?=[\u4e00-\u9fff]{{2}})|[\u4e00-\u9fff]{{2,6}}(?:较快|较大|较多|最快|最大|最多|居前|靠前)的(?:有|是|为)|特别是|尤其是|拟将|以及|只有|仅有|"
    rf"(?:支柱|主导|重点|优势)(?:行业|产业)(?=[\u4e00-\u9fff]{{2,}}(?:业|、))|(?:19|20)[0-9]{{2}}年?[-—－~～至到](?:19|20)[0-9]{{2}}年(?:间|期间|以来)?|(?:19|20)[0-9]{{2}}年(?:[和及与、](?:19|20)[0-9]{{2}}年)+|把(?![关握])|在[^，。“”在]{{1,10}}?(?:冲击|影响|带动|拉动|支撑|推动|背景|形势)下|(?:[^，。；：“”]{{0,16}}?的)?(?:主要)?原因(?:主要)?(?:是|为|在于)|[^，。；：“”]{{0,10}}?主要(?:是|由于|因为)|(?:与|和|同)(?:去年|上年|上周|上月|上旬|上季度|{EARLIER_SPAN})(?:同期)?(?:相比|比较|比)|由(?:去年|上年)(?:同期|全年)?的?(?=[负正增下降上减升回]|$)|虽然?|尽管|(?:但是?)?仍然?|但是?|(?:加上?|减去?)(?=上级|省级|市级|县级|上年|调入|债务|转移|动用)|其中|上半年|下半年|[0-9０-９]{{1,2}}(?:月份?)?[-—－~～至到][0-9０-９]{{1,2}}月份?(?![末底初中和、与及])|全年|今年|年内|当年|截至(?:[0-9０-９]{{2,4}}年)?[0-9０-９]{{1,2}}月(?:[0-9０-９]{{1,2}}日)?(?:底|末|份)?|截至[^，。]{{0,8}}?|(?:我区|全区|全市|全县|全省|全乡|全镇|全村|全旗|全州|全盟|全地区|全辖区|全自治区|全自治州|全局|全院|全系统|我[县乡镇旗](?!在))(?!性)(?:{HAVE})?|"
    rf"累计|(?:按|以)(?:可比价格?|不变价格?|现价)计算的?|[共现已]{HAVE}|中共?有(?=[\u4e00-\u9fff]{{2}})|(?:共计|合计|总计)(?=[\u4e00-\u9fff]{{2}})|共(?![享同治商育赢]|建(?![成设]))|同时|此外|另外|目前|已经|已|力争|确保|预计|[去上]年[末底]|在[^，。“”]{{1,6}}?中(?![国央华心生学专职医药小])|“(?:十[一二三四五六七八九]?|[一二三四五六七八九])五”(?:时期|期间|以来|期末|末)?|平均每年|每年|"
    r"(?:今后|过去|近)?[0-9一二三四五六七八九十两]+年(?!一贯|制|义务教育)(?:来|间|内|(?<![0-9]{4}年)中(?![央国]))?)"
)


#: Verbs that open a clause's object: the measured thing is what follows them (but for
#: a measure the verb names: 完成率, 实现程度); examples before 等 go too, but before a kind
#: of cases (房屋买卖等纠纷案件), which they alone tell apart.
LEADING_VERB_RE = patterns.compile(
    r"^(.*?)(?<!有)(?:完成|实现|开展|(?<!国际|社会|基层|群团|经济|合作|企业|专合|中介|自治|服务|农民|群众|志愿|民间|公益|慈善|党的)(?<!党)组织|举办|推出|出台|发布|梳理|配备(?!达标)|设置|集聚(?!区)|安排|推进|推动|落实|协助|引导|吸引|"
    r"压减|压缩|削减|缩减|"
    rf"[^、{BEFORE_WORD_ETC}一二三]等)(?![率量额级次]|程度|(?:方面|领域|行业|部门)的"
    r"|(?!环节|方面|领域)[\u4e00-\u9fff]{0,6}(?:案件|犯罪|纠纷)$)(?=[\u4e00-\u9fff“A-Za-z])"
)


#: A note the report puts inside its sentence: 广义货币M2（注：M2为…）.
NOTE_RE = patterns.compile(r"[（(]注[：:][^）)]{0,40}[）)]")
#: The years a normal value is the mean of (比常年值（1956~2000年系列）偏多): the base's
#: note, as the base is no part of what it measures.
BASE_SERIES_NOTE_RE = patterns.compile(
    r"(?:(?<=常年)|(?<=常年值)|(?<=多年平均)|(?<=多年平均值)|(?<=多年均值))"
    r"[（(][^（）()]{0,8}?(?:19|20)[0-9]{2}[^（）()]{0,20}[）)]"
)
#: A note on how final a figure is (营业收入（错月指标）, 生产总值（快报数）, （初步核算数）):
#: no part of what it measures.
STATUS_NOTE_RE = patterns.compile(
    r"[（(](?:错月(?:指标|数据?)?|快报(?:数据?)?|初步(?:核算|统计)数?|预计数|预估数?|估算数?)[）)]"
)


#: Manner adverbs standing before a verb (稳步推进, 全力打造).
MANNER_RE = patterns.compile(
    r"^(?:稳步|有序|全力|积极|持续|大力|扎实|深入|不断|进一步|全面|着力|率先|先后|陆续|累计|共(?![享同治商育赢]|建(?![成设]))|已|"
    r"还|再|又|先行|初步|基本|顺利|集中|密集|加快|加紧|因地制宜|依法依规|依法)"
)


VERB_START_RE = patterns.compile(rf"^(?:{VERB_ALTERNATION})")


VERB_END_RE = patterns.compile(rf"(?:{VERB_ALTERNATION})了?$")


PIVOT_RE = patterns.compile(rf"^(?:{PIVOT_ALTERNATION})|(?:{PIVOT_ALTERNATION})了?$")


#: A clause of verbs only, its object left out (启动实施, 新开工, 谋划储备).
BARE_VERBS_RE = patterns.compile(rf"^(?:新|已|再)?(?:{VERB_ALTERNATION})+$")


#: Adverbs that open a predicate without naming anything (全部达标, 均已开工).
PRED_ADVERB_RE = patterns.compile(
    r"^(?:全部|均已|均|已经|已|正在|仍在|尚在|正式|都|顺利|先后|陆续|分别|(?:将|拟|计划)?于)"
)


#: A time clause at the end of a subject (征收启动当日): not part of the name.
TIME_TAIL_RE = patterns.compile(
    rf"(?:(?<![0-9０-９])[{HAN}]{{0,2}}当[日天月年]|(?<=[{HAN}]{{2}})(?<![年月季])同期)$"
)  # (生产总值同期|增长10%: the period compared with, no part of the name)


@lru_cache(maxsize=4096)  # the rules of one list trim the same words again, other lists too
def trim_prefix(prefix: str) -> str:
    """Strip predicates and framing words so the subject remains."""
    prev = None
    while prev != prefix:
        prev = prefix
        prefix = PREDICATE_TAIL_RE.sub("", prefix.rstrip())  # (占常住人口的 48.3%: a page's space)
        prefix = FRAME_HEAD_RE.sub("", prefix)
    return prefix.strip()


def clause_subject(text: str, start: int, end: int) -> str:
    """The subject of a clause segment: predicates, frames and leading verbs stripped.

    Light verbs (完成, 实现, 推动…) are peeled off one after another
    (协助天津港完成车辆出口服务 → 车辆出口服务), but not when what is left is a
    quotation: a slogan names no quantity (拆除并实现“场清地净”).
    """
    return _subject_of(text[start:end])


#: A note on what holds below or throughout (同比（下同）, 可比价（下同）, 增长（以下如无
#:特别说明，均为同比增速）, （如无特别说明，…）): it says how to read, not what.
SAME_BELOW_RE = patterns.compile(SAME_BELOW)
#: The words one of those notes has (a cheap test before the pattern).
SAME_BELOW_WORDS = ("下同", "以下", "说明")


#: A body named in quotes before its verb (“一区六园”完成…): an owner, not a slogan.
QUOTED_OWNER_RE = patterns.compile(r"“[^“”]{2,10}”")


#: A section's heading run into its first paragraph with a space (八、交通运输 全年货运量…).
RUN_IN_HEADING_RE = patterns.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^\s，。；：、]{2,12}\s+"
)


#: How many kinds there are in all, after some of them (食品、衣着、居住等八类|价格), or
#: that the kinds listed are some of a class (纺织、化工、建材等|行业产值, …三个|行业): in a
#: 分别 list the kinds named own the figures, those words name nothing.
ALL_KINDS_RE = patterns.compile(
    r"等[一二三四五六七八九十两]{1,3}大?[类种项]"
    r"|(?:等|[一二三四五六七八九十两]{1,2}个|等[一二三四五六七八九十两]{1,2}个)(?=行业|产业|领域|板块)"
    # A、B等产品产量: the products listed, each with the measure
    r"|等(?:主要|重点)?(?:工业)?(?:产品|商品)(?=产量|销量|产值|零售额|销售额|价格)"
)


@lru_cache(maxsize=4096)  # the rules of one list ask again for the same clause (1 call in 5)
def _subject_of(segment: str) -> str:
    """The subject of the clause segment written ``segment`` (see :func:`clause_subject`)."""
    if "注" in segment:  # the one character every note has
        segment = NOTE_RE.sub("", segment)
    if "）" in segment or ")" in segment:
        segment = BASE_SERIES_NOTE_RE.sub("", STATUS_NOTE_RE.sub("", segment))
    if any(word in segment for word in SAME_BELOW_WORDS):  # 增加值同比（下同）下降…
        segment = SAME_BELOW_RE.sub("", segment)  # the note says nothing of the subject
    if " " in segment:  # 增长 9.1%: a converted page's spaces around figures say nothing
        segment = RUN_IN_HEADING_RE.sub("", segment).replace(" ", "")
    if "分别" in segment:
        segment = ALL_KINDS_RE.sub("", segment)
    subject = trim_prefix(segment.lstrip("、"))
    if subject.endswith("、"):
        subject = _first_predicates_subject(subject)
    if "、" in subject and periods_after_measure(subject):
        return subject  # 全市生产总值一季度、上半年和前三季度: the list's parts name each figure
    head, comma, tail = subject.rpartition("、")
    if (
        comma
        and FRAME_HEAD_RE.match(tail)
        and trim_prefix(tail)
        and not COMPARED_LEAD_RE.match(head)  # 高于全市、全省平均增速: places compared with
    ):
        subject = trim_prefix(tail)  # …“十大民生实事”、近五年累计投入资金: a new clause
    elif (
        comma
        and WORK_SPENT_RE.fullmatch(tail)
        and VERB_START_RE.match(done := MANNER_RE.sub("", head))
    ):
        subject = leading_verbs_stripped(done) + tail  # 大力实施城市更新行动、完成投资…: its 投资
    elif comma and RANKING_END_RE.search(head) and han_len(tail) >= 2:
        subject = tail  # 花卉产量全球第一、优质鲜切花占比: a ranking ends the clause before
    if "公共网络" in subject:  # a release's definition of online sales: no verb 实现 in it
        subject = subject.replace(ONLINE_SALES_WORDS, "网上")
    respective = "分别" in segment
    for _ in range(3):
        verb = LEADING_VERB_RE.match(subject)  # (anchored: one match at most, read once)
        if (
            respective
            and verb
            and verb.group().endswith("等")
            and "、" in verb.group()
            and (
                subject.startswith(MEASURE_HEADS, listed_class_end(subject, verb.end()))
                or restated_count_end(subject, verb.end()) > verb.end()
            )
            and not VERB_START_RE.match(verb.group(1))
        ):
            # 教育、…、城乡社区等支出增速分别为…, 成都、…、阿坝等六个重灾市（州）一般预算收入分别…:
            # the things listed own the figures
            break
        shorter = trim_prefix(subject[verb.end() :] if verb else subject)
        if not shorter[1:] or shorter == subject or re.fullmatch(r"“[^“”]*”", shorter):
            break  # …; 夜间文旅消费集聚区: a verb inside a word leaves one character
        if shorter in GENERIC_AMOUNTS:
            break  # 中央财政拟安排资金: 资金 alone names nothing
        owner = trim_prefix(verb.group(1)) if verb and not verb.group().endswith("等") else ""
        owner = owner.rstrip("拟将要") if han_len(owner) >= 4 else owner  # 中央财政拟|安排
        if verb and verb.group().endswith("等") and (lead := VERB_START_RE.match(verb.group(1))):
            shorter = lead.group() + shorter  # 改造建华路、根河路等背街巷道: the verb stays
        short = (
            BARE_VERBS_RE.fullmatch(shorter)
            or 2 <= han_len(shorter) <= 4
            or shorter.endswith(MEASURE_HEADS)
            and han_len(shorter) <= 8  # 产业类投资
            or shorter[-1] in "量额"  # 国际航线完成|旅客运输量: a doer's (not 上报完成…,
            and han_len(shorter) <= 8  # …等运输方式完成…: a verb, or a class of the doers)
            and not owner.endswith(("报", "方式"))
            and shorter[0] != "的"  # (可供安排|的收入总量: the verb's object, no doer before it)
        )
        whose = (
            han_len(owner) >= 2
            and not re.search("[拟将要]$", owner)
            and ("、" not in owner or INDUSTRY_SECTION_RE.search(owner) is not None)
            and not re.match("我们|我", owner)
        )
        if whose and (measure := measure_after_state(shorter)):
            return owner + measure  # 部门运维实现集中管理、经费下降28%: the state is no name
        if whose and (short or QUOTED_OWNER_RE.fullmatch(owner)):
            # 黄河“几字弯”攻坚战完成治理, 劳动力实现转移就业: whose; “一区六园”完成工业总产值、
            # 工业增加值…: the parks named in quotes own the whole list
            return owner + shorter
        subject = shorter
    if MODAL_ONLY_RE.fullmatch(subject):
        return ""  # 预计全年可达…: the verb's modal alone names nothing; 年增长14.4%: yearly
    return _without_time_tail(subject) or subject


def restated_count_end(subject: str, at: int) -> int:
    """Where the places or industries listed before ``at`` counted again end (…阿坝等|六个
    重灾市（州）|一般预算收入, …食用菌等|三大特色|产业产值), or ``at`` if they are not."""
    count = RESTATED_COUNT_RE.match(subject, at) or RESTATED_INDUSTRIES_RE.match(subject, at)
    return count.end() if count else at


def _without_time_tail(subject: str) -> str:
    """``subject`` without a time clause at its end (征收启动当日 → 征收), a measure's head
    kept (一般公共预算收入当月|完成 → 一般公共预算收入: this month's)."""
    tail = TIME_TAIL_RE.search(subject)
    if tail is None:
        return subject
    if (kept := subject[: tail.end() - 2]).endswith(MEASURE_HEADS):
        return kept
    return subject[: tail.start()]


#: A modal left alone of a clause's predicate (全年|可|达到, 有望|突破, 将|达), or the 年 of
#: a yearly growth (年|增长14.4%).
MODAL_ONLY_RE = patterns.compile(r"(?:可|将|能|能够|可望|有望|可以|预计可|预计将|年)")


#: How a release defines online sales (限额以上单位通过公共网络实现的商品零售额): 网上.
ONLINE_SALES_WORDS = "通过公共网络实现的"
#: A state reached, listed before a measure's change (实现集中管理、|经费下降28%).
STATE_REACHED_RE = patterns.compile(r"(?:管理|运行|运营|监管|共享|覆盖|达标|联网|上线|办理)$")


def measure_after_state(words: str) -> str:
    """The measure in a state reached and a measure listed after it (集中管理、经费): the
    measure is the figure's, of whoever reached the state; "" if the words are no such list."""
    if "、" not in words:
        return ""
    state, comma, measure = LEADING_VERB_RE.sub(r"\1", words).rpartition("、")
    if comma and STATE_REACHED_RE.search(state) and 1 <= han_len(measure) <= 4:
        return measure
    return ""


#: A sum spent, listed after the work it is spent on (实施…行动、完成投资).
WORK_SPENT_RE = patterns.compile(r"(?:完成|累计完成|实现)?(?:投资|投入)")


#: A ranking that ends a clause: 全球第一, 居全国首位, 位居前列.
RANKING_END_RE = patterns.compile(
    r"(?:(?:全国|全球|全省|全市|世界|居)第[一二三四五六七八九十0-9]{1,2}|首位|前列)$"
)
#: Where a predicate starts in a clause of several (收入增速高于经济增速、突破3万元).
FIRST_PREDICATE_RE = patterns.compile(
    r"(?:增速|增幅)?(?:高于|低于|实现|稳居|位居|保持|继续|基本|达到|达|翻了?[一两三]?番|提前|全面)"
)


def _first_predicates_subject(subject: str) -> str:
    """A subject ending in 、 holds predicates listed before the figure's own
    (收入增速高于经济增速、突破3万元; 企业数量实现翻番、达1.8万家): the subject
    is what stands before the first of them."""
    first = subject.split("、")[0]
    cut = FIRST_PREDICATE_RE.search(first)
    if cut and cut.start() == 0:
        return ""  # 、稳居全国前十强、增长4.8%: the subject is the one before
    head = trim_prefix(first[: cut.start()]) if cut else ""
    return head if han_len(head) >= 2 else subject.rstrip("、")


@lru_cache(maxsize=4096)  # nine patterns a call; a list asks again for the same words
def segment_mode(segment: str) -> str:
    """Whether a count after ``segment`` is a verb's object or the subject of what follows.

    新建3所中小学, 推进19个…专项整治: object, the words after the number name it.
    …等9项任务提前完成年度目标, 引导455家企业回迁, 为35万户居民家庭免费安装…:
    subject, the predicate after its noun says which ones are counted.
    """
    core = segment
    for _ in range(3):
        core = MANNER_RE.sub("", FRAME_HEAD_RE.sub("", core))
    if not core or core.endswith("的") or PIVOT_RE.search(core):
        return "subject"
    if VERB_END_RE.search(core) or VERB_START_RE.match(core):
        return "object"
    return "subject"


#: The whole a share is taken of, at the end of the words before it (占全市, 占…的比重为;
#: 占…的（下同）: a note after it).
SHARE_WHOLE_RE = patterns.compile(
    rf"占(?!比|用税)((?:[^，。；、占较比]|比(?=重|例)){{1,20}}?)的?(?:{SAME_BELOW})?{COPULA}$"
)


#: The base a portion is set by (:data:`~reportpress.metrics.lexicon.PORTION_BASE`).
PORTION_BASE_RE = patterns.compile(PORTION_BASE + "$")


def share_whole(segment: str, rate: bool = False) -> tuple[str, int]:
    """占全市 in …，占全市43.8%: the whole a share is taken of, and how long the
    segment's tail is that holds it (的 and a copula after it are not part of it:
    占一般公共预算收入的比重为85%).  Before a rate, a base a portion is set by is
    such a whole too (预备费按本级支出的2%设置 → 预备费占本级支出)."""
    m = SHARE_WHOLE_RE.search(segment) or (rate and PORTION_BASE_RE.search(segment)) or None
    return ("占" + m.group(1), len(m.group())) if m else ("", 0)


#: Words that name no amount alone: the clause's subject before them is kept.
GENERIC_AMOUNTS = ("资金", "投资", "投入", "经费", "收入", "支出", "规模", "数量", "总额")
#: An amount named right after the things counted, its figure next (37家帮扶单位|援助
#: 资金3亿元): the things own it.
OWNED_AMOUNT_RE = patterns.compile(
    rf"(?:援助|帮扶|补助|奖补|专项|配套)?(?:{'|'.join(GENERIC_AMOUNTS)})$"
)


#: A short doer and the verbs of a clause (部区共建, 全市新建).
OPENING_VERB_RE = patterns.compile(rf"^[{HAN}]{{0,4}}?(?:{VERB_ALTERNATION})+")


#: A clause that aims work at a thing (对“积案”开展清理, 对欠薪问题进行专项整治).
AIMED_AT_RE = patterns.compile(
    r"对([“”\u4e00-\u9fff]{2,12}?)(?:开展|进行|实施|组织)[\u4e00-\u9fff]{2,8}"
)


#: A clause that only names a project (青龙河治理工程, 城南污水处理厂二期项目): in a list of
#: projects, each is followed by what it costs and how far it is.
PROJECT_CLAUSE_RE = patterns.compile(
    rf"[{HAN}]{{2,18}}(?:工程|项目)(?:[一二三四五六七八九十0-9]{{1,2}}期)?"
)
#: The head alone, what a verb inside such a name leaves of it (滨河路改造|工程).
PROJECT_HEAD_RE = patterns.compile(r"(?:工程|项目)(?:[一二三四五六七八九十0-9]{1,2}期)?")


def project_named_alone(clause: str) -> bool:
    """Whether a clause only names a project, a verb inside its name included (青龙河治理
    工程, 滨河路改造工程, 城南污水处理厂二期项目; not 实施滨河路改造工程, whose verb opens
    it): what follows in a list of projects is that project's (投资…，已完成…)."""
    if not PROJECT_CLAUSE_RE.fullmatch(clause) or leading_verbs_stripped(clause) != clause:
        return False
    verb = OPENING_VERB_RE.match(clause)
    return not verb or bool(PROJECT_HEAD_RE.fullmatch(clause, verb.end()))


#: A clause framing an aspect of the work (在临时救助方面, 在就业领域): group 1 the aspect.
ASPECT_FRAME_RE = patterns.compile(r"[在从]([\u4e00-\u9fff]{2,12}?)(?:方面|领域)")


def previous_object(text: str, start: int) -> str:
    """The thing the clause before ``start`` speaks of, when it holds no figure:
    a quoted name and what follows it, a project named alone, or the clause without
    its leading verbs."""
    if start < 2 or text[start - 1] not in "，,":
        return ""
    clause = text[clause_start(text, start - 1) : start - 1]
    if not clause or DIGIT_RE.search(re.sub(r"“[^“”]*”", "", clause)):
        return ""
    if clause[:1] in "在从" and (aspect := ASPECT_FRAME_RE.fullmatch(clause)):
        return aspect.group(1)  # 在临时救助方面，累计救助970.3万人次: the aspect framed
    if clause[:1] == "对" and (aimed := AIMED_AT_RE.fullmatch(clause)):
        return aimed.group(1)  # 对“积案”开展清理，办结40件: the cases the work aimed at
    quoted = clause.find("“")
    owner = clause[quoted:] if quoted >= 0 else leading_verbs_stripped(trim_prefix(clause))
    if (
        quoted < 0
        and owner == clause
        and not MANNER_RE.match(clause)  # 全力推进项目建设: no doer, nothing sure to lend
        and (verb := OPENING_VERB_RE.match(clause))
    ):
        owner = clause[verb.end() :]  # 部区共建|内蒙古牛羊肉交易中心: a short doer, then the verb
    if quoted < 0 and project_named_alone(clause):
        return clause  # 滨河路改造工程，总投资…: the project's (not 工程 after 改造)
    return owner if 2 <= han_len(owner) <= 16 and owner != clause or quoted >= 0 else ""


#: The thing whose growth a clause before speaks of: …国内生产总值增长速度比预计的高.
RATE_OWNER_RE = patterns.compile(rf"([{HAN}“”]{{2,16}}?)(?:增长速度|增速|增幅)")


def previous_rate_owner(text: str, start: int) -> str:
    """Whose growth a clause with only a period for subject gives (…生产总值增长速度比预计
    的高，“十一五”年均增长7.5%): the thing the clause before says grows."""
    if start < 2 or text[start - 1] not in "，,":
        return ""
    clause = text[clause_start(text, start - 1) : start - 1]
    if DIGIT_RE.search(clause) or not (m := RATE_OWNER_RE.search(clause)):
        return ""
    owner = trim_prefix(m.group(1))
    if cut := TOPIC_CUT_RE.search(owner, 2):
        owner = owner[: cut.start()]  # 全省财政支出|保持合理增长速度: whose growth, not how
    return owner if han_len(owner) >= 2 else ""


def next_object(text: str, pos: int) -> str:
    """What the clause starting at ``pos`` works on, when it holds no figure: 投资1亿元，
    启动实施黑羊站水厂改扩建工程 → 黑羊站水厂改扩建工程; …，对城区雨水管网进行改造 → 城区雨水管网."""
    clause = text[pos : clause_end(text, pos)]
    if DIGIT_RE.search(re.sub(r"[0-9０-９.]+[^，。；0-9]{1,3}以[下上]", "", clause)):
        return ""  # 完成5个村的改造: a count says what; 10蒸吨以下锅炉: a class, no count
    clause = MANNER_RE.sub("", re.sub(r"^(?:重点|主要|用于|用来)", "", clause))
    if target := re.match(rf"对([{HAN}“”、]{{2,24}}?)进行", clause):
        return target.group(1)
    thing = leading_verbs_stripped(re.sub(rf"^((?:{VERB_ALTERNATION})+)了", r"\1", clause))
    thing = thing.split("、")[0] if han_len(thing) > 20 else thing  # 护坡改造、城市出入口…
    return thing if thing != clause and 2 <= han_len(thing) <= 20 else ""


#: Where a sentence's topic ends and its report of progress starts
#: (对口援建持续深化, 制造业数字化转型深入开展).
TOPIC_END_RE = patterns.compile(
    r"(?:持续|不断|快速|迅速|较快|加速(?!度)|进一步|稳步|逐年|连年|大幅度?|明显|深入|全面|扎实|有序|取得|成效|显著|向好|"
    r"有力|更加|逐步|蓬勃|强劲|稳健|强势|稳中|摆脱|企稳|逆势|迅猛)"
)
#: Where a topic said to equal something ends (总供水量|与总用水量持平).
EQUALLED_CUT = "(?:与|同)(?=[^，。；与同]{1,10}?(?:持平|相当|相等)$)"
EQUALLED_CUT_RE = patterns.compile(EQUALLED_CUT)
#: Where the topic of a clause before ends: its report of progress, or a change
#: (工业企业经济效益大幅度提高, 粮食连续五年增产).
TOPIC_CUT_RE = patterns.compile(
    rf"{TOPIC_END_RE.pattern}|在(?=[^，。；]{{0,12}}?基础上)|连续|继续|受(?=[^，。；]{{1,12}}?(?:影响|冲击|制约))|保持(?![率量])|加快|总体|平稳|稳定|稳步|有所|快速|较快|大幅|小幅|成为|增势|势头|态势|良好|亮眼|回暖|回升|(?:占据?|居于?)主导地位|唱主角|挑大梁|培育壮大|发展壮大|做大做强|提质扩面|(?:{'|'.join(UP_WORDS + DOWN_WORDS)})(?![值率量额])|增产|增收|好转|改善|(?:首次|成功)?(?:突破|迈上|跨上|跃上|跨越|站上|迈过|越过)"
    r"|(?:再|又|连)?(?:攀|创)(?:历史)?新高(?![地校])|(?:再|又)?上新台阶"
    # (总供水量与总用水量持平，为…: the measure, what it equals no part of it)
    rf"|{EQUALLED_CUT}"
    # (吉化乙烯项目投产，总产能达…: a project's completion, then its sums)
    r"|(?<=项目|工程)(?:建成|竣工|投产|投用|开工)"
)


def previous_subject(text: str, start: int) -> str:
    """The subject a clause of predicates only leaves to the clause before, when that
    one holds no figure (城镇居民收入和农村居民收入，分别增长8.3%和9.2%); a list of subjects
    cut where its report of progress starts (化工、建材、食品行业增长较快 → 化工、建材、食品行业)."""
    if start < 2 or text[start - 1] not in "，,":
        return ""
    clause = text[clause_start(text, start - 1) : start - 1]
    subject = trim_prefix(FRAME_HEAD_RE.sub("", clause))
    if LIST_JOIN_RE.search(subject) and (cut := TOPIC_CUT_RE.search(subject, 2)):
        # 化工、建材、食品行业增长较快，分别增长…: the list alone, a speed's word kept (第一、三
        # 产业增速较快，分别高于…), no 均 (…和社会消费品零售总额均突破…)
        end = cut.start() + 2 if subject.startswith(SPEED_WORDS, cut.start()) else cut.start()
        subject = subject[:end].removesuffix("均").removesuffix("都")
    return subject if not DIGIT_RE.search(clause) and 2 <= han_len(subject) <= 30 else ""


#: The words of a speed (增速, 涨幅), which a topic's report of progress may start with.
SPEED_WORDS = ("增速", "增幅", "降幅", "减幅", "涨幅", "跌幅")
