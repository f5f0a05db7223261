"""The conversation classifiers train in the background: stopping the bot (an App Service restart,
Ctrl-C) never waits for them, and a message that comes first waits for them and is answered whole,
unless the word rules alone see a concern in it: that gets the safeguarding card at once."""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.answers.document import PolicyDocument
from bot.app import CONTEXT, Overrides, create_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.context import AppContext, BackgroundTasks
from bot.conversation import classifiers, feature
from tests.builders import LEE, TeamsClient, card_texts
from tests.fakes.connector import FakeConnector
from tests.serving import BotTestServer

SAFETY = 60  # only reached if shutdown waits for the training, which never ends by itself here


@dataclass
class Training:
    """Training that starts, then blocks until the test releases it."""

    started: threading.Event
    release: threading.Event


@pytest.fixture
async def training(
    settings: Settings, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Training]:
    # The classifiers this process already has (or trains now), handed out only once released.
    app = create_app(settings, Overrides(clock=clock, run_scheduler=False))
    async with TestClient(BotTestServer(app, host="127.0.0.1", port=0)) as warm:
        ctx: AppContext = warm.app[CONTEXT]
        ready = await asyncio.to_thread(classifiers.learned_for, ctx.policy)
    blocked = Training(threading.Event(), threading.Event())

    def blocked_training(document: PolicyDocument, snapshot: Path | None) -> Any:
        blocked.started.set()
        blocked.release.wait()
        return ready

    monkeypatch.setattr(classifiers, "_CACHE", {})  # as if this process had never trained them
    monkeypatch.setattr(classifiers, "_STARTED", {}, raising=False)
    # Blocked whether or not the warm app above left a snapshot in the data folder: reading one
    # back would make the classifiers ready before any test could see them training.
    monkeypatch.setattr(classifiers, "_read_or_train", blocked_training)
    yield blocked
    blocked.release.set()
    for thread in threading.enumerate():
        if thread.name == "train-router":
            await asyncio.to_thread(thread.join)


async def test_shutdown_returns_while_training_still_runs(
    settings: Settings, clock: ManualClock, training: Training, monkeypatch: pytest.MonkeyPatch
) -> None:
    # However long finite background work may take, training must not be part of it.
    unbounded = functools.partialmethod(BackgroundTasks.close, grace=None)
    monkeypatch.setattr(BackgroundTasks, "close", unbounded)
    app = create_app(settings, Overrides(clock=clock, run_scheduler=False))
    client = TestClient(BotTestServer(app, host="127.0.0.1", port=0))
    await client.start_server()
    await asyncio.to_thread(training.started.wait)
    async with asyncio.timeout(SAFETY):
        await client.close()  # the app's shutdown, cleanup included
    assert not training.release.is_set()  # shut down while the training was still blocked
    threads = [t for t in threading.enumerate() if t.name == "train-router"]
    assert threads
    assert all(t.daemon for t in threads)  # nor does the interpreter's exit wait for it


async def test_a_message_during_training_waits_for_it_and_is_answered(
    settings: Settings,
    clock: ManualClock,
    connector: FakeConnector,
    training: Training,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    waiting = asyncio.Event()

    def watched(index: Any) -> bool:
        done = classifiers.trained(index)
        if not done:
            waiting.set()
        return done

    monkeypatch.setattr(feature, "trained", watched)
    app = create_app(settings, Overrides(clock=clock, run_scheduler=False))
    async with TestClient(BotTestServer(app, host="127.0.0.1", port=0)) as client:
        teams = TeamsClient(client, connector)
        asking = asyncio.create_task(teams.say("how do I report a lost phone?", user=LEE))
        await waiting.wait()
        assert not asking.done()
        assert connector.posted == []
        training.release.set()
        await asking
        assert card_texts(connector.posted[-1].card)  # answered, after the training


async def test_a_concern_during_training_gets_the_safeguarding_card_at_once(
    settings: Settings,
    clock: ManualClock,
    connector: FakeConnector,
    training: Training,
) -> None:
    # Safeguarding first, even in the seconds after a deploy: the word rules need no classifiers.
    app = create_app(settings, Overrides(clock=clock, run_scheduler=False))
    async with TestClient(BotTestServer(app, host="127.0.0.1", port=0)) as client:
        await asyncio.to_thread(training.started.wait)
        teams = TeamsClient(client, connector)
        await teams.say("a mum I visit posted a photo of her child with bruises on facebook", user=LEE)
        assert not training.release.is_set()  # answered while the training was still blocked
        assert "safeguarding concern" in card_texts(connector.posted[-1].card)
