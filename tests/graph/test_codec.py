"""One row codec per record: what either backend hands back reads as the record that was stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from graph.records.codec import RowCodec
from graph.records.leavers import LEAVER_ROWS, Leaver, LeaverSource
from graph.records.register import GRANT_ROWS, Grant
from graph.records.times import graph_time, parse_time, sortable_time
from graph.sharepoint.leavers import LEAVER_COLUMNS
from graph.sharepoint.lists import ListItem
from graph.sharepoint.values import to_fields, to_row
from graph.sqlite.values import stored

AT = datetime(2026, 7, 1, 9, 30, 15, 250000, tzinfo=UTC)
LEAVER = Leaver(7, "jo@x.example", "Jo", "aad-jo", LeaverSource.DIRECTORY, "", "Alex", AT, date(2026, 7, 3))


def test_a_record_survives_the_sqlite_values() -> None:
    assert LEAVER_ROWS.record(stored(LEAVER_ROWS.row(LEAVER))) == LEAVER


def test_a_record_survives_the_list_fields_to_the_second() -> None:
    fields = to_fields(LEAVER_COLUMNS, LEAVER_ROWS.row(LEAVER))
    assert fields["RecordedAt"] == "2026-07-01T09:30:15Z"  # all SharePoint keeps
    assert fields["LeaveDate"] == "2026-07-03"  # a calendar date is text, never a shifted midnight
    assert "id" not in fields
    read = LEAVER_ROWS.record(to_row(LEAVER_COLUMNS, ListItem("7", "e", fields), id=7))
    assert read == Leaver(**{**LEAVER.__dict__, "recorded_at": AT.replace(microsecond=0)})


def test_a_grant_reads_back_with_its_booleans_and_empty_fields() -> None:
    grant = Grant(3, "facebook", "a@x.example", "A", "", "editor", "Alex", AT, None, True)
    row = stored(GRANT_ROWS.row(grant))
    assert (row["holds_recovery"], row["trained_on"], row["revoked_at"]) == (1, None, None)
    assert GRANT_ROWS.record(row) == grant


def test_times_are_read_as_utc_whatever_their_offset() -> None:
    summer = datetime(2026, 7, 1, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    assert parse_time("2026-07-01T10:30:00+01:00") == summer
    assert parse_time("2026-07-01T10:30:00+01:00").tzinfo is UTC  # type: ignore[union-attr]
    assert parse_time("2026-07-01T09:30:00") == summer  # no offset: stored as UTC
    assert parse_time("") is None


def test_a_required_time_that_is_missing_is_refused() -> None:
    with pytest.raises(ValueError, match="lacks a required"):
        LEAVER_ROWS.record({**LEAVER_ROWS.row(LEAVER), "recorded_at": None})


def test_the_two_widths_of_utc_text() -> None:
    local = datetime(2026, 7, 1, 10, 30, 15, 250000, tzinfo=timezone(timedelta(hours=1)))
    assert graph_time(local) == "2026-07-01T09:30:15Z"  # whole seconds: what SharePoint keeps
    assert sortable_time(local) == "2026-07-01T09:30:15.250000Z"  # fixed width: SQLite compares text
    assert graph_time(None) is None
    assert sortable_time(local.replace(microsecond=0)) < sortable_time(local)
    assert parse_time(sortable_time(local)) == local
    assert parse_time(graph_time(local)) == local.replace(microsecond=0)


def test_an_empty_optional_field_reads_as_none_whatever_its_type() -> None:
    @dataclass(frozen=True)
    class Vote:
        helpful: bool | None
        count: int | None = None

    codec = RowCodec(Vote)
    assert codec.record({"helpful": None, "count": None}) == Vote(None)
    assert codec.record(stored(codec.row(Vote(False, 0)))) == Vote(False, 0)
