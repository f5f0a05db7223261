"""Incident lists are never stale: Teams redraws them with what stands now whenever it refreshes.

"my incidents" kept saying "Received, not yet picked up" after the manager acknowledged the
report, and "open incidents" kept listing an incident after it was closed, until the person typed
the command again. Both cards now carry a Universal Actions ``refresh`` (no ``userIds``: in a
1:1 chat Teams refreshes a card for the person it belongs to), as "my requests" does.
"""

from __future__ import annotations

from typing import Any

from bot.context import AppContext
from tests.builders import ALEX, LEE, NESTOR, TeamsClient, User, card_texts, settle
from tests.fakes.connector import FakeConnector
from tests.incidents.support import card_of, message_of, reference_in, report


async def _reported_then_listed(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector, kind: str, command: str, reader: User
) -> tuple[str, dict[str, Any]]:
    """Nestor reports an incident of ``kind``; ``reader`` types ``command``: the reference and the list."""
    ref = reference_in(card_of(await report(teams, kind, user=NESTOR)))
    await settle(ctx)
    await teams.say(command, user=reader)
    listed = connector.posted_to(reader.personal_chat)[-1].card
    assert listed is not None
    return ref, listed


async def test_my_incidents_refreshes_to_where_each_report_stands(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    ref, listed = await _reported_then_listed(teams, ctx, connector, "online_abuse", "my incidents", NESTOR)
    assert "Received, not yet picked up" in card_texts(listed)
    refresh = listed["refresh"]["action"]
    assert "userIds" not in listed["refresh"]
    await teams.click("incident.acknowledge", {"reference": ref}, user=ALEX)
    redrawn = card_of(await teams.click(refresh["verb"], refresh["data"], user=NESTOR, trigger="automatic"))
    assert "Being handled" in card_texts(redrawn)
    assert "Received, not yet picked up" not in card_texts(redrawn)
    assert redrawn["refresh"] == listed["refresh"]  # it keeps refreshing
    # Whoever's client refreshes it sees their own reports, never Nestor's.
    other = card_of(await teams.click(refresh["verb"], refresh["data"], user=LEE, trigger="automatic"))
    assert ref not in card_texts(other)


async def test_open_incidents_refreshes_once_one_is_closed(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    ref, listed = await _reported_then_listed(teams, ctx, connector, "complaint", "open incidents", ALEX)
    assert f"{ref}: Complaint" in card_texts(listed)
    refresh = listed["refresh"]["action"]
    await teams.click("incident.close", {"reference": ref, "outcome": "Replied under the post"}, user=ALEX)
    redrawn = card_of(await teams.click(refresh["verb"], refresh["data"], user=ALEX, trigger="automatic"))
    assert "No incidents are open." in card_texts(redrawn)
    assert "refresh" in redrawn
    # The refresh is the list's own button: anyone else is refused, as when they type the command.
    refused = message_of(
        await teams.click(refresh["verb"], refresh["data"], user=NESTOR, trigger="automatic")
    )
    assert "can do that" in refused
