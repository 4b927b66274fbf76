"""LibreOffice's DOCX → PDF conversion as a yardstick for the benchmarks."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path


def converter(docx: Path, out: Path, profile: Path) -> Callable[[], None] | None:
    """A function converting ``docx`` into ``out`` with a private profile; None without soffice.

    Call it once before timing: the first start creates the profile.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    command = [
        soffice,
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
        str(docx),
    ]
    return lambda: subprocess.run(command, check=True, capture_output=True, timeout=600) and None
