"""The report's heavy libraries load only when a report is built, never with the bot."""

from __future__ import annotations

import subprocess
import sys


def test_starting_the_bot_imports_neither_matplotlib_nor_python_docx() -> None:
    probe = (
        "import sys, bot.app, bot.features, bot.report.build; "
        "print(sorted(m for m in ('matplotlib', 'docx', 'numpy') if m in sys.modules))"
    )
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"
