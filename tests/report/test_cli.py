"""`python -m bot report`: from the bot's own store, and the made-up demo year."""

from __future__ import annotations

import asyncio
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from docx import Document

from bot.cli import main
from bot.config import Settings
from bot.org_file import load_org_config
from bot.report.cli import build_demo
from graph.records.incidents import Assessment, Category, Report
from graph.stores import open_local_stores


def test_demo_year_builds_the_same_report_every_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "demo.docx"
    assert main(["report", "--demo", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Demo year (1 December 2025 to 30 November 2026)" in printed
    assert "Incidents reported: 27 (of which safeguarding concerns: 3)" in printed
    doc = Document(io.BytesIO(out.read_bytes()))
    assert len(doc.inline_shapes) == 3
    with zipfile.ZipFile(out) as archive:
        assert not any(b"Made-up demo" in archive.read(n) for n in archive.namelist())
    again = asyncio.run(build_demo(load_org_config(Settings(_env_file=None).org_file)))
    assert again.headline == tuple(tuple(line.strip().split(": ", 1)) for line in printed.splitlines()[1:9])


def test_report_from_the_bots_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path))

    async def one_incident() -> None:
        async with open_local_stores(Settings(_env_file=None).database_path) as stores:
            at = datetime(2026, 2, 3, 10, tzinfo=UTC)
            report = Report(Category.COMPLAINT, "aad-x", "Someone", at, summary="text", aware_at=at)
            await stores.incidents.create(report, Assessment(), key="cli")

    asyncio.run(one_incident())
    out = tmp_path / "q1.docx"
    assert main(["report", "--from", "2026-01-01", "--to", "2026-03-31", "--out", str(out)]) == 0
    assert "Incidents reported: 1 (of which safeguarding concerns: 0)" in capsys.readouterr().out
    assert out.stat().st_size > 10_000


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["--out", "x.docx"], "--from and --to are needed"),
        (["--from", "2026-13-01", "--to", "2026-12-31", "--out", "x.docx"], "is not a date"),
        (["--from", "2026-03-01", "--to", "2026-01-01", "--out", "x.docx"], "--to is before --from"),
    ],
)
def test_mistakes_are_explained(args: list[str], problem: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["report", *args])
    assert stopped.value.code == 2
    assert problem in capsys.readouterr().err
