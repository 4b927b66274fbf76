"""Metric finding on pathological text, at two sizes: the ratio says whether it is linear.

The inputs of issue 12: a statistics table pasted without stops, one sentence
repeated, a verb followed by counts, quoted names with counts, a numeral run;
and of issue 11, counts before their nouns in a paragraph without stops.
Prints CPU seconds for ``find_mentions`` at N and 2N characters and the ratio
(about 2 when linear, 4 when quadratic).  Works on any version of the package
(``PYTHONPATH=src``), so that before and after can be compared::

    PYTHONPATH=src python benchmarks/metrics_speed.py [CHARS]
"""

from __future__ import annotations

import sys
import time

from reportpress.metrics import find_mentions

INPUTS = {
    "table without stops": "指标12 完成12.5亿元 增长2.2% 新增企业12家 ",
    "sentence repeated": "全年新增企业5个，增长3.5%，完成投资7亿元。",
    "增加 + 5个×n": "5个",
    "“甲”5个，×n": "“甲”5个，",
    "counts before nouns, no stops": "新建3所学校",
}


def text(name: str, size: int) -> str:
    unit = INPUTS[name]
    body = unit * (size // len(unit) + 1)
    return "增加" + body if name.startswith("增加") else body


def seconds(data: str) -> float:
    start = time.process_time()
    find_mentions(data)
    return time.process_time() - start


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    for name in INPUTS:
        a, b = seconds(text(name, size)), seconds(text(name, 2 * size))
        print(
            f"{name:24} {size:>8} chars {a:7.2f} s   {2 * size:>8} chars {b:7.2f} s   ratio {b / max(a, 1e-4):.2f}"
        )
    for label, data in (
        ("新增+一×400+个企业", "新增" + "一" * 400 + "个企业。"),
        ("百分之+一×400", "百分之" + "一" * 400),
    ):
        try:
            found = find_mentions(data)
            print(f"{label:24} ok: {len(found)} mentions")
        except Exception as exc:  # the very thing measured: a crash before the fix
            print(f"{label:24} {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
