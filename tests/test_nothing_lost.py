"""Property: the normalizer never crashes, and every character of the input is kept or recorded.

Every non-space character of the input must stand in ``meta`` (title,
subtitle, speaker), ``body`` or a ``dropped`` element, the same number of
times, and the body's characters in the input's order — modulo the documented
punctuation mapping (ASCII ``, : ; ? ! ( )`` ↔ full width) and ``&nbsp;``
indents.
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reportpress.errors import InputError
from reportpress.ingest import source_from_bytes
from reportpress.reportxml import q, validate
from reportpress.structure import normalize

#: The probe file's name: a report without a title is titled by its stem.
STEM = "untitled-probe"
_SURROGATES = re.compile("[\ud800-\udfff]")  # not text: written as undecodable bytes
_FOLD = str.maketrans("，：；？！（）．", ",:;?!().")  # and heading labels: 1． → 1.
_INVISIBLE = re.compile(r"&(?:nbsp|#160|#xa0|#12288|ensp|emsp);|[\s\ufeff]", re.IGNORECASE)


def folded(text: str) -> str:
    return _INVISIBLE.sub("", text).translate(_FOLD).replace("\f", "").replace("\v", "")


def _body_text(element):
    """Body text in order, a section's number (an attribute) before its heading."""
    if element.tag == q("section"):
        yield element.get("printed") or element.get("number", "")
    if element.text:
        yield element.text
    for child in element:
        yield from _body_text(child)
        if child.tail:
            yield child.tail


def kept_text(root) -> tuple[str, str]:
    """(everything kept or recorded, the body alone), folded."""
    meta = root.find(q("meta"))
    parts = []
    for name in ("title", "subtitle"):
        found = meta.find(q(name))
        if found is not None and not found.get("derived"):  # a derived title is not the text's
            parts.append(found.text)
    speaker = meta.find(q("speaker"))
    if speaker is not None:
        parts.extend("".join(speaker.itertext()).split())
    for d in meta.iter(q("dropped")):
        if d.get("reason") in ("control-character", "format-character"):  # by code point: U+001B
            parts.append(chr(int(d.text[2:], 16)))
        elif d.get("reason") == "undecodable":  # bytes in hex (0xFF), or a U+FFFD of the text
            parts.append(chr(0xFFFD) if d.text.startswith("U+") else "")
        else:
            parts.append(d.text or "")
    body = "".join(_body_text(root.find(q("body"))))
    return folded("".join(parts) + body), folded(body)


def is_subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


PIECES = st.sampled_from(
    [
        "一、",
        "（二）",
        "(三)",
        "1.",
        "2．",
        "（1）",
        "(2)",
        "一是",
        "。",
        "，",
        ",",
        ":",
        "：",
        "；",
        "(",
        ")",
        "“",
        "”",
        "——",
        "……",
        "各位代表：",
        "主任、各位副主任、各位委员:",
        "关于2024年预算的报告",
        "——2024年8月22日在区人大会议上",
        "区财政局局长  王  明",
        "您当前的位置:首页>>新闻",
        "来源：区政府",
        "— 3 —",
        "12",
        "打印本页",
        "索引号 | 1 | 文号 | 2 |",
        "增长5.3%",
        "309.3亿元",
        "THE BOX B",
        "&nbsp;",
        "\u3000",
        "\u00a0",
        "\t",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "全年经济平稳运行",
        "加快发展",
        "工作",
        "报告",
        "。",
        "！",
        "新华社北京3月5日电",
        "本报记者 王 明 摄",
        "相关报道：",
        "时间：",
        "2025-01-02 08:00:00",
        "【字号：",
        "附件",
        "名词解释",
        "各位代表！",
        "让我们",
        "（",
        "政府工作报告——2025年1月8日在某省人民代表大会会议上某省省长 王 刚",
        "<p>",
        "</p>",
        "<h5>",
        "<!-- x -->",
        "\u200b",
        "\ufeff",
        "<U+00A0>",
    ]
)
TEXTS = st.lists(PIECES | st.text(min_size=1, max_size=3), min_size=1, max_size=60).map("".join)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("一，一、")  # a label printed with another mark than its normalized one
@example("一.工作回顾\n")
def test_every_character_is_kept_or_recorded(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    try:
        root, _ = normalize(source_from_bytes(data, f"{STEM}.txt"))
    except InputError:
        return  # refused as a whole, with a reason: allowed
    except UnicodeDecodeError:
        return
    validate(root)
    everything, body = kept_text(root)
    source = folded(_SURROGATES.sub("", text.replace("\r", "\n")))
    assert Counter(everything) == Counter(source)
    assert is_subsequence(body, source)


def test_what_follows_the_closing_stays_after_it():
    """A closing before an appendix (``各位代表！`` then ``附件``) keeps its place in the body;
    without a closing an appendix still follows the report."""
    for text in (
        "一、一、\n各位代表！\n附件",
        "一、回顾\n全年平稳。\n各位代表！\n附件\n名词解释\n1.两新：设备更新。",
        "一、回顾\n全年平稳。\n附件\n名词解释\n1.两新：设备更新。",
    ):
        root, _ = normalize(source_from_bytes(text.encode(), f"{STEM}.txt"))
        validate(root)
        everything, body = kept_text(root)
        assert Counter(everything) == Counter(folded(text))
        assert is_subsequence(body, folded(text)), text
