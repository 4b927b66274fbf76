"""Reading an edition back loads what reading needs, not the renderers."""

from __future__ import annotations

import subprocess
import sys

from reportpress.batch.jobs import Job
from reportpress.batch.work import build_one
from reportpress.styles import find_style

REPORT = "关于某区2025年财政决算的报告\n一、收入决算\n（一）税收\n税收收入完成9.8亿元，增长2.4%。\n二、支出决算\n"

SHOW_LOADED = """
import sys
from reportpress.cli import main
main(sys.argv[1:])
heavy = {"reportlab", "pdfplumber", "pdfminer", "cryptography", "docx"}
print("LOADED", sorted({m.split(".")[0] for m in sys.modules} & heavy))
"""


def test_outline_of_a_pdf_loads_neither_reportlab_nor_pdfplumber(tmp_path):
    source = tmp_path / "final.txt"
    source.write_text(REPORT, encoding="utf-8")
    style = str(find_style("gbt9704").resolve())
    job = Job(source, tmp_path / "out", ("pdf",), style, force=True)
    assert build_one(job).status == "built"
    done = subprocess.run(
        [sys.executable, "-c", SHOW_LOADED, "outline", str(job.output("pdf"))],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "收入决算" in done.stdout
    assert "LOADED []" in done.stdout, done.stdout
