"""``python -m bench.sets`` prints figures for any set, but lists misses for development sets only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import sets

SET = [
    {"message": "our insta got hacked", "route": "report", "category": "hacked_account"},
    {"message": "what's the weather like in Ipswich tomorrow", "route": "answer", "sections": ["2.1"]},
]


def _write(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in SET), encoding="utf-8")
    return path


def test_misses_are_listed_for_a_development_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sets.main([str(_write(tmp_path / "routes_x.jsonl")), "--misses"])
    printed = capsys.readouterr().out
    assert "routes_x.jsonl (2 messages)" in printed
    assert "[answer 2.1 -> small_talk] what's the weather like in Ipswich tomorrow" in printed


def test_an_evaluation_set_gets_figures_but_never_its_misses(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sets, "EVALUATION", tmp_path / "tests" / "data")
    sets.main([str(_write(tmp_path / "tests" / "data" / "eval_x.jsonl")), "--misses"])
    printed = capsys.readouterr().out
    assert "eval_x.jsonl (2 messages)" in printed
    assert "all routes right" in printed
    assert "weather" not in printed
