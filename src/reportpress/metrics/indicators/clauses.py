"""The indicator of each figure of a list, read from its own clause.

A count written before its noun names it after the number, with the predicate
that picks the counted ones out; otherwise the subject of the clause names it,
or a subject list is shared out, or, for a clause with no subject of its own,
the figures just before lend theirs (``_clause_indicators``).  Plans, budgets,
capacities, conditions met and sums of parts have their own readers here.
"""

from __future__ import annotations

import re
from itertools import pairwise

from reportpress import patterns
from reportpress.metrics.counted import (
    NOUN_AFTER_RE,
    NOUN_ATTRIBUTE_RE,
    NOUN_START_RE,
    PREDICATE_START,
    counted_name,
    held_by,
    noun_unit,
)
from reportpress.metrics.indicators.check import (
    weakness,
)
from reportpress.metrics.indicators.context import (
    ALLOCATION_VERBS,
    BAR_RE,
    BARE_CHANGE_RE,
    CLAUSE_PERIODS,
    CONDITION_RE,
    DOWN_BEFORE_RE,
    EFFECT_VERBS,
    EVALUATIONS,
    FLOW_WORDS_RE,
    GAP_RE,
    GENERIC_AMOUNT_NAMES,
    GENERIC_HEADS,
    LIGHT_OWNER_RE,
    LIST_JOINS,
    NO_TOPIC_RE,
    OWNER_AFTER_RE,
    PASSED_GAP_RE,
    RATE_WORD_END_RE,
    SCOPE_NOTE_RE,
    SHARE_WORDS,
    SPEED_LEAD_RE,
    THRESHOLD_VERBS,
    UNIT_REST_RE,
    UP_BEFORE_RE,
    VERB_IN_RE,
    _elided_object,
    _latest,
    _named_before,
    _outside_closed_note,
    _outside_notes,
    _sentence_start,
    bare_change,
)
from reportpress.metrics.indicators.lists import (
    BASE_OF_MULTIPLE_RE,
    BUDGET_OWNER_RE,
    LAST_JOIN_RE,
    MEASURED_END_RE,
    PERIOD_LEAD_RE,
    RATES_ALONE,
    RELATIVE_TO_EARLIER_RE,
    _capacity_word,
    _listed_before,
    listed_parts,
)
from reportpress.metrics.lexicon import (
    BUDGET_OUTTURNS,
    CAPACITY_NAMES,
    DIGIT_RE,
    DOWN_RE,
    EARLIER_PERIOD,
    FACILITY_HEAD_RE,
    FLOW_SIBLINGS,
    GENERIC_SUBJECT,
    GROWTH_AFTER_DE_RE,
    GROWTH_TARGET_RE,
    HAN,
    HAN_LETTER,
    HAN_ONLY_RE,
    MILESTONE_AFTER_RE,
    MILESTONES,
    NOT_A_BODY,
    PERSON_UNITS,
    PREDICATE_DURATION_RE,
    RATE_HELD_RE,
    REMOVAL_VERBS,
    SPEEDS,
    UP_RE,
    VERB_ALTERNATION,
    VERBS,
)
from reportpress.metrics.names import (
    ABS_CHANGE_RE,
    AGAINST_LAST_CHANGE,
    COMPARED_CHANGE_RE,
    EXCESS_RE,
    HARVEST_MODIFIER_RE,
    LEADING_VERBS_RE,
    LIST_JOIN_RE,
    SHARED_HEAD_RE,
    SHARED_MODIFIER_RE,
    han_len,
    industries_listed,
    join_once,
    leading_verbs_stripped,
    parallel_parts,
    tidy,
    visible_len,
    vital_rate_owner,
    with_kind_head,
    with_predicate,
    without_absolute_change,
)
from reportpress.metrics.scan import (
    WINDOW,
    Item,
    ahead,
    clause_end,
    clause_start,
    figures,
    kind_of_unit,
    opens_clause,
    unit_base,
)
from reportpress.metrics.subjects import (
    BARE_VERBS_RE,
    FRAME_HEAD_RE,
    GENERIC_AMOUNTS,
    MANNER_RE,
    OWNED_AMOUNT_RE,
    PIVOT_RE,
    SPEED_WORDS,
    VERB_END_RE,
    VERB_START_RE,
    clause_subject,
    measure_after_state,
    next_object,
    previous_object,
    previous_rate_owner,
    previous_subject,
    share_whole,
    trim_prefix,
)

#: How the names of kinds of places end (行政村, 贫困村; 乡镇, 建制镇).
PLACE_KIND_ENDS = "村镇乡区县市州旗"


def _past_the_bar(noun: str, after: str) -> str:
    """The share of the things whose attribute passes a bar (行政村集体经济收入超过10万元 →
    集体经济收入超过10万元的行政村占比); the things and the bar whole where no attribute
    is named."""
    bar = BAR_RE.match(after)
    words = noun + (bar.group() if bar else "")
    held = noun[:-2]
    if attribute := NOUN_ATTRIBUTE_RE.search(held):
        things = held[: attribute.start()]
        if han_len(things) >= 2:
            return f"{attribute.group(1)}{noun[-2:]}{bar.group() if bar else ''}的{things}占比"
    return f"{words}的占比"


def _doing_stripped(words: str) -> str:
    """A clause's words without the manner and the verbs of doing before its thing
    (推动县中托管帮扶 → 县中托管帮扶)."""
    words = POINT_MARK_RE.sub("", words)  # 一是全力保障防汛: the report's own point
    return leading_verbs_stripped(
        re.sub(r"^(?:推动|促进|推进|加快|支持|保障|助力|聚焦)", "", MANNER_RE.sub("", words))
    )


#: The report's own enumeration opening a clause (一是, 其二, 第三，).
POINT_MARK_RE = patterns.compile(r"^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，,]?)")


#: A count widened to another (从15个县扩大到57个县): the noun and the verb between them.
WIDENED_RE = patterns.compile(
    rf"([{HAN}（）、]{{1,10}}?)(?:扩大|拓展|扩展|增加|提高|提升|增)[至到]"
)


#: A figure reached as a milestone (迈上3万亿元台阶, 突破千亿元大关): the verb before it,
#: the word after it.
MILESTONE_RE = patterns.compile(
    r"(?:历史性|首次|成功|相继|接连|连续)?(?:迈上|跨上|跃上|登上|站上|迈过|越过|跨越|跨过|连跨|突破|冲上)了?$"
)
#: The steps a count of milestones counts (连跨3个千亿级台阶).
STEPS_AFTER_RE = patterns.compile(rf"{HAN_LETTER}{{0,4}}?(?:{'|'.join(MILESTONES)})")


#: A completion against a budget or a plan: …为预算的104.3%, 完成年初预算的98%, 为年计划的102%.
BUDGET_RE = patterns.compile(
    r"(?:为|是|完成|达到|占)?(?:年初|调整|全年|年度|(?<=[为是成到占])年)?预算(?:数)?的?$"
    r"|(?<!分别)(?:为|是|完成|达到|占)了?(?:年初|调整|全年|年度|年)?(?:投资)?(?:计划|目标任务|指标任务|目标|任务)的?$"
)


#: A plan a figure is measured against, after the verb that reaches it (完成年度计划|1350亿元).
PLAN_VALUE_RE = patterns.compile(r"(?:完成|达到|为)((?:年度|全年|年)(?:计划|目标)|计划)$")
#: A budget or plan changed to a new value (一般公共预算支出|调整为…).
ADJUSTED_TO_RE = patterns.compile(r"(?<=预算|收入|支出|资金|计划|目标)调整(?:为|到|至)$")
#: A clause that states another basis before its figure (扣除…因素后|增长8.8%).
BASIS_CLAUSE_RE = patterns.compile(
    r"((?:[若如]?(?:扣除|剔除)|不含|不考虑)[^，。；、]{1,16}?(?:因素)?(?:后|外|影响))"
    r"(?:同比|比上年)?(?:增长|下降|增加|减少|为|达|约)?"
)
#: How a clause judges a measure before its figure (…价格较高，为|60.83元/公斤).
JUDGEMENTS = "较高|较低|最高|最低|偏高|偏低|较快|较慢|最快|最慢|居首|居前"
#: Such a clause: group 1 the measure.
JUDGED_CLAUSE_RE = patterns.compile(
    rf"([\u4e00-\u9fff（）]{{2,20}}?(?:价格|价|水平|增速|增幅|比重|占比|率|量|额|值))(?:{JUDGEMENTS})"
)
#: Another place judged alike (；西北地区较低，为|…), and the place opening a name.
PLACE_JUDGED_RE = patterns.compile(
    rf"([\u4e00-\u9fff]{{1,6}}?(?:地区|省|市|县|区|州))(?:{JUDGEMENTS})"
)
PLACE_LEAD_RE = patterns.compile(
    r"([\u4e00-\u9fff]{1,6}?(地区|省|市|县|区|州))(?=[\u4e00-\u9fff]{2})"
)
#: A ratio to another measure said alone after a figure (，相当于全市生产总值的比例为|2.7%).
RATIO_TO_RE = patterns.compile(r"(相当于[^，。；]{2,16}?的(?:比例|比重))(?:为|达到?|是)?")
#: What a clause of a stock opens with after a flow's figure (新增公园127座，|累计达到…).
STOCK_OPENINGS = ("累计", "总数", "总量", "共计")
#: A measure cut to a part of another (平均办理时限|压缩至|法定时限|的35%): groups 1 and 2.
CUT_TO_PART_RE = patterns.compile(
    r"([^，。；、]{2,20}?)(?:压缩|缩短|缩减|降低|下降|降|减少)(?:至|到)([^，。；、的]{2,12})的"
)
#: A multiple of the same measure at an earlier time (是“十二五”期末的|1.7倍).
MULTIPLE_OF_RE = patterns.compile(rf"(?:是|为|相当于){EARLIER_PERIOD}的")
#: A note in brackets (（调整后预算，下同）): it says which, it names nothing.
BRACKETED_NOTE_RE = patterns.compile(r"[（(][^（）()]{1,20}[）)]")


def _plan_named(
    text: str, clause: int, first: Item, segment: str, same_clause: list[Item], sentence: list[Item]
) -> str:
    """A plan-execution report's figure, its plan and its completion (地区生产总值1280亿元，
    完成年度计划1350亿元的94.8%，增长4.6%): the plan value is the measure's plan
    (地区生产总值年度计划), its completion the measure's (地区生产总值), whose name the
    growth after it then borrows; an excess over the plan (超额完成年度目标1.2亿元) the
    measure's too; "" for any other figure."""
    if kind_of_unit(first.unit) == "rate" and segment == "的" and same_clause:
        planned = same_clause[-1]
        plan = PLAN_VALUE_RE.search(text, clause, planned.start)
        if plan and planned.indicator.endswith(plan.group(1)):
            return planned.indicator[: -len(plan.group(1))]
        return ""
    if segment.startswith("超额") and EXCESS_RE.fullmatch(segment) and sentence:
        # 规上工业增加值完成31亿元，超额完成年度目标1.2亿元: the measure's excess; in points
        # after a rate (能耗下降3.6%，超额完成年度目标1.1个百分点) its decline's or growth's
        if unit_base(sentence[-1].unit) == unit_base(first.unit):
            owner = without_absolute_change(sentence[-1].indicator)
        elif first.unit == "个百分点" and kind_of_unit(sentence[-1].unit) == "rate":
            owner = _growth_named(text, "pp", sentence[-1], segment)
        else:
            return ""
        return owner + segment if 2 <= han_len(owner) <= 24 else ""
    if (
        not segment.endswith(("计划", "目标"))
        or not (plan := PLAN_VALUE_RE.search(segment))
        or plan.start() != 0
        or not sentence
        or sentence[-1].unit != first.unit
        or not text.startswith("的", first.after)
    ):
        return ""
    owner = without_absolute_change(sentence[-1].indicator)  # the measure the plan is of
    return owner + plan.group(1) if 2 <= han_len(owner) <= 20 else ""


def _owner_and_amount(owner: str, name: str) -> str:
    """An amount named by its owner after 的: the owner and what the name says of the
    amount (…总投资); a verb alone goes before the owner, as written (取消了700亿元的
    “三提五统” → 取消“三提五统”), never after it."""
    word = _amount_word(name)
    if HAVING_ONLY_RE.fullmatch(word):
        return owner  # 拥有340万千瓦的风能资源: what is had, not that it is
    return word + owner if LEADING_VERBS_RE.fullmatch(word) else owner + word


#: A verb of having alone, its scope before it (拥有, 全县共有): what an amount before 的 is had
#: by says nothing.
HAVING_ONLY_RE = patterns.compile(
    r"(?:(?:全|我|本)[国省市县区镇乡旗州])?(?:共|现|已|还)?(?:拥有|具有|具备|有)"
)


def _amount_word(name: str) -> str:
    """What a name says of an amount once its owner is known: the name without its
    verbs (抓好总投资 → 总投资, 年销售收入 stays) and without the other attributes
    listed before it (规模最大、总投资 → 总投资)."""
    name = name.rpartition("、")[2]
    if investor := INVESTOR_RE.fullmatch(name):
        return investor.group(1)  # 奥贝特工贸有限公司|投资…的…项目: the project's 投资
    return LIGHT_VERBS_RE.sub("", leading_verbs_stripped(name)) or name


#: A body that spends, then its spending word (…工贸有限公司|投资): who spends is no part
#: of the name of the thing the sum is spent on.
INVESTOR_RE = patterns.compile(
    rf"[{HAN}A-Za-z]{{2,20}}?(?:公司|集团|企业|单位|政府|部门)((?:总)?投资|投入)"
)


#: Verbs of management before an amount, named by its owner after it (抓好总投资…的项目).
LIGHT_VERBS_RE = patterns.compile(r"^(?:抓好|做好|用好|管好|带动|撬动|保障)")


#: The short noun a count owns before 的 (5个村的饮水安全工程): it goes with the count.
COUNTED_OWNER_RE = patterns.compile(rf"[{HAN}]{{1,3}}的")


def _without_counts(text: str, pos: int) -> str:
    """The clause starting at ``pos`` with its counts and amounts left out (投资1亿元，完成
    54栋住宅楼节能改造 → 完成住宅楼节能改造): what the money pays for, named by its words."""
    clause = text[pos : clause_end(text, pos)]
    kept, at = [], 0
    for item in figures(clause):
        if item.unit:
            kept.append(clause[at : item.start])
            owned = COUNTED_OWNER_RE.match(clause, item.end)  # 5个村的|饮水安全工程
            at = item.end
            if owned and kind_of_unit(item.unit) == "count" and han_len(clause[owned.end() :]) >= 4:
                at = owned.end()  # …村的改造 stays whole: 改造 alone would name nothing
    kept.append(clause[at:])
    words = re.sub(r"[、，]+(?=[、，])", "", "".join(kept))
    return re.split(r"的?(?:全部|均已|均|已经|已|顺利|正式)", words)[0]


def _kinds_head(text: str, start: int, earlier: list[Item]) -> str:
    """The things a list of kinds (工业类、城市建设类) sorts: the latest count of the
    sentence that is not itself a kind, without its verbs."""
    for item in reversed(_latest(earlier, _sentence_start(text, start))):
        if item.indicator and "类" not in item.indicator and kind_of_unit(item.unit) == "count":
            return leading_verbs_stripped(item.indicator)
    return ""


#: A breakdown's frame run into the figure before it, its mark lost (按工程类型分, 分行业看).
FRAME_AFTER_RE = patterns.compile(r"(?:按|从|分)[\u4e00-\u9fff]{1,10}?(?:分|看|来看)(?:[，,：:]|$)")
#: Words closing a range or a round figure, right after it: no thing it counts.
RANGE_CLOSES = ("之间", "之内", "左右", "上下")


def _thing_after(after: str) -> str:
    """The words right after a figure up to its predicate, when nothing else names it:
    35个地方和单位荣获… → 地方和单位; a quoted name may open them (87条“县城—中心镇—重点村”
    发展轴, whose dashes are no words); a range's close (4.4%至3.3%|之间) is no thing."""
    if after.startswith(RANGE_CLOSES) or FRAME_AFTER_RE.match(after):
        return ""  # (…同比减少18.1%|按工程类型分，…: the next breakdown's frame, run in)
    m = re.match(
        rf"的?(?!的)(“[^“”，。；]{{1,20}}”[{HAN}（）A-Za-z]{{0,12}}?|[{HAN}（）“”A-Za-z]{{2,12}}?)"
        rf"(?=[，。；、,;]|$|{PREDICATE_START}|荣获|获评)",
        after,
    ) or re.match(  # a long object: its first noun (在14个市州城区和新区增补…, 为53万名妇女免费…)
        rf"的?(?!的)([{HAN}（）“”A-Za-z]{{2,12}}?)(?=[和及与]|免费|提供|{VERB_ALTERNATION})", after
    )
    if not m or han_len(m.group(1)) < 2 or ADVERBS_ONLY_RE.fullmatch(m.group(1)):
        return ""  # (2件|正在加快推进: how the deed stands, no thing)
    return m.group(1)


#: Adverbs of how far a deed stands (正在, 已经, 尚未): what they open is a predicate.
ADVERBS_ONLY_RE = patterns.compile(r"(?:正在|仍在|尚在|已经|尚未|仍然|全部|基本|均已|正|已|仍|尚)+")


#: What a comparison or a rank says right after a rate (增长5%高于全国, 居全省第2): no
#: thing the rate changed.
NOT_CHANGED_THING_RE = patterns.compile(
    r"[高低快慢]于|居|位居|排|列|为|是|以上|以下|左右|等|和|及|与"
)


def _changed_after(text: str, item: Item) -> str:
    """The thing a rate written right after its verb of change changes, named right after
    it up to the clause's end (提高20%低保标准 → 低保标准); "" when a mark, a comparison,
    a verb or more of the sentence follows the rate."""
    after = text[item.after : item.after + WINDOW]
    if not HAN_ONLY_RE.match(after) or after[0] == "的":
        return ""
    thing = _thing_after(after)
    if (
        not thing
        or after[len(thing) : len(thing) + 1] not in ("", "，", "。", "；", "、", ",", ";")
        or weakness(thing)
        or NOT_CHANGED_THING_RE.match(thing)
        or VERB_START_RE.match(thing)
    ):
        return ""
    return thing


#: The words that make what follows a capacity a project (…褐煤提质一期工程).
PROJECT_WORDS = ("项目", "工程")
#: What a capacity is of, written after it up to the next item or its project word.
CAPACITY_OF_RE = patterns.compile(
    rf"(?:{HAN_LETTER}|[“”]){{2,16}}?(?=[、，。；和及]|等?(?:项目|工程)|$)"
)


#: The end of a list of projects (…风电、…大麦芽二期等项目): its items are projects.
PROJECTS_LISTED_RE = patterns.compile(r"等(?:重点|重大)?(项目|工程)")


def _in_list_of_projects(text: str, pos: int) -> str:
    """项目 or 工程 when the thing at ``pos`` is an item (…、) of a list the clause ends
    with 等项目; empty otherwise."""
    if text[pos : pos + 1] != "、":
        return ""
    listed = PROJECTS_LISTED_RE.search(text, pos, clause_end(text, pos))
    return listed.group(1) if listed else ""


def _capacity_plant(text: str, last: Item, segment: str) -> str:
    """The plant a capacity written before it sizes (大唐800万吨煤矿, 关停5万吨造纸
    生产线), with the owner or the verb just before the figure; empty otherwise."""
    plant = FACILITY_HEAD_RE.match(ahead(text, last.after)) if _capacity_word(last.unit) else None
    if not plant or text.startswith("、", last.after + plant.end()):
        return ""  # 完成2100万千瓦火电机组、…超低排放改造: objects of one task, listed
    owner = segment.lstrip("，、：:")
    listed, comma, last_item = owner.rpartition("、")
    if comma and PROJECT_END_RE.search(listed):
        owner = last_item  # …金属镁一体化技术改造、沃锦储热40万吨熔盐装置: a list of projects
    if not re.match(REMOVAL_VERBS, owner):
        owner = _doing_stripped(owner)  # 关停晨鸣公司…: a plant closed keeps its verb
    if re.search(r"[^\u4e00-\u9fff]", owner) or han_len(owner) > 8:
        owner = ""  # 加快格尔木、德令哈3座…: a list of places, not the plant's owner
    return owner + plant.group()


#: The end of a project's name in a list of projects (…一体化技术改造、…).
PROJECT_END_RE = patterns.compile(r"(?:改造|升级|建设|项目|工程|扩建|新建)$")
#: Words that point back at a figure already named (上述1.3万亿元, 这15个).
POINTING_BACK_RE = patterns.compile(r"(?:上述|前述|以上|这)$")
#: The things a figure is among, written right after it (15个项目中，…).
AMONG_AFTER_RE = patterns.compile(rf"([{HAN}]{{1,8}})中[，,：:]")
AMONG_BEFORE_RE = patterns.compile(rf"([{HAN}]{{2,8}}?)中[，,]")
#: Something after the figure that names it (anything but 的 before a Han word or a quotation).
NAMED_AFTER_RE = patterns.compile(rf"(?!的)[{HAN}“]")
#: A share word after the subject's own words (金融业占比近20%).
SHARE_WORD_RE = patterns.compile(r"(?:占比|比重)")
#: 占 with no whole after it (…，占45.2%; 约占, 占到).
BARE_SHARE_RE = patterns.compile(r"(?:约|仅|已|共)?占(?:到|了)?(?:约|近|超过?)?")
#: A task completed, the figure its share (完成全年投资计划的52.3%).
TASK_DONE_RE = patterns.compile(r"完成([^，。；]{1,8}?)的$")
#: The industries listed in one word (一二三产增加值).
INDUSTRIES_RE = patterns.compile(r"([一二三]{2,3})(产业?)(.*)")


#: A note in brackets giving a figure on another basis (（同口径增长, （按可比价格计算).
BASIS_NOTE_RE = patterns.compile(
    rf"[（(]((?:{HAN_LETTER}){{0,4}}?(?:口径|可比价?格?|扣除[^，。；）)]{{1,8}}?|剔除[^，。；）)]{{1,8}}?))"
    r"(?:计算|因素|后)?(?:增长|下降|增加|减少|为|达|约)?"
)
#: What opens a clause naming who holds a rate (成为全国|…率保持…的省份).
HOLDER_LEAD_RE = patterns.compile(r"^(?:成为|是|作为)?(?:全国|全省|全球)?")
#: How a network's length is counted, before the measure (营业|里程): not its owner.
OPERATING_RE = patterns.compile(r"(?:营业|运营|通车|建成)$")
#: Whom a sum is spent for, before what is done (投资1330万元|为全部学校|配置…).
FOR_WHOM_RE = patterns.compile(rf"为{HAN_LETTER}{{1,10}}?(?=(?:{VERB_ALTERNATION}))")
#: A condition's measure, before its bound and figure (我省在全国占比|超过10%的有).
CONDITION_MEASURE_RE = patterns.compile(
    r"^(.*?)(?:超过|超|高于|大于|低于|小于|不足|达到|达|在)?[0-9０-９一二三四五六七八九十两]"
)


def _condition_met(text: str, start: int, first: Item, sentence: list[Item]) -> str:
    """The things counted before that meet a condition (104种产品中，占比超过10%的有44种
    → 占比超过10%的产品); a condition listed after it (、超过20%的有23种) has the
    same measure."""
    condition = text[start : first.start - 2].lstrip("、，")
    if not CONDITION_MEASURE_RE.match(condition):
        return ""
    if text[start : start + 1] == "、" and sentence:
        before = text[clause_start(text, sentence[-1].start) : sentence[-1].start]
        if measure := CONDITION_MEASURE_RE.match(before):
            condition = measure.group(1) + condition
    thing = next(
        (
            it.noun
            for it in reversed(sentence)
            if it.noun and it.unit == first.unit and not it.noun[:1].isdigit()
        ),
        "",
    )  # (15—64岁22611人，65岁以上4564人: a band before is no thing counted)
    if not thing and (among := AMONG_BEFORE_RE.search(text, _sentence_start(text, start), start)):
        thing = FRAME_HEAD_RE.sub("", among.group(1))  # 全县行政村中，收入超过50万元的有31个
    return f"{FRAME_HEAD_RE.sub('', condition)}的{thing}" if thing else ""


#: An increase a part contributes to (贡献了全国24.1%的增量), and the whole it is of.
INCREASES = ("增量", "增长")
CONTRIBUTED_RE = patterns.compile(rf"贡献了?({HAN_LETTER}{{0,6}})$")
#: The scopes a contribution is a share of (贡献了全市50%以上的税收), or none.
SHARE_SCOPES = ("", "全国", "全省", "全市", "全县", "全区", "全州", "全旗")
#: Who gives, as the figure before names it (民营经济增加值占GDP比重…，贡献了…): group 1.
GIVER_RE = patterns.compile(rf"({HAN_LETTER}{{2,10}}?)(?:增加值|生产总值|GDP|经济总量|总量|占)")


#: What a bare verb did to the amount before it, up to 和 or the clause's end (完成|60吨|
#: 污泥焚烧处置|和…项目).
DONE_THING_RE = patterns.compile(rf"的?((?:{HAN_LETTER}|[“”]){{2,12}}?)(?=和|与|及|[，。；、,;]|$)")


#: A list item after 的 (投资3500万元的管网改造、…): the figure before is its amount too.
LISTED_AFTER_DE_RE = patterns.compile(r"的[^，。；、]{2,16}、")


#: A gap of a speed or a pull, by its name (…增速, …增幅较…, …高于…, 拉动…): no measure to
#: lend a share or a sum.
SPEED_GAP_NAME_RE = patterns.compile("增速|增幅|涨幅|降幅|高于|低于|快于|慢于|拉动|带动")
#: A comparison opening a sentence, with no subject (。比上年偏多8.1%, 。同比增长7.5%).
OPENING_COMPARISON_RE = patterns.compile(
    rf"(?:同比|(?:比|较){EARLIER_PERIOD}(?:同期)?)"
    r"(?:偏多|偏少|增长|下降|增加|减少|提高|回落|上升|多|少)了?"
)


def _compared_change(segment: str, first: Item, sentence: list[Item]) -> str:
    """A budget's change against last year in money (…收入9.8亿元，同比增收0.7亿元; 支出…，
    比上年增支…): the change of the sentence's last measure in the same unit, not that
    measure itself; against the budget, with the budget (支出比年初预算增支); "" when the
    segment is no such change or no measure is before."""
    compared = COMPARED_CHANGE_RE.fullmatch(segment)
    same = [
        it
        for it in sentence
        if unit_base(it.unit) == unit_base(first.unit)
        and not it.indicator.endswith("进度")  # (…，短月进度1143万元: a gap, not the measure)
    ]
    if (
        len(same) > 1
        and BUDGET_FIGURE_END_RE.search(same[-1].indicator)
        and not same[-1].indicator.endswith("决算数")  # (the outturn itself: 支出决算数…)
    ):
        # …，完成年初预算数24710万元的21.5%，比上年减支…: the measure's, not the budget's
        same = same[:-1]
    if not compared or not same or kind_of_unit(first.unit) != "amount":
        return ""
    owner = without_absolute_change(same[-1].indicator).removesuffix("决算数")  # the outturn's
    change = (compared.group(1) or "") + compared.group(2)
    if change in AGAINST_LAST_CHANGE:
        change = "同比" + change  # 短期贷款余额…，同比少增378.96亿元: less than last year's
    bare = BRACKETED_NOTE_RE.sub("", owner) if "）" in owner else owner  # 县级（不含…）收入
    return owner + change if 2 <= han_len(bare) <= 16 and "、" not in bare else ""


#: A budget's figure of a measure (…年初预算, …调整预算数, …报告数): a base, no measure.
BUDGET_FIGURE_END_RE = patterns.compile(r"(?:预算|预算数|报告数|决算数)$")
#: A sum written after its parts, alone or with its head (…调入资金1亿元，总计10亿元;
#: 收入合计…): the sentence's total, no part's.
SUM_ALONE_RE = patterns.compile(r"[，、,：:]?((?:收入|支出)?)(总计|合计|共计)(?:为|达到?|实现)?")
#: What the first part of a sum is a part of (一般公共预算收入, 争取中央资金 → 收入, 资金).
SUM_HEADS = ("收入", "支出", "资金", "投资")
#: How money summed was got or given (争取上级资金…、社会资本…，共计…): the sum's too.
SUM_VERBS = ALLOCATION_VERBS + ("争取", "募集", "引进", "吸引", "落实", "发放", "兑付", "完成")


def _sum_of_parts(text: str, segment: str, first: Item, sentence: list[Item]) -> str:
    """The name of a sum written after its parts (一般公共预算收入6亿元，上级补助收入2亿元，
    …，总计10亿元 → 收入总计): the head the first of the parts (since the sentence's last
    ；) ends with, and the verb it opens with when that is no revenue or spending (争取
    中央资金…、省级资金…，合计… → 争取资金合计); "" when it is no sum, fewer than two
    parts precede it or the first names no head.  Whose budget it is comes later
    (:func:`_budget_of_totals`)."""
    if not (alone := SUM_ALONE_RE.fullmatch(segment)):
        return ""
    if alone.group(1):
        return alone.group(1) + alone.group(2)  # 收入总计: the head is written
    if not sentence:
        return ""  # 合计375人, opening the sentence: no parts before it
    since = text.rfind("；", sentence[0].start, first.start)
    base = unit_base(first.unit)
    parts = [it for it in sentence if it.start > since and unit_base(it.unit) == base]
    if len(parts) == 2 and not any(BUDGET_OWNER_RE.search(it.indicator) for it in parts):
        named = [it.indicator for it in parts]
        if all(2 <= han_len(n) <= 8 and "、" not in n for n in named):
            return f"{named[0]}和{named[1]}{alone.group(2)}"  # 税收收入和非税收入总计
    if len(parts) < 2 or not (
        head := next((h for h in SUM_HEADS if parts[0].indicator.endswith(h)), "")
    ):
        return ""
    verb = (
        ""
        if head in ("收入", "支出")
        else next((v for v in SUM_VERBS if parts[0].indicator.startswith(v)), "")
    )
    return verb + head + alone.group(2)


#: A figure again in another unit or as the end of a from–to whose words the clause
#: writes before it (约合6.5亿斤, 约合人民币…; 从120亿元增加到预计完成的135亿元).
CONVERTED_RE = patterns.compile(r"[，,（(]?(?:约合|折合|约折合|相当于)(?:人民币|美元)?")
PLAN_WORD = "(?:预计|预期|计划|力争|有望)"
FROM_TO_ESTIMATE_RE = patterns.compile(
    rf"(?:{PLAN_WORD}[{HAN}]{{0,4}}?[到至为]|[{HAN}]{{0,4}}?[到至为]{PLAN_WORD})"
    rf"(?:完成|实现|达到)?(?:(?:19|20)[0-9]{{2}}年(?:底|末)?)?的?"
)
FROM_RE = patterns.compile(r"[从由]")
#: The last characters of the clauses those are written with (the cheap test first).
SAME_FIGURE_ENDS = frozenset("合于币元的计期划争成现到至为年末底")


def _same_figure_again(
    text: str, segment: str, same_clause: list[Item], sentence: list[Item]
) -> str:
    """The name of the figure before, when this one is the same measure: the same quantity
    in another unit (粮食总产量32.5万吨，约合6.5亿斤), or the end of a from–to that a plan
    word stands in (从120亿元增加到预计完成的135亿元, 由45亿元预计增加到97亿元);
    "" otherwise."""
    if segment[-1:] in "合于币元" and CONVERTED_RE.fullmatch(segment):
        return without_absolute_change(sentence[-1].indicator)
    if (
        same_clause
        and FROM_TO_ESTIMATE_RE.fullmatch(segment)
        and FROM_RE.search(text, clause_start(text, same_clause[-1].start), same_clause[-1].start)
        and unit_base(same_clause[-1].unit) == unit_base(sentence[-1].unit)
    ):
        return without_absolute_change(sentence[-1].indicator)
    return ""


#: A subject that is only a time, a note or a net change (去年达到…, 同比（下同）增长…,
#: 净增41.5亿元): the figure is the one before's, or its net change.
NO_SUBJECT_RE = patterns.compile(
    r"(?:去年|今年|上年|当年)|(?:同比|环比)?[（(]下同[）)]|(净增|净减)"
)


def _no_subject_but(subject: str, sentence: list[Item]) -> str | None:
    """None when ``subject`` names something; else the name it stands for: "" for a time or a
    note alone (the figure before lends its name as to any clause without a subject), the
    figure before's measure and the net change for 净增 (地区生产总值净增)."""
    if not (alone := NO_SUBJECT_RE.fullmatch(subject)):
        return None
    if not alone.group(1):
        return ""
    owner = without_absolute_change(sentence[-1].indicator) if sentence else ""
    return owner + alone.group(1) if 2 <= han_len(owner) <= 16 else None


#: A milestone the clause before passes without a figure (GDP突破千亿元大关), and what is
#: reached after it (，达1046亿元): the owner of both.
MILESTONE_PASSED_RE = patterns.compile(
    r"(.{2,16}?)(?:(?:首次|成功|一举)?(?:突破|跨越|迈上|迈入|站上|跃上|越过)[^，。；]{1,8}"
    r"|实现了?(?:零的|历史性)?突破)$"  # (产值超百亿元企业实现零的突破，|达到2家)
)
REACHED_ONLY_RE = patterns.compile(
    r"[，、,]?(?:达到?了?|为|增至|增加到|升至|(?:累计|共|合计)?(?:实现|完成)了?)"
)


def _milestone_owner(text: str, start: int, segment: str) -> str:
    """The subject of the clause before when it passes a milestone written without a figure
    (全市GDP突破千亿元大关，达1046亿元 → GDP) and this clause only says what it reached;
    "" otherwise."""
    if start < 2 or text[start - 1] not in "，," or not REACHED_ONLY_RE.fullmatch(segment):
        return ""
    before = text[clause_start(text, start - 1) : start - 1]
    if not (passed := MILESTONE_PASSED_RE.fullmatch(before)):
        return ""
    owner = trim_prefix(FRAME_HEAD_RE.sub("", passed.group(1)))
    return owner if 2 <= han_len(owner) <= 12 and not DIGIT_RE.search(owner) else ""


def _moved_in_clause_before(text: str, start: int, segment: str, last: Item) -> str:
    """The subject of the clause just before, when it holds no figure and says its subject
    moved (鸡蛋价格下降，下降了14个百分点) and this clause is the move's size alone; ""
    otherwise (the figure before lends its name then)."""
    if start < 2 or text[start - 1] not in "，," or not MOVE_ALONE_RE.fullmatch(segment):
        return ""
    opening = clause_start(text, start - 1)
    if last.end > opening or not (said := MOVED_CLAUSE_RE.fullmatch(text, opening, start - 1)):
        return ""
    subject = clause_subject(text, opening, opening + len(said.group(1)))
    return subject if 2 <= han_len(subject) <= 16 and not DIGIT_RE.search(subject) else ""


#: A clause saying its subject moved, with no figure (鸡蛋价格|下降, 服务业增加值|略有下降).
MOVED_CLAUSE_RE = patterns.compile(
    r"([\u4e00-\u9fff（）()]{2,16}?)(?:同比|环比)?(?:大幅|小幅|略有|明显|有所)?"
    r"(?:下降|上涨|增长|上升|回落|下跌|减少|增加)"
)
#: A clause of the move's size alone (下降了, 上涨).
MOVE_ALONE_RE = patterns.compile(r"[，,]?(?:下降|上涨|增长|上升|回落|下跌|减少|增加)了?")


#: When a stock is counted, opening its name (年末个体户): not when its change is.
STOCK_TIME_RE = patterns.compile(r"^(?:年末|年底|期末)(?=..)")


#: A budget value written inside its completion (完成年初预算|41200万元的93.74%, 为调整预算|…,
#: 完成…批准的支出调整预算|…, 为县人民代表大会批准全县全年预算|…, 为人大预算数|…, 占年预算|…):
#: the verb, whoever approved it, the scope and the budget's word.
BUDGET_VALUE_RE = patterns.compile(
    r"(?:完成|达到|为|占)(?:[^，。；]{1,24}?批准的?)?(?:全[省市州县区旗]|[省市州县区旗]本级)?(?:支出|收入)?"
    r"((?:年初|调整|全年|年度|年|人大)?预算|(?:全年|年度|年)?(?:目标任务|指标任务)|(?:全年|年度|年)(?:计划|目标|任务)"
    r"|[省市县区]?下达的?(?:全年|年度|年)?(?:投资)?(?:任务|目标))数?$"
)
#: The base of a change against last year, written before it (比上年同期|45310万元|减收…).
BASE_BEFORE_RE = patterns.compile(r"[，、,]?(?:同比|比|较)(上年|去年)(同期)?")
#: The change written after its base (…45310万元|减收|6690万元).
BASE_CHANGES = (
    "增收", "减收", "增支", "减支", "增加", "减少", *BUDGET_OUTTURNS, "超额", "超过", "超出",
    "调增", "调减",
)  # fmt: skip
BASE_CHANGE_RE = patterns.compile(rf"(?:{'|'.join(BASE_CHANGES)})")
#: A rate of change written after its base (比上年同期4500万元|增长11%).
BASE_RATES = ("增长", "下降", "上升")
#: A budget report's base other than last year's figure, written before its value or its
#: change (比报告数|49500万元|增加…, 比县…会议报告数（以下简称“报告数”）…, 比调整预算数…,
#: 比2019年决算数|下降…): the figure reported to the congress, a budget, or a year's
#: final accounts; the year (group 1) and the base's word (group 2).
BUDGET_BASE_RE = patterns.compile(
    r"[，、,]?(?:同比|比|较)((?:19|20)[0-9]{2}年|上年|去年|“[^“”]{1,6}”)?[^，。；0-9]{0,30}?"
    r"(报告数|(?:调整|年初)?预算数?|决算数?|计划目标|(?<=”)(?:规划)?目标)"
    r"(?:[（(][^（）()]{1,30}[）)])?"
)
#: The same base with the rate or change it is said with, no value of its own between
#: (比2019年决算数|下降24.2%, 比预算|增加2亿元).
BUDGET_BASE_CHANGE_RE = patterns.compile(
    rf"{BUDGET_BASE_RE.pattern}(?:{'|'.join(BASE_RATES + BASE_CHANGES)})"
)
#: The last characters of a budget value's, a base's or a change's clause (the cheap test).
BUDGET_OR_BASE_ENDS = frozenset("算数划务标年期收支加少长降升额过出增减）)")


def _budget_or_base(
    text: str, segment: str, chain: list[Item], same_clause: list[Item], sentence: list[Item]
) -> str:
    """A budget report's figures around a budget value or a base written inside the
    sentence, named by the measure before them (非税收入38620万元，完成年初预算41200万元的
    93.74%，比上年同期45310万元减收6690万元): the budget value is the measure's (非税收入
    年初预算), the rate after it the measure's completion (非税收入), the base last year's
    (上年同期非税收入) and the change after the base the measure's (非税收入减收); "" for
    any other figure."""
    first = chain[0]
    after = text[chain[-1].after : chain[-1].after + 3]
    # 比年初预算120098万元，调增67245万元: the change may open the next clause
    after = after[1:] if after[:1] in "，," and after[1:] in BASE_CHANGES else after[:2]
    measure = without_absolute_change(sentence[-1].indicator)
    if segment == "的" and same_clause and kind_of_unit(first.unit) == "rate":
        value = same_clause[-1]
        budget = BUDGET_VALUE_RE.search(text, clause_start(text, value.start), value.start)
        if budget and value.indicator.endswith(budget.group(1)):
            for item in chain:
                item.rate_default = "completion"  # 为调整预算150000万元的98.84%: no cue before
            return value.indicator[: -len(budget.group(1))].removesuffix("占")
        return ""
    if not 2 <= han_len(measure) <= 20:
        return ""
    if (
        segment[-1:] in "算数划务标"
        and after[:1] == "的"
        and (budget := BUDGET_VALUE_RE.search(segment))
        and budget.start() == 0
    ):
        # 完成年初预算|41200万元的: the measure's budget, which is the year's, whatever
        # period the measure was reported for (1-9月税收…年初预算 → 税收年初预算)
        return PERIOD_LEAD_RE.sub("", measure) + budget.group(1)
    if (
        kind_of_unit(first.unit) == "amount"
        and segment[-1:] in "年期"
        and (base := BASE_BEFORE_RE.fullmatch(segment))
        and (after in BASE_CHANGES or after in BASE_RATES)
    ):
        return base.group(1) + (base.group(2) or "") + PERIOD_LEAD_RE.sub("", measure)
    if (
        kind_of_unit(first.unit) == "amount"
        and (after in BASE_CHANGES or after in BASE_RATES)
        and (budget := BUDGET_BASE_RE.fullmatch(segment))
    ):
        # 本级收入…，比报告数|49500万元|增加…: the figure the measure was reported at
        # (本级收入报告数), budgeted at, or closed at in a year (本级收入2019年决算数)
        return PERIOD_LEAD_RE.sub("", measure) + (budget.group(1) or "") + budget.group(2)
    if (
        same_clause
        and (
            (change := BASE_CHANGE_RE.fullmatch(segment))
            and kind_of_unit(first.unit) == "amount"
            or segment in BASE_RATES
            and kind_of_unit(first.unit) == "rate"
        )
        and len(sentence) >= 2
    ):
        base_start = clause_start(text, same_clause[-1].start)
        if BASE_BEFORE_RE.fullmatch(text, base_start, same_clause[-1].start):
            # …，比上年同期4500万元|增收500万元, |增长11%: the measure's change, not the base's
            owner = without_absolute_change(sentence[-2].indicator)
            return owner + (change.group() if change else "") if 2 <= han_len(owner) <= 20 else ""
        if budget := BUDGET_BASE_RE.fullmatch(text, base_start, same_clause[-1].start):
            # …，比报告数49500万元|增加8万元: the measure's change against that figure
            return _changed_against(sentence[-2], budget, change.group() if change else "")
    if (
        not same_clause
        and len(sentence) >= 2
        and kind_of_unit(first.unit) == "amount"
        and (change := BASE_CHANGE_RE.fullmatch(segment.lstrip("，,")))
        and (
            budget := BUDGET_BASE_RE.fullmatch(
                text, clause_start(text, sentence[-1].start), sentence[-1].start
            )
        )
    ):
        # …187343万元，比年初预算120098万元，|调增67245万元: the change in a clause of its own
        return _changed_against(sentence[-2], budget, change.group())
    if budget := BUDGET_BASE_CHANGE_RE.fullmatch(segment):
        # …，比2019年决算数|下降24.2%, 比预算|增加2亿元: the measure's change against it,
        # the measure named before (not the base's figure, nor a change against another base)
        lender = sentence[-1]
        if len(sentence) >= 2 and BUDGET_BASE_RE.fullmatch(
            text, clause_start(text, lender.start), lender.start
        ):
            lender = sentence[-2]
        change = segment[budget.end(2) :][-2:] if kind_of_unit(first.unit) == "amount" else ""
        return _changed_against(lender, budget, change)
    return ""


#: The start of a from–to right before its first figure, a rate per head or per time
#: between them (由|120所, 由每人每月|600元).
FROM_BEFORE_RE = patterns.compile(r"[由从](?:每人|人均)?(?:每[年月日天])?$")
#: A budget adjusted during the year, its measure and the figure it had (一般公共预算收入
#: 由年初的|76138万元|调整为…, 其中：土地出让收入由年初预算的|…; a revenue or spending
#: said 由…调整为 without 年初 is one too: an outturn is never adjusted).
ADJUSTED_FROM_RE = patterns.compile(
    r"(?:其中[：:]?)?([^，。；：:]{2,20}?)(?:均|都)?由(?:(?:年初|原)(?:预算|计划)?数?的?"
    r"|(?<=收入由|支出由|预算由|总计由|总量由)|(?<=收入均由|支出均由|总计均由|总量均由))"
)
#: What it was adjusted to, right after (…|调整为|89138万元; 由年初10185万元|调整|10241万元).
ADJUSTED_VERB_RE = patterns.compile(r"(?:调整|调减|调增|变更)(?:[为至到]|(?=[0-9０-９])|$)")
#: By how much, in the clause after (…89138万元，|调增|13000万元).
ADJUSTED_BY_RE = patterns.compile(r"(?:调增|调减|增加|减少|净增|净减)")


def _budget_adjusted(text: str, segment: str, first: Item, sentence: list[Item]) -> str:
    """A budget adjusted during the year (一般公共预算收入由年初的76138万元调整为89138万元，
    调增13000万元): the figure it had is its year-start budget (一般公共预算收入年初预算),
    the one after 调整为 the adjusted budget (调整后一般公共预算收入), the change after
    it the measure's (一般公共预算收入调增); "" for any other amount."""
    after = text[first.after : first.after + 3]
    if (was := ADJUSTED_FROM_RE.fullmatch(segment)) and ADJUSTED_VERB_RE.match(after):
        return _side_scoped(was.group(1), sentence).removesuffix("预算") + "年初预算"
    if not sentence:
        return ""
    before = sentence[-1]
    opening = clause_start(text, before.start)
    if (
        ADJUSTED_VERB_RE.fullmatch(segment)
        and before.end <= first.start
        and (was := ADJUSTED_FROM_RE.fullmatch(text, opening, before.start))
    ):
        return "调整后" + _side_scoped(was.group(1), sentence[:-1])
    if (
        (by := ADJUSTED_BY_RE.fullmatch(segment))
        and before.indicator.startswith("调整后")
        and ADJUSTED_VERB_RE.search(text, max(0, before.start - 3), before.start)
    ):
        return before.indicator.removeprefix("调整后") + by.group()
    return ""


def _side_scoped(side: str, sentence: list[Item]) -> str:
    """A budget's other side named alone (…收入总量由A调整为B，支出总量由…) with the budget
    of the side before it in the sentence (市级一般公共预算支出总量)."""
    side = tidy(side)  # (1、一般公共预算收入由…, 四是…收入由…: no list mark in its name)
    if not side.startswith(("收入", "支出")) or not sentence:
        return side
    before = sentence[-1].indicator.removeprefix("调整后")
    k = before.find("支出" if side.startswith("收入") else "收入")
    return before[:k] + side if 2 <= k <= 16 else side


def _changed_against(measured: Item, base: re.Match[str], change: str) -> str:
    """The name of a change of ``measured``'s measure against a budget report's ``base``
    (本级收入比报告数增加); "" when the measure's name is too short or too long."""
    owner = without_absolute_change(measured.indicator)
    return owner + _compared_with(base) + change if 2 <= han_len(owner) <= 20 else ""


def _compared_with(base: re.Match[str]) -> str:
    """How a change against a budget report's base is named: against a year's final
    accounts it is the measure's change over that year, named as one (""); against a
    budget or the figure reported to the congress, the base is part of it (比报告数,
    比上年预算)."""
    if base.group(1) and base.group(2).startswith("决算"):
        return ""
    return "比" + (base.group(1) or "") + base.group(2)  # 比上年预算减少: last year's budget


#: A plan of a task that reduces or settles what the subject names (完成年度化解计划的…):
#: the completion is of the task, not of the thing.
TASK_PLAN_RE = patterns.compile(
    r"完成(?:年度|全年|年)?(化解|压减|削减|处置|偿还|清偿|消化|整改|清理|清欠)(?:计划|任务|目标)的$"
)
#: A plan the clause before carries out (推进第三轮老城区更新五年行动计划，…): the tasks
#: counted in the next clause are its; an ordinal round before it names none.
PLAN_OBJECT_RE = patterns.compile(
    rf"(?:第[一二三四五六七八九十0-9]{{1,3}}[轮批期])?({HAN_LETTER}{{2,16}}?(?:行动计划|计划|行动|方案|规划))"
)
TASKS_NAME_RE = patterns.compile(rf"{HAN_LETTER}{{0,6}}任务")


def _plan_of_tasks(text: str, start: int, subject: str) -> str:
    """The plan the clause before carries out, for a count of tasks named without it
    (完成市区级年度任务150项 after 推进…五年行动计划 → 老城区更新五年行动计划); "" otherwise."""
    if start < 2 or text[start - 1] not in "，," or not TASKS_NAME_RE.fullmatch(subject):
        return ""
    before = _doing_stripped(text[clause_start(text, start - 1) : start - 1])
    if before == text[clause_start(text, start - 1) : start - 1]:
        return ""  # no verb of doing: a topic, not a plan carried out
    plan = PLAN_OBJECT_RE.fullmatch(before)
    return plan.group(1) if plan and not DIGIT_RE.search(plan.group(1)) else ""


#: A verb that spends money on what it lists (投资供水、燃气等基础设施9.4亿元).
SPENDING_RE = patterns.compile(r"^(?:投资|投入)")


def _head_of_listed(segment: str, subject: str, unit_kind: str) -> str:
    """The generic head a list of examples ends with, named with the verb its clause opens
    with (全年新引进A、B、C等项目43个 → 新引进项目), or, for money spent on them, as the spending
    (投资供水、燃气、通信等基础设施9.4亿元 → 基础设施投资); "" when the clause is no such list."""
    k = segment.rfind("等")
    head = segment[k + 1 :]
    if not head.endswith(subject) or han_len(head) > 6 or "、" not in segment[:k]:
        return ""
    opening = MANNER_RE.sub("", FRAME_HEAD_RE.sub("", segment[:k].lstrip("，、")))
    if unit_kind == "amount" and (spent := SPENDING_RE.match(opening)):
        return head + spent.group()
    if not head.endswith(GENERIC_HEADS):
        return ""  # …等千人以上活动: a head that says what it is keeps its name
    verbs = LEADING_VERBS_RE.match(opening)
    return verbs.group() + head if verbs and verbs.end() < len(opening) else ""


#: A completion of a plan said of a 分别 list (分别占年度计划…; 分别完成全年任务的… keeps its
#: task in the name, as the answer key writes it).
PLAN_COMPLETED_RE = patterns.compile(r"占(?:年度|全年|年)?(?:投资)?(?:计划|目标|任务|预算)的?")


#: Contributions said of each figure of a list before (，对收入增长的贡献率分别为…).
EACH_CONTRIBUTION_RE = patterns.compile(
    r"(对[^，。；、]{1,16}?的?(?:贡献率|贡献度))分别(?:为|是|达到?)?"
)


def _each_listed(segment: str, chain: list[Item], sentence: list[Item]) -> list[str]:
    """Each figure of a 分别 list named by the thing listed before it in the same order:
    counts listed before a measure of each (8个省重点项目、…、75个市重点项目分别完成投资
    36.4亿元、… → 省重点项目完成投资, …), and the completions of the plan said of each
    after them (，分别占年度计划108.5%、… → 省重点项目完成投资, …); [] otherwise."""
    n = len(chain)
    listed = sentence[-n:]
    names = [it.indicator for it in listed]
    if len(listed) < n or len(set(names)) < n or not all(names):
        return []
    noun = listed[-1].noun.removesuffix("分别")  # 75个市重点项目分别…: the noun read on
    if (
        noun
        and segment.startswith(noun + "分别")
        and all(kind_of_unit(it.unit) == "count" for it in listed)
        and 2 <= han_len(words := segment[len(noun) + 2 :]) <= 8
        and not DIGIT_RE.search(words)
    ):
        return [name + words for name in names]  # …项目分别完成投资: each one's investment
    if contribution := EACH_CONTRIBUTION_RE.fullmatch(segment.lstrip("，,")):
        # …业分别增长29.1%、17.9%和1.9%，对收入增长的贡献率分别为18.2%、…: each one's (a
        # share before: of its part, 第一产业增加值占地区生产总值… → 第一产业增加值对…)
        owners = [without_absolute_change(name) for name in names]
        owners = [o.partition("占")[0] if han_len(o.partition("占")[0]) >= 2 else o for o in owners]
        return [owner + contribution.group(1) for owner in owners]
    words = segment.lstrip("，,").removeprefix("分别")
    if (
        segment.lstrip("，,").startswith("分别")
        and kind_of_unit(chain[0].unit) == "rate"
        and PLAN_COMPLETED_RE.fullmatch(words)
        and len({unit_base(it.unit) for it in listed}) == 1
    ):
        return [without_absolute_change(name) for name in names]  # each one's completion
    return []


#: Owners listed before 分别 and the measure after its verb (A区、B区和C区|分别实现|生产总值).
OWNERS_LISTED_RE = patterns.compile(
    rf"^([{HAN}A-Za-z“”、]{{3,103}})分别(?:实现|完成|达到|达|为|是|{VERB_ALTERNATION})?([{HAN}]{{2,12}})$"
)
#: An average's word before a speed (平均降幅, 年均增速): the speed is still of something.
AVERAGED_RE = patterns.compile(r"^(?:年均|平均|年平均)")
#: A verb of change opening a sum's name (降低药品采购成本): a speed after it is the thing's.
CHANGED_LEAD_RE = patterns.compile(rf"^(?:降低|减少|节约|节省|压减|压降|提高|增加){NOT_A_BODY}")


def _categories(listed: str) -> list[str]:
    """Categories of goods listed, each ending in 类, whose names may list goods themselves
    (服装、鞋帽、针纺织品类 is one): the list cut only after a 类."""
    found, piece = [], ""
    for part in re.split("([、和及与])", listed):
        if part in LIST_JOINS and piece.endswith("类"):
            found.append(piece)
            piece = ""
        else:
            piece += part
    return [*found, piece]


def _owners_listed(segment: str, n: int) -> list[str]:
    """Each figure of a 分别 list named by its owner, listed before 分别 in the same order,
    and the measure written once after the verb (A区、B区和C区分别实现生产总值50亿元、…
    → A区生产总值, …); [] when the owners are not one per figure or the words after the
    verb name no measure."""
    listed = OWNERS_LISTED_RE.match(trim_prefix(FRAME_HEAD_RE.sub("", segment.lstrip("，,"))))
    if not listed or not MEASURED_END_RE.search(measure := listed.group(2)):
        return []
    owners = with_kind_head(LIST_JOIN_RE.split(listed.group(1)))  # 国有、民营企业
    if len(owners) > n and owners[-1].endswith("类"):
        owners = _categories(listed.group(1))  # 粮油食品类、日用品类和服装、鞋帽、针纺织品类
    if (
        len(owners) != n
        or not 2 <= n <= 8
        or not all(2 <= han_len(owner) <= 10 and len(owner) <= 12 for owner in owners)
    ):
        return []
    return [owner + measure for owner in owners]


#: A clause giving the figure before's measure a year earlier (，去年同期为增长12.9%): group 1
#: the earlier period.
EARLIER_FIGURE_RE = patterns.compile(r"((?:去年|上年)(?:同期)?)(?:为|是)(?:增长|下降|上涨|下跌)?")


def _measure_named(name: str) -> str:
    """The measure a figure's name names, without its period, its absolute change or its
    speed's word (1-6月工业用电量降幅 → 工业用电量)."""
    measure = PERIOD_LEAD_RE.sub("", without_absolute_change(name))
    speed = next((word for word in SPEED_WORDS if measure.endswith(word)), "")
    return measure[: len(measure) - len(speed)] if han_len(measure) - len(speed) >= 2 else measure


#: The longest comparison after 高于/低于 read as a gap before a figure other than points.
LONGEST_SHORT_GAP = 8


def _clause_indicators(text: str, chain: list[Item], earlier: list[Item]) -> list[str]:
    """The shortest phrase naming what is measured, for each item of a list.

    A count written before its noun (9个改革创新实践案例) names it after the
    number, with the predicate that picks the counted ones out (9项任务提前完成
    年度目标 → 提前完成年度目标的任务); otherwise the subject of the clause names
    it (GDP增长5.3%), or a subject list is shared out (解决率、满意率分别为…),
    or, for a clause with no subject of its own (…，增长1.9%), the figures just
    before lend theirs.  Shares name their whole (进出口总额占全市), gaps their
    comparison (增速高于全市), absolute changes their base (…较去年增长).
    """
    first, last = chain[0], chain[-1]
    unit_kind = kind_of_unit(last.unit)
    beneficiary = None
    start = start_of_clause = clause_start(text, first.start)
    same_clause = _latest(earlier, start)
    if same_clause:
        start = max(start, same_clause[-1].end)
    if same_clause and (
        rest := UNIT_REST_RE.match(text, start, first.start)
        or SCOPE_NOTE_RE.match(text, start, first.start)
    ):
        start = rest.end()  # 7.4万套（间）、累计达到61万套: （间） belongs to 7.4万套
    elif same_clause and (word := next((w for w in MILESTONES if text.startswith(w, start)), "")):
        start += len(word)  # 迈上3000亿元台阶、增长6%: 台阶 belongs to the figure before
    elif (close := text.find("）", start, first.start)) >= 0 and "（" not in text[start:close]:
        # The clause began inside a note (广义货币M2（注：M2为…）预期增长): read from before it.
        opening = text.rfind("（", max(0, start - WINDOW), start)
        start = clause_start(text, opening) if opening >= 0 and not same_clause else start
    segment = text[start : first.start].rstrip(" \u3000")  # (常住人口的 48.3%: a page's space)
    sentence = _latest(earlier, _sentence_start(text, first.start))
    if (
        not sentence
        and start >= 1
        and text[start - 1] == "。"
        and OPENING_COMPARISON_RE.fullmatch(segment)
    ):
        # …平均降水量834.7毫米，折合水量237.5亿立方米。比上年偏多8.1%: a sentence opening with
        # its comparison alone speaks of the sentence before's figures
        sentence = _latest(earlier, _sentence_start(text, start - 1))
    if segment[:1] in "同比较" and (
        compared := _compared_change(segment, first, _outside_notes(text, sentence, start))
    ):
        return [compared] * len(chain)
    if (
        sentence
        and unit_kind == "rate"  # (a sum a year earlier is a base: _budget_or_base)
        and segment[:1] in "去上"
        and (said := EARLIER_FIGURE_RE.fullmatch(segment))
    ):
        # …同比下降1.7%，去年同期为增长12.9%: the figure before's measure a year earlier; a
        # list's, each of its own (A、B和C…分别下降…，去年同期为增长12.1%、16.2%和14.4%)
        each = len(chain) > 1 and len(sentence) >= len(chain)
        lenders = sentence[-len(chain) :] if each else [sentence[-1]] * len(chain)
        return [said.group(1) + _measure_named(it.indicator) for it in lenders]
    if (
        sentence
        and segment[-1:] == "的"
        and last.unit in ("%", "％")  # a multiple of it stays the measure's (是上年的1.8倍)
        and (against := RELATIVE_TO_EARLIER_RE.fullmatch(segment))
    ):
        # 旅游总收入586亿元，恢复到2019年的105%; A…、B…，分别相当于上年的…: each figure
        # before, as a part of its own earlier level
        each = against.group(1) and len(sentence) >= len(chain)
        lenders = sentence[-len(chain) :] if each else [sentence[-1]] * len(chain)
        return [
            without_absolute_change(it.indicator) + "相当于" + against.group(2) for it in lenders
        ]
    if (
        last.unit in ("%", "％")
        and segment[-1:] == "的"
        and (cut := CUT_TO_PART_RE.fullmatch(segment))
        and 2 <= han_len(measure := clause_subject(cut.group(1), 0, len(cut.group(1)))) <= 16
    ):
        # 平均办理时限压缩至法定时限的35%: the measure as a part of what it was cut to a part of
        return [measure + "相当于" + cut.group(2)] * len(chain)
    if (
        sentence
        and unit_kind == "rate"
        and segment.startswith("相当于")
        and (ratio := RATIO_TO_RE.fullmatch(segment))
    ):
        # R&D经费支出401亿元，相当于全市生产总值的比例为2.7%: the figure before's ratio
        return [without_absolute_change(sentence[-1].indicator) + ratio.group(1)] * len(chain)
    if (
        sentence
        and segment[-1:] in SAME_FIGURE_ENDS
        and (same := _same_figure_again(text, segment, same_clause, sentence))
    ):
        return [same] * len(chain)
    if unit_kind == "amount" and (adjusted := _budget_adjusted(text, segment, first, sentence)):
        return [adjusted] * len(chain)
    if (
        sentence
        and (segment == "的" or segment[-1:] in BUDGET_OR_BASE_ENDS)
        and (based := _budget_or_base(text, segment, chain, same_clause, sentence))
    ):
        return [based] * len(chain)
    if "分别" in segment and len(chain) > 1 and (each := _each_listed(segment, chain, sentence)):
        return each
    if "分别" in segment and len(chain) > 1 and (owners := _owners_listed(segment, len(chain))):
        return owners
    if (
        segment.startswith("分别")
        and len(chain) > 1
        and (listed := previous_subject(text, start))
        and (owners := _owners_listed(listed + segment, len(chain)))
    ):
        return owners  # A业及B业迅猛发展，分别完成产值…: the owners the clause before lists
    if (
        unit_kind in ("amount", "count")
        and "计" in segment
        and (total := _sum_of_parts(text, segment, first, sentence))
    ):
        return [total] * len(chain)
    if (
        same_clause
        and segment.endswith(("为", "至", "到"))
        and visible_len(segment) <= 8
        and FROM_BEFORE_RE.search(text, max(0, same_clause[-1].start - 6), same_clause[-1].start)
        and unit_base(same_clause[-1].unit) == unit_base(first.unit)
        and same_clause[-1].indicator
    ):
        return [same_clause[-1].indicator] * len(chain)  # 学校由120所调整为98所: the same
    if (
        segment in ("为", "是", "在")
        and not same_clause
        and start_of_clause > 0
        and (
            judged := JUDGED_CLAUSE_RE.fullmatch(
                text, clause_start(text, start_of_clause - 1), start_of_clause - 1
            )
        )
    ):
        return [judged.group(1)] * len(chain)  # 华南地区猪肉平均价格较高，为60.83元/公斤
    if (
        segment in ("为", "是", "在")
        and not same_clause
        and sentence
        and start_of_clause > 0
        and (
            other := PLACE_JUDGED_RE.fullmatch(
                text, clause_start(text, start_of_clause - 1), start_of_clause - 1
            )
        )
        and (place := PLACE_LEAD_RE.match(sentence[-1].indicator))
        and other.group(1).endswith(place.group(2))
    ):
        # …；西北地区较低，为52.38元/公斤: the other place's figure of the same measure
        return [other.group(1) + sentence[-1].indicator[place.end() :]] * len(chain)
    if segment in ("/", "／") and same_clause and same_clause[-1].indicator:
        return [same_clause[-1].indicator] * len(chain)  # 成交206套/12151.88㎡: the same deals'
    if segment.endswith("的有") and (condition := _condition_met(text, start, first, sentence)):
        return [condition] * len(chain)  # 占比超过10%的有44种: the things that meet it
    if (
        same_clause
        and LISTED_AFTER_DE_RE.fullmatch(segment)
        and OWNER_AFTER_RE.match(ahead(text, last.after))
        and (
            generic := next(
                (w for w in GENERIC_AMOUNTS if same_clause[-1].indicator.endswith(w)), ""
            )
        )
    ):
        return [generic] * len(chain)  # 投资3500万元的管网改造、3800万元的巷道改造: the same 投资
    if (
        unit_kind == "count"
        and same_clause
        and (which := CONDITION_RE.fullmatch(segment))
        and visible_len(cond := text[start_of_clause : same_clause[-1].end]) <= 24
    ):
        # 年销售收入超10亿元的龙头企业达100家: the things counted are those meeting it.
        return [f"{FRAME_HEAD_RE.sub('', cond)}的{which.group(1)}"] * len(chain)
    if (segment == "的" or segment.endswith(("计划", "目标", "任务"))) and (
        plan_named := _plan_named(text, start_of_clause, first, segment, same_clause, sentence)
    ):
        return [plan_named] * len(chain)
    if (
        unit_kind == "amount"
        and (adjusted := ADJUSTED_TO_RE.search(segment))
        and (subject := clause_subject(text, start, first.start - len(adjusted.group())))
    ):
        # 一般公共预算支出调整为48.6亿元: the budget after the change, not the change (its
        # subject tidied first: 1、一般公共预算收入, 四是…: no list mark after 调整后)
        return ["调整后" + tidy(subject)] * len(chain)
    if segment[:1] in "扣剔若如不" and sentence and (basis := BASIS_CLAUSE_RE.fullmatch(segment)):
        # …下降8.0%，扣除留抵退税因素后增长8.8%: the figure before, on another basis
        lent = without_absolute_change(sentence[-1].indicator)
        return [f"{lent}（{basis.group(1)}）"] * len(chain)
    if first.unit == "倍" and sentence and MULTIPLE_OF_RE.fullmatch(segment.lstrip("，,")):
        # …由58亿元增加到97亿元，是“十二五”期末的1.7倍: the same measure, as a multiple;
        # 税收收入5亿元，非税收入2亿元，是2010年的1.4倍和1.9倍: each of the sums before
        sums = [it for it in sentence if kind_of_unit(it.unit) == "amount"]
        if len(chain) > 1 and len(sums) >= len(chain):
            return [without_absolute_change(it.indicator) for it in sums[-len(chain) :]]
        return [without_absolute_change(sentence[-1].indicator)] * len(chain)
    bare = BRACKETED_NOTE_RE.sub("", segment) if "）" in segment else segment
    if unit_kind == "rate" and (budget := BUDGET_RE.search(bare)):
        # 收入完成89.2亿元，为预算的104.3%: the budget item completed names it; a note
        # after the budget (为预算（调整后预算，下同）的…) says which budget.
        subject = clause_subject(text, start, start + len(segment) - len(budget.group()))
        if bare != segment:
            subject = ""
        if not subject and sentence:
            # 收入50亿元（区本级40亿元，开发区10亿元），完成预算的101%: the whole's, not a part's;
            # the figure's, not a gap or a share said of it (…44.9亿美元，增长23%，高于全国4.1个
            # 百分点，完成全年目标任务85.5%; …累计完成137.4亿元，增长42.6%，占比86.5%，完成…)
            outside = _outside_closed_note(text, sentence, start)
            whole = next(
                (
                    it
                    for it in reversed(outside)
                    if kind_of_unit(it.unit) != "pp" and not it.indicator.endswith(("占比", "比重"))
                ),
                outside[-1],
            )
            subject = without_absolute_change(whole.indicator)
        if subject:
            return [subject] * len(chain)
    if segment[:1] in "（(" and sentence and (basis := BASIS_NOTE_RE.fullmatch(segment)):
        # 增长1.7%（同口径增长2.5%）: the figure before, on another basis.
        lent = without_absolute_change(sentence[-1].indicator)
        return [f"{lent}（{basis.group(1)}）"] * len(chain)
    if (
        ("这" in segment or "述" in segment or "以上" in segment)  # what the pattern ends with
        and POINTING_BACK_RE.search(segment)
        and (named := _named_before(text, last, earlier))
    ):
        return [named] * len(chain)  # …国债1.3万亿元。上述1.3万亿元…: the same sum again
    if (
        len(chain) == 1
        and (within := AMONG_AFTER_RE.match(ahead(text, last.after)))
        and (named := _named_before(text, last, earlier))
    ):
        last.noun = within.group(1)
        return [named]  # …15个开展前期工作。15个项目中，…: the same 15 as before
    if (
        unit_kind == "amount"
        and (
            VERB_START_RE.match(ahead(text, last.after))
            or text.startswith("对", last.after)
            or text[last.after : last.after + 1] == "为"
            and (beneficiary := FOR_WHOM_RE.match(text, last.after, last.after + 16))
        )
        and (generic := clause_subject(text, start, first.start)) in GENERIC_AMOUNTS
        and (
            thing := next_object(text, beneficiary.end() if beneficiary else last.after)
            or next_object(_without_counts(text, last.after), 0)  # 实施…等14个项目
        )
    ):
        return [thing + generic] * len(chain)  # 投资800万元实施燃煤锅炉改造: what it pays for
    if (
        unit_kind == "count"
        and same_clause
        and (noun := same_clause[-1].noun)
        and segment in (noun + "中", noun + "中有")  # a pattern per noun filled re's cache
    ):
        # 68所学校中有12所达到省级标准: some of the things just counted, picked out
        # by what follows them.
        predicate = text[last.after : clause_end(text, last.after)]
        if predicate.startswith(noun) and han_len(predicate) > len(noun):
            predicate = predicate[len(noun) :]  # 120家企业中有35家企业盈利: the noun once
        named = with_predicate(predicate, noun) if 2 <= han_len(predicate) <= 12 else noun
        if (
            noun[-1] in PLACE_KIND_ENDS
            and 2 <= len(predicate) <= 8
            and predicate[-1] == noun[-1]
            and HAN_ONLY_RE.fullmatch(predicate)
        ):
            named = predicate  # 5个行政村中有3个贫困村: a kind of the things, named by itself
        return [named] * len(chain)
    if (
        unit_kind == "count"
        and segment.endswith(("从", "由"))
        and (widened := WIDENED_RE.match(ahead(text, last.after)))
        and 2 <= han_len(owner := _doing_stripped(segment[:-1])) <= 12
    ):
        # 托管帮扶从15个县（市）扩大到57个县（市）: both counts are of the owner's things.
        last.noun = widened.group(1)
        return [join_once(owner, widened.group(1))] * len(chain)
    if (
        same_clause
        and (noun := same_clause[-1].noun)
        and WIDENED_RE.fullmatch(segment)
        and ahead(text, last.after).startswith(noun)
    ):
        return [same_clause[-1].indicator] * len(chain)
    if (
        last.unit == "个"
        and (milestone := MILESTONE_RE.search(segment))
        and (steps := STEPS_AFTER_RE.match(ahead(text, last.after)))
        and (owner := clause_subject(text, start, first.start - len(milestone.group())))
    ):
        # 地区生产总值连跨3个千亿级台阶: the steps the owner's figure passed.
        last.noun = steps.group()
        return [owner + milestone.group() + steps.group()] * len(chain)
    if (milestone := MILESTONE_RE.search(segment)) and (
        MILESTONE_AFTER_RE.match(ahead(text, last.after))
        or ahead(text, last.after).startswith("规模")
    ):
        # 地区生产总值迈上3000亿元台阶: the figure is the subject's, not the 台阶's (总产值
        # 突破300亿规模: nor the 规模's).
        owner = clause_subject(text, start, first.start - len(milestone.group()))
        if not owner and sentence:
            owner = without_absolute_change(sentence[-1].indicator)
        if owner:
            return [owner] * len(chain)
    if (
        unit_kind == "amount"
        and (word := _capacity_word(last.unit))
        and (thing := CAPACITY_OF_RE.match(ahead(text, last.after)))
        and (
            segment.endswith("年产")
            or segment == "、"
            and same_clause
            and same_clause[-1].indicator.endswith(tuple(CAPACITY_NAMES.values()))
            or text.startswith(
                PROJECT_WORDS,
                last.after + thing.end() + text.startswith("等", last.after + thing.end()),
            )
            and not any(verb in thing.group() for verb in VERBS)  # 煤矿完成项目核准, 扩建项目
            or _in_list_of_projects(text, last.after + thing.end())
        )
    ):
        # 年产4万吨基础锂盐一体化和…项目; 700万吨露天煤矿、400万吨褐煤提质; 亘富200万吨
        # 褐煤提质一期工程: a capacity of what is built, with a short owner before it.
        owner = _doing_stripped(segment.rpartition("、")[2])  # …、青海广泰10万吨再生铝
        owner = owner if 2 <= han_len(owner) <= 6 and not VERB_END_RE.search(owner) else ""
        if segment.endswith("年产"):
            return [thing.group() + "年产能"] * len(chain)
        after = last.after + thing.end()
        after += text.startswith("等", after)  # 10万吨再生铝等项目: the project word after 等
        project = next((w for w in PROJECT_WORDS if text.startswith(w, after)), "")
        if listed := _in_list_of_projects(text, last.after + thing.end()):
            # 加快推进大唐哈克5万千瓦风电、…等项目: each item is a project
            owner, project = _doing_stripped(segment.rpartition("、")[2]), listed
        return [owner + thing.group() + project + word] * len(chain)
    if unit_kind == "amount" and (plant := _capacity_plant(text, last, segment)):
        # 2座60万千瓦风电场: the count is of plants, the capacity is theirs.
        return [plant + _capacity_word(it.unit) for it in chain]
    if unit_kind in ("count", "amount") and (
        counted := counted_name(text, chain, segment, sentence)
    ):
        for it in chain:
            it.noun, it.mode = counted.noun, counted.mode
        # (54.2万个行政村|共设62.2万个村卫生室: the holder is a figure's, no place's name)
        return [counted.name if same_clause else held_by(segment, counted)] * len(chain)
    after = NOUN_AFTER_RE.match(ahead(text, last.after))
    noun = after.group(1) if after and NOUN_START_RE.match(after.group(1)) else ""
    if (
        same_clause
        and same_clause[-1].noun
        and segment.startswith(same_clause[-1].noun)
        and not re.match(
            # (a note on the things between: 10个园区（含集聚区）|增加值…)
            rf"[0-9０-９]{{4}}年|(?:[（(][^（()）]{{1,16}}[）)])?[{HAN}]{{0,4}}"
            r"(?:收入|产值|增加值|营收|利润|产量|总额|规模|面积|水质|环境质量|空气质量)",
            segment[len(same_clause[-1].noun) :],
        )
        and not OWNED_AMOUNT_RE.fullmatch(segment[len(same_clause[-1].noun) :])
    ):
        start += len(same_clause[-1].noun)  # 为2.3万名困难群众|发放救助金1.8亿元
        segment = text[start : first.start].rstrip(" \u3000")
        if measure := measure_after_state(trim_prefix(segment)):
            # 12家部门运维|实现集中管理、经费下降28%: the things counted own the measure
            return [same_clause[-1].noun + measure] * len(chain)
    # What a share is taken of, a gap's comparison, an absolute change's base: each
    # stands at the end of the segment, after the subject, which is read without it.
    share_of, cut = share_whole(segment, unit_kind == "rate")
    if not share_of and unit_kind == "rate" and segment.endswith("占") and han_len(segment) >= 3:
        share_of, cut = "占比", 1  # 其中汽车产业产值占41.2%: its share, the whole unsaid
    suffix = share_of
    if (
        not share_of
        and unit_kind == "pp"
        and sentence
        and (gap := _gap_naming_the_measure(segment, sentence))
    ):
        suffix, cut = gap  # 低于全省|居民消费价格指数|0.2个百分点: the measure named once
    elif not share_of and (
        # (a long comparison only before points: 低于省核定的债务限额|52亿元 is a limit's)
        (m := GAP_RE.search(segment))
        and (unit_kind == "pp" or len(m.group()) <= LONGEST_SHORT_GAP)
        or unit_kind == "pp"
        and sentence
        and kind_of_unit(sentence[-1].unit) == "rate"
        and (m := PASSED_GAP_RE.search(segment))
    ):
        suffix, cut = m.group(), len(m.group())  # 增速高于全市1.6个百分点, 超过计划…
    elif not share_of and unit_kind in ("count", "amount") and (m := ABS_CHANGE_RE.search(segment)):
        suffix, cut = (
            m.group().lstrip("拟将再").removesuffix("了"),
            len(m.group()),
        )  # 较去年增长17亿元
        if suffix[:1] == "比" and (base := LONG_COMPARISON_RE.search(segment, 0, m.start())):
            # 与上年相比增加0.04人: against last year, said the long way (比上年增加)
            suffix = "比" + base.group(1) + suffix[1:].replace("分别", "", 1)
            cut += len(base.group())
    # (the segment ends before a converted page's space: …减少 4609万立方米)
    subject = clause_subject(text, start, start + len(segment) - cut)  # it stands before 占…
    if len(subject) <= 4 and subject and MANNER_RE.fullmatch(subject):
        subject = ""  # …增加近800亿元，稳步达到…: a manner word names nothing
    if (
        unit_kind == "rate"
        and "完成" in segment
        and (task := TASK_PLAN_RE.search(segment))
        and subject
        and not subject.endswith(task.group(1))
    ):
        subject += task.group(1)  # 存量隐性债务完成年度化解计划的…: the reduction is completed
    if subject[-2:] == "任务" and (plan := _plan_of_tasks(text, start_of_clause, subject)):
        subject = plan + subject  # 推进…五年行动计划，完成市区级年度任务150项: the plan's tasks
    if "等" in segment and subject and (listed := _head_of_listed(segment, subject, unit_kind)):
        subject = listed  # 新引进A、B、C等项目43个: the projects newly brought in
    if subject[-1:] in "年）)增" and (lent := _no_subject_but(subject, sentence)) is not None:
        if lent:
            return [lent] * len(chain)
        subject = ""  # 去年达到…; 同比（下同）增长…: the figure before's
    written = subject  # as the clause writes it, before a list lends it a verb or an owner
    if segment.startswith("、") and same_clause and subject:
        if not segment[1:].startswith(OWN_DEED_VERBS):  # 受理案件…、调解纠纷…: its own verb
            subject = shared_verb(same_clause[-1], subject, unit_kind, chain[0].unit)  # 取消A、B
        subject = shared_owner(  # 企业营收…、利润…
            same_clause[-1].indicator,
            subject,
            kind_of_unit(same_clause[-1].unit) == "count",
        )
        doer = LIGHT_OWNER_RE.match(text, start_of_clause, same_clause[0].start)
        owner = trim_prefix(MANNER_RE.sub("", doer.group(1))) if doer else ""
        if (
            han_len(owner) >= 2
            and not subject.startswith(owner)
            and han_len(subject) <= 6
            # 辣椒完成6万亩、生姜…: a figure before was the thing's own (named by it
            # alone), so the items after are things beside it, not the doer's measures
            and not any(it.indicator.endswith(owner) for it in same_clause)
        ):
            subject = owner + subject  # 省属企业完成投资…、研发投入…: the same doer
        elif (topic := _topic_of(same_clause, subject)) and _predicate_alone(subject):
            subject = topic + subject  # “千企帮扶”行动服务企业…、解决困难…: the same doer
    after_de = text[last.after : last.after + 1] == "的"
    if after_de and unit_kind == "rate" and (target := GROWTH_TARGET_RE.match(text, last.after)):
        if target.group(1):
            return [target.group(1) + "增长目标"] * len(chain)  # 8%左右的国内生产总值增长目标
        # GDP增长6.6%，实现了6.5%左右的预期发展目标: the growth before's target
        grown = [it for it in sentence if kind_of_unit(it.unit) == "rate"]
        owner = without_absolute_change(grown[-1].indicator) if grown else ""
        return [owner + "增长预期目标"] * len(chain)
    if after_de and unit_kind == "rate" and text.startswith(SPEEDS, last.after):
        # 经济以7%左右的速度增长: the speed of what grows, written before 以
        grower = trim_prefix(FRAME_HEAD_RE.sub("", SPEED_LEAD_RE.sub("", segment)))
        return [(grower if 2 <= han_len(grower) <= 10 else "") + "增长速度"] * len(chain)
    if (
        after_de
        and unit_kind == "rate"
        and noun in INCREASES
        and sentence
        and (given := CONTRIBUTED_RE.search(segment))
    ):
        # …进出口总额9.5万亿元，贡献了全国24.1%的增量: its share of the whole's increase
        lent = without_absolute_change(sentence[-1].indicator)
        return [f"{lent}占{given.group(1)}{noun}比重"] * len(chain)
    if after_de and unit_kind == "rate" and noun and noun not in INCREASES:
        if (given := CONTRIBUTED_RE.search(segment)) and given.group(1) in SHARE_SCOPES:
            # 民营经济贡献了全市50%以上的税收; 民营经济增加值占…，贡献了70%以上的税收: the
            # share of the taxes the giver gave, named before 贡献 or by the figure before
            giver = trim_prefix(segment[: given.start()])
            if not giver and sentence and (owner := GIVER_RE.match(sentence[-1].indicator)):
                giver = owner.group(1)
            return [f"{giver}贡献的{noun}占比"] * len(chain)  # (全市: the report's own scope)
        if (
            LISTED_AFTER_DE_RE.fullmatch(segment)  # (70%以上的|税收、|80%以上的…)
            and same_clause
            and (said := same_clause[-1].indicator.rfind("贡献的")) >= 0
            and same_clause[-1].indicator.endswith("占比")
        ):
            # …70%以上的税收、80%以上的城镇就业: the same giver's share of each
            return [same_clause[-1].indicator[: said + 3] + noun + "占比"] * len(chain)
    if after_de and unit_kind == "rate" and (held := RATE_HELD_RE.search(segment)):
        # 成为全国…优良率连续五年保持100%的唯一省份: the rate's level, whoever holds it.
        rate = trim_prefix(HOLDER_LEAD_RE.sub("", segment[: held.end(1)]))
        if han_len(rate) >= 3:
            return [rate] * len(chain)
    if subject in CLAUSE_PERIODS and unit_kind == "rate" and noun and not after_de:
        subject = ""  # 每年70%左右财政支出用于民生: when it holds, not whose share it is
    if (
        noun
        and (after_de or unit_kind == "rate" and not subject and opens_clause(text, first.start))
        and unit_kind not in ("count", "amount")
        and not noun.endswith(EVALUATIONS)
        and not noun.startswith("有")  # 占比超过10%的有44种: a condition, not a noun
        and not GROWTH_AFTER_DE_RE.match(text, last.after)  # 实现7%的较快增长: the subject's
    ):
        pos = last.after + after_de + len(noun)  # 九成以上企业复工: a share opening its clause
        while text[pos : pos + 1] == "、" and (more := NOUN_AFTER_RE.match(ahead(text, pos + 1))):
            noun += "、" + more.group(1)  # 占比约五成的金融业、租赁和商务服务业…
            pos += 1 + len(more.group(1))
        if adverb := re.search(r"(?:都能|均能|都|均|也)$", noun):
            noun, pos = noun[: adverb.start()], pos - len(adverb.group())  # 学生都能在…学习
        if not after_de and sentence and (VERB_START_RE.match(noun) or PIVOT_RE.match(noun)):
            # 支出3.4万亿元，74%以上用于民生: the share is of the figure before.
            lent = without_absolute_change(sentence[-1].indicator)
            return [f"{lent}{noun}占比"] * len(chain)
        if noun[-2:] in THRESHOLD_VERBS and (bar := ahead(text, pos)) and DIGIT_RE.match(bar):
            # 超五成行政村集体经济收入超过10万元: the share of those past the bar
            return [_past_the_bar(noun, bar)] * len(chain)
        predicate = re.sub(r"^(?:都|均|也)?(?:能|可以|可)?", "", text[pos : clause_end(text, pos)])
        if (
            predicate
            and visible_len(predicate) <= 16
            and not DIGIT_RE.search(PREDICATE_DURATION_RE.sub("", predicate))
            and not re.match(r"(?:的|受|为|达(?!到[^0-9０-９])|占|和|及|与|、|等)", predicate)
        ):
            # 96.2%的养老机构开展医养结合; 一半人口居住在城镇: a place completes the verb.
            located = predicate.startswith("在") and VERB_END_RE.search(noun) is None
            noun = noun + predicate if located else with_predicate(predicate, noun)
        if scope := re.search(rf"((?:本|全|该)[{HAN}]{{1,4}}?)(?:占比|比重)$", segment):
            return [f"{noun}占{scope.group(1)}比重"] * len(chain)  # 本行业占比80%的重点企业
        if (
            segment.startswith("、")
            and same_clause
            and (reach := VERB_IN_RE.fullmatch(segment[1:]))
            and (head := SHARED_HEAD_RE.search(same_clause[-1].indicator, 2))
        ):
            # 高铁营业里程达到3万公里、覆盖80%以上的大城市: what the figure before is of
            owner = OPERATING_RE.sub("", same_clause[-1].indicator[: head.start()])
            return [f"{owner}{reach.group()}{noun}占比"] * len(chain)
        if VERB_END_RE.search(subject) or VERB_IN_RE.search(subject):
            return [f"{subject}{noun}占比"] * len(chain)  # 轨道交通覆盖85%的乡镇: a share of 乡镇
        # 所有市州和98%的县市区建成…: what is listed before 和 is no subject of the share.
        share = segment.endswith(("占比", "比重")) or not subject or segment.endswith(LIST_JOINS)
        return [noun + ("占比" if share else "")] * len(chain)
    compared = COMPARED_HEAD_RE.match(subject) if "于" in subject else None
    # …增长12.3%，高于全县农村居民人均可支配收入增速4.2个百分点 (…，超计划0.3个百分点): the gap
    # of the speed before
    gap_alone = (
        unit_kind == "pp"
        and subject.startswith(GAP_VERBS)
        and kind_of_unit((same_clause or sentence or [first])[-1].unit) == "rate"
    )  # (…完成320亿元，超过计划1.5个百分点: a level has no speed to pass)
    generic = (
        gap_alone
        or subject in GENERIC_SUBJECT
        or AVERAGED_RE.sub("", subject) in GENERIC_SUBJECT  # 平均降幅, 年均增速: still whose
        or compared is not None
        or bool(
            # 落地项目120个、总投资额560亿元; 实施重点项目800个、完成投资2000亿元
            same_clause
            and (
                subject in GENERIC_AMOUNT_NAMES
                or LEADING_VERBS_RE.sub("", subject) in GENERIC_AMOUNTS
            )
        )
    )
    total_of = (
        leading_verbs_stripped(without_absolute_change(sentence[-1].indicator)) if sentence else ""
    )
    if subject.startswith("总") and han_len(subject) >= 3 and total_of.endswith(subject[1:]):
        subject = total_of  # 新增公路里程320公里，总里程达5600公里: the total of the same
    elif generic and (same_clause or sentence):
        # 新增…总部7家、总量达160家; …完成980亿元，增速高于全省…: whose 总量, whose 增速
        lender = (same_clause or sentence)[-1]
        if (
            kind_of_unit(lender.unit) == "count"
            and lender.indicator.endswith(MILESTONES)
            and (sums := [it for it in sentence if kind_of_unit(it.unit) == "amount"])
        ):
            lender = sums[-1]  # …87.4亿元，五年跨越3个十亿级台阶，年均增速达到8%: the sum's
        lent = leading_verbs_stripped(without_absolute_change(lender.indicator))
        if subject.startswith("总"):
            # 新登记经营主体…，总量…: the total of all of them
            lent = FLOW_WORDS_RE.sub("", lent.removeprefix("净增"))
        if unit_kind in ("count", "amount"):
            lent = RATE_WORD_END_RE.sub("", lent)  # …收入增速达9%，规模达到80亿元: the income's
        if subject[:2] in SHARE_WORDS and lent[-2:] in SHARE_WORDS:
            subject = subject[2:]  # 第三产业比重…，占比提高…: the share named once
        speed = subject
        if AVERAGED_RE.sub("", speed) in SPEED_WORDS:
            lent = CHANGED_LEAD_RE.sub("", lent)  # 降低采购成本1亿元，平均降幅5%: the cost's
        if gap_alone and not lent.endswith(SPEED_WORDS):
            lent += "增速"
        subject = join_once(lent, subject)  # 出口增速…，增速高于…: the speed named once
        if (
            len(chain) > 1
            and not same_clause
            and unit_kind == "rate"
            and len(lenders := sentence[-len(chain) :]) == len(chain)
            and len({it.unit for it in lenders}) == 1
            and len({it.indicator for it in lenders}) == len(chain)
        ):
            # 城乡居民收入分别达…元、…元，年均增速8.2%、9.3%: each figure's own speed
            return [
                join_once(leading_verbs_stripped(without_absolute_change(it.indicator)), speed)
                for it in lenders
            ]
    elif (
        subject in GENERIC_AMOUNT_NAMES
        and not same_clause
        and (owner := previous_object(text, start))
    ):
        subject = owner + subject  # 设立乡村振兴基金，资金规模10亿元: whose 资金规模
    quantities = [it for it in sentence if kind_of_unit(it.unit) in ("count", "amount")]
    part_from = text.rfind("；", sentence[0].start if sentence else start, start)
    # (…市级重点项目已开工8个；…区本级重点项目已开工43个: the part's own, after its ；, when
    # it has any; 受理民事案件…；审结2300件: else the sentence's)
    quantities = [it for it in quantities if it.start > part_from] or quantities
    if unit_kind == "count" and (same := [it for it in quantities if it.unit == last.unit]):
        quantities = same  # 交通项目8个，年度计划投资9亿元，开工6个: of the projects counted
    if (
        subject
        and not quantities
        and not NAMED_AFTER_RE.match(ahead(text, last.after))  # nothing names it after
        and BARE_VERBS_RE.match(MANNER_RE.sub("", subject))
        and (owner := previous_object(text, start))
    ):
        # 完善朝阳园空间布局，初步形成4片区…: the verbs alone name nothing; the
        # clause before says what, and a unit that is a noun (片区) says which part.
        if text[clause_start(text, start - 1) : start - 1].startswith("对"):
            return [with_predicate(subject, owner)] * len(chain)  # 对积案开展清理，办结…: 办结积案
        return [owner + (noun_unit(last.unit) if unit_kind == "count" else "")] * len(chain)
    if (
        subject
        and BARE_VERBS_RE.match(MANNER_RE.sub("", subject))  # 基本建成511万套: 基本 is manner
        and quantities
        and unit_kind in ("count", "amount")
    ):
        elided = _elided_object(subject, quantities)
        if unit_base(last.unit) in PERSON_UNITS and elided.endswith("案件"):
            elided = elided[:-2] + "人数"  # …案件862件1236人，批准逮捕623人: the people arrested
        return [elided] * len(chain)
    if (
        not suffix
        and subject
        and written
        and (m := SHARE_WORD_RE.match(segment[segment.rfind(written) + len(written) :]))
    ):
        suffix = m.group()  # 金融业占比近20%
    if not suffix and not subject and (m := SHARE_WORD_RE.match(segment.lstrip("，、"))):
        suffix = m.group()  # 风电装机达…、占比达31.5%: the share of the figure before
    elif not suffix and not subject and BARE_SHARE_RE.fullmatch(segment.lstrip("，、")):
        suffix = "占比"  # 林地面积120万亩，占45.2%: a share whose whole goes unsaid
    task = TASK_DONE_RE.search(segment) if "完成" in segment else None
    if (
        "于" in subject[:4]
        and COMPARISON_START_RE.match(subject)
        and (owner := previous_subject(text, start))
    ):
        subject = owner + subject  # 税收收入增幅，分别高于全省…: the clause before's speed
    compared = GAP_SPEED_RE.sub("", segment.lstrip("，,")).replace("分别", "", 1)
    if (
        unit_kind == "pp"
        and sentence
        and compared[:1] in ("比", "较")
        and len(bases := parallel_parts(compared)) == len(chain) > 1
    ):
        # …增长6.2%，分别比上年全年、上年同期加快0.9个、1.7个百分点: the rate's gap to each
        # (the rate's, not a gap's before: …回落0.1个百分点，较去年同期和全年分别回落…)
        rate = next((it for it in reversed(sentence) if kind_of_unit(it.unit) != "pp"), None)
        owner = _growth_named(text, unit_kind, rate or sentence[-1], segment)
        return [join_once(owner + base, suffix) for base in bases]
    if "分别" in subject:  # 客运量和周转量分别完成了|…: the verb shared is no part's name
        subject = RESPECTIVE_VERB_END_RE.sub("", BASE_OF_MULTIPLE_RE.sub("", subject))
    parts = parallel_parts(subject)
    if (
        "、" in subject
        and not subject.removeprefix("分别").startswith(("比", "较"))  # a gap's bases
        and len(parts) == len(chain) - 1
        and (joined := LAST_JOIN_RE.search(subject))
    ):
        # A、B、C和D分别为…: the 和 before the last part joins the list, when that makes
        # one part per figure (租赁和商务服务业 stays whole where the count is already right).
        parts = parallel_parts(subject[: joined.start()] + "、" + subject[joined.end() :])
    if (
        (len(parts) != len(chain) or "业和" in subject or "业及" in subject)
        and "业" in subject
        and (listed := industries_listed(subject))
    ):
        # 采矿业、制造业和电力、热力、…业; 计算机、通信和其他电子设备制造业和黑色金属…业: the
        # industries, however their own 、 and 和 fall
        parts = listed if len(listed) == len(chain) else parts
    if (
        len(parts) < len(chain)
        and "分别" in segment
        and (listed := _comma_listed(text, start_of_clause, subject, len(chain)))
    ):
        parts = listed  # 其中，五金类，通讯器材类，化工类商品销售额分别增长…
    if (
        subject[:1] in ("一", "二", "三")
        and (industries := INDUSTRIES_RE.match(subject))
        and len(industries.group(1)) == len(chain)
    ):
        digits, word, rest = industries.groups()  # 一二三产增加值 → 一产…, 二产…, 三产…
        parts = [d + word + rest for d in digits]
    if len(parts) == len(chain) > 1:
        # 游客人数和总花费分别增长: a bare measure takes the owner of the part before.
        parts = parts[:1] + [shared_owner(a, b) for a, b in pairwise(parts)]
        if parts[0][:1] == "“" and (owner := QUOTED_LEAD_RE.match(parts[0])):
            # “一区六园”工业总产值、工业增加值和入库税收: the parks own every part
            parts = [p if p.startswith(owner.group()) else owner.group() + p for p in parts]
        return [join_once(p, suffix) for p in parts]
    if (
        len(chain) > 1
        and "分别" in segment
        and subject in RATES_ALONE
        and len(parts := listed_parts(previous_subject(text, start), len(chain))) == len(chain)
    ):
        # 其中增长较快的有A类、B类和C类，增速分别为…: each listed thing's rate
        return [join_once(part + subject, suffix) for part in parts]
    if subject:
        if segment.endswith("完成") and (
            obj := re.match(rf"[{HAN}]{{2,12}}(?=[，。；])", ahead(text, last.after))
        ):
            return [join_once(subject, obj.group())] * len(chain)  # 完成80%主体结构建设
        return [join_once(subject, suffix)] * len(chain)
    tail = task.group(1) if task else ""
    if (
        len(chain) > 1
        and "分别" in segment
        and len(parts := parallel_parts(previous_subject(text, start))) == len(chain)
    ):
        return parts  # A、B从无到有，分别达2个、3个: the clause before lists whose they are
    if len(sentence) >= len(chain) > 1:
        change = (
            BARE_CHANGE_RE.fullmatch(segment.replace("分别", "", 1))
            if unit_kind in ("count", "amount")
            else None
        )  # …分别达到27907元和12320元，分别增长907元和1117元: each one's change
        names = [
            join_once(_growth_named(text, unit_kind, it, segment), tail, suffix)
            + (bare_change(change) if change else "")
            for it in _last_measures(text, sentence, len(chain))
        ]
        if segment.lstrip("，、").startswith(STOCK_OPENINGS):
            # 新增A58家、B6家，累计分别达到236家和21家: the stocks of the things, not new ones
            names = [leading_verbs_stripped(name) or name for name in names]
        return names
    if (
        len(chain) > 1
        and "分别" in segment
        and sentence
        and len(parts := parallel_parts(without_absolute_change(sentence[-1].indicator)))
        == len(chain)
    ):
        # 收入总量和支出规模均为…的2.48倍，年均增长分别达31.68%和32.23%: the pair named once
        return [join_once(part, tail, suffix) for part in parts]
    if owner := _milestone_owner(text, start, segment):
        # GDP突破千亿元大关，达1046亿元: the GDP's, whatever figures came before it
        return [owner] * len(chain)
    if sentence and (moved := _moved_in_clause_before(text, start, segment, sentence[-1])):
        # …；鸡蛋价格下降，下降了14个百分点: the eggs' move, not the figure before's
        return [join_once(moved, tail, suffix)] * len(chain)
    if sentence:
        sentence = _outside_closed_note(text, sentence, start)
    if sentence and segment.lstrip("，、").startswith(STOCK_OPENINGS):
        # 新增公园127座，累计达到1100座: the stock is of the things, not of the new ones;
        # 新增市场主体…，其中企业…、个体工商户…，累计达到…: of the whole, not its last part.
        parts_from = text.rfind("其中", sentence[0].start, first.start)
        whole = [it for it in sentence if it.end <= parts_from] or sentence
        lent = leading_verbs_stripped(without_absolute_change(whole[-1].indicator))
        return [join_once(lent, tail, suffix)] * len(chain)
    if sentence:
        lender = _outside_notes(text, sentence, start)[-1]
        if (
            unit_kind == "count"
            and suffix
            and kind_of_unit(lender.unit) != "count"
            and (counts := [it for it in sentence if unit_base(it.unit) == unit_base(first.unit)])
        ):
            # 16个县财政收入超过10亿元，比上年增加5个: the change of the things counted, not of
            # the sum they passed
            lender = counts[-1]
        part_start = text.rfind("；", sentence[0].start, lender.start)  # the lender's part
        if (
            unit_kind == "rate"
            and "占" in lender.indicator
            and (UP_BEFORE_RE.search(segment) or DOWN_BEFORE_RE.search(segment))
            and (
                sums := [
                    it
                    for it in sentence
                    # not a figure of another part before a ；(采矿业…占比…；制造业…占比…)
                    if "占" not in it.indicator and it.start > part_start
                ]
            )
        ):
            lender = sums[-1]  # 非税收入2亿元，占财政收入20%，同比下降5%: the sum's decline
        elif (
            unit_kind == "rate"
            and "占" in lender.indicator
            and (UP_BEFORE_RE.search(segment) or DOWN_BEFORE_RE.search(segment))
            and (share := SHARE_OF_PLACE_END_RE.search(lender.indicator, 2))
        ):
            # …增加值占全市65.9%，同比增长8.6%: the value's growth, not the share's
            return [join_once(lender.indicator[: share.start()], tail, suffix)] * len(chain)
        elif (
            unit_kind == "rate"
            and kind_of_unit(lender.unit) == "rate"
            and (UP_BEFORE_RE.search(segment) or DOWN_BEFORE_RE.search(segment))
            and text.endswith("的", 0, lender.start)
            and "完成" in text[clause_start(text, lender.start) : lender.start]
            and (
                sums := [
                    it
                    for it in sentence
                    if kind_of_unit(it.unit) == "amount"
                    and not it.indicator.endswith(("计划", "预算", "目标", "任务"))
                ]
            )
        ):
            # 税收收入2.1亿元，完成市定任务的98%，下降3.4%: the sum's decline (not its plan's)
            lender = sums[-1]
        if (
            unit_kind != "pp"
            and kind_of_unit(lender.unit) == "pp"
            and "贡献" not in segment  # (…拉动…，对…的贡献率: the puller's, read later)
            and SPEED_GAP_NAME_RE.search(lender.indicator)
            and (
                measures := [
                    it for it in sentence if kind_of_unit(it.unit) != "pp" and it.start > part_start
                ]
            )
        ):
            # 社零总额484.5亿元，…，增幅较…提高2.1个百分点，占全部…的54.9%; 存款余额增长29.5%，
            # 增速高于去年同期12.6个百分点；较年初增加…: the measure's share or change, not
            # its speed's gap
            lender = measures[-1]
        if (
            unit_kind == "count"
            and lender.end == first.start
            and kind_of_unit(lender.unit) == "count"
        ):
            return [lender.indicator] * len(chain)  # 城市低保新增276户462人: the same, twice
        if (
            unit_kind == "pp"
            and kind_of_unit(lender.unit) == "pp"
            and COMPARISON_START_RE.match(segment.lstrip("，,"))
            and (rates := [it for it in sentence if kind_of_unit(it.unit) == "rate"])
        ):
            # 增长5%，高于去年同期2.7个百分点，低于全市平均8.8个百分点: each gap of the rate
            lender = rates[-1]
        lent = _growth_named(text, unit_kind, lender, segment)
        if unit_kind == "pp" and "占" in suffix:
            # …增长31.8%，占生产总值的比重提高1.3个百分点: the share moved, not the speed
            lent = without_absolute_change(lender.indicator)
        if unit_kind in ("count", "amount") and (change := BARE_CHANGE_RE.fullmatch(segment)):
            # 收入突破3万亿元，增加5232亿元; 年末个体户…，当年新增…: the year's, not the stock's
            return [STOCK_TIME_RE.sub("", lent) + bare_change(change)] * len(chain)
        if suffix in SHARE_WORDS and lent.endswith(SHARE_WORDS):
            suffix = ""  # 第三产业比重…，占比提高…: the share named once
        return [join_once(lent, tail, suffix)] * len(chain)
    if "分别" in segment and (listed := _listed_before(text, start, len(chain))):
        return listed  # A、B、C和D跃上新台阶，分别为…: each part its figure
    if "分别" in segment and (owner := previous_subject(text, start)):
        parts = parallel_parts(owner)  # A和B，分别增长8.3%和9.2%
        return parts if len(parts) == len(chain) else [owner] * len(chain)
    if owner := previous_rate_owner(text, start):
        if suffix and unit_kind == "pp":
            # 开票销售增幅…排名第二，高于常州全市平均水平5.12个百分点: the speed's gap
            return [owner + "增速" + suffix] * len(chain)
        return [owner] * len(chain)  # …生产总值增长速度…，“十一五”年均增长7.5%
    predicate = segment.strip("、的")
    if BARE_VERBS_RE.fullmatch(predicate) and (
        done := DONE_THING_RE.match(ahead(text, last.after))
    ):
        return [predicate + done.group(1)] * len(chain)  # 完成60吨污泥焚烧处置和…项目
    # Nothing but a predicate (完成全年投资计划的52.3%): the predicate names it.
    return [predicate] * len(chain)


#: A comparison with last year said the long way, before its 比 (与上年相|比增加).
LONG_COMPARISON_RE = patterns.compile(r"(?:与|和|同)((?:上年|去年)(?:同期|末)?)相$")
#: How a gap against other places opens a clause (高于全省…, 分别低于…).
COMPARISON_START_RE = patterns.compile(r"(?:分别)?(?:高于|低于|快于|慢于)")
#: A speed compared with places listed after it (增速分别高于全省、全市): whose speed is the
#: figure before's, like a bare 增速.
#: The verbs of a gap between two speeds (高于全省…增速), or a speed and its plan (超计划).
GAP_VERBS = ("高于", "低于", "快于", "慢于", "超计划", "超过计划", "超出计划", "超目标", "超过目标")
COMPARED_HEAD_RE = patterns.compile(
    r"(?:增速|增幅|增长速度)(?:均|都|分别)?(?:高于|低于|快于|慢于)[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+$"
)
#: A body named in quotes opening a list's first part (“一区六园”工业总产值).
QUOTED_LEAD_RE = patterns.compile(r"“[^“”]{2,10}”(?=[\u4e00-\u9fff]{2})")
#: A name that already says it is a rate: a change in points is of it as named.
RATE_NAME_END_RE = patterns.compile(r"(?:率|速|幅|比重|占比|份额|水平|指数)$")


def _changes(text: str, after: int) -> bool:
    """Whether the words right after ``after`` state a change (…，同比增长3.4%)."""
    words = text[after : after + 12]
    return bool(UP_RE.search(words) or DOWN_RE.search(words))


#: The speed a gap in points is of, opening its clause (增速|分别较1-2月…回落): the rate
#: before names it.
GAP_SPEED_RE = patterns.compile(r"^(?:增速|增幅|增长速度)(?=分别|比|较)")
#: A part listed alone in its own clause before a 分别 list's clause (五金、电料类，; an
#: industry of the national classification: 信息传输、软件和信息技术服务业，).
COMMA_LISTED_RE = patterns.compile(rf"[{HAN}、]{{2,20}}")


def _comma_listed(text: str, start: int, subject: str, count: int) -> list[str]:
    """The parts of a 分别 list written one a clause, commas between them, the head once
    after the last (其中，五金、电料类，通讯器材类，化工材料类商品销售额分别增长… →
    五金、电料类商品销售额, …): each clause before, back to its sentence's start or 其中,
    a short phrase without a figure ending as the others do; [] when they are not that."""
    opening = _sentence_start(text, start)
    before = text[opening : max(opening, start - 1)].strip()
    before = before.removeprefix("其中").lstrip("，,：: ")
    listed = [part.strip() for part in before.replace(",", "，").split("，")]
    if len(listed) != count - 1 or not all(COMMA_LISTED_RE.fullmatch(p) for p in listed):
        return []
    end = listed[0][-1]
    cut = subject.rfind(end, 0, len(subject) - 1)
    if cut < 1 or any(part[-1] != end for part in listed):
        return []
    head = subject[cut + 1 :]
    return [part + head for part in listed] + [subject]


#: A break between two clauses (…收入突破6000元，|达到6900元).
CLAUSE_BREAK_RE = patterns.compile(r"[，；,;]")


def _last_measures(text: str, sentence: list[Item], count: int) -> list[Item]:
    """The last ``count`` figures of the sentence, one per measure: a figure followed by
    another of the same measure in the same unit is left out, a from–to's first (游客接待量
    由939万人次提高到1441万人次，旅游总收入由68亿元提高到109亿元，年均分别增长9.2%、9.8%) or a
    threshold passed before the figure reached (…收入突破6000元，达到6900元，分别增长…)."""
    reached = [
        it
        for it, after in zip(sentence, [*sentence[1:], None], strict=True)
        if not (
            after is not None
            and after.indicator == it.indicator
            and unit_base(after.unit) == unit_base(it.unit)
            and (  # (not a list: 存贷款余额831亿元、406亿元; 34亿元、175亿元和62亿元)
                FROM_BEFORE_RE.search(text, max(0, it.start - 8), it.start)
                or CLAUSE_BREAK_RE.search(text, it.end, after.start)
            )
        )
    ]
    return reached[-count:] if len(reached) >= count else sentence[-count:]


def _growth_named(text: str, unit_kind: str, lent: Item, moved: str = "") -> str:
    """The name a figure before lends to a clause without a subject (``moved``, the
    clause's text): the figure's measure; for a change in points after a growth rate
    (存款余额增长8.4%，提高2.6个百分点) that measure's growth (存款余额增速), not the
    measure moving by points; after a decline, the decline's (降幅) when it narrows or
    widens, the growth rate's when that falls or rises (下降3.2%，比1-4月回落13.2个百分点)."""
    name = without_absolute_change(lent.indicator)
    owner, share, _ = name.partition("占")
    if unit_kind in ("count", "amount") and share and han_len(owner) >= 2:
        return owner  # 预备费按…的2%设置，安排1.2亿元: the sum is the part's, not its share
    if unit_kind == "rate" and kind_of_unit(lent.unit) == "rate" and name.endswith(SHARE_WORDS):
        # 建筑业增加值占比为12.5%，同比增长3.4%: the growth of the measure, not of its share
        measure = name[:-2]
        if han_len(measure) >= 2 and "占" not in measure and _changes(text, lent.end):
            return measure
    if unit_kind != "pp" or kind_of_unit(lent.unit) != "rate" or RATE_NAME_END_RE.search(name):
        return name
    words = text[clause_start(text, lent.start) : lent.start].rstrip("、，,")
    while words[-1:] in "0123456789.%、个和及" and words:
        words = words[:-1]  # 分别增长8.4%、|11.2%: the list's verb is before its first item
    if COMPLETED_BEFORE_RE.search(words):
        return name + "完成进度"  # 支出完成全年支出的67.5%，较上年同期提高0.2个百分点
    if UP_BEFORE_RE.search(words):
        return name + "增速"
    if DOWN_BEFORE_RE.search(words):
        return name + ("增速" if RATE_MOVED_RE.search(moved) else "降幅")
    return name


#: A growth rate's moves, which a decline's gap is not said to make (it 收窄 or 扩大).
RATE_MOVED_RE = patterns.compile("回落|回升|加快|放缓|减缓|趋缓|提高|提升")


#: A completion's cue right before its rate (完成全年支出的|67.5%, 为预算的|…): the points
#: after it move the completion.
COMPLETED_BEFORE_RE = patterns.compile(r"(?:完成[^，。；]{1,12}|为(?:年初|调整)?预算)的$")


#: Verbs that may follow the topic of a list's first item (行动|服务企业, 以旧换新|带动…).
TOPIC_VERBS_RE = patterns.compile(rf"(?:{VERB_ALTERNATION}|{'|'.join(EFFECT_VERBS)})")


def _topic_of(same_clause: list[Item], subject: str) -> str:
    """The doer the list's item before opens with, before its verb and outside quotes
    (“千企帮扶”行动|服务企业, 家电以旧换新|带动…销售), when the item after does another
    deed; "" when it opens with a verb, its words before the verb name no one, or both
    items do the same (县城新增人口…、新增旅居人口…: parallel scopes, not one doer).
    A noun the clause counted is read whole (帮扶单位: no verb inside it)."""
    indicator = same_clause[-1].indicator
    counted = [it.noun for it in same_clause if it.noun and indicator.startswith(it.noun)]
    quoted = False
    for pos, char in enumerate(indicator):
        if char in "“”":
            quoted = char == "“"
        elif (
            not quoted
            and pos >= max([2, *map(len, counted)])
            and (verb := TOPIC_VERBS_RE.match(indicator, pos))
        ):
            topic = indicator[:pos]
            if (
                2 <= han_len(topic) <= 12
                and verb.end() < len(indicator)
                and not subject.startswith(verb.group())
                and not LEADING_VERBS_RE.match(topic)
                and not VERB_END_RE.search(topic)
                and not NO_TOPIC_RE.match(topic)
                and not re.search(r"[0-9０-９、，的]", topic)
            ):
                return topic
            return ""
    return ""


def _predicate_alone(subject: str) -> bool:
    """A list item's words that are a verb and its object only (解决困难, 惠及群众)."""
    return bool(TOPIC_VERBS_RE.match(subject)) and 3 <= han_len(subject) <= 8


#: A gap against a place, the words after the place to the figure (低于|全省居民消费价格指数).
GAP_NAMING_RE = patterns.compile(r"[高低]于([^，。；、]{3,18})$")
#: How long a place before the measure named again may be (全省, 全国平均, 全市同期).
GAP_PLACE_MAX = 6


def _gap_naming_the_measure(segment: str, sentence: list[Item]) -> tuple[str, int] | None:
    """A gap of the figure before against a place that names that figure's measure
    again (居民消费价格上涨1.3%，低于全省居民消费价格指数0.2个百分点): the gap written
    without the repeat (低于全省) and how much of the segment it takes; None otherwise."""
    gap = GAP_NAMING_RE.search(segment)
    measure = sentence[-1].indicator[:2]
    if not gap or len(measure) < 2:
        return None
    words = gap.group(1)
    place = words.find(measure, 1, GAP_PLACE_MAX + 2)
    if place < 1:
        return None
    return segment[gap.start() : gap.start(1) + place], len(gap.group())


#: What is carried, and its turnover (客运量 → 旅客周转量): a bare 周转量 after it is its.
TRAFFIC_TURNOVER = {"客运量": "旅客周转量", "货运量": "货物周转量"}
TRAFFIC_RE = patterns.compile(r"(?:客运量|货运量)$")
#: The verb a 分别 list shares, ending its subject (…周转量|分别完成了|…).
RESPECTIVE_VERB_END_RE = patterns.compile(r"分别(?:完成|实现|达到|达)了?$")
#: A share, of the whole place or unsaid, after its measure (…增加值|占全市, 占全省比重, 占比).
SHARE_OF_PLACE_END_RE = patterns.compile(r"占(?:全[国省市区县州盟旗]的?)?(?:比重|比例|比)?$")
#: An industry named alone (建筑业, 批发业, 住宿和餐饮业): a noun, whatever it opens with
#: (not firms, jobs or studies: 培育…企业, 带动就业, 创业, 毕业).
INDUSTRY_RE = patterns.compile(rf"[{HAN}]{{1,6}}(?<![企就创毕职作])业")


#: A stock named alone after a flow of things (…5531家、总量|1.34万家).
STOCK_WORDS = frozenset(("总量", "总数", "存量"))


def shared_verb(before: Item, subject: str, unit_kind: str, unit: str = "") -> str:
    """A list item's subject with the verb its list shares (取消行政许可事项42项、
    中介服务事项87项 → 取消中介服务事项), for counts and amounts of things, and for
    people counted after people (新上榜中国好人1名、江苏好人4名 → 新上榜江苏好人)."""
    verb = LEADING_VERBS_RE.match(MANNER_RE.sub("", before.indicator)) or PRODUCED_RE.match(
        before.indicator
    )  # 依法处置A…、B…; 生产原油…、天然气…
    if (
        not verb
        or INDUSTRY_RE.fullmatch(before.indicator)  # 建筑业56家、批发业…: no verb 建 in it
        or verb.group() == "新增"  # a flow: 新增床位800张、老年餐桌30个 are named as the things
        # 接待游客…、旅游花费: a verb that takes people, unless people are counted again
        or (unit_base(before.unit) in ("人", "人次", "名") and unit_base(unit) not in PERSON_UNITS)
        or SHARED_HEAD_RE.search(subject)  # 建成机架…、算力规模: a measure, not a thing built
        or subject in GENERIC_AMOUNT_NAMES  # 审结案件…、标的额…: the things' amount, no deed
        or PIVOT_RE.match(subject)
        or subject.startswith(OWN_USE_VERBS)  # 引进省外资金…、利用外资…: a verb of its own
        or subject[:2] in FLOW_SIBLINGS  # 出栏生猪…、存栏…: the other side, a verb of its own
        or {kind_of_unit(before.unit), unit_kind} - {"count", "amount"}
        or LEADING_VERBS_RE.match(subject)
        or FRAME_HEAD_RE.match(subject)
        or han_len(subject) < 2
        and len(subject) != 1  # but a one-character thing (、羊15万只)
    ):
        return subject
    if subject in STOCK_WORDS:
        # 新认定高新技术企业5531家、总量达到1.34万家: the stock of the things, not a deed
        return leading_verbs_stripped(before.indicator) + subject
    head = next((w for w in LENT_HEADS if before.indicator.endswith(w)), "")
    if head and han_len(subject) <= 4 and not subject.endswith(head):
        subject += head  # 淘汰落后产能9000万吨、水泥2.3亿吨: the list's head too
    return verb.group() + subject


#: Verbs of using or drawing in money that a list item opens with itself (利用外资).
OWN_USE_VERBS = ("利用", "实际利用", "使用", "争取", "吸引", "招引", "募集")
#: Verbs a list item opens with itself that the verb lexicon leaves out (a light verb
#: stripped from the name, or one that is also a noun): the item before lends it none
#: (完成投资…、实现产值… is no 完成产值; 受理案件…、调解纠纷…; 培训农民…、转移劳动力…).
OWN_DEED_VERBS = ("实现", "调解", "化解", "转移", "处置", "处理", "解决", "帮扶", "救助")
#: A verb of producing or trading that opens a list's first item (生产原油…、天然气…).
PRODUCED_RE = patterns.compile(
    r"(?:生产|产出|销售|出口|进口|出栏|存栏|收购)(?!总值|总额|额|量|率)"
)  # 出栏肉牛…、羊…: a herd's flow, each animal its own
#: Heads a list's first item writes once for all (淘汰落后炼钢产能…、水泥…).
LENT_HEADS = ("产能", "能力")


#: A period or 总 before a measure (年度产量, 全年收入, 总产量): its owner is still needed.
TIME_WORD_RE = patterns.compile(r"年度|全年|当年|年末|年底|年均|总")


#: A share or an excess over plan, said of the figure listed before it.
OF_THE_ONE_BEFORE_RE = patterns.compile(
    r"^(?:占|超(?:出|过)?(?:年度|全年|序时)?(?:计划|目标|任务|进度))"
)


#: Kinds of public revenue written before 收入 (财政收入, 税收收入): no owner of what follows.
REVENUE_KINDS = frozenset(("财政", "税收", "非税", "一般公共预算", "公共财政预算", "地方财政"))


def shared_owner(before: str, subject: str, counted: bool = False) -> str:
    """A list item named by a measure alone takes the owner of the one before
    (市属企业营收增长5.9%、利润增长5.5% → 市属企业利润), or the things the one before
    counted (``counted``: 企业达320家、营收增长6% → 企业营收)."""
    if owner := vital_rate_owner(before, subject):
        return owner + subject  # 户籍人口出生率…、自然增长率…
    if OF_THE_ONE_BEFORE_RE.match(subject) and han_len(before) >= 2 and "占" not in before:
        # …总产值增长6.5%、占规上工业总产值比重45%; 完成投资…、超年度计划28%: the same figure's
        return before + subject
    head = SHARED_HEAD_RE.search(before, 1)
    if (
        head
        and SHARED_HEAD_RE.fullmatch(subject)
        and han_len(before[: head.start()]) >= 2
        and not LEADING_VERBS_RE.fullmatch(before[: head.start()])  # 完成投资…、产值…: a verb
        # 财政收入…、零售额…: no 财政's sales (一般公共预算收入…、支出…: its spending)
        and (before[: head.start()] not in REVENUE_KINDS or subject in ("收入", "支出"))
    ):
        owner = before[: head.start()]
        if subject.startswith(("产量", "总产", "产值", "单产")):
            owner = HARVEST_MODIFIER_RE.sub("", owner)  # 棉花种植面积和产量: 棉花产量
        return owner + subject
    if len(subject) == 2 and (k := before.find(subject)) >= 2 and 1 <= len(before) - k - 2 <= 4:
        return before[:k] + subject  # 风电装机容量…、装机占比超40%: the same words' owner
    if subject in ("周转量", *TRAFFIC_TURNOVER.values()) and (carried := TRAFFIC_RE.search(before)):
        # 公路货运量…和周转量…, 水路货运量和货物周转量…: the same road's goods, in tonne-kilometres
        return before[: carried.start()] + TRAFFIC_TURNOVER[carried.group()]
    if (sibling := FLOW_SIBLINGS.get(subject[:2], "")) and (k := before.find(sibling)) >= 2:
        return before[:k] + subject  # 生猪出栏率95%、存栏3万头: the same herd's stock
    if sibling and k == 0 and len(subject) == 2 and 1 <= han_len(herd := before[2:]) <= 6:
        return herd + subject  # 出栏生猪56万头，…存栏32万头: the same herd's stock
    if (
        len(subject) == 2
        and subject[-1] in "耗"
        and before[-1:] == subject[-1]
        and len(before) >= 4
    ):
        return before[:-2] + subject  # 万元GDP电耗下降3%、气耗下降5%: the same intensity's
    own = SHARED_HEAD_RE.search(subject)
    if not own or han_len(subject[: own.start()]) > 2:
        return subject
    if (
        head
        and TIME_WORD_RE.fullmatch(subject[: own.start()])
        and han_len(before[: head.start()]) >= 2
    ):
        # 粮食播种面积…、年度产量突破…: 粮食年度产量, the owner without the sibling's own words
        owner = before[: head.start()]
        shared = SHARED_MODIFIER_RE.search(owner, 2)
        return owner[: shared.start() if shared else len(owner)] + subject
    if (
        (subject[: own.start()] in ("", "总") or TIME_WORD_RE.fullmatch(subject[: own.start()]))
        and not head
        and counted
        and han_len(before) >= 4
    ):
        # 规上工业企业达7.6万家、增加值增长3%: the measure of the things just counted.
        return leading_verbs_stripped(before) + subject
    if own.start() > 0 and (k := before.find(subject[: own.start()])) >= 2:
        # 风电装机容量…、装机占比超40%: the owner written before the same words.
        return before[:k] + subject
    return subject
