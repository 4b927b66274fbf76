"""Reports in traditional characters give the figures their simplified twins give."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reportpress.metrics.mentions import find_mentions
from reportpress.metrics.script import simplified

PAIRS = [
    (
        "全縣地區生產總值完成128.5億元，增長6.2%，一般公共預算收入下降1.3個百分點。",
        "全县地区生产总值完成128.5亿元，增长6.2%，一般公共预算收入下降1.3个百分点。",
    ),
    (
        "新增城鎮就業2860人，農村居民人均可支配收入達到21350元，同比增長7.1%。",
        "新增城镇就业2860人，农村居民人均可支配收入达到21350元，同比增长7.1%。",
    ),
    (
        "全年實施重點項目146個，完成投資92.3億元，為年度計劃的108.4%。",
        "全年实施重点项目146个，完成投资92.3亿元，为年度计划的108.4%。",
    ),
]


def _fields(text: str) -> list[tuple[object, ...]]:
    return [
        (m.start, m.end, m.value, m.unit, m.kind, m.direction, m.indicator)
        for m in find_mentions(text)
    ]


@pytest.mark.parametrize("traditional, simple", PAIRS)
def test_a_traditional_paragraph_gives_its_simplified_twins_figures(traditional, simple):
    assert _fields(traditional) == _fields(simple)
    assert _fields(traditional)  # the twin has figures: the comparison means something


@pytest.mark.parametrize("traditional, _", PAIRS)
def test_the_raw_text_of_a_figure_is_the_paragraph_as_written(traditional, _):
    for mention in find_mentions(traditional):
        assert mention.text == traditional[mention.start : mention.end]
    assert "1.3個百分點" in [m.text for m in find_mentions(PAIRS[0][0])]


def test_simplified_text_is_read_as_it_is():
    text = "全区固定资产投资增长5.5%，其中工业投资增长12.3%。"
    assert simplified(text) is text


def test_simplified_reports_do_not_load_the_converter():
    code = (
        "import sys\n"
        "from reportpress.metrics.mentions import find_mentions\n"
        "find_mentions('全区地区生产总值增长5.2%，居民人均可支配收入增长6%。')\n"
        "print('opencc' in sys.modules)\n"
        "find_mentions('全區地區生產總值增長5.2%。')\n"
        "print('opencc' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "True"]
