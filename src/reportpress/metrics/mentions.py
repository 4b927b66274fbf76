"""One paragraph's metric mentions: figures, their lists, indicators and kinds."""

from __future__ import annotations

import re
from dataclasses import replace

from reportpress import patterns
from reportpress.metrics.indicators import (
    OPENING_OWNER_WORDS,
    achieved_by_counted,
    air_quality_grades,
    aspects_named,
    bars_of_sibling_measure,
    bases_of_price_moves,
    bracketed_lists,
    budget_framed,
    budget_labelled,
    budget_plans,
    budgets_balanced,
    cases_and_persons,
    census_bases,
    chain_indicators,
    changes_named_in_full,
    compared_in_brackets,
    counted_by_predicate,
    counts_of_kinds_moved,
    counts_over_a_bar,
    earlier_years_in_notes,
    figures_of_project_opening,
    founding_verbs_shared,
    full_names,
    goods_held_per_head,
    goods_listed_before_deng,
    heads_listed_bare,
    industries_named_bare,
    industries_of_whole,
    last_listed_before_deng,
    measures_left_out,
    measures_of_bodies_counted,
    measures_of_first_part,
    measures_of_regions,
    measures_of_siblings,
    measures_of_topic,
    modes_of_traffic,
    motions_of_one_body,
    moves_of_goods_listed,
    owners_announced,
    owners_of_a_second_list,
    owners_of_bare_measures,
    owners_of_whole,
    people_parts,
    periods_told_apart,
    place_labelled,
    places_after_label,
    places_counted_listed,
    places_listed,
    places_of_whole,
    price_heads_listed,
    products_named_bare,
    projects_headed,
    projects_lent_on,
    property_kinds_labelled,
    rates_of_one_owner,
    regions_after_measure,
    respective_owners,
    schools_students,
    sectors_counted,
    sectors_measured,
    sectors_shared,
    share_indicators,
    shares_in_notes,
    speeds_named_after,
    speeds_of_parts_moved,
    structure_ratios,
    sums_of_list_changed,
    things_listed_before_deng,
)
from reportpress.metrics.indicators.context import _sentence_start
from reportpress.metrics.indicators.finish import (
    RANKED_HEADER_RE,
    bases_compared_with,
    land_state_parts,
    month_on_month,
)
from reportpress.metrics.kinds import kind_and_direction
from reportpress.metrics.lexicon import TARGET_SHARE
from reportpress.metrics.names import (
    HARVEST_CHANGES,
    SPEED_END_RE,
    WHOLE_NAME_RE,
    han_len,
    without_absolute_change,
    written_once,
)
from reportpress.metrics.scan import Item, Mention, chains, figures, kind_of_unit
from reportpress.metrics.script import (
    copula_colons_read_past,
    enumerations_read_past,
    ordinals_listed,
    short_moves_read,
    simplified,
    unglossed,
)
from reportpress.metrics.tables import table_figures

#: A glossary entry's term (11.“先锋工程”：…, ［3］四库：…): the figures of its
#: definition are the term's.
GLOSSARY_TERM_RE = patterns.compile(
    r"\s*(?:［[0-9]{1,3}］|[0-9]{1,2}[.．])\s*(“[^”：:]{2,16}”|[^：:，。“”\s]{2,16})[：:]"
)
#: A completion's cue left at the end of its name (…组织收入|占全年计划): the kind says it.
COMPLETION_CUE_END_RE = patterns.compile(
    rf"{TARGET_SHARE}数?$|(?:[区市县省]|上级)下达的?(?:年度|全年)?(?:目标)?任务$"
)  # (…固定资产投资|区下达任务|108.6%: the task a level above set, no part of the name)
#: A completion rate named by its word alone (完成率97.47%): of the task said before it.
BARE_COMPLETIONS = frozenset(("完成率", "完成比例", "完成进度", "执行率", "完成比率"))
#: A task's own words around what it does (完成…|村庄规划编制数据入库|工作).
TASK_WORDS_RE = patterns.compile(r"^(?:完成|实施|开展)|(?:工作|任务)$")
#: A share's verb left at the end of its name, of nothing named after it (…存栏占到|70%).
SHARE_VERB_END_RE = patterns.compile(r"(?<=[\u4e00-\u9fff]{2})占(?:到|了)?$")
#: A completion named by its target alone (全年目标数, 州政府下达任务数): of the figure
#: achieved before it in its sentence.
TARGET_ONLY_RE = patterns.compile(
    r"(?:[\u4e00-\u9fff]{0,6}?下达的?)?(?:全年|年度|年初|年)?(?:目标任务|目标|任务|计划)数?"
)


def _harvest_before(text: str, item: Item, kinds: list[tuple[Item, str]]) -> str:
    """The measure of the sum said just before a harvest's or an income's rate in its part of
    the sentence (早稻产量2834万吨，增产0.8%: 早稻产量), or ""."""
    if not kinds:
        return ""
    before, kind = kinds[-1]
    between = text[before.end : item.start]
    if (
        kind != "amount"
        or before.indicator[-2:] in HARVEST_CHANGES  # (增收2亿元，增长12%: of the change's measure)
        or han_len(before.indicator) < 2
        or "；" in between
        or "。" in between
        or len(between) > 12
    ):
        return ""
    return without_absolute_change(before.indicator)


def _achieved_before(text: str, item: Item, kinds: list[tuple[Item, str]]) -> str:
    """The measure of the sum or count last said before ``item`` in its sentence (the
    figure a completion is of), or ""; ``kinds``: the figures read before, with theirs."""
    sentence = _sentence_start(text, item.start)
    for before, kind in reversed(kinds):
        if before.start < sentence:
            break
        if kind in ("amount", "count") and not TARGET_ONLY_RE.fullmatch(before.indicator):
            return before.indicator
    return ""


#: A numbered section label written the same way (2.支出预算执行情况：…, 3.主要工作：…):
#: it heads what follows, it is no term the figures belong to.
SECTION_LABEL_RE = patterns.compile(r"(?:情况|概况|安排|工作|方面|任务|措施|举措|成效|进展|说明)$")


def find_mentions(written: str, before: str = "", frame: str = "") -> list[Mention]:
    """All metric mentions in one paragraph of text, in order, non-overlapping.

    The rules read the paragraph in simplified characters (:mod:`.script`);
    each mention's text is the paragraph's as written, pinyin glosses read
    past (:func:`.script.unglossed`) but kept.  ``before`` is the paragraph just
    before it (with the names of its figures), read only for what a breakdown opening
    this one is of (a release's 规模以上工业增加值…¶从重点行业看，…业增长7.2%) and
    which budget a closing balance is of (政府性基金支出…¶上述收支相抵，年终结余…).
    ``frame`` is a breakdown's frame written as a line of its own just before the
    paragraph (从重点行业看¶装备制造业增长18.8%): the paragraph is read as if it opened
    with it, ``before`` being then the paragraph before the frame.
    """
    if frame:
        shift = len(frame) + 1
        return [
            replace(m, start=m.start - shift, end=m.end - shift)
            for m in find_mentions(f"{frame}，{written}", before)
            if m.start >= shift
        ]
    read = short_moves_read(copula_colons_read_past(ordinals_listed(simplified(written))))
    text, origin = unglossed(enumerations_read_past(read))
    earlier: list[Item] = []
    found = figures(text)
    if "|" in text or "｜" in text:
        # a table pasted as text: its rows' and columns' (its header, perhaps, before)
        found = table_figures(text, found, simplified(before))
    lists = chains(text, found)
    for chain in lists:
        for name, item in zip(chain_indicators(text, chain, earlier), chain, strict=True):
            item.indicator = name
        earlier.extend(chain)
    share_indicators(text, lists, before)
    if "产" in text:
        for chain_before, chain in zip([None, *lists], lists, strict=False):
            sectors_shared(chain, text, chain_before)
        sectors_measured(text, lists)
        if ":" in text or "：" in text:
            structure_ratios(text, lists)
    if "预算" in text:
        budget_framed(text, lists)
    if "安排" in text or "计划" in text:
        budget_plans(text, lists)
    if "结余" in text or "结转" in text:
        budgets_balanced(text, lists, before)
    if "件" in text or "起" in text:
        cases_and_persons(text, lists)
    if "所" in text or "招生" in text or "在校" in text:
        schools_students(text, lists)
    if "分别" in text:  # after the sectors: a second 分别 list is of the same owners
        respective_owners(text, lists)
        owners_of_a_second_list(text, lists)  # …，人均消费支出分别为…: each owner's
        places_counted_listed(text, lists)
        owners_announced(text, lists)  # (the places counted and listed: named each already)
    places_listed(text, lists)
    if "：" in text or ":" in text:  # …比例分别为：越城区80.5%；…: the label's measure
        places_after_label(text, lists)
    if "幅" in text or "速" in text:
        speeds_of_parts_moved(text, lists)
    if "等" in text and "价格" in text:
        goods_listed_before_deng(text, lists)
    if "拥有" in text:
        goods_held_per_head(text, lists)
    if "投资" in text and ("项目" in before or "工程" in before):
        projects_headed(text, lists, before)
    # Last of the naming, however a name was built: a weak one made whole from its
    # sentence (a glossary entry's term is put before the finished names after it).
    full_names(text, lists)
    if "完成" in text or "实现" in text:  # 县直工业完成0.44亿元: a sibling's measure
        measures_left_out(text, lists)
        achieved_by_counted(text, lists)  # 77个县（市）实现生产总值…: theirs
    if "（" in text or "(" in text:
        bracketed_lists(text, lists)
        compared_in_brackets(text, lists)
        shares_in_notes(text, lists)
        earlier_years_in_notes(text, lists)  # …32161元（2020年人均27947元）: that year's
    if "户" in text or "家" in text:
        sectors_counted(text, lists)
    if "增加" in text or "减少" in text or "净" in text:
        changes_named_in_full(text, lists)
    if "其中" in text:  # after the names are whole: a part is named after its whole's name
        people_parts(text, lists)
        industries_of_whole(text, lists)
        owners_of_whole(text, lists)  # 其中：省属国有企业…: the whole's measure, theirs
        places_of_whole(text, lists)  # 其中：甲村61户: the whole's measure, the place's
        measures_of_first_part(text, lists)  # ；写字楼为…: the first part's measure
    if (
        "业" in text or "类" in text
    ):  # …供应业下降3.0%, …石油及制品类增长2.3%: the release's measure
        industries_named_bare(text, lists, before)
    if "产品" in text or "产量" in text:  # 主要工业产品产量中，…氧化铝增长8.9%: its output
        products_named_bare(text, lists)
    if "月" in text:  # spans of months that tell figures of one measure apart
        periods_told_apart(text, lists)
    measures_of_siblings(text, lists)  # …行业用电量699亿千瓦时；有色金属冶炼行业880亿千瓦时
    owners_of_bare_measures(text, lists)  # 烤烟种植面积…，收购金额35784万元: the good's
    measures_of_bodies_counted(text, lists)  # 个体工商户…，从业人员…: theirs
    if "地区" in text:  # 东部地区房地产开发投资…；中部地区投资…: the whole measure
        measures_of_regions(text, lists)
        regions_after_measure(text, lists)  # 水泥产量东部地区…、中部地区…: each region's
    if "：" in text[:16] or ":" in text[:16]:  # 福建省：全省当天共接待游客…: Fujian's
        place_labelled(text, lists)
    if "运量" in text or "周转量" in text:  # 铁路客运量…，旅客周转量…: the railway's
        modes_of_traffic(text, lists)
    if any(word in text for word in OPENING_OWNER_WORDS):  # 2、…开发项目，…，计划投资…: its
        figures_of_project_opening(text, lists)
    if "等" in text:  # 鸡鸭鹅等年末存栏4.8万只: the things listed
        things_listed_before_deng(text, lists)
    if "价" in text:  # 排骨零售价为35.24元、精瘦肉24.65元: 精瘦肉零售价
        price_heads_listed(text, lists)
    if "成交" in text:  # 商业，成交206套/12151.88㎡，均价…: the kind of property's
        property_kinds_labelled(text, lists)
    if "种" in text or "个" in text:  # 12种蔬菜价格下跌，3种持平: the things that held level
        counts_of_kinds_moved(text, lists)
        counts_over_a_bar(text, lists)  # 12个乡镇同比增速超过5%: those that passed it
    if "超" in text or "逾" in text:  # 产值超亿元企业42家，超10亿元企业5家: the same measure's
        bars_of_sibling_measure(text, lists)
    if "议" in text or "提案" in text:  # 人大代表议案5件、建议286件: the same deputies'
        motions_of_one_body(text, lists)
    if "计" in text or "共" in text:  # …分别下降32.6%、28.3%，合计减收3.6亿元: both's
        sums_of_list_changed(text, lists)
    if "率" in text:  # …受理诉求按时办结率99.2%，满意率93.6%: the same things'
        rates_of_one_owner(text, lists)
    if "、" in text:  # …示范地区4个、项目6个: …示范项目
        heads_listed_bare(text, lists)
        if "等" in text:  # …、5万平方米公安小区和2万平方米回迁房等开发项目: 回迁房
            last_listed_before_deng(text, lists)
    if "新" in text:  # 新增工商户220户，民营企业30家: 新增民营企业
        founding_verbs_shared(text, lists)
    if "的有" in text:  # 23项主要指标中，完成的有18项，未完成的有5项: those that did or not
        counted_by_predicate(text, lists)
    if "环比" in text and "同比" in text:  # 土豆2.54元/公斤，环比、同比分别下降…: each base
        bases_of_price_moves(text, lists)
    if "元" in text:  # 排骨、肋条肉21.42元、11.82元，分别升0.05%、1.46%: their prices'
        moves_of_goods_listed(text, lists)
    if "项目" in text or "工程" in text:  # …重点建设项目…总投资…。累计完成投资…: theirs
        projects_lent_on(text, lists)
    if "方面" in text:  # 公路方面，4月份完成货运量…: the mode's
        aspects_named(text, lists)
    if "：" in text or ":" in text:  # …利润增幅逐月扩大：1—4月利润…: the topic's
        measures_of_topic(text, lists)
    if "天" in text:  # 优为275天，良为90天: whose days of each grade
        air_quality_grades(text, lists)
    if "普查" in text:  # …，比2000年第五次全国人口普查的3.31人增加了0.25人
        census_bases(text, lists)
    if "幅中" in text or "速中" in text:  # 在5月份-2.9%的…同比降幅中: that speed's value
        speeds_named_after(text, lists)
    if "预算" in text:  # 政府性基金预算：全市收入…；支出…: the budget's sides, their scopes lent
        budget_labelled(text, lists)
    if "相比" in text or "相较" in text or "比较" in text:  # 与…的699575人相比: the base's
        bases_compared_with(text, lists)
    if "面积" in text and "其中" in text:  # 受灾面积7457亩(其中:农作物4287亩…): the state's
        land_state_parts(text, lists)
    if (
        (term := GLOSSARY_TERM_RE.match(text))
        and not SECTION_LABEL_RE.search(term.group(1))
        and not WHOLE_NAME_RE.search(term.group(1))  # 1.地区生产总值：完成…: a measure's line
        and not RANKED_HEADER_RE.search(term.group())  # 1．…投资增速后三名：…: places ranked
    ):
        lists = _of_glossary_term(lists, term)
    elif label := PLACE_LABEL_RE.match(text):
        _of_place_labelled(lists, label)
    for item in (item for chain in lists for item in chain if item.tabled):
        item.indicator = item.tabled[0]  # the row's thing and the column's measure, last
    renamed = ("", "", -1)  # a part's name before and after, where its sentence starts
    for item in (item for chain in lists for item in chain):
        name = item.indicator
        if item.against_month and "环比" not in name:
            item.indicator = month_on_month(name)  # 其中，城市…: once it is whole
            renamed = (name, item.indicator, _sentence_start(text, item.start))
        elif (
            renamed[0]
            and name.startswith(renamed[0])
            and name != renamed[0]
            and kind_of_unit(item.unit) in ("rate", "pp")
            and "环比" not in name
            and _sentence_start(text, item.start) == renamed[2]
        ):
            # …，影响CPI下降约0.03个百分点: the pull of that part's change, against the month too
            item.indicator = renamed[1] + name[len(renamed[0]) :]
    mentions: list[Mention] = []
    kinds: list[tuple[Item, str]] = []  # the figures read, with their kinds
    for chain in lists:
        for item in chain:
            kind, direction = kind_and_direction(text, chain, item)
            kinds.append((item, kind))
            if kind == "completion" and (cue := COMPLETION_CUE_END_RE.search(item.indicator, 2)):
                item.indicator = item.indicator[: cue.start()]  # …组织收入占全年计划|48.5%
            elif kind == "completion" and (speed := SPEED_END_RE.search(item.indicator, 2)):
                # …增速比年初提升4.3个百分点，完成年度目标任务的50.1%: the measure's, not its speed's
                item.indicator = item.indicator[: speed.start()]
            elif (
                kind == "completion"
                and TARGET_ONLY_RE.fullmatch(item.indicator)
                and (done := _achieved_before(text, item, kinds))
            ):
                # …覆盖人数达到31.36万人，实现全年目标数的93.61%: that figure's completion
                item.indicator = done
            elif (
                kind == "completion"
                and item.indicator in BARE_COMPLETIONS
                and (done := _achieved_before(text, item, kinds[:-1]))
            ):
                # 完成77个村庄规划编制数据入库工作，完成率97.47%: that task's completion rate
                item.indicator = TASK_WORDS_RE.sub("", done) + item.indicator
            elif (
                kind == "change"
                and item.indicator[-2:] in HARVEST_CHANGES
                and (harvested := _harvest_before(text, item, kinds[:-1]))
            ):
                item.indicator = harvested  # 早稻产量2834万吨，增产0.8%: 早稻产量, up
            elif kind in ("share", "pp") and (verb := SHARE_VERB_END_RE.search(item.indicator)):
                item.indicator = item.indicator[: verb.start()] + "占比"  # 农区牲畜存栏占到|70%
            start, end = item.start, item.end
            if origin:
                start, end = origin(start), origin(end - 1) + 1
            mentions.append(
                Mention(
                    start=start,
                    end=end,
                    text=written[start:end],
                    value=item.value,
                    unit=item.unit,
                    approx=item.approx,
                    kind=kind,
                    direction=direction,
                    indicator=written_once(item.indicator),
                    low=item.low,
                )
            )
    return mentions


#: A place labelling its paragraph, an item of a list of places (2、石门乡：…受灾面积2090亩):
#: group 1 the place (a scope, 全区：, is the report's own).
PLACE_LABEL_RE = patterns.compile(
    r"\s*(?:[0-9０-９]{1,2}[、.．]|[（(][0-9一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)?"
    r"\s*((?![全该本我其此])[\u4e00-\u9fff]{1,8}?(?:乡|镇|村|县|区|街道|社区|苏木|农场|林场))[：:]"
)
#: A name that says its own scope or place (全镇共有…, 该乡…, 其中某村…): no label's place is
#: lent to it.
SCOPED_NAME_RE = patterns.compile(r"[全该本我其此][乡镇村县区市]|.*?[乡镇村]")


def _of_place_labelled(lists: list[list[Item]], label: re.Match[str]) -> None:
    """The figures of a paragraph a place labels (2、石门乡：…受灾面积2090亩，…直接经济损失
    232.42万元) are that place's (石门乡受灾面积), but for names that say a place or a scope."""
    place = label.group(1)
    for item in (item for chain in lists for item in chain if item.start >= label.end()):
        name = item.indicator
        if name and place not in name and not SCOPED_NAME_RE.match(name):
            item.indicator = place + name


def _of_glossary_term(lists: list[list[Item]], term: re.Match[str]) -> list[list[Item]]:
    """The figures of a glossary entry: those inside its term are part of a name
    (［10］两个基地、两个枢纽：), the others are the term's (“先锋工程”：布局20个…)."""
    kept = [[item for item in chain if item.start >= term.end()] for chain in lists]
    for item in (item for chain in kept for item in chain):
        if term.group(1).strip("“”") not in item.indicator:
            item.indicator = term.group(1) + item.indicator
    return [chain for chain in kept if chain]
