"""The busy morning again with SharePoint as the system of record: every turn succeeds, every
report reaches its list once, and the manager is told of each."""

from __future__ import annotations

from tests.builders import TeamsClient
from tests.drills.test_many_reporters import many_reporters
from tests.fakes.graph import FakeGraph
from tests.incidents.test_sharepoint import (
    INCIDENTS,
    ctx_of,
    fake,
    provisioned,
    references,
    settle,
    sp_settings,
    sp_teams,
)

__all__ = ["fake", "provisioned", "sp_settings", "sp_teams"]  # fixtures


async def test_sixteen_people_report_at_once_in_sharepoint_mode(
    sp_teams: TeamsClient, fake: FakeGraph
) -> None:
    ctx = ctx_of(sp_teams)
    reported = await many_reporters(sp_teams, ctx, reports=80)
    await settle(sp_teams)
    assert len(set(reported)) == 80
    assert references(fake) == sorted(reported)
    assert len(fake.items(INCIDENTS)) == 80
