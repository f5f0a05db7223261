"""Training the classifiers in a process of their own, so the bot never holds what training takes.

Training imports numpy (21 MB that would stay in the bot's memory once loaded), builds more
memory than the trained classifiers keep, and holds Python's lock for seconds at a time, so turns
would wait behind it. A child process (``python -m bot.conversation.apart``) trains, keeps the
classifiers in the snapshot file and exits; the bot reads the file back, as a restart does.

The policy goes to the child through its standard input, which the bot then holds open: when the
bot stops, however it stops, the pipe closes and the child stops with it.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from pathlib import Path

from bot.answers.document import PolicyDocument

ROOT = Path(__file__).resolve().parents[2]


def train_apart(document: PolicyDocument, path: Path, key: str) -> bool:
    """Train in a child process that writes the snapshot at ``path``; did it?"""
    command = [sys.executable, "-m", "bot.conversation.apart", str(path.resolve()), key]
    try:
        with subprocess.Popen(command, stdin=subprocess.PIPE, cwd=ROOT) as child:
            assert child.stdin is not None
            child.stdin.write(pickle.dumps(document))
            child.stdin.flush()
            return child.wait() == 0
    except OSError:  # it could not start, or stopped before it read the policy: the bot trains
        return False


def train_and_keep(document: PolicyDocument, path: Path, key: str) -> None:
    from bot.conversation import snapshot
    from bot.conversation.examples import development_examples
    from bot.conversation.learned import train_learned

    snapshot.save(train_learned(development_examples(), document), path, key)


def _stop_with_the_bot() -> None:
    # The file descriptor, not sys.stdin: a read blocked inside sys.stdin holds its lock, which
    # the interpreter's shutdown would then wait for when training ends.
    while os.read(sys.stdin.fileno(), 4096):  # empty once the bot has closed its end: it stopped
        pass
    os._exit(1)


def main() -> None:
    path, key = Path(sys.argv[1]), sys.argv[2]
    document = pickle.load(sys.stdin.buffer)  # from the bot that started this process
    threading.Thread(target=_stop_with_the_bot, daemon=True).start()
    train_and_keep(document, path, key)


if __name__ == "__main__":
    main()
