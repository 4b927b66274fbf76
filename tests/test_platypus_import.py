"""ReportLab's layout classes are imported without compiling Paragraph's URL pattern,
which still works when something uses it, and ``re.compile`` is left as it was."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import re
compile_before = re.compile
import reportpress.editions.pdf.platypus
import reportlab.platypus.paragraph as paragraph
assert re.compile is compile_before
assert type(paragraph.uri_pat).__name__ == "_LazyPattern"
real = re.compile(paragraph.uri_pat._source[0], paragraph.uri_pat._source[1])
for uri in ("https://www.gov.cn/zhengce", "ftp://x.org", "not a uri", "http://localhost:8080/a"):
    assert bool(paragraph.uri_pat.match(uri)) == bool(real.match(uri)), uri
assert isinstance(re.compile("a+", re.I), re.Pattern)
print("ok")
"""


def test_platypus_is_imported_without_compiling_the_paragraph_uri_pattern() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=False
    )
    assert done.stdout.strip() == "ok", done.stderr
