"""How often the DOCX's contents name the page LibreOffice puts each heading on.

LibreOffice never refreshes a contents field, so what it shows is what the file
holds.  For the sample and the corpus, in both styles, each DOCX is built,
converted by LibreOffice (one process per file: a process converting several
files lends the first one's embedded fonts to the next), and each contents
entry's number is compared with the number printed on the page LibreOffice's
bookmark for that heading leads to.  ``--against SRC`` builds the DOCX files a
second time with another checkout's sources and compares those numbers too
(the layout of the report's pages is the same; only the contents differ).

Usage: python benchmarks/docx_pages.py [--styles gbt9704,reading] [--against SRC] [FILE …]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pypdf

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import SAMPLE  # noqa: E402
from soffice import converter  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "texts"
_INVISIBLE = re.compile(r"[\s\u2060\u200b]")


def contents_numbers(docx: Path) -> list[tuple[str, int]]:
    """(entry text, page number) of each contents entry of a DOCX."""
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    out = []
    for paragraph in re.findall(r"<w:p\b.*?</w:p>", xml, flags=re.S):
        if re.search(r'w:pStyle w:val="TOC\d"', paragraph):
            texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", paragraph)
            if texts and texts[-1].isdigit():
                out.append((_INVISIBLE.sub("", "".join(texts[:-1])), int(texts[-1])))
    return out


def heading_pages(pdf: Path) -> dict[str, int]:
    """Bookmark title → the number printed on the page it leads to."""
    reader = pypdf.PdfReader(str(pdf))
    printed = []
    for page in reader.pages:
        numbers = re.findall(r"(?m)^[—\s]*(\d+)[—\s]*$", page.extract_text() or "")
        printed.append(int(numbers[-1]) if numbers else None)
    found: dict[str, int] = {}

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                page = printed[reader.get_destination_page_number(item)]
                if page is not None:
                    found.setdefault(_INVISIBLE.sub("", item.title), page)

    walk(reader.outline)
    return found


def build(sources: list[Path], out: Path, style: str, src: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, "-m", "reportpress", "build", *map(str, sources)]
    command += ["-o", str(out), "-f", "docx", "-s", style, "-j", "2"]
    subprocess.run(command, env=env, check=True, capture_output=True)


def compare(docx: Path, pages: dict[str, int]) -> tuple[int, int, int]:
    """(entries LibreOffice placed, of which on the page named, the largest miss)."""
    pairs = [(n, pages[t]) for t, n in contents_numbers(docx) if t in pages]
    return len(pairs), sum(a == b for a, b in pairs), max((abs(a - b) for a, b in pairs), default=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--styles", default="gbt9704,reading")
    parser.add_argument("--against", type=Path, help="another checkout's src, compared too")
    args = parser.parse_args()
    sources = args.files or [SAMPLE, *sorted(CORPUS.glob("*.txt"))]
    ours = Path(__file__).resolve().parents[1] / "src"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for style in args.styles.split(","):
            builds = {"ours": ours} | ({"base": args.against} if args.against else {})
            for name, src in builds.items():
                build(sources, work / style / name, style, src)
            totals = {name: [0, 0, 0] for name in builds}
            for docx in sorted((work / style / "ours").glob("*.docx")):
                convert = converter(docx, docx.parent, work / f"profile-{docx.stem}")
                if convert is None:
                    sys.exit("LibreOffice (soffice) is not installed")
                convert()
                pages = heading_pages(docx.with_suffix(".pdf"))
                line = f"{style:8} {docx.stem[:36]:36}"
                for name in builds:
                    n, same, worst = compare(work / style / name / docx.name, pages)
                    totals[name][0] += n
                    totals[name][1] += same
                    totals[name][2] = max(totals[name][2], worst)
                    line += f"  {name} {same:3}/{n:<3} (±{worst})"
                print(line, flush=True)
            for name, (n, same, worst) in totals.items():
                print(
                    f"{style}: {name}: {same}/{n} entries on LibreOffice's page"
                    f" ({same / max(n, 1):.1%}), at most {worst} off"
                )


if __name__ == "__main__":
    main()
