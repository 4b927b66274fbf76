"""What every edition needs and must agree on, said once.

The date written into a file, for instance, is the same in the PDF, the DOCX
and the EPUB of one build, and never the clock (same input, same bytes).
"""

from __future__ import annotations

import datetime as _dt
import os
from typing import TYPE_CHECKING

from reportpress.errors import UsageError

if TYPE_CHECKING:  # the model loads lxml: a build with nothing to do must not
    from reportpress.model import Report

#: The earliest date any edition can record (ZIP archives cannot store earlier ones).
EARLIEST = _dt.datetime(1980, 1, 1, tzinfo=_dt.UTC)
#: The latest date accepted from ``SOURCE_DATE_EPOCH`` (the calendar ends at 9999).
LATEST = _dt.datetime(9999, 12, 31, tzinfo=_dt.UTC)


def source_date_epoch() -> int | None:
    """``SOURCE_DATE_EPOCH`` from the environment, or None; a value no file can hold is refused."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    if not raw.isdigit() or not EARLIEST.timestamp() <= int(raw) <= LATEST.timestamp():
        raise UsageError(
            f"SOURCE_DATE_EPOCH={raw[:20]!r}: not a time between 1980 and 9999 in seconds"
        )
    return int(raw)


def build_time(report: Report, epoch: int | None = None) -> _dt.datetime:
    """The date every edition records: ``epoch`` (``SOURCE_DATE_EPOCH``), else the report's date.

    A report without a date (or dated before 1980) gets 1980-01-01, in every edition.
    """
    if epoch is None:
        epoch = source_date_epoch()
    if epoch is not None:
        return _dt.datetime.fromtimestamp(epoch, _dt.UTC)
    try:
        day = _dt.date.fromisoformat(report.date)
    except ValueError:
        return EARLIEST
    return max(_dt.datetime(day.year, day.month, day.day, tzinfo=_dt.UTC), EARLIEST)
