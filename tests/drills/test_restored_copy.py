"""A database restored from a slightly older copy, against the loopback Graph.

A backup copied every few seconds, restored after a crash (or a copy of the data folder taking over
the site once its original stopped), carries the original's database id but lacks the last records
the original already put in SharePoint. It numbers its next report with a reference the original
already used; that report must become an item of its own, and the original's item, a report
someone already made, must stay exactly as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.clock import ManualClock
from bot.config import Settings
from tests.approvals.flow import request
from tests.builders import ALEX, TeamsClient
from tests.drills.test_instance_handover import copy_data, folder, running
from tests.fakes.connector import FakeConnector
from tests.fakes.graph import FakeGraph
from tests.incidents.support import card_of, reference_in, report
from tests.incidents.test_sharepoint import (
    APPROVALS,
    INCIDENTS,
    ctx_of,
    fake,
    provisioned,
    settle,
    sp_settings,
)

__all__ = ["fake", "provisioned", "sp_settings"]  # fixtures

ORIGINAL = "The original's second report"
RESTORED = "The restored copy's report"


async def test_a_restored_older_copy_never_takes_over_the_originals_item(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, tmp_path: Path, fake: FakeGraph
) -> None:
    original = folder(provisioned, tmp_path, "original")
    restored = folder(provisioned, tmp_path, "restored")
    async with running(original, clock, connector) as first:
        await report(first, "complaint")
        await settle(first)
        copy_data(original, restored)  # the last backup before the crash: only the first report
        assert reference_in(card_of(await report(first, "data_breach", summary=ORIGINAL))) == "INC-2026-0002"
        await settle(first)
    before = {i["IdempotencyKey"]: dict(i) for i in fake.items(INCIDENTS)}
    async with running(restored, clock, connector) as second:
        fake.down()  # its first attempt fails, so the retry looks its key up in SharePoint
        assert reference_in(card_of(await report(second, "other", summary=RESTORED))) == "INC-2026-0002"
        fake.up()
        await settle(second)
    items = sorted(fake.items(INCIDENTS), key=lambda i: (i["Reference"], i["Category"]))
    assert [(i["Reference"], i["Category"]) for i in items] == [
        ("INC-2026-0001", "complaint"),
        ("INC-2026-0002", "data_breach"),
        ("INC-2026-0002", "other"),
    ]
    kept = items[1]
    was = before[kept["IdempotencyKey"]]
    assert {name: value for name, value in kept.items() if name in was} == was
    assert kept["Summary"] == ORIGINAL  # nothing overwritten
    assert items[2]["Summary"] == RESTORED  # nothing lost
    assert items[1]["IdempotencyKey"] != items[2]["IdempotencyKey"]


def told_manager(connector: FakeConnector, words: str) -> list[str]:
    return [c.text for c in connector.posted_to(ALEX.personal_chat) if words in c.text]


async def told(teams: TeamsClient) -> None:
    outbox = ctx_of(teams).stores.outbox
    assert outbox is not None
    await outbox.wait_told()


async def test_the_manager_is_told_once_where_both_items_with_one_reference_are(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, tmp_path: Path, fake: FakeGraph
) -> None:
    original = folder(provisioned, tmp_path, "original")
    restored = folder(provisioned, tmp_path, "restored")
    async with running(original, clock, connector) as first:
        await first.say("help", user=ALEX)  # the manager's chat is known before the backup
        await report(first, "complaint")
        await settle(first)
        copy_data(original, restored)
        await report(first, "data_breach", summary=ORIGINAL)
        await settle(first)
    assert not told_manager(connector, "INC-2026-0002")
    async with running(restored, clock, connector) as second:
        await report(second, "other", summary=RESTORED)
        await settle(second)
        await told(second)
        await report(second, "complaint")  # INC-2026-0003: nobody else's reference
        await settle(second)
        await told(second)
    items = {i["Category"]: i for i in fake.items(INCIDENTS) if i["Reference"] == "INC-2026-0002"}
    new, theirs = items["other"], items["data_breach"]
    [message] = told_manager(connector, "INC-2026-0002")
    mine, others = link_of(fake, new), link_of(fake, theirs)
    assert mine in message
    assert others in message
    assert message.index(mine) < message.index(others)  # the new one first
    assert ORIGINAL not in message  # no incident details
    assert RESTORED not in message
    assert not told_manager(connector, "INC-2026-0003")
    async with running(restored, clock, connector) as again:  # a restart tells nobody twice
        await settle(again)
        await told(again)
    assert len(told_manager(connector, "INC-2026-0002")) == 1
    group_chats = [c for c in connector.posted if c.conversation_id != ALEX.personal_chat]
    assert not any("INC-2026-0002 is now on" in c.text for c in group_chats)


def link_of(fake: FakeGraph, fields: dict[str, Any]) -> str:
    """Where the item with these fields opens in SharePoint (its webUrl)."""
    [link] = [
        item.web_url
        for site in fake.sites.sites.values()
        for target in site.lists.values()
        for item in target.items.values()
        if item.fields.get("IdempotencyKey") == fields["IdempotencyKey"]
    ]
    return link


async def test_a_reference_that_cannot_be_looked_up_still_leaves_the_item_synced(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, tmp_path: Path, fake: FakeGraph
) -> None:
    """Someone removed the Reference column's index, so SharePoint refuses the look-up (as it
    does on a big list): the item is created and its entry done, not marked failed."""
    for site in fake.sites.sites.values():
        for target in site.lists.values():
            if target.name == INCIDENTS:
                target.columns["Reference"].indexed = False
    async with running(folder(provisioned, tmp_path, "only"), clock, connector) as teams:
        await report(teams, "complaint")
        await settle(teams)
        outbox = ctx_of(teams).stores.outbox
        assert outbox is not None
        created = [e for e in await outbox.entries() if e.list_name == INCIDENTS and e.op == "create"]
        assert [e.state for e in created] == ["done"]
    assert [i["Reference"] for i in fake.items(INCIDENTS)] == ["INC-2026-0001"]


async def test_the_reference_look_up_reads_no_other_incidents_contents(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, tmp_path: Path, fake: FakeGraph
) -> None:
    """Only the items' keys are needed to tell them apart: the summaries of other incidents
    sharing the reference are never fetched."""
    async with running(folder(provisioned, tmp_path, "only"), clock, connector) as teams:
        await report(teams, "complaint")
        await settle(teams)
    [look_up] = [r for r in fake.requests if "Reference" in r.query.get("$filter", "")]
    assert look_up.query["$expand"] == "fields($select=IdempotencyKey)"


async def test_a_fresh_database_repeating_a_reference_is_not_said_to_be_a_restore(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, tmp_path: Path, fake: FakeGraph
) -> None:
    """An installation started afresh on the site (its data folder lost) numbers from 0001 again:
    the manager is told of the repeat without being told it came from a restored copy."""
    async with running(folder(provisioned, tmp_path, "lost"), clock, connector) as first:
        await report(first, "complaint")
        await settle(first)
    async with running(folder(provisioned, tmp_path, "fresh"), clock, connector) as second:
        await second.say("help", user=ALEX)
        await report(second, "other", summary=RESTORED)
        await settle(second)
        await told(second)
    [message] = told_manager(connector, "INC-2026-0001")
    assert "restored from an older copy or started afresh" in message  # not a restore alone


async def test_a_repeated_approval_reference_is_told_once_and_both_requests_kept(
    provisioned: Settings, clock: ManualClock, connector: FakeConnector, tmp_path: Path, fake: FakeGraph
) -> None:
    """Approval requests are numbered by the database too (A-1, A-2): a restored older copy
    repeats one the way it repeats an incident reference, and is reported the same way."""
    original = folder(provisioned, tmp_path, "original")
    restored = folder(provisioned, tmp_path, "restored")
    async with running(original, clock, connector) as first:
        await first.say("help", user=ALEX)  # the manager's chat is known before the backup
        await request(first, ctx_of(first), connector)
        await settle(first)
        copy_data(original, restored)
        await request(first, ctx_of(first), connector, text=ORIGINAL)
        await settle(first)
    assert not told_manager(connector, "A-2")
    async with running(restored, clock, connector) as second:
        card = await request(second, ctx_of(second), connector, text=RESTORED)
        assert "A-2" in str(card)  # the requester's card: sent, under the repeated reference
        await settle(second)
        await told(second)
    items = {i["PostText"]: i for i in fake.items(APPROVALS) if i["Reference"] == "A-2"}
    assert set(items) == {ORIGINAL, RESTORED}  # nothing lost, nothing overwritten
    [message] = told_manager(connector, "A-2 ")
    assert message.index(link_of(fake, items[RESTORED])) < message.index(link_of(fake, items[ORIGINAL]))
    assert ORIGINAL not in message  # no request details
    assert RESTORED not in message
    async with running(restored, clock, connector) as again:  # a restart tells nobody twice
        await settle(again)
        await told(again)
    assert len(told_manager(connector, "A-2 ")) == 1
