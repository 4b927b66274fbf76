"""The ordered chain of rules that names a list of figures (``chain_indicators``).

The clause's own reading (``clauses``) comes first; where it gave only a bare
measure (投资, 利润, 办结率), each rule here is tried in turn to join it to its
owner: the words, the clause, the sentence or the body before it, the counted
things, the deed, the purpose.  Each rule is tried where the ones before it have
found nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportpress import patterns
from reportpress.metrics.counted import (
    GIFT_NOUNS,
    NOUN_AFTER_RE,
    OUTCOMES,
)
from reportpress.metrics.indicators.check import weakness
from reportpress.metrics.indicators.clauses import (
    BUDGET_FIGURE_END_RE,
    _clause_indicators,
    _doing_stripped,
    _kinds_head,
    _owner_and_amount,
    _thing_after,
    _without_counts,
)
from reportpress.metrics.indicators.context import (
    ALLOCATION_VERBS,
    BARE_SPEEDS,
    DOER_RE,
    DOWN_BEFORE_RE,
    EFFECT_VERBS,
    FLOW_WORDS_RE,
    GENERIC_HEADS,
    LIST_JOINS,
    NEW_WORDS,
    NO_TOPIC_RE,
    OWNER_AFTER_RE,
    PART_END_RE,
    PLACES_RE,
    SHARE_WORDS,
    SIBLINGS,
    UP_BEFORE_RE,
    _last_after,
    _latest,
    _outside_notes,
    _sentence_before_start,
    _sentence_start,
    among_parts,
    in_closed_note,
)
from reportpress.metrics.indicators.lists import (
    HANDLING_RATE,
    INDUSTRY_NAME_RE,
    MEASURED_END_RE,
    MIDDLE_WORD_STARTS,
    PART_MEASURE_RE,
    PERIOD_LEAD_RE,
    crop_measure,
    deed_kept_once,
)
from reportpress.metrics.lexicon import (
    DEMAND_ALONE,
    DIGIT_RE,
    FLOW_SIBLINGS,
    HAN,
    HAN_LETTER,
    HAN_ONLY_RE,
    PERSON_UNITS,
    PULL_VERBS,
    UP_WORDS,
    VERB_ALTERNATION,
)
from reportpress.metrics.names import (
    HARVEST_CHANGES,
    HARVEST_MODIFIER_RE,
    LIST_JOIN_RE,
    MEASURE_HEADS,
    SHARED_HEAD_RE,
    TERRITORY_MEASURE_RE,
    han_len,
    head_owner,
    join_once,
    leading_verbs_stripped,
    light_stripped,
    part_head,
    tidy,
    visible_len,
    vital_rate_owner,
    without_absolute_change,
)
from reportpress.metrics.scan import (
    WINDOW,
    Item,
    ahead,
    clause_end,
    clause_start,
    kind_of_unit,
    unit_base,
)
from reportpress.metrics.subjects import (
    BARE_VERBS_RE,
    EQUALLED_CUT_RE,
    FRAME_HEAD_RE,
    GENERIC_AMOUNTS,
    MANNER_RE,
    PIVOT_RE,
    TOPIC_CUT_RE,
    TOPIC_END_RE,
    VERB_END_RE,
    VERB_START_RE,
    clause_subject,
    next_object,
    previous_object,
    project_named_alone,
    trim_prefix,
)

#: Other attributes listed after an amount, before the 的 of the thing both belong to
#: (投资1.29亿元|、年养殖蛋鸭100万只|的佰牧农业蛋鸭养殖项目).
OTHER_ATTRIBUTES_RE = patterns.compile(r"(?:、[^，。；,;、的]{2,20}(?=[、的]))*")
#: What the thing such attributes belong to is (…的佰牧农业蛋鸭养殖|项目).
PROJECT_HEAD_END_RE = patterns.compile(r"(?:项目|工程|基地|园区|产业园|物流园|工业园)$")
#: The verb that allocated money, at the end of its name (直达资金累计|下达).
ALLOCATED_END_RE = patterns.compile(rf"(?:累计|共|已)?(?:{'|'.join(ALLOCATION_VERBS)})$")
#: A plan's word closing the owner a figure before lends, and the deed a figure after
#: opens with (计划投资…，完成投资…): the plan is no part of what was done.
PLAN_TAIL_RE = patterns.compile(r"(?:年度|全年)?(?:计划|预计|拟)$")
DONE_WORDS = ("完成", "实际", "实现")


def chain_indicators(text: str, chain: list[Item], earlier: list[Item]) -> list[str]:
    """The indicator of each figure of a list, tidied, and named by what follows
    when the clause gave only a generic word (投资3亿元的滨河公园改造工程)."""
    names = [tidy(name) for name in _clause_indicators(text, chain, earlier)]
    after = text[chain[-1].after : chain[-1].after + WINDOW]
    gap = OTHER_ATTRIBUTES_RE.match(after).end()  # (投资1亿元、年产…的|…项目)
    owned = after[gap:]
    if (
        kind_of_unit(chain[-1].unit) == "amount"
        and (
            m := owned[:1] == "的"
            and (LISTED_PROJECT_AFTER_RE.match(owned) or OWNER_AFTER_RE.match(owned))
        )
        and (not gap or PROJECT_HEAD_END_RE.search(m.group(1)))  # (、…道路的|建设任务)
        and m.group(1)[-1:] not in "上里"  # (60平方公里的大地上: where, not whose)
    ):
        # (…，360万千瓦的太阳能资源: a clause opening with the figure is named by its owner
        # and no more of the name lent to it than a generic amount: …，2亿元的…工程 → …工程投资)
        bare = not text[clause_start(text, chain[0].start) : chain[0].start].strip()
        names = [
            m.group(1) + next((w for w in GENERIC_AMOUNTS if name.endswith(w)), "")
            if bare
            else _owner_and_amount(m.group(1), name)
            if han_len(name) <= 4 or name.endswith(GENERIC_AMOUNTS)
            else name
            for name in names
        ]
    comma = after[:1] in "，,"
    if not comma and WORK_AFTER_RE.match(after) and any(after.startswith(n) for n in names):
        # 投入资金3亿元建设城北物流园: the deed after the sum named it; the sum is the clause's
        own = clause_subject(text, clause_start(text, chain[0].start), chain[0].start)
        if _bare_amount(text, chain[0], own):
            for item in chain:
                item.noun = ""  # the deed is no noun of the sum: the count after reads it
            names = [own if after.startswith(name) else name for name in names]
    if (
        kind_of_unit(chain[-1].unit) == "amount"
        and (comma or WORK_AFTER_RE.match(after))  # 投入资金800万元完成各类道路工程…
        and all(_bare_amount(text, chain[0], name) for name in names)
        and (
            thing := next_object(text, chain[-1].after + comma)
            or next_object(_without_counts(text, chain[-1].after + comma), 0).lstrip("、的")
        )
        and not thing.endswith("的")  # 支出620亿元，完成预算的89%: a completion, no object
        # 计划投资93.68亿元，完成投资44.24亿元: a sibling figure's measure, no object
        and not any(name.endswith(thing) for name in names)
    ):
        names = [thing + name for name in names]  # 投资1亿元，启动实施水厂改扩建工程
    if kind_of_unit(chain[-1].unit) == "amount" and (use := _use_after(text, chain[-1], names)):
        names = use  # 安排30亿元国债资金，重点支持煤矿瓦斯治理: what the money is for
    elif (
        kind_of_unit(chain[-1].unit) == "amount"
        and all(name.endswith(ALLOCATION_VERBS) for name in names)
        and (done := DONE_TO_AFTER_RE.match(text, chain[-1].after))
        and han_len(done.group(1) + done.group(2)) <= 20
    ):
        # 国家财政将投入200亿元，对乡镇卫生院…进行改造: the money is for that work
        names = [f"{done.group(1)}{done.group(2)}资金"] * len(names)
    if min(map(han_len, names), default=2) < 2 and (thing := _thing_after(after)):
        names = [thing if han_len(name) < 2 else name for name in names]
    if (
        (not names or names[0].endswith("类"))
        and all(n.endswith("类") and han_len(n) <= 8 for n in names)
        and (head := _kinds_head(text, chain[0].start, earlier))
    ):
        names = [name + head for name in names]  # 项目105个，其中，工业类3个: 工业类项目
    clause = text[clause_start(text, chain[0].start) : chain[0].start]
    if (
        len(chain) == 2
        and names[0] == names[1]
        and (pair := PAIR_WORD_RE.search(names[0]))
        and (pair.group() == "城乡" or "分别" in clause and not re.search("[、和]", clause))
    ):
        # 城乡低保标准分别提高26.7%、27%; 存贷款余额分别达…: the pair the list walks through.
        first, second = PAIR_WORDS[pair.group()]
        names = [
            names[0].replace(pair.group(), first, 1),
            names[1].replace(pair.group(), second, 1),
        ]
    elif (
        len(chain) == 2
        and names[0] == names[1]
        and "分别" in clause
        and (
            said := URBAN_RURAL_SAID_RE.search(
                text, _sentence_start(text, chain[0].start), clause_start(text, chain[0].start)
            )
        )
        and said.group(1) not in names[0]
    ):
        # 发放城乡低保金3.6亿元，月人均保障水平分别达到820元和650元: the town's and the
        # country's, of the thing the sentence said both have
        first, second = PAIR_WORDS["城乡"]
        names = [side + said.group(1) + names[0] for side in (first, second)]
    if chain[-1].unit == "条" and (package := _policy_package(text, chain[0], chain[-1])):
        names = [package] * len(names)
    amount = kind_of_unit(chain[-1].unit) == "amount"
    names = [_owned_by_words_before(text, chain[0], name, earlier, amount) for name in names]
    names = _per_head_owned(text, chain, names)
    names = [
        _owned_in_context(text, chain[0], item, name, earlier)
        for item, name in zip(chain, names, strict=True)
    ]
    segment = text[clause_start(text, chain[0].start) : chain[0].start]
    if PER_DAY_RE.search(segment) and (
        per := next((word for word in PER_DAY_WORDS if word in segment), "")
    ):
        # 平均每天新增620户: a figure per day or month is no total; the name says so.
        names = [name if per in name else per + name for name in names]
    if len(names) > 1 and (spread := PERIOD_RANGE_RE.match(names[0])):
        names = _periods_spread(spread, names)  # 一至四季度同比分别增长…: each quarter's
    if not all(names):  # never an empty name: the clause's own words after the figure
        after = text[chain[-1].after : clause_end(text, chain[-1].after)]
        rest = tidy(re.split(r"位?居|排名|[、（(]", after)[0])[:24]
        names = [name or rest for name in names]
    return names


#: A range of quarters or months opening a list's name (一至四季度, 1-6月), its figures
#: one per period (…分别增长5.0%、32.0%、34.5%、30.4%).
PERIOD_RANGE_RE = patterns.compile(
    r"([一二三四1-4])(?:至|到|-|—|－|~)([一二三四1-4])季度|([0-9]{1,2})(?:至|到|-|—|－|~)([0-9]{1,2})月份?"
)
QUARTER_NUMBERS = "一二三四"


def _periods_spread(spread: re.Match[str], names: list[str]) -> list[str]:
    """The names of a list whose figures are one per period of the range its name opens
    with (一至四季度同比分别增长… → 一季度…, 二季度…), when the range has as many periods as the
    list has figures and all share the name; else the names as they were."""
    if len(set(names)) != 1:
        return names
    rest = names[0][spread.end() :]
    if spread.group(1):
        first, last = (
            QUARTER_NUMBERS.find(g) if g in QUARTER_NUMBERS else int(g) - 1
            for g in spread.group(1, 2)
        )
        periods = [f"{QUARTER_NUMBERS[k]}季度" for k in range(first, last + 1)]
    else:
        first, last = int(spread.group(3)), int(spread.group(4))
        periods = [f"{k}月" for k in range(first, last + 1)]
    return [period + rest for period in periods] if len(periods) == len(names) else names


#: A verb issuing policies that opens the clause of a package counted in 条 (印发…18条).
ISSUED_RE = patterns.compile(r"(?:先后|相继|陆续|制定)?(?:印发|出台|制定|发布|推出)(?:实施)?")
#: What a package's aim is written with: Han letters and quotes, no figure, no 的.
AIM_RE = patterns.compile(rf"(?:{HAN_LETTER}|[“”]){{2,16}}")
#: Heads that name a package themselves (…政策措施33条, 地方性法规12条).
PACKAGE_HEADS = ("政策", "措施", "举措", "意见", "办法", "规定", "条例", "法规", "条款", "细则")


#: What closes a list of policy packages after its last count (…8条|等政策).
PACKAGES_AFTER = ("等政策", "等措施", "等举措", "等文件", "等政策措施")


def _policy_package(text: str, first: Item, last: Item) -> str:
    """A package of policy articles named by its aim with the count last (印发促消费18条、
    支持外贸稳规模12条 → 促消费政策措施): the articles are policy measures; "" when the
    words say what they are (…政策措施33条) or no issuing verb opens the clause."""
    listed_end = text[last.after : last.after + 1] in ("", "、", "，", "。", "；", ",", ";", "和")
    if not listed_end and not text.startswith(PACKAGES_AFTER, last.after):
        return ""  # 出台稳就业15条、促消费8条等政策: 等 closes the list of packages
    clause = MANNER_RE.sub("", text[clause_start(text, first.start) : first.start])
    if not (issued := ISSUED_RE.match(clause)):
        return ""
    aim = clause[max(issued.end(), clause.rfind("、") + 1) :]
    if not AIM_RE.fullmatch(aim) or aim.endswith(PACKAGE_HEADS):
        return ""
    return aim + "政策措施"


def _owned_by_words_before(
    text: str, first: Item, name: str, earlier: list[Item], amount: bool
) -> str:
    """The rules that give a name the owner, body or context the words before its list
    name, in their order (each reads only the text and the figures before: a name at a
    time, all rules, is the same as a rule at a time, all names)."""
    name = _strengthened(text, first, name)
    name = _owned_by_clause_before(text, first, name, earlier)
    if name[-1:] in "润税金入收额值":
        name = _firms_across_semicolon(text, first, name, earlier)
    name = _owned_by_body_before(text, first, name, earlier)
    name = _firm_of_sentences_before(text, first, name)
    if name in FEATURE_MEASURES:
        name = _feature_named_before(text, first, name)
    name = _lent_by_context(text, first, name, earlier)
    return _purpose_before(text, first, name) if amount else name


def _owned_in_context(text: str, first: Item, item: Item, name: str, earlier: list[Item]) -> str:
    """The rules that make a name whole from its sentence, once per-head names have their
    owner, in their order: a raise, a ranking, a flow, the people reached or solved, the
    insured, the sentence's owner, a short name's owner."""
    name = _per_head_raise(text, first, name)
    name = _ranking_owned(text, first, name)
    name = _rank_moved(text, first, name, earlier)
    name = _part_of_flow(text, first, name, earlier)
    name = _owner_of_the_same_word(text, first, name, earlier)
    name = _people_reached(text, item, name)
    name = _people_solved(text, item, name)
    name = _insured_by(text, first, name)
    name = _owned_in_sentence(text, first, name, earlier)
    name = _part_of_group_named_before(text, first, name)
    if name in SCHOOL_STAGES:
        name = _school_stage(text, first, name, earlier)
    elif 2 <= han_len(name) <= 4 and unit_base(first.unit) in PEOPLE_UNITS:
        name = _people_of_places(text, first, name, earlier)
    if "参" in name or "观" in name or "签约" in name:  # the words the rule needs
        name = _entrants_of_event(text, first, name)
    if name[:2] in ("获得", "争取", "获取", "取得"):
        name = _obtained_by_counted(text, first, name, earlier)
    if name[:2] in REACH_STARTS:
        name = _reached_by_deed_before(text, first, name, earlier)
    return _short_name_owned(text, first, name) if len(name) <= 4 else name


#: A plan's or a budget's sum (年度投资计划, 收入预算): what is done is not its own.
PLAN_END_RE = patterns.compile(r"(?:计划|预算|目标)(?:数|额)?$")
#: A sum of stuff named by its noun and a total (资产总额, 存款余额): what each part of it
#: listed after 其中 by a body or a sector is (其中：水利部门210亿元 → 水利部门资产总额).
SUM_MEASURE_RE = patterns.compile(r"[\u4e00-\u9fff]{2}(?:总额|总量|余额)$")
#: A note in brackets inside a whole's name (卫生机构（含各类门诊）).
BRACKET_NOTE_RE = patterns.compile(r"（[^（）]{1,30}）|\([^()]{1,30}\)")
#: What carriers and ports move, measured (旅客吞吐量, 货物周转量, 集装箱吞吐量), which a
#: carrier or a port listed as a part moves its share of.
TRAFFIC_MEASURE_RE = patterns.compile(
    r"(?:旅客|货物|外贸货物|集装箱|货邮)?(?:吞吐量|周转量)$|(?:客|货)运量$"
    r"|(?:发送|运送|输送)旅客$|旅客(?:发送|运输|到发)量$"
)
#: What a count of market entities counts, at its name's end (私营企业, 个体工商户).
ENTITIES = ("企业", "工商户", "合作社", "主体", "机构", "单位", "公司")
#: An entity named first after 其中 (私营企业…): the parts after it are entities too.
ENTITY_PART_RE = patterns.compile(rf"[\u4e00-\u9fff]{{1,6}}?(?:{'|'.join(ENTITIES)})")
#: A whole counted as new (新登记市场主体), whose parts after 其中 are new too.
NEW_FLOW_RE = patterns.compile(rf"(?:{NEW_WORDS})(?=[\u4e00-\u9fff]{{2}})")
#: A sentence opening with 其中: its parts are of a whole the sentence before gave.
AMONG_OPENS_RE = patterns.compile(r"\s*其中[，,：:]?")
#: A sum's word at a measure's end (收入|合计).
SUM_END_RE = patterns.compile(r"(?:合计|总计|小计|共计)$")
#: A school's counts of the year, and the name each is read as (招生800人，在校2400人).
#: Levels of school a count of pupils or teachers is parted by (其中小学5.5万人、初中…).
SCHOOL_LEVELS = frozenset(
    "小学 初中 高中 普通高中 中职 中等职业学校 中等职业教育 幼儿园 学前教育 特殊教育 普通本专科".split()
)
#: Pupils or teachers counted (…在校生, 招生, 专任教师), what a level's part of them is.
PUPILS_END_RE = patterns.compile(r"(?:在校生|在校学生|在园幼儿|学生|招生|毕业生|专任教师|教职工)$")
SCHOOL_STAGES = {
    "招生": "招生",
    "在校": "在校生",
    "在校生": "在校生",
    "毕业": "毕业生",
    "毕业生": "毕业生",
    "在园": "在园幼儿",
    "在园幼儿": "在园幼儿",
    "在校学生": "在校学生",
    "专任教师": "专任教师",
    "教职工": "教职工",
}
SCHOOL_STAGE_END_RE = patterns.compile(
    r"(?:招生|招收(?:学生|新生|残疾(?:儿童|学生|少年)?)|在校(?:学生|生)?|毕业生?|在园(?:幼儿)?|专任教师"
    r"|教职工)$"
)
#: The schools a count names (普通高中12所): the stages counted after it are theirs.
SCHOOLS_RE = patterns.compile(
    r"(?:学校|中学|小学|高中|初中|幼儿园|院校|高校|大学|学院|技校|职业中学)$"
)


#: A verb of having inside a count's name (高中阶段共有学校): no part of the schools' name.
HAVE_INSIDE_RE = patterns.compile("(?<=.)(?:共有|现有|拥有)(?=.)")


def _school_stage(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A stage of a school's counts named alone after another of the same schools, or
    after the count of the schools (职业高中招生800人，在校2400人 → 职业高中在校生;
    普通高中12所，招生0.8万人 → 普通高中招生); a change of the count is the same schools'
    (普通高中12所，比上年增加1所，招生…) (the sentences after: :func:`..lists.schools_students`)."""
    befores = _latest(earlier, _sentence_start(text, first.start))
    for before in reversed(befores[-3:]):
        named = without_absolute_change(before.indicator)  # (…，比上年减少412所: the same)
        named = HAVE_INSIDE_RE.sub("", named)  # (高中阶段共有学校: 高中阶段学校)
        if stage := SCHOOL_STAGE_END_RE.search(named):
            school = named[: stage.start()]
        elif kind_of_unit(before.unit) == "count" and SCHOOLS_RE.search(named):
            school = named  # (新建学校3所，招生…: the new schools')
        else:
            break
        if 2 <= han_len(school) <= 10:
            return school + SCHOOL_STAGES[name]
        break
    return name


def _people_of_places(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A group of people named alone after a count of places in the same sentence, at most
    two figures between, is theirs (养老机构120家，床位1.2万张，入住老人8000人 →
    养老机构入住老人)."""
    if PEOPLE_NOUN_END_RE.search(name) is None and not name.endswith(
        ("老人", "幼儿", "病人", "患者")
    ):
        return name
    for before in reversed(_latest(earlier, _sentence_start(text, first.start))[-3:]):
        if kind_of_unit(before.unit) == "count" and PLACES_RE.search(before.indicator):
            places = leading_verbs_stripped(before.indicator)
            return places + name if 2 <= han_len(places) <= 10 else name
    return name


#: A group named alone in a clause before its parts (教师中，|高级职称420人), and how many
#: clauses of parts may stand between.
GROUP_CLAUSE_RE = patterns.compile(r"([\u4e00-\u9fff]{2,8})中")
GROUP_CLAUSES = 4
#: The end of a name that says who the people are already.
PEOPLE_NOUN_END_RE = patterns.compile(
    r"(?:人员|职工|人口|学生|教师|干部|群众|居民|农民|儿童|老人)$"
)


def _part_of_group_named_before(text: str, first: Item, name: str) -> str:
    """A part of people named after a clause that names only their group (专任教师…，教师中，
    高级职称420人 → 高级职称教师; 户籍人口中，男性…万人 → 男性户籍人口)."""
    if unit_base(first.unit) not in PEOPLE_UNITS or not 2 <= han_len(name) <= 8:
        return name
    if PEOPLE_NOUN_END_RE.search(name) or name.endswith(OCCUPATIONS):
        return name  # 参保人员中，退休人员1万人; 卫生技术人员中，注册护士…: people named as people
    start = clause_start(text, first.start)
    for _ in range(GROUP_CLAUSES):  # back over the parts listed before (男性27万人，女性…；…)
        if start < 2 or text[start - 1] not in "，,；;":
            return name
        before = clause_start(text, start - 1)
        if group := GROUP_CLAUSE_RE.fullmatch(text, before, start - 1):
            people = group.group(1)
            if people[:1] == "在" and people[1:2] not in "校职岗读册":
                people = people[1:]  # 在外出农民工中，…: the group, without the 在 (在校生中: kept)
            people = GROUP_MEASURE_END_RE.sub("", people) or people  # 农民工总量中: 农民工
            # (在外出农民工中，进城农民工…: a part named with the group's noun already)
            return name if people in name or name[-2:] == people[-2:] else name + people
        if not DIGIT_RE.search(text, before, start - 1):
            return name
        start = before
    return name


#: Occupations a part of a staff is named by (执业医师, 注册护士).
OCCUPATIONS = ("医师", "药师", "技师", "律师", "医生", "护士")
#: A group's measure after its noun (农民工总量中, 常住人口总数中): the group is the noun.
GROUP_MEASURE_END_RE = patterns.compile(r"(?:总量|总数|人数|规模)$")


#: Verbs of reach that open a clause of the people or firms a deed before reached.
REACH_STARTS = ("惠及", "受益", "覆盖")


def _reached_by_deed_before(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """Those reached, counted in a clause that opens with the verb of reach, are reached by
    the sum whose figure ends the clause before (减税降费4.6亿元，惠及市场主体2.3万户 →
    减税降费惠及市场主体), not by anything at all; after a count (…活动1200场，惠及市民…)
    the answer key keeps the bare 惠及市民, and so does this rule."""
    start = clause_start(text, first.start)
    if kind_of_unit(first.unit) != "count" or not text.startswith(name[:2], start):
        return name  # a share reached (惠及90%的在校生) is of a whole the rule does not read
    if start < 2 or text[start - 1] not in "，,":
        return name
    prev = _last_after(earlier, _sentence_start(text, first.start))
    if (
        not prev
        or kind_of_unit(prev.unit) != "amount"  # money spent reaches them; events counted
        or prev.end > start
        or start - 1 - prev.end > 2  # the figure ends the clause before (约, 以上 at most)
        or not 2 <= han_len(deed := prev.indicator) <= 10
        or re.search(r"[、的]", deed)
        or deed[:2] in REACH_STARTS
    ):
        return name
    return deed + name


#: Verbs of obtaining a sum (获得授信, 争取到贷款): the sum is of whoever obtained it.
OBTAINED_RE = patterns.compile(rf"(?:获得|争取到|获取|取得)[{HAN}]{{1,4}}")


def _obtained_by_counted(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A sum obtained, named by the deed only, is of the things the count just before
    names (引导27家外贸企业获得授信3.6亿元 → 外贸企业获得授信), not every firm's."""
    if not OBTAINED_RE.fullmatch(name):
        return name
    prev = _last_after(earlier, clause_start(text, first.start))
    if (
        not prev
        or kind_of_unit(prev.unit) != "count"
        or not prev.noun
        or text[prev.after : first.start] != prev.noun + name
    ):
        return name
    return prev.noun + name


#: Those who take part, named with what they do (企业参展, 观众参观).
ENTRANTS_RE = patterns.compile(rf"([{HAN}]{{1,4}}?)(参展|参会|参赛|参演|参观|观展|观赛)")
#: An event the sentence names before its entrants are counted (第五届…博览会，吸引…).
EVENT_RE = patterns.compile(
    rf"((?:第[一二三四五六七八九十百0-9０-９]{{1,4}}届)?(?:{HAN_LETTER}|[“”·《》0-9０-９]){{2,24}}?"
    r"(?:(?<![社机都协学工])会|(?<![发进拓开扩伸施])展|(?<![环季春时礼])节|赛|论坛))"
    r"(?=[，,]|吸引|期间|共有|有)"
)
HOSTING_RE = patterns.compile(r"(?:成功)?(?:举办|承办|召开|主办|举行)")


#: What is signed at an event, named without it (现场签约项目, 签约金额).
SIGNED_RE = patterns.compile(r"(?:现场)?(签约(?:项目|金额|总金额|总额|投资|资金))")


def _entrants_of_event(text: str, first: Item, name: str) -> str:
    """Entrants counted without their event (419家企业参展), or what was signed there
    (签约金额), are the event's: the one the sentence names before them (第五届农产品
    博览会，吸引…企业参展 → 第五届农产品博览会参展企业; …招商会，签约金额… →
    …招商会签约金额), not every firm at any fair nor the year's signed investment."""
    who = ENTRANTS_RE.fullmatch(name)
    signed = None if who else SIGNED_RE.fullmatch(name)
    if not (who or signed):
        return name
    start = _sentence_start(text, first.start)
    cut = max(text.rfind("；", start, first.start), text.rfind("\n", start, first.start))
    if not (event := EVENT_RE.search(text, max(start, cut + 1), first.start)):
        return name
    held = HOSTING_RE.split(event.group(1))[-1]
    if han_len(held) < 4:
        return name
    return f"{held}{who.group(2)}{who.group(1)}" if who else held + signed.group(1)


#: Verbs of help or of a flow before a count whose noun is one generic word: the count
#: is of the ones helped or added (累计支持近2000家|企业, 净增经营主体…、企业14万家).
HELPED_VERBS = "支持|扶持|帮助|帮扶|引导|带动|吸引|培育|服务|走访|指导|净增|新增"
HELPED_BEFORE_RE = patterns.compile(rf"({HELPED_VERBS})$")
HELPED_LIST_RE = patterns.compile(rf"^(?:累计|全年|今年|共)?({HELPED_VERBS})[^，。；]{{2,30}}、")


def _helped(text: str, first: Item, name: str) -> str:
    """A count named by one generic word (企业, 项目) after a verb of help or a flow
    that the name left out (支持2000家企业 → 支持企业); the same verb for the next item of
    a list (净增经营主体…、企业… → 净增企业)."""
    if name[:1] in "新净" or not HAN_ONLY_RE.fullmatch(name) or re.fullmatch(HELPED_VERBS, name):
        return name
    segment = text[clause_start(text, first.start) : first.start]
    if segment.endswith("、" + name):
        helped = HELPED_LIST_RE.match(segment)
    else:
        helped = HELPED_BEFORE_RE.search(segment)
    return helped.group(1) + name if helped else name


def _short_name_owned(text: str, first: Item, name: str) -> str:
    """A name of one or two words that says only what sort of thing it is (增速, 救助,
    企业) given the owner its clause or the text before writes, decided by the name
    first so that the common case reads nothing (names of at most four characters)."""
    if name in BARE_SPEEDS:
        return _speed_of_the_economy(text, first, name)
    if name in GIFT_WORDS:
        return _gift_per_head(text, first, name)
    return _helped(text, first, name) if len(name) <= 2 else name


#: What is done with a sum, said after it (…亿元，对乡镇卫生院…进行改造).
DONE_TO_AFTER_RE = patterns.compile(
    rf"[，,]对((?:{HAN_LETTER}|[“”、]){{2,20}}?)(?:进行|开展|实施)((?:{HAN_LETTER}){{2,6}}?)(?=[，。；,;]|$)"
)


#: A deed written right after a sum, with no comma (…800万元|完成各类道路工程): what it paid for.
WORK_AFTER_RE = patterns.compile(r"(?:完成|实施|新建|建设|改造|用于)")


def _bare_amount(text: str, first: Item, name: str) -> bool:
    """Whether a sum's name is a generic amount alone (投资, 全年计划投资), or one completed
    or spent (完成投资, 投入资金) in a clause opening its sentence: what follows it then
    says of what."""
    amount = PLAN_WORDS_RE.sub("", name)
    if amount in GENERIC_AMOUNTS:
        return True
    start = clause_start(text, first.start)
    opens_sentence = start == 0 or text[start - 1] in "。；\n"
    return opens_sentence and SPENDING_LEAD_RE.sub("", amount) in GENERIC_AMOUNTS


#: The verb a sum opening its sentence is completed or spent by (完成|投资, 投入|资金).
SPENDING_LEAD_RE = patterns.compile(r"^(?:完成|投入|安排|筹集|整合)")


#: How far back a bare speed looks for the economy it is the speed of.
ECONOMY_WINDOW = 200


def _speed_of_the_economy(text: str, first: Item, name: str) -> str:
    """A speed of growth that nothing before it in the clause or the clause before
    owns (稳增长…，有5%左右的增速就能…) is the economy's when the text just before
    speaks of the economy or its growth (经济, 稳增长): the genre leaves it unsaid."""
    before = text[max(0, first.start - ECONOMY_WINDOW) : first.start]
    return "经济增长速度" if "经济" in before or "稳增长" in before else name


#: A sum given per head as a named benefit (给予每人1万元救助): who gets it, before 给予.
GIFT_PER_HEAD_RE = patterns.compile(
    rf"(?:对|为|向)?((?:{HAN_LETTER}|[“”]){{2,14}}?)(?:给予|发放|提供)(每[人户年月]?(?:每[年月])?)$"
)
#: Benefits named by one word after their sum (…5000元救助).
GIFT_WORDS = ("救助", "补助", "补贴", "资助", "奖励", "奖补", "慰问金")


def _gift_per_head(text: str, first: Item, name: str) -> str:
    """A benefit named by its word alone (救助) is the receivers' per head, when the
    clause gives it to them (对患重病的困难老人给予每人5000元救助 → 困难老人每人救助)."""
    segment = text[clause_start(text, first.start) : first.start]
    given = GIFT_PER_HEAD_RE.search(segment)
    if not given:
        return name
    receiver = given.group(1).rpartition("的")[2]
    return receiver + given.group(2) + name if han_len(receiver) >= 2 else name


#: Things listed up to 等 right before their count (A、B、C等14个项目).
LISTED_BEFORE_RE = patterns.compile(
    rf"((?:{HAN_LETTER}|[“”（）]){{2,40}}、(?:{HAN_LETTER}|[“”（）、]){{2,60}}?)等$"
)
#: A generic head and the state its things reached (项目全部完工, 项目已竣工).
HEAD_DONE_RE = patterns.compile(
    rf"(?:{'|'.join(GENERIC_HEADS)})(?:全部|均已|均|已|顺利|基本|如期)(?:{VERB_ALTERNATION})"
)
#: One thing named before 等 and its count (实施的向阳幼儿园等|6个项目).
ONE_LISTED_RE = patterns.compile(
    rf"(?:的|实施|推进|建设|完成)((?!的)(?:{HAN_LETTER}|[“”]){{2,12}}?)等$"
)
#: The generic heads that name a policy (改革举措, 惠企政策): what they are for is the owner.
POLICY_HEADS = ("政策措施", "政策文件", "措施", "举措", "政策", "文件")
#: What a policy is for, written before it with 的 after the verb that issues it
#: (出台…稳定外贸、扩大消费的|八项措施).
POLICY_AIM_RE = patterns.compile(
    rf"^(?:.*(?:推出|出台|制定|实施|落实|采取|提出|印发|发布))?((?:{HAN_LETTER}|[“”、]){{4,24}}?)的$"
)


#: A plan named by its period (“十四五”规划, “十五五”专项规划): no period frame to strip.
PLAN_NAME_RE = patterns.compile(rf"“[^“”]{{2,6}}”[{HAN}]{{0,4}}?(?:规划|纲要|计划)")


def _lent_by_context(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A name that says too little alone, completed from its context: a generic amount
    by its scope, a gap by the change before, an outcome by its task, a bare measure
    by the firms before.  Each kind is told by the name's own words before anything
    else is read."""
    if name in GENERIC_AMOUNTS:
        return _scoped(text, first, name)
    if name.endswith(OUTCOMES):
        return _outcome_of_task_before(text, first, name)
    if name.endswith(MEASURE_HEADS):
        return _firms_measure_before(text, first, name, earlier)
    if name.startswith(GAP_WORDS) and GAP_ONLY_RE.fullmatch(name):
        return _gap_of_figure_before(text, first, name, earlier)
    return name


#: A gap with no subject of its own (…增长2.7%，高出全国平均水平9.1个百分点).
GAP_WORDS = ("高出", "高于", "低于", "快于", "慢于", "超出")
GAP_ONLY_RE = patterns.compile(rf"(?:{'|'.join(GAP_WORDS)})[^，。；、]{{2,12}}")


def _gap_of_figure_before(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A gap opening its clause is the gap of the change that ends the clause before:
    民间投资增长2.7%，高出全国平均水平9.1个百分点 → 民间投资增速高出全国平均水平; a gap
    in money is the measure's own (收入增长10.2%，高出…1260元 → 收入高出…)."""
    start = clause_start(text, first.start)
    if start < 2 or text[start - 1] not in "，,":
        return name
    prev = _last_after(earlier, clause_start(text, start - 1))
    if not prev or not prev.indicator or text[prev.end : start - 1].strip():
        return name  # the figure before must end its clause
    words = text[clause_start(text, prev.start) : prev.start]
    if kind_of_unit(first.unit) == "amount" and kind_of_unit(prev.unit) == "rate":
        return f"{prev.indicator}{name}"  # …增长10.2%，高出全省平均水平1260元: the income's gap
    if UP_BEFORE_RE.search(words):
        return f"{prev.indicator}增速{name}"
    if DOWN_BEFORE_RE.search(words):
        return f"{prev.indicator}降幅{name}"
    return name


def _outcome_of_task_before(text: str, first: Item, name: str) -> str:
    """深化职务科技成果权属改革，形成10个以上典型案例 → 职务科技成果权属改革典型案例:
    an outcome counted alone is of the task the clause before names (a clause with no figure)."""
    outcome = leading_verbs_stripped(name)
    if outcome not in OUTCOMES and not (outcome.endswith(OUTCOMES) and han_len(outcome) <= 6):
        return name
    start = clause_start(text, first.start)
    task = previous_object(text, start)
    if not 2 <= han_len(task) <= 14 or re.search(r"[、的]", task):
        return name
    return task + outcome


#: Owners whose measures the clause after goes on listing (省属企业资产总额…，工业总产值…).
FIRMS_RE = patterns.compile(rf"(?:{HAN_LETTER}|[“”]){{1,8}}?(?:企业|集团|公司)(?=[{HAN}])")


def _firms_measure_before(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A bare measure opening its clause is of the firms whose measure ends the clause
    before: 省属企业资产总额达到2.7万亿元，工业总产值突破1万亿元 → 省属企业工业总产值."""
    if han_len(name) > 6 or OWN_SCOPE_RE.match(name) or TERRITORY_MEASURE_RE.fullmatch(name):
        return name  # (…企业产值…，固定资产投资完成…: the territory's investment)
    start = clause_start(text, first.start)
    if start < 2 or text[start - 1] not in "，," or text[start : first.start].find(name) != 0:
        return name  # the measure must open its clause
    prev = _last_after(earlier, clause_start(text, start - 1))
    firms = FIRMS_RE.match(prev.indicator) if prev else None
    if not prev or not firms or not SHARED_HEAD_RE.search(prev.indicator, firms.end()):
        return name
    return firms.group() + name


#: The scope a generic amount is written with (全年|投资, 全市|支出).
SCOPED_RE = patterns.compile(
    r"(?:全年|全市|全省|全县|全区|全国|全社会|上半年)(资金|投资|投入|经费|收入|支出|规模|总额)"
)


def _scoped(text: str, first: Item, name: str) -> str:
    """A generic amount alone (投资) with the scope its clause opens with: 全年投资增长5%."""
    start = clause_start(text, first.start)
    scoped = SCOPED_RE.match(text, start + (text[start : start + 1] in "，、 "), first.start)
    return scoped.group() if scoped and scoped.group(1) == name else name


def _doer_of_generic(segment: str, name: str) -> str:
    """Who does the verb of a generic name (设置指标, 安排资金) when the clause writes it
    right before the verb: “十五五”规划|共设置26项指标 → “十五五”规划设置指标; "" if none."""
    head = next(h for h in GENERIC_HEADS if name.endswith(h))
    verb = name[: len(name) - len(head)]
    if han_len(verb) != 2 or not segment.endswith(verb):
        return ""
    written = re.sub(r"(?:共|累计|先后|已|再|又|还|拟|将|要)+$", "", segment[: -len(verb)])
    plan = PLAN_NAME_RE.match(written)  # “十五五”规划: the plan's name whole, no period
    doer = written if plan else FRAME_HEAD_RE.sub("", written)
    if (
        2 <= han_len(doer) <= 12
        and not re.search(r"[0-9０-９、，,]", doer)
        and not NO_TOPIC_RE.match(doer)
        and not VERB_END_RE.search(doer)
    ):
        return doer
    return ""


def _strengthened(text: str, first: Item, name: str) -> str:
    """A generic name (实施项目, 落实资金) joined to the topic of its sentence, when the
    sentence opens with a clause of its own that names a thing and reports its
    progress (对口援建持续深化，…，实施项目681个 → 对口援建实施项目)."""
    segment = text[clause_start(text, first.start) : first.start]
    if name.endswith(GENERIC_HEADS) and (doer := _doer_of_generic(segment, name)):
        return doer + name  # “十五五”规划共设置26项指标: whose indicators
    if (
        name.startswith(GENERIC_HEADS)
        and HEAD_DONE_RE.fullmatch(name)
        and (listed := LISTED_BEFORE_RE.search(segment) or ONE_LISTED_RE.search(segment))
    ):
        items = leading_verbs_stripped(listed.group(1).rpartition("的")[2])
        if visible_len(items) <= 16:
            return f"{items}等{name}"  # 实施的向阳幼儿园等6个项目全部完工: which ones
    head = leading_verbs_stripped(name)
    if (source := FUND_SOURCE_RE.match(head)) and head[source.end() :] in GENERIC_HEADS:
        head = head[source.end() :]  # 投入财政资金: money of a source is money all the same
    if head not in GENERIC_HEADS and not (head.endswith(POLICY_HEADS) and han_len(head) <= 4):
        # 实施项目; 改革举措: a policy word with at most two characters more; any deed of
        # helpers a sentence names (A、B对口协作，…投入财政援助资金…): theirs
        if head == name or not COOPERATION_WORD_RE.search(
            text, max(0, first.start - WINDOW), first.start
        ):
            return name
        helpers, cooperation = _sentence_topic(text, first)
        return helpers + name if cooperation and han_len(name) <= 10 else name
    segment = re.sub(r"^(?:以|围绕|按照)", "", segment)  # 以A、B等4项内容为重点: no preposition
    if head in POLICY_HEADS and (aim := POLICY_AIM_RE.match(segment)):
        # 推出扩大内需、促进经济增长的十项措施: what the measures are for names them.
        return f"{MANNER_RE.sub('', aim.group(1))}的{head}"
    if listed := LISTED_BEFORE_RE.search(segment):
        # 实施了标准化幼儿园、滨河小学新建等14个项目: the list names them.
        items = leading_verbs_stripped(re.sub(r"^(?:[^、]*?了)", "", listed.group(1)))
        whole = f"{items}等{head}"
        return whole if visible_len(whole) <= 24 else f"{items.split('、')[0]}等{head}"
    owner = leading_verbs_stripped(MANNER_RE.sub("", segment))
    if (
        owner != segment
        and head not in owner  # 出台政策措施30项: the count follows its own noun
        and 3 <= han_len(owner) <= 14
        and not re.search(r"[0-9０-９]", owner)
        and ("、" not in owner or AIMS_LISTED_RE.fullmatch(owner))
        and not VERB_END_RE.search(owner)
        and not NO_TOPIC_RE.match(owner)
    ):
        # 落实开发区管理制度改革30条政策措施: the owner before the count; a verb of the
        # name not in the clause stays (实施水厂3万吨扩建项目 → 水厂扩建项目).
        verbs = name[: len(name) - len(head)]
        return owner + (head if verbs in segment else name)
    topic, _ = _sentence_topic(text, first)
    if han_len(topic) >= 4:
        topic = topic.removesuffix("工作")  # 扶贫工作扎实推进，投入资金…: the poverty relief's
    return join_once(topic, name) if topic else name


#: Aims listed before the policies that serve them (稳经济、稳增长|32份政策文件).
AIMS_LISTED_RE = patterns.compile(rf"[{HAN}]{{2,6}}(?:、[{HAN}]{{2,6}})+")


#: Where money comes from, before a generic head (财政|资金, 中央专项|资金).
FUND_SOURCE_RE = patterns.compile(r"(?:各级|各类|中央|省级|市级|县级|上级|财政|专项)+")


def _sentence_topic(text: str, first: Item) -> tuple[str, bool]:
    """The thing a sentence opens with in a clause of its own, before a figure's clause:
    cut where its report of progress starts (对口援建持续深化 → 对口援建), or a deed of
    cooperation whole (五年来，A、B对口协作、倾力帮扶 → A、B对口协作), and whether it
    is the latter; ("", False) when the sentence opens otherwise."""
    begin = _sentence_start(text, first.start)
    end = clause_end(text, begin)
    opening = text[begin:end].strip()
    if TIME_OPENING_RE.fullmatch(opening):  # 五年来，A、B对口协作、倾力帮扶，…: after when
        begin = end + 1
        end = clause_end(text, begin)
        opening = HELP_TAIL_RE.sub("", text[begin:end].strip())
    cut = TOPIC_END_RE.search(opening, 2)
    cooperation = not cut and bool(COOPERATION_END_RE.search(opening, 2))
    stop = cut.start() if cut else len(opening) if cooperation else 0
    if (
        not stop
        or end >= clause_start(text, first.start)
        or "；" in text[end : first.start]  # …；37家中央定点帮扶单位…、引进项目: another doer
        or DIGIT_RE.search(opening)
        or NO_TOPIC_RE.match(opening)
        or not 2 <= han_len(topic := opening[:stop]) <= 12
        or topic.endswith(AIMS)
    ):
        return "", False
    return topic, cooperation


#: A sentence's opening that says only since when (五年来, 过去一年): the topic is after it.
TIME_OPENING_RE = patterns.compile(r"[^，。；]{0,8}(?:来|以来|期间|过去一年)")
#: A manner of helping listed after the helpers' deed (…对口协作、倾力帮扶): no topic.
HELP_TAIL_RE = patterns.compile(r"、(?:倾力|全力|大力|积极|精准|持续|深入)[\u4e00-\u9fff]{2}$")
#: A deed of cooperation ending a topic with no report of progress (天津、山东对口协作).
COOPERATION_END_RE = patterns.compile(r"(?:对口协作|对口支援|东西部协作|对口帮扶|定点帮扶)$")
COOPERATION_WORD_RE = patterns.compile(r"协作|对口支援|帮扶")
#: Topics that name an aim, not a thing (发展着力点不断向…聚焦): they own no figure.
AIMS = ("着力点", "落脚点", "着眼点", "切入点", "方向", "思路")


#: A rank of bodies or awards alone (国家级, 省级, 市级): a part named by its level.
LEVEL_NAME_RE = patterns.compile(
    r"(?:国家|国际|世界|部|省|自治区|市|州|盟|县|区|旗|乡|镇|村|[1-5][A-Z])"
    r"(?:（[^（）]{1,10}）)?级"  # (市（地）级, 县（区、县级市）级: the levels it stands for)
)


#: The level the whole's own name opens with (A级旅游景区, 省级龙头企业).
OWN_LEVEL_RE = patterns.compile(
    r"^(?:[1-5]?[A-Z]{1,2}级|(?:国家|省|市|县)级)(?:及?以上)?"  # 县级以上…，其中省级: no 以上
)


#: The areas a whole is split into after 其中 (其中农村3.1万户): a part of the same
#: measure, named before it; a whole named for both (城乡居民) gives its place to the part.
AREA_PARTS = ("农村", "城镇", "城市", "城区", "乡村", "市区", "县城", "镇区", "郊区", "山区")
#: Who runs the things counted, a part of them after 其中 (其中公办112所): the owner's kind.
OWNERSHIPS = ("公办", "民办", "民营", "国有", "私立", "公立", "集体", "外资", "内资", "合资")
AREA_PARTS_WHOLE = ("城乡", "全县", "全市", "全区")


#: Places people are counted in (其中：技工学校850人): the people are the whole's.
INSTITUTIONS = ("学校", "院校", "中学", "小学", "大学", "医院", "幼儿园", "卫生院")
#: Units of people one by one (not 户, which counts households and firms too).
PEOPLE_UNITS = ("人", "人次", "名")


def _people_before(text: str, first: Item, earlier: list[Item]) -> str:
    """The people the sentence counted before ``first`` (年末在校学生1.2万人 → 在校学生)."""
    for before in reversed(_latest(earlier, _sentence_start(text, first.start))):
        if unit_base(before.unit) in PEOPLE_UNITS and before.indicator:
            people = trim_prefix(FRAME_HEAD_RE.sub("", before.indicator))
            people = re.sub(r"^(?:年[末底初]|期末)", "", people)
            return people if 2 <= han_len(people) <= 8 and "、" not in people else ""
    return ""


#: A share's name (…占全区限上零售额比重): no measure that pulls.
SHARE_NAME_RE = patterns.compile("占|比重")
#: A pull said of several together (共拉动, 累计拉动, 合计拉动).
JOINT_PULL_RE = patterns.compile("(?:累计|共同?|合计)(?=拉动|带动)")
#: A 分别 list of bases compared with, not of owners (增速较上月、上年同期分别提高…).
COMPARED_IN_LIST_RE = patterns.compile("[较比]")
#: A contribution's word closing a group's name (三大行业|贡献率达).
CONTRIBUTION_TAIL_RE = patterns.compile("(?:合计)?贡献率?$")


def _joint_puller(text: str, first: Item, sentence: list[Item]) -> str:
    """Who pulls together, when a pull is said of several at once (原材料制造业和装备制造业利润
    总额分别增长…，累计拉动… → 原材料制造业和装备制造业; 三大行业贡献率达56.2%，共拉动… →
    三大行业; A、B和C分别上涨…，带动CPI上涨… → A、B和C): the subject of the clause before, not
    its last part; else ""."""
    if not sentence:
        return ""
    begin = clause_start(text, sentence[-1].start)
    listed = text.find("分别", begin, sentence[-1].start)
    opening = clause_start(text, first.start)
    if not JOINT_PULL_RE.match(text, opening) and not (
        # A、B和C分别上涨…，带动CPI上涨0.76个百分点: a pull said once after a 分别 list
        text.startswith(PULL_VERBS, opening)
        and listed >= 0
        and sum(clause_start(text, it.start) == begin for it in sentence) >= 2
        and not COMPARED_IN_LIST_RE.search(text, begin, listed)  # (增速较上月、上年同期分别…)
    ):
        return ""
    subject = trim_prefix(text[begin : listed if listed >= 0 else sentence[-1].start])
    subject = CONTRIBUTION_TAIL_RE.sub("", subject)
    owner = head_owner(subject)[0] or subject
    return owner if 2 <= han_len(owner) <= 20 and not DIGIT_RE.search(owner) else ""


def _short_part(name: str) -> bool:
    """Whether a name is short enough to be a part after 其中 that its whole completes: four
    characters, or an entity's five (个体工商户)."""
    return han_len(name) <= 4 or (han_len(name) == 5 and name.endswith(ENTITIES))


def _measured_part(name: str, owner: str, whole: Item, traffic_only: bool = False) -> str:
    """A part's name with its whole's measure (``owner`` the whole's name): a crop's area
    or yield, a sum, a port's traffic; the name alone if it has a measure or none is found."""
    if MEASURED_END_RE.search(name):
        return name  # 其中蔬菜面积…: measured already
    for k in range(min(len(name), len(owner) - 2), 1, -1):
        if owner.startswith(name[-k:]) and MEASURED_END_RE.search(owner):
            return name + owner[k:]  # 专利授权量…，其中发明专利…: 发明专利授权量, the kind's
    amount = kind_of_unit(whole.unit) == "amount" and not traffic_only
    # 棉花播种面积…，其中：长绒棉1.2万亩: a crop after 其中 has the whole's 播种面积
    crop = PART_MEASURE_RE.search(owner) if amount else None
    if not crop and amount and (crop := SUM_MEASURE_RE.search(owner)):
        measure = crop.group()  # 其中：水利部门…: 水利部门资产总额
        if name[-1] == measure[1] and not measure.startswith(name[-2:]):
            return name + measure[2:]  # 进出口总额…。其中进口…: 进口总额, a sibling of 出口
        return join_once(name, measure)
    if crop and (head := deed_kept_once(name, crop.group())) != crop.group():
        return name + head  # 营造林面积…，其中封山育林…: 封山育林面积 (not …育林造林…)
    # 港口完成旅客吞吐量…，其中沿海港口完成…: the ports' part of the traffic
    crop = crop or TRAFFIC_MEASURE_RE.search(owner)
    return join_once(name, crop.group()) if crop and crop.start() > 0 else name


def _part_after_among(text: str, start: int, name: str) -> str:
    """How a figure at ``start`` named ``name`` is one of the parts listed after 其中:
    ``"opens"``, its clause opens with 其中 (:func:`among_parts`); ``"alike"``, its name
    ends as the first part's does, named just after 其中 earlier in the sentence
    (其中沿海港口完成…；内河港口完成…); "" when it is none."""
    if among_parts(text, start):
        return "opens"
    among = text.rfind("其中", _sentence_start(text, start), start)
    if among < 0 or not _short_part(name) or len(name) < 2:
        return ""
    first_part = text[among + 2 : among + 3 + max(len(name), 6) + 2].lstrip("，,：: ")
    if first_part.startswith(name):
        return ""
    if name in AREA_PARTS:
        alike = first_part.startswith(AREA_PARTS)  # 其中城市为…，农村为…
    elif name.endswith(ENTITIES):
        alike = ENTITY_PART_RE.match(first_part) is not None  # 其中私营企业…，个体工商户…
    else:
        end = name[-2:] if len(name) > 2 else name[-1]  # (进港…；出港…: one character alike)
        alike = end in first_part[: len(name) + 2]
    return "alike" if alike else ""


def _owned_in_sentence(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A name that the figures before it in the sentence complete:

    * a one-word kind after 其中 (or 其中：) is part of the things counted or measured
      before (…总量达2037万户，其中企业929万户 → 经营主体中企业), and a crop has the
      whole's area or yield (棉花播种面积…，其中：长绒棉… → 长绒棉播种面积);
    * a generic head opening the name is the one the sentence counted
      (安排重点项目105个，…，项目总投资… → 重点项目总投资);
    * an effect is of the owner of the figure just before (大展总营收…，带动消费… →
      大展带动消费)."""
    head = ""
    part: str | None = None  # how it is a part after 其中 (:func:`_part_after_among`), once asked
    if (
        name.endswith(INSTITUTIONS)
        and unit_base(first.unit) in PEOPLE_UNITS
        and han_len(name) <= 8
        and among_parts(text, first.start)
        and (people := _people_before(text, first, earlier))
    ):
        return name + people  # 在校学生1.2万人，其中：技工学校850人 → 技工学校在校学生
    if (
        name.endswith(FIELD_ENDS)
        and kind_of_unit(first.unit) == "count"
        and among_parts(text, first.start)
        and (whole := _whole_of_part(text, [*earlier, first]))
        and 2 <= han_len(things := leading_verbs_stripped(whole.indicator)) <= 12
    ):
        return name + things  # 公益诉讼案件…，其中生态环境和资源保护领域186件: that field's cases
    if name.startswith(GENERIC_HEADS):
        head = next(h for h in GENERIC_HEADS if name.startswith(h))
        head = "" if head == name else head
    elif (
        len(name) > 2
        and not name.startswith(EFFECT_VERBS)
        and name[-1] != "级"
        and not (_short_part(name) and (part := _part_after_among(text, first.start, name)))
    ):
        return name  # the common case, decided before the sentence is read
    opens = _sentence_start(text, first.start)
    if AMONG_OPENS_RE.match(text, opens):
        # …外贸货物吞吐量80851万吨。其中沿海港口完成…: the whole is the sentence before's
        opens = _sentence_before_start(text, first.start)
    sentence = _latest(earlier, opens)
    if not sentence:
        return name
    counts = [it for it in sentence if kind_of_unit(it.unit) == "count" and it.indicator]
    # …里程639公里，其中高铁370公里: a part of the same measure, in the same unit
    wholes = [
        it
        for it in sentence
        if it.indicator
        and kind_of_unit(it.unit) == "amount"
        and unit_base(it.unit) == unit_base(first.unit)  # 12万公顷，其中…5200公顷
    ] or counts
    if name in AREA_PARTS and kind_of_unit(first.unit) == "rate" and text[first.start - 1] == "为":
        # 住院分娩率为99.88%，其中…农村为99.85%: the rural rate (an area's part alone, a level)
        wholes = [it for it in sentence if it.indicator and it.unit == first.unit]
    level = LEVEL_NAME_RE.fullmatch(name)
    among = text.rfind("其中", _sentence_start(text, first.start), first.start)
    listed_level = level and among >= 0
    if part is None:
        part = _part_after_among(text, first.start, name)
    if (part or listed_level) and (_short_part(name) or level) and wholes:
        # (a level after a level listed after 其中 is a part too: 其中国家级2处，市级11处)
        # …其中企业929万户、个体工商户…: each a part of the whole written before 其中
        whole = next((it for it in reversed(wholes) if it.end <= among), None)
        if whole is None:
            return name  # 其中辣椒…、生姜…: the figure before is a part too, no whole
        owner = FLOW_WORDS_RE.sub(
            "", leading_verbs_stripped(without_absolute_change(whole.indicator))
        )
        # A part in a sentence of its own after its whole's, or named like the part after
        # 其中 (…；内河港口完成…), takes the whole's measure (of any length), never its name.
        apart = opens < _sentence_start(text, first.start) or not (part == "opens" or listed_level)
        short = 2 <= han_len(owner) <= 12
        if owner == name:
            return name
        if (han_len(name) > 2 or (apart and name not in AREA_PARTS)) and not level:
            # (a part apart, or a long whole's name: only the traffic it is a share of)
            measured = _measured_part(name, owner, whole, traffic_only=apart or not short)
            new = NEW_FLOW_RE.match(whole.indicator)
            if measured == name and new and name.endswith(ENTITIES) and new.group() not in name:
                return new.group() + name  # 全年新登记市场主体…，其中私营企业…: 新登记私营企业
            return measured
        if level:  # 其中国家级1家: 国家级龙头企业; A级景区…，其中4A级: 4A级景区, one level
            own = (
                OWN_LEVEL_RE.sub("", owner) or owner
            )  # (县级以上农业产业化龙头企业: its level off)
            return name + own if 2 <= han_len(own) <= 12 else name
        if not short:
            return name
        if name in owner and han_len(rest := owner[owner.find(name) + len(name) :]) >= 2:
            return name + rest  # 进出口总额…，其中出口6.2亿美元: 出口总额
        if name in AREA_PARTS:
            # …宽带用户12万户，其中农村3.1万户: the rural users, not a kind of user
            return name + (owner[2:] if owner.startswith(AREA_PARTS_WHOLE) else owner)
        if (
            kind_of_unit(whole.unit) == "amount"
            and MEASURED_END_RE.search(owner)
            and not head_owner(owner)[0]  # (铁路运营里程…，其中高铁: the railways' own part)
        ):
            return name + owner  # 货运量5.2亿吨，其中航空0.3亿吨: the air's share of the measure
        if name in OWNERSHIPS:
            return name + owner  # 幼儿园157所，其中公办112所、民营45所: 公办幼儿园, 民营幼儿园
        if kind_of_unit(whole.unit) == "amount" and (crop := crop_measure(owner)):
            return name + crop  # 粮食总产量…，其中小麦…、玉米…: 小麦产量 (not …总产量中的小麦)
        if name in SCHOOL_LEVELS and (pupils := PUPILS_END_RE.search(owner)):
            return name + pupils.group()  # 义务教育阶段在校生…，其中小学…: 小学在校生
        if INDUSTRY_NAME_RE.fullmatch(name) and (head := part_head(owner)):
            return name + head  # 农林牧渔总产值…，其中农业…: 农业产值
        # (卫生机构（含各类门诊）89个，其中医院2个: the bodies, not their note; 中的 where 中
        # and the part would read as one word, 中医院)
        owner = BRACKET_NOTE_RE.sub("", owner) or owner
        return f"{owner}{'中的' if name[:1] in MIDDLE_WORD_STARTS else '中'}{name}"
    counted = (
        next(
            (
                it.indicator
                for it in reversed(counts)
                if it.indicator.endswith(head)
                and "类" not in it.indicator  # 工业类3个: a kind of them, not all
                and not it.unit.endswith("次")  # 16次调度推进…项目: times, not projects
            ),
            "",
        )
        if head
        else ""
    )
    if counted and counted != head:
        things = leading_verbs_stripped(counted)
        return (counted if things == head else things) + name[len(head) :]  # 开工项目…
    if name.startswith(EFFECT_VERBS) and (joint := _joint_puller(text, first, sentence)):
        return joint + name  # A和B利润总额分别增长…，累计拉动…; 三大行业贡献率达…，共拉动…
    measured = sentence[-1]
    if name.startswith(EFFECT_VERBS) and (
        measured.indicator in INCREMENT_NAMES or SHARE_NAME_RE.search(measured.indicator)
    ):
        # …增加值74.69亿元，增长7.1%，净增额4.90亿元，拉动GDP…; …零售额…，占全区…比重达18.9%，
        # 拉动…: the measure's owner, not its increment's or its share's
        measured = next(
            (
                it
                for it in reversed(sentence)
                if it.indicator not in INCREMENT_NAMES and not SHARE_NAME_RE.search(it.indicator)
            ),
            measured,
        )
    owner, whole = head_owner(measured.indicator) if name.startswith(EFFECT_VERBS) else ("", False)
    if owner or whole:
        owner = measured.indicator if whole else owner.rstrip("总")  # 社会消费品零售总额拉动…
        if measured.indicator.startswith(owner) and measured.indicator[len(owner) :] in (
            "进出口",
            "出进口",
        ):
            owner = measured.indicator  # 保税物流方式进出口…，拉动…: the trade pulls
        if han_len(owner) >= 2 and sentence[-1].end <= clause_start(text, first.start):
            return owner + name
    elif name.startswith(EFFECT_VERBS) and (
        text[sentence[-1].end : sentence[-1].end + 1] in ("、", "，", ",")
        and not DIGIT_RE.search(text[sentence[-1].end : first.start])
    ):
        # 发放以旧换新补贴…、带动销售… : what was given has the effect.
        given = leading_verbs_stripped(sentence[-1].indicator)
        if given != sentence[-1].indicator and 2 <= han_len(given) <= 10:
            return given + name
    return name


#: An increment named alone (净增额4.90亿元): of the measure named before it.
INCREMENT_NAMES = ("净增额", "净增加额", "增加额", "净增量", "增量")


#: A ranking named without its owner (在“世界500强”排名), and the body a ranking is of:
#: an organisation opening the sentence (金川集团工业总产值…，在…排名由369位…).
RANKING_NAME_RE = patterns.compile(r"^在?(.{2,16}?(?:排名|排位|位次))$")
ORGANISATION_RE = patterns.compile(
    rf"\s*((?:{HAN_LETTER}|[“”]){{2,12}}?(?:集团|公司|银行|大学|医院))"
)


def _ranking_owned(text: str, first: Item, name: str) -> str:
    """A ranking with its owner, the organisation the sentence opens with; without
    the 在 before it either way."""
    if not (ranking := RANKING_NAME_RE.match(name)):
        return name
    begin = _sentence_start(text, first.start)
    owner = ORGANISATION_RE.match(text, begin, first.start)
    if owner and owner.group(1) not in name:
        return owner.group(1) + ranking.group(1)
    return ranking.group(1)


#: The words that say a rank.
RANK_WORDS = "排名|排位|位次|位列|位居|居"
#: A rank's move said alone after the rank (…第12位，较上年前移2位): group 1 the move.
RANK_MOVE_ALONE_RE = patterns.compile(
    r"(?:较|比|同比)(?:上年|去年|上年度|上一年|年初|上次|上期)?"
    r"(?:(前移|上升|提升|提高|前进|跃升|后退|下降|下滑|后移)了?)"
)
#: The rank said where the sentence opens: its owner (全县GDP排名…, 营商环境评价位居…, 在全省…
#: 评价中排名…) in group 1, 2 or 3; the owner may first be said to have entered a band
#: (县域经济综合实力连续三年进入全省前十，位列…).
RANK_OWNER_RE = patterns.compile(
    rf"在([{HAN}“”]{{2,20}}?)中(?:{RANK_WORDS})"
    rf"|([{HAN}A-Za-z0-9“”]{{2,20}}?)(?:{RANK_WORDS})"
    rf"|([{HAN}A-Za-z0-9“”]{{2,20}}?)(?:连续|首次|再次|稳居|跻身|进入)[^，。；]{{0,12}}，(?:{RANK_WORDS})"
)
#: The units of a rank's places.
RANK_UNITS = ("位", "位次", "名")


def _rank_moved(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A rank's move said alone (全县GDP排名全省第12位，较上年前移2位) is the move of the rank
    said before it in the sentence, by its owner (GDP排名前移; not the measure a bare move
    is lent); a speed's rank is of the measure the sentence gave before it (…增长6.1%，
    增速居全市第2位，较上年前移3位)."""
    if first.unit not in RANK_UNITS:
        return name
    start = clause_start(text, first.start)
    if not (move := RANK_MOVE_ALONE_RE.fullmatch(text, start, first.start)):
        return name  # (the clause as written: a bare move may have been lent a measure)
    sentence = _sentence_start(text, start)
    before = clause_start(text, start - 1) if start > sentence else sentence
    said = RANK_OWNER_RE.match(text, before, start) or RANK_OWNER_RE.match(text, sentence, start)
    if not said:
        return name
    owner = said.group(1) or trim_prefix(said.group(2) or said.group(3))
    owner = SCOPE_OPENING_RE.sub("", owner)
    if owner in BARE_SPEEDS and (measured := _latest(earlier, sentence)):
        owner = without_absolute_change(measured[-1].indicator) + owner
    return owner + "排名" + move.group(1) if 2 <= han_len(owner) <= 20 else name


#: A place's scope opening a name (我市, 全县): the report's own, said of all its figures.
SCOPE_OPENING_RE = patterns.compile(r"^(?:我|全|本)[国省市县区镇乡旗州盟]")


#: A figure per day or per month (平均每天, 日均, 月均): the period is part of its name;
#: the longer words first.
PER_DAY_WORDS = ("平均每天", "平均每日", "平均每月", "每天", "每日", "日均", "月均")
#: Whether any of them is there at all (one pass; the list decides which).
PER_DAY_RE = patterns.compile("|".join(PER_DAY_WORDS))
#: GDP is a whole name; a yield per mu is the crop's (水稻种植面积…，亩产…).
BARE_MEASURES = frozenset(
    MEASURE_HEADS + GENERIC_AMOUNTS + BARE_SPEEDS + ("亩产", "单产", "货值", "产")  # 产: 总产
) - {"生产总值"}
#: What things counted yield or cost: 开工项目57个，完成投资… is those projects' 投资;
#: 引进项目46个，到位资金… the funds they brought.
YIELDS = (
    "投资",
    "投资额",
    "产值",
    "利润",
    "收入",
    "营业收入",
    "销售收入",
    "营收",
    "税收",
    "销售额",
    "到位资金",
    "利税",
    "协议投资",  # 引进项目24个，协议投资总额…: what the projects brought agreed
    "协议投资总额",
    "协议资金",
    "营业利润",
    "签约资金",
    "金额",  # 现场签约项目11个，金额达10.5亿元: the projects' sum
    "合同投资",
    "合同资金",
)
#: What projects counted spend or plan, named bare (完成投资, 年度投资计划): theirs.
PROJECT_SUMS = frozenset(("完成投资", "投资", "年度投资计划", "计划投资", "到位资金"))
#: A sum of projects named with them (重点建设项目总投资): group 1 the projects.
PROJECTS_OWNED_RE = patterns.compile(
    rf"([{HAN}]{{2,12}}?(?:项目|工程))(?:计划)?(?:总投资|投资|完成投资|年度投资计划)$"
)


def projects_lent_on(text: str, lists: list[list[Item]]) -> None:
    """A sum of projects named bare (累计完成投资, 年度投资计划) is of the projects a figure before it
    in its sentence or the one before named its sum by (我县安排重点建设项目72宗…，总投资2499亿元，
    年度投资计划190.7亿元。1至8月，累计完成投资134.9亿元 → 重点建设项目年度投资计划, 1至8月累计重点建设
    项目完成投资)."""
    items = [item for chain in lists for item in chain]
    for i, item in enumerate(items):
        name = item.indicator
        core = PERIOD_LEAD_RE.sub("", name).removeprefix("累计")
        if core not in PROJECT_SUMS:
            continue
        sentence = _sentence_start(text, item.start)
        reach = _sentence_start(text, sentence - 1) if sentence else 0
        owner = next(
            (
                owned.group(1)
                for it in reversed(items[max(0, i - SIBLINGS) : i])
                if it.start >= reach and (owned := PROJECTS_OWNED_RE.match(it.indicator))
            ),
            "",
        )
        if owner:
            item.indicator = name[: len(name) - len(core)] + owner + core


#: The periods a base of comparison is named with (上年同期支出).
BASE_PERIODS = ("上年同期", "去年同期", "上年", "去年")


def is_base_of(before: Item | None, name: str) -> bool:
    """Whether the figure before is the base a measure named ``name`` is compared with
    (…，比上年同期4500万元|增长11%: 上年同期支出 is no owner of 支出's growth)."""
    return (
        before is not None
        and before.indicator.startswith(BASE_PERIODS)
        and before.indicator.endswith(name)
    )


#: What bodies counted hold (国有金融企业4家，资产总额…): the bodies' balance sheet.
HOLDINGS = ("资产总额", "负债总额", "净资产", "净资产总额", "所有者权益", "实收资本")
#: The lines of a body's accounts: one named with its owner lends it to the others.
STATEMENT_ITEMS = (
    *HOLDINGS,
    *("营业收入", "营业总收入", "利润总额", "净利润", "归母净利润", "上缴税费", "资产负债率"),
    *("营业收入利润率", "成本费用利润率"),  # (私营企业利润…，营业收入利润率…: theirs)
    *("营业成本", "主营业务成本", "主营业务收入利润率"),  # (…企业实现主营业务收入…；主营业务成本…)
    *("业务量", "业务总量", "业务收入"),  # (快递服务企业业务量…；业务收入…: the same firms')
    *("总产值", "增加值"),  # (农林牧渔业总产值…；增加值…: the same sector's value added)
)
#: Lines that lend their owner to the lines after them but take none (实现主营业务收入…、
#: 利税…、利润…: a list's part, no line of another's).
STATEMENT_LENDERS = ("利润", "主营业务收入")  # (主营业务收入 one line: no 主营 owns what follows)
#: Heads that name bodies of any kind (单位, 企业): no owner for what they hold.
GENERIC_BODIES = ("单位", "企业", "机构", "公司")
#: The units bodies are counted in (企业4家, 4097户).
BODY_UNITS = ("户", "家")
#: How large things counted are (高压线路3条，长度4200米; 项目6个，建设里程69公里): theirs.
DIMENSIONS = (
    "场地面积",
    "长度",
    "总长度",
    "里程",
    "建设里程",
    "总里程",
    "建筑面积",
    "占地面积",
    "总库容",
    "库容",
    "容量",  # 实施新能源项目304个，容量1255万千瓦: the projects' capacity
    "装机容量",
    "总装机容量",
)
#: Who works in the bodies or places counted (艺术表演团体1.8万个，从业人员38.5万人).
STAFF = (
    "从业人员",
    "职工",
    "在岗职工",
    "工作人员",
    "卫生人员",
    "卫生技术人员",
    "专任教师",
    "教职工",
)
#: The patients hospitals counted saw, named alone (年门急诊, 年住院): the hospitals'.
VISITS = tuple(
    f"{year}{word}"
    for year in ("", "年")
    for word in (
        "门急诊",
        "门诊",
        "急诊",
        "住院",
        "出院",
        "诊疗",
        "总诊疗",
        "门急诊人次",
        "诊疗人次",
    )
)
#: What places counted hold (养老服务中心12个，床位860张): the places' beds.
CAPACITIES = ("床位", "床位数", "车位", "停车位", "泊位", "座位", "机位")
#: What the bodies counted hold, longest first: a figure of theirs lends the bodies, not
#: itself (医疗卫生机构1200个，床位2.1万张，卫生技术人员… → 医疗卫生机构卫生技术人员).
HELD_BY_BODIES = tuple(sorted({*CAPACITIES, *STAFF, *DIMENSIONS, *VISITS}, key=len, reverse=True))


def _held_by_bodies(name: str) -> str:
    """The bodies a figure of what they hold was named with (医疗卫生机构床位 →
    医疗卫生机构); "" if it names no such thing of bodies."""
    word = next((w for w in HELD_BY_BODIES if name.endswith(w)), "")
    bodies = name[: len(name) - len(word)]
    return bodies if word and han_len(bodies) >= 2 else ""


#: What things or people counted earn (…，实现收入2亿元): the earnings of their topic.
EARNINGS = ("收入", "营业收入", "销售收入", "营收", "利润", "产值")
#: Verbs of serving or drawing people: the topic is before them (乡村旅游|接待游客).
SERVING_RE = patterns.compile(r"接待|带动|吸纳|吸引|服务(?!业)|培训")  # (服务业: an industry)


def _earning_topic(counted: Item) -> str:
    """Whose earnings follow a count (:data:`EARNINGS`): for people, the topic written
    before the verb that serves or draws them (乡村旅游接待游客 → 乡村旅游), or what the
    verb names (带动返乡创业 → 返乡创业); for things, the things (新建光伏电站 → 光伏电站);
    "" when that is no short plain name."""
    name = counted.indicator
    if unit_base(counted.unit) in PERSON_UNITS and (verb := SERVING_RE.search(name)):
        name = name[: verb.start()] if han_len(name[: verb.start()]) >= 2 else name[verb.end() :]
    topic = leading_verbs_stripped(trim_prefix(name))
    if topic.endswith(("人数", "人次")) and han_len(topic) >= 4:
        topic = topic[:-2]  # 国内旅游人数…，收入…: 国内旅游收入, not the count's
    return topic if 2 <= han_len(topic) <= 12 and not re.search("[、的]", topic) else ""


#: Words before a bare measure that say nothing of whose it is (全年计划投资, 实现利润,
#: 综合产值).
BARE_WORDS_RE = patterns.compile(
    r"^(?:全年|年内|今年|当年|年度|计划|预计|拟|实现|完成|实际|累计|共|已|先|再|总|综合)+"
)
#: Verbs of adding land or plants a measure's owner opens with (新栽|油茶林, 新增造林).
ADDED_RE = patterns.compile(r"^(?:新|累计)?(?:栽植|种植|栽|种|植|营造|造|新增)")
#: A bare change of the object of the clause before (增加X，今年先增加50亿元).
BARE_CHANGES = ("增加", "减少", "新增", "压减", "削减", "降低", "提高")
BARE_CHANGE_NAME_RE = patterns.compile(
    rf"(?:平均每年|每年|拟|将|再|先|又)*({'|'.join(BARE_CHANGES)})"
)
#: A clause of nothing but when (力争年末, 今年, 到2027年): the clause before it speaks.
WHEN_ONLY_RE = patterns.compile(
    r"(?:力争|确保|预计|计划)?(?:今年|明年|年内|年底|年末|上半年|下半年|全年|到?[0-9]{4}年(?:底|末)?)(?:前)?"
)
#: A herd's stock or flow (奶牛|存栏, 生猪|出栏): a rate after it of breeds or of
#: scale is that herd's (良种化率).
HERD_RE = patterns.compile(r"(?:存栏|出栏|饲养量|养殖量)$")
#: Trees or seedlings planted (完成造林, 植树): a survival rate after them is theirs.
PLANTED_RE = patterns.compile(rf"({HAN_LETTER}{{0,4}}?(?:造林|植树|栽植|育苗))(?:面积)?$")
#: A rate of handling named alone (办结率, 满意率, 解决率), or with the object handled only
#: (风险消除率, 隐患整改率): of the things counted before.
BARE_RATE_RE = patterns.compile(rf"(?:[{HAN}]{{2}})?{HANDLING_RATE}")
# (…毕业生1.37万人，就业率…: the rate of the people counted)
#: A flow of a measure named without its owner (新投产里程, 在建规模): the owner of the
#: figure of the clause before (铁路投资…).
FLOW_HEADS = frozenset(("里程", "规模", "装机", "产能", "总量"))
FLOW_MEASURE_RE = patterns.compile(
    rf"(?:新增|新投产|新开通|新建成?|新开工|新通车|运营|通车|在建)(?:{'|'.join(sorted(FLOW_HEADS))})"
)
#: A sum of all the parts listed before it (收入总计, 支出合计).
SUM_WORD_RE = patterns.compile(r"总计|合计|共计")
#: What firms or bodies spend or earn (研发经费投入, 营业收入): named alone after a clause
#: whose topic opens with them, theirs.
SPENT_ENDS = ("投入", "经费", "营业收入", "营收", "利润", "利润总额", "产值")
FIRMS_TOPIC_RE = patterns.compile(
    rf"(?:{HAN_LETTER}){{1,8}}?(?:企业|单位|高校|医院|机构)(?=(?:{HAN_LETTER}){{2}}|$)"
)
#: What a topic says of its thing rather than the thing (经济效益, 工作): left out.
TOPIC_TAIL_RE = patterns.compile(
    r"(?:[经济营]{2}效益|效益|运行质量|运行|生产经营|生产|工作|(?:国际|国内)?(?:影响力|竞争力|知名度))$"
)
#: What a thing gives to a whole, named without the thing (对GDP综合贡献率, 对经济增长的拉动).
TOWARD_RE = patterns.compile(
    rf"对(?:{HAN_LETTER}|[A-Za-z0-9]){{1,8}}?的?(?:综合)?(?:贡献率|贡献|拉动)"
)


def _widened_owner(text: str, prev: Item) -> str:
    """What a count of places reached by a widening is named with (绿电外送|拓展至|22个
    省区市 → 绿电外送), when the figure before is such a count; "" otherwise."""
    if not text.endswith(("至", "到"), 0, prev.start):
        return ""
    owner = prev.indicator.removesuffix(prev.noun)
    if owner == prev.indicator or not 2 <= han_len(owner) <= 10 or re.search(r"[、的]", owner):
        return ""
    return owner


#: A tally of generic things (项目数, 企业数): of the ones the clause before speaks of.
TALLY_RE = patterns.compile(r"(项目|企业|事项|产品|机构|品种)(?:数|数量)")


#: A clause that says under what circumstance, not about what (随着…, 由于…).
CIRCUMSTANCE_RE = patterns.compile(r"(?:随着|由于|因为|通过|如果|只要|为了)")


def _bodies_lent(text: str, prev: Item, earlier: list[Item]) -> str:
    """The bodies counted a few figures before, in the same part of the sentence, when
    ``prev`` (the figure just before) was named by them (项目10个，协议资金… → 项目协议资金;
    经营单位2万家，从业人员…): what they yield next is theirs too, not the figure before's
    (…，到位资金… → 项目到位资金, no 协议资金到位资金; …，营业收入… → 经营单位营业收入); else ""."""
    if not earlier or earlier[-1] is not prev:
        return ""
    for counted in reversed(earlier[-BODIES_BACK - 1 : -1]):
        if PART_END_RE.search(text, counted.end, prev.start):
            return ""
        if kind_of_unit(counted.unit) != "count" or unit_base(counted.unit) in PERSON_UNITS:
            continue
        bodies = counted.indicator
        fits = (
            han_len(bodies) >= 2
            and not PLAN_TAIL_RE.search(bodies)  # (7宗…项目|年度计划投资9.3亿元: the plan's)
            and prev.indicator.startswith(bodies)
            and han_len(prev.indicator) > han_len(bodies) + 1
        )
        return bodies if fits else ""
    return ""


#: The units places and bodies are counted in (体育场地2.43万个, 单位32.64万个, 学校12所).
PLACES_COUNTED_UNITS = frozenset(("个", "家", "所", "座", "处"))
#: How many figures back the bodies that own a yield are looked for.
BODIES_BACK = 3


#: What is sold or carried, named alone after its topic (…类商品稳定增长，实现零售额…;
#: 水路集疏运成为最主要的方式，运量…): the topic's.
TRADED = ("零售额", "销售额", "营业额", "运量", "出口", "进口", "进出口", "出口额", "进口额")
#: An average of the sum just named (投产项目总投资…，平均投资规模…): the same things'.
AVERAGE_OF_SUM_RE = patterns.compile("平均(?:投资|单体|项目)?(?:规模|投资额|单价)")
#: The period a yield may be named with (本月到位资金, 累计完成投资): still the bodies'.
YIELD_PERIOD_RE = patterns.compile("^(?:本月|当月|累计)")


#: What a deed ends with when it is done (整改|到位, 办理|完毕): no thing it is done to.
DEED_RESULTS = ("到位", "完毕", "完成", "办结", "办复", "答复", "结案")


def _deed_alone(name: str) -> bool:
    """Whether a count's name is a deed with nothing it is done to (审结, 整改到位)."""
    bare = leading_verbs_stripped(name) if name else name
    return (
        not bare
        or bool(BARE_VERBS_RE.fullmatch(name))
        or name.endswith(DEED_RESULTS)
        and (han_len(name) <= 4)
    )


def _whole_of_part(text: str, earlier: list[Item]) -> Item | None:
    """The figure the last one is a part of, when that was said after 其中 right after it
    (引进项目68个，其中10亿元以上项目12个): what a clause after both is said of; else None."""
    if len(earlier) < 2 or not among_parts(text, (part := earlier[-1]).start):
        return None
    opens = clause_start(text, part.start)
    sentence = _sentence_start(text, part.start)
    # the last figure before 其中 in the part's unit, past any other part listed with it
    # (签约项目218个，合同引资…，其中50亿元以上项目3个、10亿元以上项目16个)
    whole = next(
        (
            it
            for it in reversed(earlier[-PARTS_LOOKED_BACK:-1])
            if it.end <= opens and unit_base(it.unit) == unit_base(part.unit)
        ),
        None,
    )
    if whole is None or whole.start < sentence or PART_END_RE.search(text, whole.end, opens):
        return None
    return whole


#: People whose satisfaction a rate opening with them is (代表|满意率, 群众|满意率).
RATERS = ("代表", "委员", "群众", "市民", "居民", "企业", "游客", "患者", "家长", "学生", "用户")
#: Fields a part after 其中 may be named by alone (…资源保护领域, 民生方面): their things counted.
FIELD_ENDS = ("领域", "方面", "行业领域")
#: How many figures back the whole of a part after 其中 is looked for.
PARTS_LOOKED_BACK = 8


def _owned_by_clause_before(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A bare measure (利润, 计划投资, 先增加) joined to its owner, the nearest
    noun phrase before it in the sentence that is a subject or topic:

    * the things counted by the figure just before (开工项目57个，完成投资… →
      开工项目完成投资), for what things yield or cost;
    * the object of the clause before, for a change of it (增加建设投资，今年先增加…)
      or a sum spent on it (全力建设物流园区，全年计划投资…);
    * the topic of the clause before, cut where its report of progress starts
      (工业企业经济效益大幅度提高，实现利润… → 工业企业利润).

    Only across one comma, never from a doer or an order (我们…, 要…), and
    never a list or a phrase with 的 (whose head is not sure)."""
    core = BARE_WORDS_RE.sub("", name)
    yields = YIELD_PERIOD_RE.sub("", core)  # 新建项目91个，本月到位资金…: the same bodies'
    yielded = yields in YIELDS
    traded = core in TRADED  # 汽车类商品稳定增长，实现零售额…: the goods' sales
    average = core[:2] == "平均" and AVERAGE_OF_SUM_RE.fullmatch(core)  # 平均投资规模: of whose
    change = name[-2:] in BARE_CHANGES and BARE_CHANGE_NAME_RE.fullmatch(name)
    toward = core[:1] == "对" and TOWARD_RE.fullmatch(
        core
    )  # 对GDP综合贡献率: a contribution of the topic's
    effect = name[:2] in EFFECT_VERBS and han_len(name) <= 6  # 带动就业: what did
    flow = core[-2:] in FLOW_HEADS and FLOW_MEASURE_RE.fullmatch(core)  # 新投产里程: of what
    held = core in HOLDINGS
    theirs = core in DIMENSIONS or core in STAFF  # how large things counted are, who works there
    visits = core in VISITS  # 医院…，年住院…: the patients the bodies saw
    bare = (
        held
        or (core in BARE_MEASURES or core in CAPACITIES)
        and han_len(core) <= 4
        or core in YIELDS  # (协议投资总额: a yield of any length)
    )
    rate = core[-1:] == "率" and BARE_RATE_RE.fullmatch(core)  # 办结率: of the things counted
    # 经营主体持续壮大。总量接近800万户: of the topic
    total = name in ("总量", "总数", "总规模", "总额")
    network = name[-2:] in ("总长", "里程") and han_len(name) <= 6  # 运营线路总长: of what
    tally = name.endswith(("数", "数量")) and TALLY_RE.fullmatch(name)  # 扩大…项目库，项目数…
    harvest = name in HARVEST_CHANGES  # 粮食总产量在…基础上，又增产…: the topic's harvest
    owned = bool(
        change
        or toward
        or effect
        or flow
        or bare
        or theirs  # of the things just counted only
        or visits
        or rate
        or total
        or network
        or tally
        or harvest
        or yielded
        and yields != core
        or traded
        or average
    )
    # 省属企业创新导向更加突出，研发经费投入增长…: what firms spend or earn is theirs
    spent = not owned and name.endswith(SPENT_ENDS) and han_len(name) <= 8
    owned = owned or spent
    short = han_len(name) <= 2  # 绿电外送拓展至22个省区市，输出…: of what was widened
    herd_rate = core[-1:] == "率" and han_len(core) <= 5  # 奶牛存栏…，良种化率…: the herd's
    if not (owned or short or herd_rate):
        return name
    start = clause_start(text, first.start)
    if traded and "分别" in text[start : first.start]:
        return name  # A类、B类和C类分别实现零售额…: each listed its own, no topic's
    sentence = _sentence_start(text, start)
    if (
        bare
        and not held
        # the clause opens the sentence, or those before it hold figures: none can own it
        and (start == sentence or DIGIT_RE.search(text, sentence, start))
        and (headline := headline_before(text, sentence))
    ):
        # 纺织业稳步回升。全年实现产值56亿元: 纺织业产值 (in any clause of the sentence after
        # it); 一产固投快速增长。完成投资…: the headline's measure itself
        return headline if HEADLINE_MEASURE_RE.search(headline) else join_once(headline, core)
    if bare and (sum_of_all := SUM_WORD_RE.search(text, start, first.start)):
        # …补助收入9.2亿元，收入总计30.8亿元: the sum of all, no part's
        return name + sum_of_all.group() if not name.endswith(sum_of_all.group()) else name
    topic_sentence = text[start - 1 : start] == "。" and (
        (total and han_len(text[clause_start(text, start - 1) : start]) <= 12)
        # 国有企业共4097户。资产总额…: the bodies a sentence just counted
        or (
            held
            and bool(earlier)
            and earlier[-1].end == start - 1
            and earlier[-1].unit in BODY_UNITS
        )
    )
    # (…管理的体育场地2.43万个，占1.43%；场地面积…: how large the things counted are, after
    # their share, across the ；)
    counted_before = (
        theirs
        and text[start - 1 : start] in ("；", ";")
        and text.endswith(core, start, first.start)  # (；组织106名工作人员…: no such measure)
    )
    if start < 2 or text[start - 1] not in "，," and not topic_sentence and not counted_before:
        return name
    before = clause_start(text, start - 1)
    if (
        before >= 2
        and text[before - 1] in "，,"
        and WHEN_ONLY_RE.fullmatch(text, before, start - 1)
    ):
        start, before = before, clause_start(text, before - 1)  # …物流中心，力争年末，完成投资…
    prev = _last_after(earlier, before)
    if (
        rate
        and prev is None
        and before >= 2
        and text[before - 1] in "，,"
        and start - before <= 12  # 收到代表建议235件，已全部办结，满意率…: one clause between
    ):
        before = clause_start(text, before - 1)
        prev = _last_after(earlier, before)
    if (yielded or theirs) and prev is not None and (whole := _whole_of_part(text, earlier)):
        prev = whole  # 引进项目68个，其中…项目12个，到位资金…: all the projects', not the part's
    if prev is not None and (
        kind_of_unit(prev.unit) == "rate"
        and prev.indicator.endswith(("占比", "比重"))
        or kind_of_unit(prev.unit) == "amount"
        and PLAN_END_RE.search(prev.indicator)
        or in_closed_note(text, prev, start)
    ):
        # 工业项目58个、占比26.5%，总投资…; 重点项目55宗，年度投资计划67.9亿元，完成投资…;
        # 39宗新开工项目（已开工8宗），完成投资…: the things counted, not their share, their
        # plan, or the part a note counts
        sentence = _latest(earlier, _sentence_start(text, first.start))
        counts = [
            it
            for it in _outside_notes(text, sentence, start)
            if kind_of_unit(it.unit) == "count" and it is not prev
        ]
        prev = counts[-1] if counts else prev
    if (
        counted_before
        and (
            prev is None
            or unit_base(prev.unit) not in PLACES_COUNTED_UNITS
            or text.startswith("其中", clause_start(text, prev.start))
            # (…368个，其中医院12个，卫生院18个，村卫生室286个；卫生技术人员…: the last of the parts
            # of a whole counted before 其中 in the sentence; a sentence opening with 其中 has its
            # parts own what follows: 其中，…公园1.2万个，占8.3%；场地面积…)
            or (among := text.rfind("其中", opens := _sentence_start(text, prev.start), prev.start))
            >= 0
            and "；" not in text[among : prev.start]
            and DIGIT_RE.search(text, opens, among) is not None
        )
    ):
        # (…藏书…，增加1.34万册；专任教师…: no places or bodies counted before; 卫生机构…个，
        # 其中医院186个；卫生技术人员…: the part counted last does not employ the whole's staff)
        return name
    if is_base_of(prev, name):
        return name  # 支出…，比上年同期4500万元增长11%: the measure's growth, not the base's
    if prev and prev.end < start and (population := vital_rate_owner(prev.indicator, name)):
        return population + name  # 户籍人口出生率8.5‰，死亡率7.3‰: the same population's
    if herd_rate and not (owned or short):
        herd = HERD_RE.search(prev.indicator) if prev and prev.end < start else None
        owner = trim_prefix(prev.indicator[: herd.start()]) if herd else ""
        owner = re.sub(r"^(?:年[末底]|期末)", "", owner)
        if (
            ("成活" in name or "保存" in name)
            and prev
            and prev.end < start
            and (planted := PLANTED_RE.search(prev.indicator))
        ):
            owner = leading_verbs_stripped(planted.group(1))  # 完成造林2万亩，成活率…: 造林成活率
        return owner + name if 1 <= han_len(owner) <= 6 and owner not in name else name
    if prev and harvest:
        # 税收收入完成12亿元，增长5%，增收6000万元: the sentence's measure in the same unit
        # (or in money: 增收4376万 after …30161万元), none inside a note closed before
        sentence = _outside_notes(text, _latest(earlier, _sentence_start(text, first.start)), start)
        # (…完成年初预算96540万元的22.04%，短收…: the measure's shortfall, not its budget's,
        # unless the budget is the measure: 本级支出预算为79.87亿元，调增…)
        sentence = [
            it for it in sentence if not BUDGET_FIGURE_END_RE.search(it.indicator)
        ] or sentence
        same = [it for it in sentence if unit_base(it.unit) == unit_base(first.unit)] or [
            it for it in sentence if kind_of_unit(it.unit) == "amount"
        ]
        owner = without_absolute_change(same[-1].indicator) if same else ""
        ok = 2 <= han_len(owner) <= 16 and "、" not in owner and owner != name
        return owner + name if ok else name
    if prev and visits and prev.end < start:
        # 妇幼保健机构105家，…，卫生技术人员…，年门急诊…: the visits of the bodies counted
        bodies = _held_by_bodies(prev.indicator) or (
            prev.indicator if unit_base(prev.unit) in ("家", "个", "所") else ""
        )
        return bodies + name if 2 <= han_len(bodies) <= 12 and "、" not in bodies else name
    if prev:
        if core in FIRM_MEASURES and without_absolute_change(prev.indicator) in FIRM_MEASURES:
            return name  # 利税增长27.5%，其中利润增长28.7%: a measure of firms, no owner of another
        if (
            yielded
            and prev.end < start
            and (bodies := _bodies_lent(text, prev, earlier))
            and not name.startswith(bodies)
        ):
            return bodies + name  # 三产项目45个，协议资金26.3亿元，到位资金…: 三产项目到位资金
        counted = kind_of_unit(prev.unit) == "count" and unit_base(prev.unit) not in PERSON_UNITS
        if (
            core in EARNINGS
            and prev.end < start
            and kind_of_unit(prev.unit) == "count"
            and (topic := _earning_topic(prev))
        ):
            return topic + core  # 乡村旅游接待游客50万人次，实现收入2亿元: 乡村旅游收入
        if (
            (
                counted
                and (yielded or core in CAPACITIES or theirs)
                or held
                and prev.unit in BODY_UNITS
            )
            and prev.end < start
            and prev.indicator
        ):
            # 年内开工项目57个，完成投资34.8亿元; 国有企业4家，资产总额… (households: 户 too),
            # the bodies by their head (纳入统计范围的|国有企业)
            owner = leading_verbs_stripped(prev.indicator) if theirs else prev.indicator
            owner = without_absolute_change(owner)  # 机构…，比上年增加10个，床位…: the bodies'
            owner = owner.rstrip("（(")  # 39宗新开工项目（|已开工8宗）: the note opened after it
            if theirs and (held_before := _held_by_bodies(owner)):
                owner = held_before  # 机构105家，床位…，卫生技术人员…: the bodies', not the beds'
            if held and han_len(head := owner.rpartition("的")[2]) >= 2:
                if head in GENERIC_BODIES:
                    return name  # 纳入统计的|单位3730户: all of them, named by nothing
                owner = head
            # 床位526.7万张，比上年增长17.2%: the same beds again, not 床位床位; 体育场地…，
            # 场地面积…: 体育场地面积, the word they share once
            return owner if owner.endswith(name) else join_once(owner, name)
        if rate and prev.end < start and not name.startswith(RATERS):
            # 办理代表建议95件、政协提案136件，办结率…: the rate of the things counted (代表满意率:
            # the deputies' own rating, no thing's)
            counts = [it for it in _latest(earlier, before) if kind_of_unit(it.unit) == "count"]
            if "均" in text[start : first.start + 4] and (
                people := [
                    it.indicator[:-2]
                    for it in _latest(earlier, sentence)
                    if kind_of_unit(it.unit) == "count" and it.indicator.endswith("人数")
                ]
            ):
                # 参加基本养老保险人数…，参加基本医疗保险人数…，参保率均…: the rate of each
                owner = "、".join(
                    dict.fromkeys(leading_verbs_stripped(ENROL_RE.split(p)[-1]) for p in people)
                )
                return owner + name if 2 <= han_len(owner) <= 24 else name
            if not counts and prev.indicator.endswith("金额"):
                # 已整改问题金额10.1亿元，整改率…: the rate of the things the sum is of
                things = leading_verbs_stripped(prev.indicator[:-2].removeprefix(core[:2]))
                ok = 2 <= han_len(things) <= 8
                return things + name if ok and not name.startswith(things) else name
            things = [
                leading_verbs_stripped(it.indicator.removeprefix(core[:2]))
                for it in counts
                if not _deed_alone(it.indicator.removeprefix(core[:2]))
            ]
            if counts and not things:
                # 受理各类案件…，审结…，结案率…: a count named by its deed alone (审结, 整改到位)
                # names no things; those the sentence counted before do
                things = [
                    leading_verbs_stripped(it.indicator)
                    for it in _latest(earlier, sentence)
                    if kind_of_unit(it.unit) == "count" and not _deed_alone(it.indicator)
                ][-1:]
            owner = "、".join(dict.fromkeys(things))  # 对象16.6万户70.5万人: counted twice
            if len(core) > 3 and owner.endswith(core[:2]):
                name = name[: len(name) - len(core)] + core[2:]  # 排查隐患…，隐患整改率: once
            elif (deed := owner.find(core[-3:-1])) > 0 and owner[deed + 2 :] in ("人数", "人员"):
                owner = owner[:deed]  # 长护险参保人数…，参保率…: 长护险参保率, the deed once
            return owner + name if 2 <= han_len(owner) <= 20 and "的" not in owner else name
        if short and prev.noun and (widened := _widened_owner(text, prev)):
            return widened + name  # …外送拓展至22个省区市，输出345亿度: 绿电外送输出
        if not owned:
            return name
        if name in DEMAND_ALONE and prev.indicator.endswith(("增加值", "生产总值", "GDP")):
            return name  # 工业增加值增长13.8%，投资增长21.3%: the economy's, not industry's
        if toward and prev.indicator.startswith(EFFECT_VERBS):
            return name  # …拉动…9.6个百分点，对…的贡献率: the puller's, once it is named
        if (
            name in ("总额", "总量")  # (总产值, 总产量: a measure of its own, a sibling's)
            and kind_of_unit(prev.unit) == "rate"
            and prev.end < start
            and 2 <= han_len(prev.indicator) <= 12
            and not prev.indicator.endswith((*SHARE_WORDS, "率"))
            and not weakness(prev.indicator)
        ):
            return join_once(prev.indicator, name)  # 外贸进出口增长8.4%，总额突破…: its total
        owner, whole = head_owner(prev.indicator, 2)
        if owner[-2:] in FLOW_SIBLINGS and han_len(owner) > 3:
            owner = owner[:-2]  # 国有企业负债总额…，营业收入…: the firms', not their debts'
        owner = owner if flow or bare or toward or average else ""  # (第三产业…，对GDP增长的贡献率)
        if (
            bare
            and not owner
            and not whole
            and unit_base(prev.unit) == unit_base(first.unit)
            # 收入合计…，支出…: a measure (its sum word aside), no thing added
            and not SHARED_HEAD_RE.search(SUM_END_RE.sub("", prev.indicator))
        ):
            # 新栽油茶林3.2万亩，总面积达到18万亩: the total of the things just added
            owner = leading_verbs_stripped(prev.indicator)
            owner = ADDED_RE.sub("", owner) if han_len(owner) > 3 else owner
        if (bare or average) and owner:
            # 蔬菜种植面积…，产量…: the same crop's yield; 马铃薯总产量…，实现产值…
            owner = HARVEST_MODIFIER_RE.sub("", owner)
            owner = owner.removesuffix("总")
        if owner.endswith(ALLOCATION_VERBS) and han_len(owner) >= 4:
            # 直达资金累计下达…，实际支出…: the money's, not its allocation's
            owner = ALLOCATED_END_RE.sub("", owner)
        if name.startswith(DONE_WORDS) and (plan := PLAN_TAIL_RE.search(owner)):
            # 重点项目（年度）计划投资…，完成投资…: the projects' done, not planned
            owner = owner[: plan.start()]
        if (
            2 <= han_len(owner) <= 8
            and not re.search(r"[、的]", owner)
            and owner != name[: len(owner)]
            and name not in owner  # 进出口总额…，其中出口…: a part, no 进出口出口
            and FLOW_SIBLINGS.get(name[:2]) != owner[-2:]  # 进口总额…，出口…: no 进口出口
        ):
            # 铁路投资…，新投产里程8000公里: the railways' new lines (完成投资…，增长8%: the
            # growth already has the name, no owner twice; 商品房销售面积…，销售额…: 商品房销售额)
            return join_once(owner, name)
        return name
    clause = text[before : start - 1]
    if DIGIT_RE.search(clause) or not owned:
        return name
    if tally:
        k = clause.rfind(tally.group(1))
        owner = _doing_stripped(
            re.sub(r"^(?:扩大|扩充|充实|建立|完善|更新|培育|壮大)+", "", clause[:k])
        )
        return owner + name if k >= 2 and 2 <= han_len(owner) <= 12 and "、" not in owner else name
    if change:  # the object of the same verb before: whoever does it
        verb = change.group(1)
        k = clause.rfind(verb)
        owner = trim_prefix(clause[k + len(verb) :]) if k >= 0 else ""
        return owner + verb if 2 <= han_len(owner) <= 16 and "、" not in owner else name
    owner, doing = _clause_owner(clause)
    if traded:
        owner = _topic_cut(clause)  # (建材类商品有所下降: its topic, no verb 建 taken off)
        owner = owner.removesuffix(core)  # 加工贸易出口占主导地位，出口…: one 出口
    if not owner:
        return name
    if (spent or bare) and (firms := FIRMS_TOPIC_RE.match(owner)):
        owner = firms.group()  # 民营企业活力不断增强，营业收入…: the firms', not their vigour's
    elif spent:
        return name
    if spent and OWN_SCOPE_RE.match(name):
        return name
    if han_len(owner) > 14 or "、" in owner:  # “A”“B”等劳务品牌, 东环线、西环线等轨道交通线
        owner = owner.rpartition("等")[2]
    if doing == owner and "的" in owner:  # 对接东北的|区域物流中心; not …的|增长机制
        owner = owner.rpartition("的")[2]
        owner = "" if SYSTEM_TAIL_RE.search(owner) else owner
    if not 2 <= han_len(owner) <= 14 or re.search(r"[、的，]", owner) or VERB_END_RE.search(owner):
        return name
    return owner + name


#: The longest headline sentence a bulletin sets before its figures (一产增加值稳步提高。).
HEADLINE_MAX = 16
#: A measure a headline may report (…增加值, …固投, …收入).
HEADLINE_MEASURE_RE = patterns.compile(
    r"(?:增加值|产值|固投|投资|收入|利润|税收|产量|销售额|零售额|营业额|进出口|出口|进口)$"
)


def _headline_ending_at(text: str, start: int) -> str:
    """The short sentence without figures that ends right before ``start`` (a headline:
    一产增加值稳步提高。|…), else ""."""
    if start < 2 or text[start - 1] != "。":
        return ""
    headline = text[_sentence_start(text, start - 1) : start - 1].strip()
    if not 4 <= len(headline) <= HEADLINE_MAX or DIGIT_RE.search(headline):
        return ""
    return headline


def headline_before(text: str, start: int) -> str:
    """The thing a short headline sentence without figures reports, when the clause at
    ``start`` opens the sentence after it (一产增加值稳步提高。全市完成107.8亿 → 一产增加值;
    纺织业稳步回升。全年实现产值… → 纺织业), else ""."""
    if not (headline := _headline_ending_at(text, start)):
        return ""
    owner, doing = _clause_owner(headline)  # a topic and its progress, not a deed (推进…)
    if owner in (headline, doing) or not 2 <= han_len(owner) <= 12 or weakness(owner):
        return ""
    if re.search(r"[、，,；的]", owner) or VERB_END_RE.search(owner):
        return ""
    # an industry or firms (纺织业, 小微企业), or a measure (一产增加值, 一产固投): not the
    # economy or a district's looks (经济运行稳中向好。, 旧城区面貌要明显改善。)
    measured = INDUSTRY_NAME_RE.fullmatch(owner) or HEADLINE_MEASURE_RE.search(owner)
    return owner if measured and owner not in ("经济", "产业") else ""


def deed_before(text: str, start: int) -> str:
    """What a short headline sentence of a deed without figures works on, for figures
    named by a verb alone in the sentence after it (持续推进棚户区改造。全年开工1200套 →
    棚户区改造), else "": a deed's headline lends no measure (:func:`headline_before`),
    only the object its verbs alone leave out."""
    if not (headline := _headline_ending_at(text, _sentence_start(text, start))):
        return ""
    owner, doing = _clause_owner(headline)
    if owner != doing or owner == headline or not 2 <= han_len(owner) <= 12 or weakness(owner):
        return ""
    return "" if re.search(r"[、，,；的]", owner) else owner


def _topic_cut(clause: str) -> str:
    """A clause's topic, cut where its report of progress starts (工业企业经济效益大幅度提高 →
    工业企业), else ""."""
    if NO_TOPIC_RE.match(clause) or not (cut := TOPIC_CUT_RE.search(clause, 2)):
        return ""
    topic = TOPIC_TAIL_RE.sub("", trim_prefix(FRAME_HEAD_RE.sub("", clause[: cut.start()])))
    if EQUALLED_CUT_RE.match(clause, cut.start()) and weakness(topic):
        return ""  # 增速与一季度持平，拉动…: a speed alone equals, it names no topic
    return topic


def _clause_owner(clause: str) -> tuple[str, str]:
    """The thing a clause without a figure speaks of, for a measure in the clause after
    it, and the clause without its verbs of doing: the object of those verbs (全力建设中俄蒙
    国际物流园区 → 中俄蒙国际物流园区), else its topic cut where its report of progress
    starts (工业企业经济效益大幅度提高 → 工业企业); ("", …) for a doer, an order or a
    circumstance (我们…, 要…, 随着服务业比重上升…)."""
    doing = _doing_stripped(clause)
    if DOER_RE.match(clause) or CIRCUMSTANCE_RE.match(clause):
        return "", doing
    if doing != MANNER_RE.sub("", clause):
        return doing, doing
    if topic := _topic_cut(clause):
        return topic, doing
    if project_named_alone(clause):
        return clause, doing  # 青龙河治理工程，投资2100万元: a project named alone, then its sums
    return "", doing


#: What firms earn or pay, named alone (实现利润…, 利税…), and the firms a measure before
#: is of (规模以上服务业企业营业收入…, 规模以上工业主营业务收入…).
FIRM_MEASURES = (
    "利润", "利润总额", "利税", "税金", "营业收入", "主营业务收入", "营收", "销售产值", "总产值"
)  # fmt: skip
FIRMS_OWNER_RE = patterns.compile(
    rf"(?:规模以上|规上|限额以上|限上)(?:工业|服务业|{HAN_LETTER}{{1,6}}?业)(?:企业)?"
    rf"|{HAN_LETTER}{{1,8}}?企业(?=(?:{HAN_LETTER}){{2}})"
)


def _firms_across_semicolon(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """What firms earn, named alone in a clause opening after a ； (…营业收入326亿元，增长
    9.1%；实现利润28.7亿元) is of the firms a figure of the same sentence named before it
    (规模以上服务业企业利润): the ；divides a report of the same firms, unlike a ，, which
    the clause-before rule reads; "" otherwise (the name as it is)."""
    if name.removeprefix("实现") not in FIRM_MEASURES:
        return name
    start = clause_start(text, first.start)
    if text[start - 1 : start] == "。" and (headline := _headline_firms(text, start - 1)):
        return headline + name.removeprefix("实现")  # ——纺织企业稳步回升。实现利润…
    if text[start - 1 : start] not in ("；", ";"):
        return name
    for before in reversed(_latest(earlier, _sentence_start(text, first.start))[-4:]):
        if firms := FIRMS_OWNER_RE.match(before.indicator):
            return firms.group() + name.removeprefix("实现")
        earned = next((m for m in BODY_EARNINGS if before.indicator.endswith(m)), "")
        body = before.indicator[: len(before.indicator) - len(earned)] if earned else ""
        if (
            2 <= han_len(body) <= 10
            and HAN_ONLY_RE.fullmatch(body)
            and not OWN_SCOPE_RE.match(body)
        ):
            return body + name.removeprefix("实现")  # 供销社系统销售收入…；实现利润总额…
    return name


#: What a body earns, at the end of a name, the body before it (供销社系统|销售收入).
BODY_EARNINGS = ("销售收入", "营业收入", "主营业务收入", "经营收入")


#: A short sentence of a bulletin's that heads the report of some firms (——纺织企业稳步回升。).
HEADLINE_RE = patterns.compile(r"[—－-]{1,2}([^，。；：0-9０-９]{4,16})$")


def _headline_firms(text: str, stop: int) -> str:
    """The firms a dash-led headline sentence ending at ``stop`` speaks of (——纺织企业稳步
    回升 → 纺织企业), or ""."""
    headline = HEADLINE_RE.search(text, max(0, stop - 20), stop)
    owner, _ = _clause_owner(headline.group(1)) if headline else ("", "")
    firms = FIRMS_OWNER_RE.fullmatch(owner) or re.fullmatch(r"[一-鿿]{1,8}业", owner)
    return owner if firms and 2 <= han_len(owner) <= 12 else ""


#: What a natural feature or a work is measured by, said alone (小坪山，海拔965米).
FEATURE_MEASURES = frozenset(
    (
        "海拔",
        "长",
        "全长",
        "长度",
        "总长",
        "面积",
        "总面积",
        "流域面积",
        "库容",
        "总库容",
        "高度",
        "宽度",
    )
)
#: A feature's name alone, a clause of its own, or after the copula ending it (主要山峰有黄毛尖，|…;
#: 小坪山，|…; 境内最大的河流为二级河茹河，|长20千米).
FEATURE_NAME_RE = patterns.compile(
    rf"(?:[^，。；：]{{0,20}}?(?:为|是|有))?((?:{HAN_LETTER}){{2,8}})"
)


def _feature_named_before(text: str, first: Item, name: str) -> str:
    """A feature's measure said alone, right after the feature's name written as a clause of
    its own (主要山峰有黄毛尖，海拔1011.4米；小坪山，海拔965米 → 小坪山海拔), is that
    feature's; the name's clause opens its sentence or follows a ；."""
    start = clause_start(text, first.start)
    if start < 2 or text[start - 1] not in "，," or not text.startswith(name, start):
        return name
    before = clause_start(text, start - 1)
    if before and text[before - 1] not in "；;。：:":
        return name
    feature = FEATURE_NAME_RE.fullmatch(text, before, start - 1)
    if (
        not feature
        or weakness(own := feature.group(1))
        or VERB_START_RE.match(own)
        or name in own  # (国土面积大，面积…: a clause of its own about the measure)
        or own[-1] in "大小高低多少长短好广"
        or own[0] in "但与和而对在从及并或"  # (但与最近: words of a sentence, no name)
        or OWN_SCOPE_RE.match(own)
    ):
        return name
    return own + name


#: What a production unit makes, sells or earns, opening what is said of it.
FIRM_DEEDS = "生产|销售|实现|完成|上缴|加工|收购|出口|产"
#: A production unit opening its sentence as the subject of what it made or sold
#: (大渡岗茶场全年生产茶叶…, 红星农场实现…): group 1 the unit.
FIRM_SUBJECT_RE = patterns.compile(
    rf"\s*((?:{HAN_LETTER}){{2,12}}?(?:分公司|公司|集团|农场|林场|牧场|茶场|渔场|厂|合作社))"
    rf"(?=(?:全年|今年|当年|上半年)?[{HAN}]?(?:{FIRM_DEEDS}))"
)
#: A sentence with no subject, opening with what a unit made or sold (销售茶叶…, 实现收入…).
FIRM_DEED_OPENING_RE = patterns.compile(rf"\s*(?:全年|共|累计)?(?:{FIRM_DEEDS})")
#: How many sentences back, through sentences with no subject, the unit may be named.
FIRM_SENTENCES = 3


def _firm_of_sentences_before(text: str, first: Item, name: str) -> str:
    """A short name in a sentence with no subject, opening with what was made or sold,
    owned by the production unit a sentence before opens with (大渡岗茶场全年生产茶叶…。
    销售茶叶2190吨，实现茶叶销售收入2400万元 → 大渡岗茶场销售茶叶): the unit is the
    subject left out.  Only through sentences that have no subject either."""
    if han_len(name) > 10 or OWN_SCOPE_RE.match(name):
        return name
    start = _sentence_start(text, first.start)
    if not start or text[start - 1] != "。" or not FIRM_DEED_OPENING_RE.match(text, start):
        return name
    for _ in range(FIRM_SENTENCES):
        before = _sentence_start(text, start - 1)
        if firm := FIRM_SUBJECT_RE.match(text, before, start):
            unit = firm.group(1)
            return name if unit in name or name in unit else unit + name
        if not before or text[before - 1] != "。" or not FIRM_DEED_OPENING_RE.match(text, before):
            return name
        start = before
    return name


#: Words that end the name of a body or a programme that figures can belong to
#: (…试验区, …经济圈, 中欧班列, …改善计划).
BODY_WORDS = ("试验区", "示范区", "合作区", "自贸区", "开发区", "高新区", "经开区", "新区", "园区",
              "片区", "经济圈", "都市圈", "城市群", "经济带", "铁路", "班列", "机场", "港", "口岸",
              "平台", "计划", "工程", "集团", "公司", "基金", "先行区", "博览会", "展销会", "交易会",
              "洽谈会", "运动会", "集群")  # fmt: skip
BODY_WORDS_RE = patterns.compile("|".join(map(re.escape, BODY_WORDS)))
#: A clause opening with a verb after a word or two of manner (重点实施, 着力打造).
DOING_OPENING_RE = patterns.compile(rf"^[{HAN}]{{1,2}}(?:{VERB_ALTERNATION})")
#: How many clauses back the body may open the sentence.
BODY_CLAUSES = 3
#: A body opening its clause, then what the clause says of it (中老铁路|发展远超预期).
BODY_OPENING_RE = patterns.compile(
    rf"((?:第[0-9一二三四五六七八九十]{{1,3}}届)?(?:{HAN_LETTER}|[“”·]){{2,18}}?(?:{'|'.join(BODY_WORDS)}))"
    rf"(?=[{HAN}“]|$)(?![{HAN}]{{0,2}}(?:{'|'.join(BODY_WORDS)}))"
)
#: A clause that reports a thing launched (…账户上线运行, …平台投入运营): the thing.
LAUNCHED_RE = patterns.compile(
    rf"((?:{HAN_LETTER}|[“”（）()A-Za-z]){{2,20}}?)(?:正式|顺利|成功)?(?:上线运行|上线|投入运营|"
    r"投入运行|投入使用|建成投用|建成运营|开通运行|落地运行|挂牌运行|开业运营)"
)
#: A name in quotes opening a list's first item (“渝快办”|用户突破…).
QUOTED_BODY_RE = patterns.compile(rf"“[{HAN}A-Za-z0-9]{{1,12}}”(?=[{HAN}])")
#: What a body does or how big it is, the measures a body owns: 发送旅客, 服务客户,
#: 受益学生, 在园师生规模, 经济总量, 新增供水能力, 月访问量.  A thing counted (5G基站)
#: or an area (节水灌溉面积) may be anyone's.
BODY_DOINGS = ("发送", "运输", "服务", "接待", "受益", "入驻", "吸纳", "开行", "在园", "在校")
BODY_MEASURES = ("规模", "能力", "量", "额", "人次", "占比")
#: A name that says its own scope (全省…, 城镇…, 居民…): no body before owns it.
OWN_SCOPE_RE = patterns.compile(r"^(?:全|本|我|各|该|其|城镇|农村|城乡|居民|地区|规上|规模以上)")
#: Words before a bare measure that say when or how, not whose (累计发送旅客, 新增受益学生).
WHEN_WORDS = ("累计", "新增", "年均", "月均", "全年", "当年", "已", "签约")
WHEN_WORDS_RE = patterns.compile(rf"^(?:{'|'.join(WHEN_WORDS)})+")


def _names_a_body(words: str) -> bool:
    """Whether a body word stands in the words at all: the patterns run only then."""
    return BODY_WORDS_RE.search(words) is not None


@lru_cache(maxsize=4096)  # asked of every name, most of them seen before
def _body_measure(name: str) -> str:
    """The name without its when-words, if it is a measure a body owns; else ""."""
    core = WHEN_WORDS_RE.sub("", name) if name.startswith(WHEN_WORDS) else name
    return core if core.startswith(BODY_DOINGS) or core.endswith(BODY_MEASURES) else ""


def _owned_by_body_before(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A short measure of what a body does or how big it is, opening its clause,
    owned by the body the clause before opens with and reports on (中老铁路发展远超
    预期，累计发送旅客… → 中老铁路发送旅客), or by the name in quotes that opens
    the list it is an item of (“湘易办”用户突破…、月访问量… → “湘易办”月访问量).

    The body's clause has no figures; between it and the name only clauses that
    continue it, opening with a verb (…展销会，吸引…企业参展，现场销售额…), at most
    ``BODY_CLAUSES`` back.  Never onto a name that says its own scope or names a
    body of its own."""
    if not (core := _body_measure(name)):
        return name  # the common case, decided before anything is read
    if (
        not 2 <= han_len(core) <= (10 if core.startswith(BODY_DOINGS) else 6)
        or OWN_SCOPE_RE.match(core)
        or re.search(r"[、“”]", name)
        or _names_a_body(core)
        and BODY_OPENING_RE.search(core)  # 上海港吞吐量: its own body
    ):
        return name
    start = clause_start(text, first.start)
    if same := _latest(earlier, start):
        start = same[-1].end + 1  # a list item: what follows the 、 is its own clause
        lent = same[-1].indicator
        body = QUOTED_BODY_RE.match(lent)
        if not body and _names_a_body(lent) and (body := BODY_OPENING_RE.match(lent)):
            # 国家卓越工程师2人、大国工匠4人: 工程 is no body there
            body = body if _body_measure(lent[body.end() :]) else None
        if text[start - 1] != "、" or not body:
            return name
    opening = text.find(core, start, first.start)
    if opening < 0 or WHEN_WORDS_RE.sub("", FRAME_HEAD_RE.sub("", text[start:opening])):
        return name  # the name is not what opens the clause (全省涉企检查…)
    if same:
        return body.group() + name
    for _ in range(BODY_CLAUSES):
        if start < 2 or text[start - 1] not in "，,":
            return name
        start = clause_start(text, start - 1)
        clause = FRAME_HEAD_RE.sub("", text[start : clause_end(text, start)].strip())
        if NO_TOPIC_RE.match(doing := MANNER_RE.sub("", clause)) or doing.startswith(EFFECT_VERBS):
            continue  # 吸引…企业参展: a clause that goes on with the same subject
        if DOING_OPENING_RE.match(doing) or PIVOT_RE.match(doing):
            return name  # 重点实施“菜篮子”工程, 推动…集群…: the body is an object, not the subject
        body = (
            _names_a_body(clause) and BODY_OPENING_RE.match(clause) or LAUNCHED_RE.fullmatch(clause)
        )  # 多功能自由贸易账户上线运行，发生业务量…: what was launched is a body too
        listed = clause.find("、")  # a list of the body's own projects, after its name
        if (
            body
            and not DIGIT_RE.search(clause)
            and (listed < 0 and "等" not in clause or listed > body.end() + 1)
            and body.group(1) not in name
        ):
            # 物流园区A、B等项目开工建设，入驻企业达到8家: the projects are the body's own
            return body.group(1) + name
        return name  # a clause with a subject of its own: the body is not the sentence's
    return name


#: A name that says only "per head" (人均, 月人均提高): whose it is, the clause before says.
PER_HEAD_RE = patterns.compile(r"(?:月|年)?人均(?:每[年月])?(?:增长|提高|增加)?")
#: A raise that ends the clause before, its subjects before it (A、B和C再次提高，…).
RAISE_END_RE = patterns.compile(r"(?:再次|继续|进一步|同步)?(?:提高|增加|上调|提升)$")
#: A raise of an object in the clause before (继续提高企业退休人员基本养老金，…).
RAISE_VERB_RE = patterns.compile(r"(?:提高|增加|上调|提升)(?![到至])")


def _per_head_owned(text: str, chain: list[Item], names: list[str]) -> list[str]:
    """Per-head figures joined to what the clause before raises: its subjects, one per
    figure (A、B和C再次提高，月人均分别提高…), or its object (提高X，人均每年增长…)."""
    if not names or "人均" not in names[0] or not all(PER_HEAD_RE.fullmatch(n) for n in names):
        return names  # 人均: what every per-head name holds
    start = clause_start(text, chain[0].start)
    if text[start - 1 : start] != "，":
        return names
    clause = text[clause_start(text, start - 1) : start - 1]
    if DIGIT_RE.search(clause):
        return names
    if end := RAISE_END_RE.search(clause):
        parts = [p for p in LIST_JOIN_RE.split(trim_prefix(clause[: end.start()])) if p]
        if len(parts) == len(names) or len(parts) == 1:
            parts = parts * len(names) if len(parts) == 1 else parts
            return [part + name for part, name in zip(parts, names, strict=True)]
        return names
    if (verb := RAISE_VERB_RE.search(clause)) and 2 <= han_len(
        owner := trim_prefix(clause[verb.end() :])
    ) <= 16:
        return [owner + name for name in names]  # 继续提高基本养老金，人均每年增长10%
    return names


#: Verbs of reach that may end a name: the people reached are what is counted.
REACH_END = ("惠及", "受益", "覆盖")


def _people_reached(text: str, item: Item, name: str) -> str:
    """A count of people after a verb of reach (改造惠及390万人) is of the people
    reached: named by the noun after it (惠及600万名近亲属), or as a head count."""
    if not name.endswith(REACH_END) or unit_base(item.unit) not in PERSON_UNITS:
        return name
    after = NOUN_AFTER_RE.match(ahead(text, item.after))
    if after and re.match(rf"{HAN_LETTER}", after.group(1)):
        return name + after.group(1)
    return name + ("人次" if item.unit.endswith("人次") else "人数")


#: A count or a rate of the insured, named without the insurance (新增参保人数, 参保率).
INSURED_NAME_RE = patterns.compile(
    r"^(?:新增|累计)?(?:参保(?:人数|人次|率)|待遇享受人[数次]|享受待遇人[数次])|^保费$"
)
#: An insurance named before in the sentence (城乡居民社会养老保险, 职工医保, 长护险).
INSURANCE_RE = patterns.compile(rf"{HAN_LETTER}{{2,12}}?(?:保险|医保|(?<![风危])险)")
#: A verb that puts people into an insurance (纳入|长护险): the insurance follows it.
ENROL_RE = patterns.compile(r"纳入|参加|加入|^[将把]")


def _insured_by(text: str, first: Item, name: str) -> str:
    """The insured counted without the insurance take the one the sentence named last
    before them (城乡居民社会养老保险全面实施，新增参保人数… → 城乡居民社会养老保险新增
    参保人数)."""
    if ("参保" not in name[:4] and "待遇" not in name[:4] and name != "保费") or not (
        INSURED_NAME_RE.match(name)
    ):
        return name
    found = list(INSURANCE_RE.finditer(text, _sentence_start(text, first.start), first.start))
    last = found[-1] if found else None
    if (
        not last
        or text[last.end() : last.end() + 1] in LIST_JOINS
        or last.group()[0] in LIST_JOINS
        or text[last.start() - 1 : last.start()] in LIST_JOINS
    ):
        return name  # A、B和C…参保率均…: the rate of them all
    owner = leading_verbs_stripped(MANNER_RE.sub("", ENROL_RE.split(last.group())[-1]))
    return owner + name if 3 <= han_len(owner) <= 12 else name


#: People whose problem is solved or whose lot is improved (解决3948人的安全饮水问题,
#: 改善了城区3万人的居住条件), a group word between the verb and them: the verb and the group.
SOLVED_END_RE = patterns.compile(
    r"(解决|改善)了?((?:农村|城区|城镇|城乡|山区|库区|牧区|全[市县区旗])?)$"
)
#: What is solved or improved, written after the people (…等问题: the one named).
PROBLEM_AFTER_RE = patterns.compile(rf"的?((?:{HAN_LETTER}|[“”]){{2,12}}?)等?(问题|条件|环境|状况)")
#: The same verb opening a clause whose later items are the people counted
#: (解决1.8万户群众安全住房、|9.6万人安全饮水等问题).
SOLVED_START_RE = patterns.compile(r"\s*(解决|改善)了?")


#: People named after a bare count, then their problem (6434万|农村人口|饮水安全问题).
PEOPLE_PROBLEM_RE = patterns.compile(
    rf"({HAN_LETTER}{{0,4}}(?:人口|群众|居民|农民|学生|儿童))的?({HAN_LETTER}{{2,10}}?问题)"
)


def _people_solved(text: str, item: Item, name: str) -> str:
    """People counted between 解决 (改善) and their problem are named as those whose
    problem is solved (再解决6000万人安全饮水问题 → 安全饮水问题解决人数; 改善了城区3万人的
    居住条件 → 城区居住条件改善人数)."""
    solved = (
        "解决" in text[max(0, item.start - 7) : item.start]
        or "改善" in text[max(0, item.start - 7) : item.start]
    ) and SOLVED_END_RE.search(text, max(0, item.start - 7), item.start)
    if solved:
        verb, group = solved.groups()
    elif text[item.start - 1 : item.start] == "、" and (
        listed := SOLVED_START_RE.match(text, clause_start(text, item.start))
    ):
        verb, group = listed.group(1), ""  # 解决…、9.6万人安全饮水等问题: a later item
    else:
        return name
    if unit_base(item.unit) not in PERSON_UNITS:
        # 再解决6434万农村人口饮水安全问题: the people named before their problem
        people = PEOPLE_PROBLEM_RE.match(text, item.after, item.after + WINDOW)
        if not people or verb != "解决" or group:
            return name
        return f"解决{people.group(2)}的{people.group(1)}"
    problem = PROBLEM_AFTER_RE.match(text, item.after, item.after + WINDOW)
    if not problem or (verb == "解决") != (problem.group(2) == "问题"):
        return name
    counted = "户数" if unit_base(item.unit) in ("户", "户次") else "人数"
    return f"{group}{problem.group(1)}{problem.group(2)}{verb}{counted}"


#: A clause opening with the whole place or unit (全乡贫困发生率…): a measure of the whole.
WHOLE_SCOPE_OPENING_RE = patterns.compile(r"(?:全|我)[省市州县区旗盟国乡镇村]")


def _owner_of_the_same_word(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A short rate opening with a word the figure of the clause before has after
    its owner (新增长护险参保人数…，参保率达93% → 长护险参保率) is that owner's:
    the sentence goes on about the same thing."""
    if not name.endswith("率") or han_len(name) > 5 or not name[:2].isalpha():
        return name
    sentence = _sentence_start(text, first.start)
    before = _last_after(earlier, sentence)
    if before and (opening := text.rfind("其中", sentence, before.start)) >= 0:
        # 债务余额…，其中一般债务…、专项债务…，债务率为…: the whole's, not its last part's
        wholes = [it for it in earlier if sentence <= it.start and it.end <= opening]
        if wholes and unit_base(wholes[-1].unit) == unit_base(before.unit):
            before = wholes[-1]
    at = before.indicator.find(name[:2], 2) if before else -1
    opens = clause_start(text, first.start)
    if not before or at < 2 or before.end > opens or WHOLE_SCOPE_OPENING_RE.match(text, opens):
        return name  # (…剩余贫困人口257户，全乡贫困发生率为2.16%: the whole's rate)
    owner = leading_verbs_stripped(FLOW_WORDS_RE.sub("", before.indicator[:at]))
    if (
        not 2 <= han_len(owner) <= 10
        or re.search(r"[、的“”0-9０-９]", owner)
        or VERB_END_RE.search(owner)
        or BARE_VERBS_RE.fullmatch(owner)
        or owner in name  # (出生人口…，人口出生率: the rate says its word already)
    ):
        return name
    return owner + name


#: What a figure adds or builds, written once before the part that 其中 gives.
FLOW_STARTS = ("新增", "新建", "新开工", "累计")


def _part_of_flow(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A part given after 其中 of a figure that adds or builds (新增装机…，其中
    非化石能源装机…) is an addition too: without 新增 it reads as the stock."""
    if (
        name.startswith(FLOW_STARTS)
        or text.find("其中", max(0, first.start - 130), first.start) < 0
    ):
        return name  # the search is bounded: a clause is at most 120 characters
    if not text.startswith("其中", clause_start(text, first.start)):
        return name
    whole = _last_after(earlier, _sentence_start(text, first.start))
    flow = next((w for w in FLOW_STARTS if whole.indicator.startswith(w)), "") if whole else ""
    if not flow or not whole or whole.indicator[-2:] != name[-2:]:
        return name
    return flow + name


#: A raise per head written just before the figure (养老金人均每月新增110元).
PER_HEAD_RAISE_RE = patterns.compile(r"人均((?:每[年月日])?(?:新增|增长|增加|提高|上调|提升))$")


def _per_head_raise(text: str, first: Item, name: str) -> str:
    """A name ending in 人均 keeps the raise the text writes after it: without it
    the figure reads as the level itself (养老金人均 110元 is not the pension); a
    rate's kind says it is a change already."""
    if not name.endswith("人均") or kind_of_unit(first.unit) != "amount":
        return name
    raise_ = PER_HEAD_RAISE_RE.search(text[max(0, first.start - 8) : first.start])
    return name + raise_.group(1) if raise_ else name


#: Words of time or plan before a generic amount (全年计划投资): it stays generic.
PLAN_WORDS_RE = patterns.compile(r"^(?:全年|年内|今年|计划|预计|拟)+")
#: Words that name a pair at once: a list of two figures walks through it.
PAIR_WORDS = {"城乡": ("城镇", "农村"), "存贷款": ("存款", "贷款"), "进出口": ("进口", "出口"),
              "牛羊": ("牛", "羊"), "中小学": ("中学", "小学"), "内外资": ("内资", "外资")}  # fmt: skip
PAIR_WORD_RE = patterns.compile(r"^城乡|存贷款|进出口|牛羊|中小学|内外资")
#: Town and country said of one thing earlier in the sentence (发放城乡低保金…): the thing.
URBAN_RURAL_SAID_RE = patterns.compile(rf"城乡({HAN_LETTER}{{2}})")


#: A project of several places after 的 (投资1.3亿元的东河、西河堤防工程): one owner.
LISTED_PROJECT_AFTER_RE = patterns.compile(
    rf"的((?:{HAN_LETTER}|[“”]){{2,12}}(?:、(?:{HAN_LETTER}|[“”]){{2,12}}?)+?(?:工程|项目|基地|园区))"
    r"(?=[，。；,;]|$|开工|建成|投产|竣工|落地|签约|全面|顺利)"
)
#: Money named after its figure, then what it is spent on (30亿元国债资金，重点支持…;
#: 200亿元专项资金，主要用贴息方式支持…; 219亿元支持…).
USE_AFTER_RE = patterns.compile(
    rf"({HAN_LETTER}{{0,4}}?(?:资金|经费))?[，,]?(?:重点|主要|全部|专门|集中)?(?:用来|用于)?"
    rf"(?:(?:用|通过|以|采取){HAN_LETTER}{{1,6}}?(?:方式|办法))?(?:直接)?(支持|用于|扶持|资助|补助|补贴|奖补|兑付)"
)
#: 等 ending a list, not inside a word (高等, 中等, 平等, 等级).
LIST_END_RE = patterns.compile(r"(?<![高中初同平对相优上特头次均差劣])等(?!级)")
#: What a sum is for, without the verb that says so.
USE_VERB_RE = patterns.compile(r"^(?:直接)?(?:支持|用于|扶持|资助|补助|补贴|奖补|兑付)")


#: A sum a treasury gives with no object named (中央财政将投入, 省财政每年安排支出):
#: what for, the sentence says before it.
ALLOCATION_NAME_RE = patterns.compile(
    rf"^([{HAN}]{{0,4}}财政|中央|国家)(?:将|拟|要)*((?:每年|再)?(?:将|拟|要)?(?:增加)?"
    rf"(?:{'|'.join(ALLOCATION_VERBS)})?(?:支出|资金|投入|补助|补贴|转移支付))$"
)
#: A treasury that gives a sum (中央财政, 省级财政, 国家).
TREASURY_RE = patterns.compile(r"(?:中央|国家|省|市|县|区|省级|市级|县级|地方|各级)?(?:财政)?")
#: A purpose written after a treasury's sum (…亿元，以保证…的顺利推进).
AIM_AFTER_RE = patterns.compile(
    r"[^，。；]{0,4}?[，,]以((?:保证|确保|保障|支持|推动|促进)[^，。；]{2,22}?)"
    r"(?:的顺利推进|的需要|顺利推进|的顺利实施)?[，。；]"
)
#: A programme a clause opens with, before what it does (农机具购置补贴|覆盖到…).
FUNDED_TOPIC_RE = patterns.compile(
    rf"((?:{HAN_LETTER}|[“”]){{2,16}}?(?:补贴|补助|奖补|资助|工程|计划|行动))(?={HAN_LETTER})"
)
#: What a policy's object ends with that a sum is not for (…医保|制度).
SYSTEM_TAIL_RE = patterns.compile(r"(?:制度|体系|机制|政策|工作)$")
#: A change from one value to another closing a clause (…补助标准由20元提高到40元).
CHANGED_TO_RE = patterns.compile(r"由[^，。；]{0,12}?(提高|增加|提升|扩大)[到至][^，。；]*$")
#: A count inside a purpose (提高1200万中小学教师待遇): the purpose reads without it.
COUNT_IN_PURPOSE_RE = patterns.compile(r"[0-9０-９.．]+[万亿]?(?:多|余)?(?:名|个|人|所|户|家)?")


def _purpose_before(text: str, first: Item, name: str) -> str:
    """A treasury's sum named by what it is for, when the sentence says it before:
    the clause before, for 为此 (提高…教师待遇，中央财政为此将投入… → 中央财政为提高
    教师待遇投入), or a clause opening with 为 (为保证…的需要，…省财政将每年安排支出)."""
    given = ("财政" in name or name.startswith(("中央", "国家"))) and ALLOCATION_NAME_RE.match(name)
    if not given:
        return name
    start = clause_start(text, first.start)
    begin = _sentence_start(text, first.start)
    purpose = ""
    if "为此" in text[start : first.start] and start >= 2 and text[start - 1] in "，,":
        clause = text[clause_start(text, start - 1) : start - 1]
        if changed := CHANGED_TO_RE.search(clause):
            purpose = changed.group(1) + clause[: changed.start()]  # 补助标准由…提高到…
        else:  # a verb phrase (提高…待遇, 支持…建设), its counts left out
            purpose = COUNT_IN_PURPOSE_RE.sub("", clause)
            purpose = (
                purpose if VERB_START_RE.match(purpose) or purpose.startswith(UP_WORDS) else ""
            )
    elif aim := re.match(r"为了?([^，。；]{4,30}?)(?:的需要|需要)?[，,]", text[begin:start]):
        purpose = aim.group(1)
    elif start > begin and TREASURY_RE.fullmatch(given.group(1)):  # not 节约财政资金
        # 农机具购置补贴覆盖到…，中央财政拟安排资金…; 整合城乡居民基本医保制度，财政补助由…:
        # a programme the clause before opens with, or the object of its verb.
        clause = text[clause_start(text, start - 1) : start - 1]
        funded = FUNDED_TOPIC_RE.match(clause)
        purpose = (
            funded.group(1) if funded else SYSTEM_TAIL_RE.sub("", previous_object(text, start))
        )
        purpose = purpose if VERB_START_RE.match(clause) or funded else ""
    if not purpose and (aim := AIM_AFTER_RE.match(text, first.after)):
        purpose = aim.group(1)  # 中央财政投入3318亿元，以保证医药卫生体制改革的顺利推进
    if not 4 <= han_len(purpose) <= 28 or DIGIT_RE.search(purpose):
        return name
    return f"{given.group(1)}为{purpose}{given.group(2).replace('将', '')}"


def _use_after(text: str, last: Item, names: list[str]) -> list[str]:
    """The names of a sum named by nothing but a money word or a verb, when what it
    is spent on follows (安排30亿元国债资金，重点支持煤矿瓦斯治理 → 煤矿瓦斯治理国债资金);
    empty when the sum has a name of its own or nothing follows."""
    m = USE_AFTER_RE.match(text, last.after, last.after + WINDOW)
    if not m:
        return []
    word = m.group(1) or ""
    generic = all(
        not name
        or name == m.group(2)  # 安排219亿元支持…: the verb after it was taken for its name
        or m.group(2) == "用于"
        and name.startswith("用于")  # 拿出…用于转移支付
        or BARE_VERBS_RE.fullmatch(name)
        or name.endswith(ALLOCATION_VERBS)
        or name.endswith(("资金", "经费"))
        and han_len(leading_verbs_stripped(name)) <= 4  # 投入国债资金: no more than its kind
        for name in names
    )
    use = light_stripped(USE_VERB_RE.sub("", _without_counts(text, m.start(2))))
    listed = LIST_END_RE.search(use)
    if listed and "、" in use[: listed.start()] and "，" not in use[: listed.start()]:
        use = use[listed.end() :]  # 用于淮河、太湖等|重点流域污染防治: what the list is of
    use = re.split(r"[，、]", use)[0]
    if not generic or not 2 <= han_len(use) <= 20:
        return []
    money = word or next((n for n in names if n.endswith(("资金", "经费"))), "资金")
    if not word and m.group(2) in GIFT_NOUNS:
        money = m.group(2)  # …拿出100亿元，直接补贴种粮农民: 种粮农民补贴
    if use.endswith(("资金", "经费")):
        return [use] * len(names)  # 统筹3.1亿元，兑付…财政扶持政策资金: named there whole
    return [use + leading_verbs_stripped(money)] * len(names)


#: The four budgets of a budget report (预算法: 一般公共预算, 政府性基金, 国有资本经营,
#: 社会保险基金), named with their revenue or spending: what a balance named alone is of.
BUDGETS_RE = patterns.compile(
    r"(一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|社会保险基金(?:预算)?)"
    r"(?:总?收入|总?支出|收支)"
)
#: A budget's closing balance named alone (年终结余, 当年结余, 滚存结余); last year's
#: (上年结余, 上年结转) is an item of the revenue listed, named as written like the others.
CLOSING_BALANCE_RE = patterns.compile(
    r"(?:当年|本年|年终|年末|累计|历年)?(?:滚存)?(?:结余|结转)(?:资金)?"
)
CLOSING_BALANCE_END_RE = patterns.compile(CLOSING_BALANCE_RE.pattern + "$")
#: How far back a budget named before a balance is looked for (its paragraph's last lines).
BUDGET_WINDOW = 400


def budgets_balanced(text: str, lists: list[list[Item]], before: str = "") -> None:
    """A balance named alone is of the budget last named before it, in its paragraph or
    the one before (政府性基金支出…，支出合计…。上述收支相抵，年终结余… → 政府性基金年终
    结余; 国有资本经营收入…，当年结余… → 国有资本经营当年结余), as written (当年结余).
    Within a sentence, ``finish._generic_owner`` would give the figure before's owner;
    this reads further back, past a sentence or a paragraph, and keeps 当年."""
    for item in (item for chain in lists for item in chain):
        if not CLOSING_BALANCE_RE.fullmatch(item.indicator):
            continue
        written = CLOSING_BALANCE_END_RE.search(text, max(0, item.start - 8), item.start)
        name = written.group() if written else item.indicator
        named = [*BUDGETS_RE.finditer(text, max(0, item.start - BUDGET_WINDOW), item.start)]
        if not named:
            named = [*BUDGETS_RE.finditer(before[-BUDGET_WINDOW:])]
        if named:
            item.indicator = named[-1].group(1) + name
