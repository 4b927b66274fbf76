"""Fuzzing the XML loader: a damaged or hand-edited report XML is a report or one InputError.

The semantic XML is a public format people edit by hand, so anything a careless
or hostile edit produces (cut tags, stray markup, odd attribute values, comments,
entities) must come back as a validated tree every edition can read, or as an
``InputError`` naming the file: never another exception.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportpress.errors import InputError
from reportpress.ingest import source_from_bytes
from reportpress.metrics import annotate
from reportpress.model import from_xml
from reportpress.reportxml import parse, to_bytes
from reportpress.structure import normalize

_TEXT = """关于某县2023年预算执行情况的报告
——2024年1月10日在某县第五届人民代表大会第三次会议上
各位代表：
一、2023年预算执行情况
（一）一般公共预算
全县一般公共预算收入完成12.5亿元，增长3.2%。
1.税收收入。完成8.1亿元，下降1.5%。
二、2024年预算草案
各位代表，让我们共同努力！
"""


@pytest.fixture(scope="module")
def report_xml() -> bytes:
    root, _ = normalize(source_from_bytes(_TEXT.encode("utf-8"), "fuzz.txt"))
    annotate(root)
    return to_bytes(root)


#: Pieces a hand edit or an attack puts into report XML.
_INSERTS = st.sampled_from(
    [
        "<",
        ">",
        "&",
        "&amp;",
        "&#0;",
        "&#x1F600;",
        "<p>",
        "</p>",
        '<section level="9">',
        '<metric id="m1" value="x">',
        "<!-- c -->",
        "<?pi x?>",
        "<![CDATA[x]]>",
        '<!DOCTYPE r [<!ENTITY e "e">]>',
        '"',
        'level="0"',
        "\x00",
        "\ufeff",
        "一、",
    ]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cut=st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=40)),
    insert=st.lists(st.tuples(st.integers(min_value=0), _INSERTS), max_size=3),
)
def test_damaged_xml_is_a_report_or_one_input_error(report_xml, cut, insert):
    data = bytearray(report_xml)
    start = cut[0] % len(data)
    del data[start : start + cut[1]]
    for at, piece in insert:
        position = at % (len(data) + 1)
        data[position:position] = piece.encode("utf-8")
    try:
        root = parse(bytes(data), "fuzz.xml")
    except InputError as error:
        assert "fuzz.xml" in str(error) and "\n" not in str(error)
        return
    report = from_xml(root)  # the model every edition reads
    assert report.blocks and report.blocks[0].kind == "title"
