"""A new item sharing its reference with another is noticed once per item, however often the
sync looks: a create retried after the process died between the notice and marking the entry
done looks the reference up again, and must not tell the manager a second time."""

from __future__ import annotations

import asyncio
from pathlib import Path

from graph.sharepoint.lists import SharePointLists
from graph.sharepoint.schema import Column, ListSchema
from graph.sync.outbox import Outbox
from graph.sync.worker import SyncWorker
from tests.graph.support import FakeClock

COLUMNS = (Column("Reference", "text", indexed=True), Column("Note", "text"))
RECORDS = ListSchema("Referenced Records", COLUMNS, reference="Reference")
NAME = RECORDS.name
REFERENCE = {"Reference": "INC-2026-0002"}


def worker(box: Outbox, lists: SharePointLists, clock: FakeClock) -> SyncWorker:
    references = {NAME: RECORDS.reference}
    return SyncWorker(box, lists, now=clock.now, sleep=clock.sleep, references=references, parallel=1)


async def dies_before_marking_done(box: Outbox, lists: SharePointLists, clock: FakeClock) -> None:
    """Sync what is due, but stop the process as it is about to mark an entry done."""
    reached = asyncio.Event()

    async def never(*args: object, **kwargs: object) -> bool:
        reached.set()
        await asyncio.Event().wait()
        return False

    box.finish = never  # type: ignore[method-assign]
    sync = worker(box, lists, clock)
    sync.start()
    await reached.wait()
    await sync.stop()
    await box.close()


async def test_a_shared_reference_is_noticed_once_per_item_across_a_restart(
    tmp_path: Path, lists: SharePointLists, clock: FakeClock
) -> None:
    path = str(tmp_path / "outbox.db")
    await lists.ensure_list(RECORDS)
    box = await Outbox.open(path, now=clock.now)
    first = worker(box, lists, clock)
    await box.enqueue(NAME, "theirs", "create", {**REFERENCE, "Note": "the original's record"})
    first.start()
    await box.wait_drained()
    await first.stop()
    await box.enqueue(NAME, "mine", "create", {**REFERENCE, "Note": "the restored copy's record"})
    await dies_before_marking_done(box, lists, clock)  # the item and its notice are made

    box = await Outbox.open(path, now=clock.now)
    try:
        [notice] = await box.untold()
        assert (notice.key, notice.kept) == ("mine", "duplicate")
        await box.told(notice.seq)  # the manager was told before the entry was retried
        again = worker(box, lists, clock)
        again.start()
        await box.wait_drained()  # the retried create finds its item and looks the reference up again
        assert [e.attempts for e in await box.entries("done") if e.key == "mine"] == [2]
        assert await box.untold() == []  # not a second time
        await box.enqueue(NAME, "third", "create", {**REFERENCE, "Note": "a third record"})
        await box.wait_drained()
        await again.stop()
        assert [n.key for n in await box.untold()] == ["third"]  # once per item, not per reference
    finally:
        await box.close()
