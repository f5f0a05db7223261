"""A data directory written by the release of 2 December 2026 opens with today's code, nothing lost.

The fixture (see ``release_2026_12_02/README.md``) holds a record in every store and one SharePoint
copy still waiting in the separate outbox file that release kept.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from graph.records.approvals import ApprovalState, AuditAction
from graph.records.incidents import Assessment
from graph.records.times import parse_time, sortable_time
from graph.sharepoint.incidents import INCIDENTS
from graph.sqlite import migrations
from graph.sqlite.database import open_database
from graph.sqlite.migrations import LATEST, NewerDatabase
from graph.stores import Stores, open_local_stores, open_mirrored_stores
from graph.sync.mirror import Mirror
from tests.graph.test_incident_mirror import REPORT

RELEASE = Path(__file__).parent / "release_2026_12_02"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    for name in ("policy-steward.sqlite3", "sharepoint-outbox.sqlite3"):
        shutil.copy(RELEASE / name, tmp_path / name)
    return tmp_path


@pytest.fixture
async def upgraded(data_dir: Path) -> AsyncIterator[Stores]:
    async with open_mirrored_stores(data_dir / "policy-steward.sqlite3") as stores:
        yield stores


def version_of(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])


def test_the_fixture_is_from_before_schema_versions(data_dir: Path) -> None:
    assert version_of(data_dir / "policy-steward.sqlite3") == 0


async def test_every_record_survives_the_upgrade(upgraded: Stores, data_dir: Path) -> None:
    assert version_of(data_dir / "policy-steward.sqlite3") == LATEST
    alex = "00000000-0000-4000-8000-000000000001"
    person = await upgraded.people.get(alex)
    assert person is not None
    assert person.upn == "alex@example.org"
    assert await upgraded.people.personal_chat(alex) is not None
    assert not await upgraded.people.mark_welcomed("a:personal-alex")
    assert [j.key for j in await upgraded.jobs.pending()] == ["review.nudge:policy:2027-01-01"]
    summary = await upgraded.questions.summary()
    assert (summary.asked, summary.answered, summary.helpful) == (2, 1, 1)
    first, second = await upgraded.approvals.get("1"), await upgraded.approvals.get("2")
    assert first is not None
    assert second is not None
    assert first.state is ApprovalState.PENDING
    assert second.state is ApprovalState.APPROVED
    assert second.decision is not None
    assert second.decision.comment == "Looks good"
    assert [e.action for e in await upgraded.approvals.history("1")] == [
        AuditAction.SUBMITTED,
        AuditAction.REMINDED,
    ]
    assert len(await upgraded.approvals.copies("1")) == 1
    assert await upgraded.approvals.form("form-token-1") is not None
    [grant] = await upgraded.register.active("facebook")
    assert grant.last_reviewed is not None
    assert [g.name for g in await upgraded.register.groups()] == ["Mums' group"]
    assert [r.note for r in await upgraded.reviews.records("policy")] == ["Read through"]
    leaver = await upgraded.leavers.find(email="lee@example.org")
    assert leaver is not None
    assert all(item.done for item in await upgraded.leavers.items(leaver.id))
    assert await upgraded.leavers.get_marker("users-delta") == "https://graph.example/delta?token=abc"
    breach = await upgraded.incidents.get("INC-2026-0001")
    assert breach is not None
    assert breach.severity is not None
    assert breach.severity.value == "high"
    assert len(await upgraded.incident_audit.entries("INC-2026-0001")) == 2
    assert [i.reference for i in await upgraded.incidents.list_open()] == ["INC-2026-0001", "INC-2026-0002"]


async def test_the_copy_still_waiting_for_sharepoint_is_not_lost(upgraded: Stores) -> None:
    assert upgraded.outbox is not None
    entries = await upgraded.outbox.entries()
    done = [e for e in entries if e.state == "done"]
    assert len(done) == 12
    assert all(e.remote_id for e in done)  # updates still find the items the release created
    waiting = [e.key for e in entries if e.state == "pending"]
    assert "INC-2026-0002:1:reported:2026-12-01T09:50:00Z" in waiting
    creates = [e.key for e in entries if e.op == "create" and e.list_name.endswith("approvals")]
    assert creates == ["A-1", "A-2"]  # the release's keys are kept, so nothing is created twice


async def test_the_old_outbox_file_is_gone_once_imported(upgraded: Stores, data_dir: Path) -> None:
    assert not (data_dir / "sharepoint-outbox.sqlite3").exists()


async def test_new_records_continue_the_numbering(upgraded: Stores) -> None:
    recorded = await upgraded.incidents.create(REPORT, Assessment(), key="after-upgrade")
    assert recorded.incident.reference == "INC-2026-0003"


async def test_opening_twice_changes_nothing_more(data_dir: Path) -> None:
    path = data_dir / "policy-steward.sqlite3"
    async with open_local_stores(path):
        pass
    async with open_local_stores(path) as stores:
        assert len(await stores.incidents.list_open()) == 2
    assert version_of(path) == LATEST


async def test_a_database_from_a_newer_release_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(NewerDatabase, match="newer Policy Steward"):
        await open_database(path)


def tables_of(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(row[0]) for row in rows}


async def test_the_unused_sync_table_is_dropped_and_every_incident_still_reaches_sharepoint(
    data_dir: Path,
) -> None:
    """The first release marked copied incidents in ``incident_sync``; the outbox now says that."""
    path = data_dir / "policy-steward.sqlite3"
    with sqlite3.connect(path) as connection:
        marked = {str(row[0]) for row in connection.execute("SELECT reference FROM incident_sync")}
    assert marked == {"INC-2026-0001", "INC-2026-0002"}
    async with open_mirrored_stores(path) as stores:
        assert stores.outbox is not None
        mirror = Mirror(stores.db, stores.outbox, stores.database_id)
        assert await mirror.handed_over(INCIDENTS.name) >= marked
        assert {i.reference for i in await stores.incidents.list_open()} == marked
    assert "incident_sync" not in tables_of(path)


async def test_a_new_database_has_no_sync_table(tmp_path: Path) -> None:
    async with open_local_stores(tmp_path / "new.sqlite3"):
        pass
    assert "incident_sync" not in tables_of(tmp_path / "new.sqlite3")


async def test_question_times_become_sortable_utc_text_at_the_same_instants(data_dir: Path) -> None:
    path = data_dir / "policy-steward.sqlite3"
    query = "SELECT id, asked_at, feedback_at FROM policy_questions ORDER BY id"
    with sqlite3.connect(path) as connection:
        before = connection.execute(query).fetchall()
    async with open_local_stores(path):
        pass
    with sqlite3.connect(path) as connection:
        after = connection.execute(query).fetchall()
    assert len(after) == len(before) == 2
    for (_, asked, feedback), (_, new_asked, new_feedback) in zip(before, after, strict=True):
        assert new_asked == sortable_time(parse_time(asked))
        assert new_feedback == sortable_time(parse_time(feedback))
        assert new_asked.endswith("Z")


async def test_items_keyed_by_database_id_and_reference_keep_their_keys(tmp_path: Path) -> None:
    """Releases before random keys keyed items ``<database id>:<reference>``; those items are still
    found, whether the record's mirror row or only its queued create survived, and only records
    new to this release get a random key."""
    async with open_mirrored_stores(tmp_path / "policy-steward.sqlite3") as stores:
        assert stores.outbox is not None
        mirror, dbid = Mirror(stores.db, stores.outbox, stores.database_id), stores.database_id
        await stores.db.execute(
            "INSERT INTO mirror_state (list_name, natural_key, key, fields) VALUES (?, ?, ?, '{}')",
            (INCIDENTS.name, "INC-2026-0001", f"{dbid}:INC-2026-0001"),
        )
        await stores.outbox.enqueue(INCIDENTS.name, f"{dbid}:INC-2026-0002", "create", {"Title": "x"})
        for reference in ("INC-2026-0001", "INC-2026-0002", "INC-2026-0003"):
            await mirror.copy(INCIDENTS, reference, {"Title": reference})
        entries = [e for e in await stores.outbox.entries() if e.fields.get("Title", "").startswith("INC")]
    keys = {e.fields["Title"]: (e.op, e.key) for e in entries}
    assert keys["INC-2026-0001"] == ("update", f"{dbid}:INC-2026-0001")
    assert keys["INC-2026-0002"] == ("update", f"{dbid}:INC-2026-0002")
    op, key = keys["INC-2026-0003"]
    assert op == "create"
    assert key.startswith(f"{dbid}:")
    assert key.endswith(":INC-2026-0003")
    assert len(key.split(":")) == 3


async def test_sync_notices_survive_the_table_being_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Version 6 rebuilds ``sync_notices`` so a notice can say two items share a reference."""
    path = tmp_path / "policy-steward.sqlite3"
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:5])
    db = await open_database(path)
    await db.close()
    monkeypatch.undo()
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO sync_notices (list_name, key, fields, kept, at, told_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (INCIDENTS.name, "k:INC-2026-0001", "Severity", "sharepoint", 1.0, 2.0),
                (INCIDENTS.name, "k:INC-2026-0002", "Notes", "bot", 3.0, None),
            ],
        )
    assert version_of(path) == 5
    async with open_mirrored_stores(path) as stores:
        assert stores.outbox is not None
        [waiting] = await stores.outbox.untold()
        assert (waiting.key, waiting.fields, waiting.kept) == ("k:INC-2026-0002", ("Notes",), "bot")
        await stores.outbox.same_reference(INCIDENTS.name, "k:INC-2026-0003", ["new", "old"])
        await stores.outbox.same_reference(INCIDENTS.name, "k:INC-2026-0003", ["new", "old"])  # once
        assert [n.kept for n in await stores.outbox.untold()] == ["bot", "duplicate"]
    assert version_of(path) == LATEST
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM sync_notices").fetchone()[0] == 3
