"""Reading PDFs back the way a person would: text (pdftotext) and the QR decoded from a
150-dpi render of the first page (pdftoppm + zbarimg)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path


def pdf_text(path: Path, mode: str = "-layout") -> str:
    return subprocess.run(
        ["pdftotext", mode, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def decode_qr(path: Path, dpi: int = 150) -> str:
    with tempfile.TemporaryDirectory() as folder:
        prefix = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", str(path), str(prefix)],
            check=True,
        )
        page = next(Path(folder).glob("page*.png"))
        return subprocess.run(
            ["zbarimg", "--raw", "--nodbus", "-q", str(page)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
