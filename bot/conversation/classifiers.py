"""The classifiers this process routes with: one set per policy text, trained once and shared.

Every app, test and command that reads the same policy shares them. The app reads them from a
snapshot on disk when it holds these very classifiers, else trains them in a process apart
(``apart``) that writes one (``snapshot``); without a snapshot they train here. At start-up they
train in the background, so ``/healthz`` answers while they do (``start_training``, ``trained``).
The classifiers themselves are ``learned``.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from pathlib import Path

from bot.answers.document import Passage, PolicyDocument
from bot.answers.index import PolicyIndex
from bot.conversation.apart import train_apart
from bot.conversation.examples import development_examples
from bot.conversation.heap import release_free_memory
from bot.conversation.learned import Learned, train_learned

_CACHE: dict[tuple[Passage, ...], Learned] = {}
_LOCK = threading.Lock()
_STARTED: dict[tuple[Passage, ...], Future[Learned]] = {}
_STARTING = threading.Lock()
log = logging.getLogger(__name__)


def learned_for(index: PolicyIndex, snapshot: Path | None = None) -> Learned:
    """The classifiers for this policy, trained from the development sets on first use.

    A message that arrives while they are being trained waits for them, so every message is
    routed the same way. ``snapshot``: a file to read them from if it holds these very classifiers,
    else trained into by a process of its own (``apart``); without one they train here.
    """
    key = index.document.passages
    with _LOCK:
        found = _CACHE.get(key)
        if found is None:
            found = _read_or_train(index.document, snapshot)
            _CACHE[key] = found
            release_free_memory()  # what training built and dropped (heap)
        return found


def _read_or_train(document: PolicyDocument, path: Path | None) -> Learned:
    if path is None:
        return train_learned(development_examples(), document)
    from bot.conversation import snapshot  # it builds on this module's classes

    key = snapshot.fingerprint(document)
    found = snapshot.load(path, key)
    if found is None and train_apart(document, path, key):
        found = snapshot.load(path, key)
    if found is not None:
        log.info("conversation classifiers read from %s", path)
        return found
    log.warning("training the conversation classifiers apart failed; training them here")
    learned = train_learned(development_examples(), document)
    try:  # a read-only disk costs the next start its training, nothing else
        snapshot.save(learned, path, key)
    except OSError as error:
        log.warning("could not keep the conversation classifiers in %s: %s", path, error)
    return learned


def trained(index: PolicyIndex) -> bool:
    """Are this policy's classifiers ready (so routing a message will not wait for training)?"""
    return index.document.passages in _CACHE


def start_training(index: PolicyIndex, snapshot: Path | None = None) -> Future[Learned]:
    """Train this policy's classifiers in the background (once per process); the future says when.

    The thread is a daemon of its own, outside asyncio's executor: stopping the app (a restart,
    Ctrl-C) must not wait seconds of CPU for classifiers nobody will use any more. Training only
    computes in memory, so cutting it short loses nothing; a message being answered awaits the
    future, and the server lets it finish before it stops.
    """
    key = index.document.passages
    with _STARTING:
        future = _STARTED.get(key)
        if future is None:
            future = _STARTED[key] = Future()
            thread = threading.Thread(
                target=_train_into, args=(index, future, snapshot), name="train-router", daemon=True
            )
            thread.start()
        return future


def _train_into(index: PolicyIndex, future: Future[Learned], snapshot: Path | None) -> None:
    try:
        future.set_result(learned_for(index, snapshot))
    except BaseException as error:  # handed to whoever awaits; the next message tries again
        log.error("training the conversation classifiers failed", exc_info=error)
        with _STARTING:
            _STARTED.pop(index.document.passages, None)
        future.set_exception(error)
