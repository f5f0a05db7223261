"""The process that trains the classifiers apart from the bot stops when the bot does, and says
so when it could not train (the bot then trains them itself)."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.apart import ROOT, train_apart


def test_training_apart_stops_as_soon_as_the_bot_closes_its_end(index: PolicyIndex, tmp_path: Path) -> None:
    path = tmp_path / "classifiers.bin"
    command = [sys.executable, "-m", "bot.conversation.apart", str(path), "key"]
    with subprocess.Popen(command, stdin=subprocess.PIPE, cwd=ROOT) as child:
        assert child.stdin is not None
        child.stdin.write(pickle.dumps(index.document))
        child.stdin.close()  # as when the bot stops, however it stops
        assert child.wait(timeout=120) == 1  # long before training could have finished
    assert not path.exists()


def test_a_process_that_cannot_start_or_read_the_policy_says_so(
    index: PolicyIndex, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no python here"))
    assert not train_apart(index.document, tmp_path / "classifiers.bin", "key")
    monkeypatch.setattr(sys, "executable", "/bin/false")  # stops at once, before reading the policy
    assert not train_apart(index.document, tmp_path / "classifiers.bin", "key")
