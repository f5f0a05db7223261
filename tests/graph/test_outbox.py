from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from graph.sync.outbox import Outbox
from tests.graph.support import FakeClock


@pytest.fixture
async def outbox(tmp_path: Path, clock: FakeClock) -> AsyncIterator[Outbox]:
    box = await Outbox.open(str(tmp_path / "outbox.db"), now=clock.now)
    yield box
    await box.close()


async def test_enqueue_is_on_disk_before_it_returns(tmp_path: Path, clock: FakeClock) -> None:
    path = str(tmp_path / "outbox.db")
    first = await Outbox.open(path, now=clock.now)
    await first.enqueue("L", "k1", "create", {"Note": "private"})
    second = await Outbox.open(path, now=clock.now)  # a second process sees it committed
    try:
        assert await second.pending_count() == 1
        assert [e.key for e in await second.due()] == ["k1"]
    finally:
        await first.close()
        await second.close()


async def test_same_create_twice_is_one_entry(outbox: Outbox) -> None:
    a = await outbox.enqueue("L", "k1", "create", {"Note": "x"})
    b = await outbox.enqueue("L", "k1", "create", {"Note": "x"})
    assert a == b
    assert await outbox.pending_count() == 1


async def test_update_waits_for_its_create(outbox: Outbox) -> None:
    create = await outbox.enqueue("L", "k1", "create", {"Status": "Open"})
    await outbox.enqueue("L", "k1", "update", {"Status": "Closed"}, base={"Status": "Open"})
    await outbox.enqueue("L", "k2", "create", {"Status": "Open"})
    assert [(e.key, e.op) for e in await outbox.due()] == [("k1", "create"), ("k2", "create")]
    await outbox.finish(create, "done", remote_id="7")
    due = await outbox.due()
    assert [(e.key, e.op) for e in due] == [("k1", "update"), ("k2", "create")]
    assert due[0].base == {"Status": "Open"}
    assert await outbox.remote_id_for("L", "k1") == "7"


async def test_finish_happens_once_and_forgets_fields(outbox: Outbox) -> None:
    seq = await outbox.enqueue("L", "k1", "create", {"Note": "private"})
    assert await outbox.finish(seq, "done", remote_id="1")
    assert not await outbox.finish(seq, "done", remote_id="2")
    (entry,) = await outbox.entries("done")
    assert entry.remote_id == "1"
    assert entry.fields == {}
    assert await outbox.pending_count() == 0


async def test_reschedule_and_attempts(outbox: Outbox, clock: FakeClock) -> None:
    seq = await outbox.enqueue("L", "k1", "create", {})
    await outbox.begin_attempt(seq)
    await outbox.reschedule(seq, 30.0, "Unavailable status=503 code=-")
    assert await outbox.due() == []
    assert await outbox.next_wake() == clock.now() + 30.0
    clock.t += 30.0
    (entry,) = await outbox.due()
    assert entry.attempts == 1
    assert entry.last_error == "Unavailable status=503 code=-"


async def test_failing_means_a_waiting_entry_failed_its_last_attempt(outbox: Outbox) -> None:
    waiting = await outbox.enqueue("L", "k1", "create", {})
    given_up = await outbox.enqueue("L", "k2", "create", {})
    assert not await outbox.failing()
    await outbox.finish(given_up, "failed", error="BadRequest status=400 code=-")
    assert not await outbox.failing()  # given up: nothing is still trying
    await outbox.reschedule(waiting, 30.0, "Unavailable status=503 code=-")
    assert await outbox.failing()
    await outbox.finish(waiting, "done", remote_id="1")
    assert not await outbox.failing()


async def test_wait_drained_returns_when_nothing_is_pending(outbox: Outbox) -> None:
    await outbox.wait_drained()
    seq = await outbox.enqueue("L", "k1", "create", {})
    assert outbox.changed.is_set()
    await outbox.finish(seq, "failed", error="BadRequest")
    await outbox.wait_drained()
