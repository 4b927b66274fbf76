"""Round 27 (issue 15): the classes of the last fresh part (test14), each example invented.

签约 keeps its 约; a sector named alone with money is its value added; a price category's
move is of its prices; a livestock flow takes the animal named before; a modal after a
rate; a compared speed named alone; 城、乡; an intensity listed after another.
"""

from __future__ import annotations

import pytest
from mention_names import indicators as names

from reportpress.metrics import find_mentions


def test_a_word_ending_in_yue_keeps_it() -> None:
    assert names("举办集中签约8场次。") == ["集中签约"]
    assert [m.text for m in find_mentions("全年签约项目30个，约120亿元。")][-1] == "约120亿元"


def test_a_sector_named_alone_with_money_is_its_value_added() -> None:
    found = names("全县生产总值120亿元，其中第一产业20亿元，第二产业40亿元，第三产业60亿元。")
    assert found[1:] == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]


def test_a_price_categorys_move_is_of_its_prices() -> None:
    assert names("衣着类上涨1.2%，食品烟酒类下降0.5%。") == ["衣着类价格", "食品烟酒类价格"]


def test_a_livestock_flow_takes_the_animal_named_before() -> None:
    assert names("羊存栏2万只，同比增长3%，出栏1.5万只。")[-1] == "羊出栏"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("婴儿死亡率应控制在5‰以内。", "婴儿死亡率"),
        ("粮食供应量300万吨。", "粮食供应量"),
    ],
)
def test_a_modal_after_a_rate_is_no_part_of_its_name(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_compared_speed_named_alone_is_of_the_figure_before() -> None:
    assert names("生产总值完成80亿元，同比增速6%。") == ["生产总值", "生产总值"]


def test_town_and_country_abbreviated_in_a_list() -> None:
    assert names("城、乡居民收入分别增长6%、7%。") == ["城镇居民收入", "农村居民收入"]


def test_an_intensity_listed_after_another_keeps_its_base() -> None:
    assert names("万元GDP电耗下降3%、气耗下降5%。") == ["万元GDP电耗", "万元GDP气耗"]


def test_a_growth_against_the_previous_year_written_in_full_is_of_the_figure_before() -> None:
    assert names("全市生产总值394亿元，比上一年增长（下同）10.6%。") == ["生产总值", "生产总值"]
