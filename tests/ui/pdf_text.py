"""The words of a PDF the app wrote (the physiotherapist's report), as pdftotext reads them."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_words(pdf: Path, page: int | None = None) -> str:
    """The text of `pdf`, or of its page `page` (counted from 1)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    read = ["pdftotext", *pages, str(pdf), "-"]
    return subprocess.run(read, capture_output=True, text=True, timeout=60, check=True).stdout
