"""The DOCX's package members are what python-docx's own save would write."""

from __future__ import annotations

import io
import zipfile

import docx

from reportpress.editions.docx import package


def _document():
    document = docx.Document()
    document.add_heading("一、预算执行情况", level=1)
    document.add_paragraph("全县一般公共预算收入完成15.8亿元。")
    document.sections[0].footer.add_paragraph("— 1 —")
    return document


def _saved(document) -> dict[str, bytes]:
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_members_are_what_save_writes():
    found = package.members(_document())
    assert found == _saved(_document())
    assert "[Content_Types].xml" in found and "word/footer1.xml" in found
