"""Pictures of the demo Board report's pages for the README: `make report-pictures`.

Builds the demo year's report, converts it to PDF with LibreOffice (headless) and each page to
a PNG with poppler's pdftoppm, into ``docs/report/``. Both tools come from Debian (the make
target installs them); they are never needed to run or test the bot.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bot.config import Settings
from bot.org_file import load_org_config
from bot.report.cli import build_demo

OUT = Path("docs/report")
RESOLUTION = 70  # dots per inch: a readable page at about 580 × 820 pixels


def main() -> int:
    office, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if office is None or pdftoppm is None:
        print("LibreOffice (soffice) and pdftoppm are needed: run `make report-pictures`.", file=sys.stderr)
        return 2
    built = asyncio.run(build_demo(load_org_config(Settings().org_file)))
    with tempfile.TemporaryDirectory(prefix="policy-steward-pictures-") as folder:
        work = Path(folder)
        docx = work / "board-report-demo.docx"
        docx.write_bytes(built.docx)
        profile = f"-env:UserInstallation=file://{work / 'profile'}"
        subprocess.run(
            [office, profile, "--headless", "--convert-to", "pdf", "--outdir", str(work), str(docx)],
            check=True,
            capture_output=True,
        )
        for old in OUT.glob("page-*.png"):
            old.unlink()
        OUT.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [pdftoppm, "-png", "-r", str(RESOLUTION), str(work / "board-report-demo.pdf"), str(OUT / "page")],
            check=True,
        )
    pages = sorted(OUT.glob("page-*.png"))
    print(f"{len(pages)} pages in {OUT}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
