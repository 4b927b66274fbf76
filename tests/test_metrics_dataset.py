"""The metrics dataset: many reports in one table, base units, periods, comparisons, the CLI."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from reportpress.cli import main
from reportpress.inputs import load
from reportpress.metrics.dataset import (
    COLUMNS,
    compare,
    indicator_key,
    to_bytes,
)
from reportpress.metrics.export import rows
from reportpress.metrics.periods import period_before
from reportpress.metrics.values import base_value, qualifier_words, range_low, shown_value, signed

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "texts"

REPORT_A = """关于河西区2023年国民经济和社会发展计划执行情况的报告
——2024年1月10日在河西区第五届人民代表大会第三次会议上
河西区发展和改革委员会
一、主要指标完成情况
全年全区地区生产总值增长4.8%，一般公共预算收入完成52.6亿元，下降1.5%。
二、重点工作
新建幼儿园3所，改造老旧小区12万平方米，新增绿地300亩。
"""
REPORT_B = (
    REPORT_A.replace("2023年", "2024年").replace("4.8%", "5.1%").replace("52.6亿元", "55亿元")
)


@pytest.mark.parametrize(
    ("value", "unit", "base", "base_unit"),
    [
        ("309.3", "亿元", "30930000000", "元"),
        ("12", "万平方米", "120000", "平方米"),
        ("3", "万平米", "30000", "平方米"),  # as speech writes square metres
        ("10", "万海里", "185200000", "米"),  # nautical miles
        ("5.3", "%", "0.053", "比率"),
        ("1.6", "个百分点", "1.6", "个百分点"),  # a difference of rates stays apart from %
        ("2", "倍", "2", "倍"),
        ("300", "亩", "200000", "平方米"),
        ("1.2", "万亿斤", "600000000000", "千克"),
        ("12", "亿度", "1200000000", "千瓦时"),
        ("5", "吉瓦时", "5000000", "千瓦时"),
        ("2.61", "亿千瓦小时", "261000000", "千瓦时"),  # kilowatt-hours written out
        ("3", "平方公里", "3000000", "平方米"),
        ("12.5", "千公顷", "125000000", "平方米"),
        ("500", "万羽", "5000000", "羽"),
        ("1.5", "万人", "15000", "人"),
        ("3.1", "万", "31000", ""),
        ("28", "微克/立方米", "28", "微克每立方米"),
        ("0.5", "毫克/立方米", "500", "微克每立方米"),
        ("26", "μg/m3", "26", "微克每立方米"),  # an air-quality bulletin's Latin
        ("26", "ug/m³", "26", "微克每立方米"),
        ("1.2", "mg/m3", "1200", "微克每立方米"),
        ("4", "吨", "4000", "千克"),
        ("2", "亿方", "200000000", "立方米"),
        ("1.2", "万元/吨", "12000", "元/吨"),
        ("462.24", "亿t", "46224000000000", "千克"),  # a transport bulletin's Latin units
        ("1896.66", "万m", "18966600", "米"),
        ("35349.06", "亿人·km", "3534906000000", "人公里"),
        ("8.6", "亿人公里", "860000000", "人公里"),
        ("194044.56", "亿t·km", "19404456000000", "吨公里"),
    ],
)
def test_base_units(value: str, unit: str, base: str, base_unit: str) -> None:
    got, got_unit = base_value(value, unit)
    assert (Decimal(got), got_unit) == (Decimal(base), base_unit)


def test_signed_and_shown_values() -> None:
    assert signed("2.1", "change", "down") == "-2.1"
    assert signed("-2.1", "change", "down") == "-2.1"  # 增长-2.1%: written with its sign
    assert signed("-2", "change", "up") == "2"  # 下降-2%: a rise
    assert signed("2.1", "level", "") == "2.1"
    assert shown_value("超1800家", "1800", "count", "") == "超1800"
    assert shown_value("3200余万元", "3200", "amount", "") == "3200余"
    assert shown_value("三分之二以上", "66.67", "share", "") == "66.67以上"
    assert shown_value("下降0.4个百分点", "0.4", "pp", "down") == "-0.4"
    assert shown_value("3至5个", "5", "count", "") == "3—5"
    assert qualifier_words("约3200余万") == ("约", "余")
    assert range_low("5%—5.5%") == "5"
    assert range_low("三至五所") == "3"
    assert range_low("5.5%") == ""


def test_period_is_read_from_the_sentence_else_from_the_paragraph_opening() -> None:
    doc = (
        "上半年，全区GDP增长5.3%，投资增长3%。其中工业增长2%。\n"
        "比上年增长6%。1—9月，出口增长4%，比1-8月份加快1个百分点，自8月以来增长9%。\n"
        "1-8月份,在规模以上工业企业中，国有企业利润增长7%"
    )
    assert period_before(doc, doc.index("5.3%")) == "上半年"
    assert period_before(doc, doc.index("3%。")) == "上半年"
    assert period_before(doc, doc.index("2%。")) == "上半年"  # the paragraph's
    assert period_before(doc, doc.index("6%")) == ""  # 比上年 is a base, not a period
    assert period_before(doc, doc.index("4%")) == "1—9月"
    assert period_before(doc, doc.index("1个")) == "1—9月"  # 比1-8月份: a base
    assert period_before(doc, doc.index("9%")) == "1—9月"  # 自8月以来: a start
    assert period_before(doc, doc.index("7%")) == "1-8月"
    spelled = "1月至7月，对外承包工程完成营业额14亿美元"
    assert period_before(spelled, spelled.index("14")) == "1月至7月"  # (no 1月 alone)
    far = "5月份，" + "某" * 200 + "出口增长3%"
    assert period_before(far, far.index("3%")) == "5月"  # past the sentence's window


def test_indicator_key_ignores_frame_words_width_and_quotes() -> None:
    assert indicator_key("全区地区生产总值") == indicator_key("地区生产总值")
    assert indicator_key("“专精特新”企业") == indicator_key("专精特新企业")
    assert indicator_key("ＧＤＰ") == "GDP"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_dataset_of_a_folder_names_the_report_and_survives_a_bad_input(tmp_path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "hexi-2023.txt", REPORT_A)
    _write(folder, "hexi-2024.txt", REPORT_B)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "all.csv"
    assert main(["metrics", str(folder), "--format", "csv", "-o", str(out), "-j", "2"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "broken.txt" in err[0]
    table = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["file"] for r in table} == {"hexi-2023.txt", "hexi-2024.txt"}
    first = next(r for r in table if r["text"] == "4.8%")
    assert first["issuer"] == "河西区发展和改革委员会"
    assert first["title"].startswith("关于河西区2023年")
    assert (first["period"], first["kind"], first["base_value"]) == ("全年", "change", "0.048")
    decline = next(r for r in table if r["text"] == "1.5%")
    assert (decline["direction"], decline["base_value"]) == ("down", "-0.015")
    for row in table:  # every row's raw text is where the row says
        source = (folder / row["file"]).read_text(encoding="utf-8")
        assert row["text"] in source


def test_json_and_parquet_are_typed(tmp_path) -> None:
    rows = [{c: "" for c in COLUMNS} | {"text": "5%", "value": "5", "base_value": "0.05"}]
    data = json.loads(to_bytes(rows, "json"))
    assert data[0]["value"] == 5 and data[0]["value_low"] is None
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "t.parquet"
    out.write_bytes(to_bytes(rows, "parquet"))
    table = pq.read_table(out)
    assert table.column_names == list(COLUMNS)
    assert table.column("base_value").to_pylist() == [0.05]


def test_compare_lines_up_two_years(tmp_path, capsys) -> None:
    a = _write(tmp_path, "a.txt", REPORT_A)
    b = _write(tmp_path, "b.txt", REPORT_B)
    assert main(["metrics", "--compare", str(a), str(b)]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out), delimiter="\t"))
    gdp = next(r for r in table if r["text_a"] == "4.8%")
    assert (gdp["text_b"], Decimal(gdp["change"])) == ("5.1%", Decimal("0.003"))
    income = next(r for r in table if r["text_a"] == "52.6亿元")
    assert Decimal(income["change"]) == Decimal("240000000")


def test_compare_keeps_what_has_no_partner() -> None:
    row = {"indicator": "新建幼儿园", "kind": "count", "base_unit": "所", "direction": ""}
    a = [row | {"text": "3所", "value": "3", "base_value": "3"}]
    (only,) = compare(a, [])
    assert (only["text_a"], only["text_b"], only["change"]) == ("3所", "", "")


def test_output_folder_must_exist(tmp_path) -> None:
    a = _write(tmp_path, "a.txt", REPORT_A)
    with pytest.raises(SystemExit) as refused:  # argparse refuses it while reading -o
        main(["metrics", str(a), "-o", str(tmp_path / "missing" / "x.tsv")])
    assert refused.value.code == 2
    assert not (tmp_path / "missing").exists()
    assert main(["metrics", str(a), "--format", "parquet"]) == 2  # binary needs -o


def test_corpus_dataset_builds_in_one_command(tmp_path) -> None:
    assert CORPUS.is_dir(), f"the shared corpus is missing: {CORPUS}"
    out = tmp_path / "corpus.csv"
    assert main(["metrics", str(CORPUS), "--format", "csv", "-o", str(out), "-j", "2"]) == 0
    table = list(csv.DictReader(out.open(encoding="utf-8")))
    files = {r["file"] for r in table}
    print(f"\ncorpus dataset: {len(table)} rows from {len(files)} reports")
    # every report with a figure is in the table (a policy opinion may state none)
    with_figures = {p.name for p in CORPUS.glob("*.txt") if rows(load(p)[0])}
    assert files == with_figures and len(files) >= len(list(CORPUS.glob("*.txt"))) - 1
    assert all(r["base_unit"] or r["unit"] in ("万", "亿", "万亿") for r in table)
