"""The process that trains the classifiers apart from the bot stops when the bot does."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

from bot.answers.index import PolicyIndex
from bot.conversation.apart import ROOT


def test_training_apart_stops_as_soon_as_the_bot_closes_its_end(index: PolicyIndex, tmp_path: Path) -> None:
    path = tmp_path / "classifiers.bin"
    command = [sys.executable, "-m", "bot.conversation.apart", str(path), "key"]
    with subprocess.Popen(command, stdin=subprocess.PIPE, cwd=ROOT) as child:
        assert child.stdin is not None
        child.stdin.write(pickle.dumps(index.document))
        child.stdin.close()  # as when the bot stops, however it stops
        assert child.wait(timeout=120) == 1  # long before training could have finished
    assert not path.exists()
