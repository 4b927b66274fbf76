"""The page: size, margins and document grid of every section; the page-number footers.

A document with contents has two sections: the contents (no page numbers) and the
report, numbered from 1 as in the PDF.
"""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.shared import Twips

from reportpress.editions.docx.oxml import (
    SECTPR_ORDER,
    add_field,
    add_text,
    put,
    section_element,
    set_attrs,
    twips,
)
from reportpress.editions.docx.styles import PageMeasures, WordStyles, footer_line
from reportpress.styles import MM, Style


def footer_distance(style: Style) -> int:
    """Word measures the footer from the page's bottom edge to the footer's bottom.

    The number's line box is placed so its top stands ``offset_below_text_mm``
    below the text block.
    """
    numbers = style.page_numbers
    top_from_bottom = (style.page.margin_bottom_mm - numbers.offset_below_text_mm) * MM
    return max(0, twips(top_from_bottom) - footer_line(style))


def page_setup(document, style: Style, measures: PageMeasures) -> None:
    """Every section on the style's page and grid; the report's pages numbered from 1."""
    for section in document.sections:
        section.page_width = Twips(measures.page_width)
        section.page_height = Twips(measures.page_height)
        section.top_margin = Twips(measures.margin_top)
        section.bottom_margin = Twips(measures.margin_bottom)
        section.left_margin = Twips(measures.margin_left)
        section.right_margin = Twips(measures.margin_right)
        section.header_distance = Twips(twips(style.page.margin_top_mm * MM / 2))
        section.footer_distance = Twips(footer_distance(style))
        section.gutter = Twips(0)
        section.different_first_page_header_footer = False  # the title page is numbered too
        sect = section_element(section)
        for name in [n for n in sect.attrib if n.startswith(qn("w:rsid"))]:
            del sect.attrib[name]
        put(sect, "pgNumType", SECTPR_ORDER, {"start": 1})
        put(sect, "cols", SECTPR_ORDER, {"space": 425})
        grid = put(sect, "docGrid", SECTPR_ORDER)
        if style.grid is not None:
            kind = {
                "type": "linesAndChars",
                "linePitch": measures.line_pitch,
                "charSpace": measures.char_space,
            }
            set_attrs(grid, kind, replace=True)
        else:
            set_attrs(grid, {"linePitch": measures.line_pitch}, replace=True)


def footers(document, styles: WordStyles) -> None:
    """The page number as the style writes it (``— PAGE —``): odd/even pages or one footer.

    Only the last section (the report) is numbered; the contents before it are not.
    The default footer is made first (``footer1.xml``), the even one second.
    """
    style = styles.style
    position = style.page_numbers.position
    *front, report = document.sections
    if position == "outer":
        document.settings.odd_and_even_pages_header_footer = True
    for section in front:  # blank footers of their own, not the report's numbers
        blank = [section.footer]
        if position == "outer":
            blank.append(section.even_page_footer)
        for footer in blank:
            footer.is_linked_to_previous = False
            footer.paragraphs[0].style = styles["Footer"]
    if position == "outer":
        numbered = [(report.footer, "FooterOdd"), (report.even_page_footer, "FooterEven")]
    else:
        style_id = {"left": "FooterEven", "right": "FooterOdd", "center": "FooterCenter"}
        numbered = [(report.footer, style_id[position])]
    before, _, after = style.page_numbers.format.partition("{n}")
    for footer, style_id in numbered:
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.style = styles[style_id]
        if before:
            add_text(paragraph, before)
        add_field(paragraph, "PAGE", "1")
        if after:
            add_text(paragraph, after)
