"""Staff edit incidents in the SharePoint list while the manager works in Teams.

The list is where staff look, so what someone typed there is never silently replaced: fields
people may edit (severity, owner, notes) are left alone unless Teams changes them too, and any
field both sides changed is reported to the manager in a 1:1 message, whoever's value was kept.
"""

from __future__ import annotations

from bot.context import AppContext
from tests.builders import ALEX, TeamsClient
from tests.fakes.connector import FakeConnector
from tests.fakes.graph import FakeGraph
from tests.incidents.support import card_of, reference_in, report
from tests.incidents.test_sharepoint import (
    INCIDENTS,
    ctx_of,
    fake,
    incident_item,
    provisioned,
    settle,
    sp_settings,
    sp_teams,
)

__all__ = ["fake", "provisioned", "sp_settings", "sp_teams"]  # fixtures


async def reported(teams: TeamsClient) -> str:
    await teams.say("help", user=ALEX)  # the manager's chat is known before anything is sent there
    reference = reference_in(card_of(await report(teams, "complaint")))
    await settle(teams)
    return reference


def item_id(fake: FakeGraph, reference: str) -> str:
    assert reference == "INC-2026-0001"
    return "1"  # the first item of a new list


async def told(teams: TeamsClient) -> None:
    outbox = ctx_of(teams).stores.outbox
    assert outbox is not None
    await outbox.wait_told()


def told_manager(connector: FakeConnector, words: str) -> list[str]:
    return [c.text for c in connector.posted_to(ALEX.personal_chat) if words in c.text]


async def test_an_edit_in_sharepoint_survives_an_acknowledgement_in_teams(
    sp_teams: TeamsClient, fake: FakeGraph
) -> None:
    reference = await reported(sp_teams)
    fake.edit_item(
        INCIDENTS,
        item_id(fake, reference),
        Severity="high",
        OwnerName="Sam Jones",
        Notes="Call the parent back",
    )
    await sp_teams.click("incident.acknowledge", {"reference": reference}, user=ALEX)
    await settle(sp_teams)
    item = incident_item(fake, reference)
    assert item["Status"] == "acknowledged"
    assert (item["Severity"], item["OwnerName"], item["Notes"]) == (
        "high",
        "Sam Jones",
        "Call the parent back",
    )


async def test_a_field_changed_on_both_sides_keeps_the_sharepoint_edit_and_tells_the_manager(
    sp_teams: TeamsClient, fake: FakeGraph, connector: FakeConnector
) -> None:
    reference = await reported(sp_teams)
    fake.edit_item(INCIDENTS, item_id(fake, reference), Severity="critical")
    await sp_teams.click("incident.severity", {"reference": reference, "severity": "low"}, user=ALEX)
    await settle(sp_teams)
    await told(sp_teams)
    assert incident_item(fake, reference)["Severity"] == "critical"
    ctx: AppContext = ctx_of(sp_teams)
    assert ctx.stores.outbox is not None
    assert not await ctx.stores.outbox.entries("conflict")
    [message] = told_manager(connector, reference)
    assert "Severity" in message
    assert "SharePoint" in message


async def test_a_bot_field_edited_in_sharepoint_is_put_back_and_the_manager_told(
    sp_teams: TeamsClient, fake: FakeGraph, connector: FakeConnector
) -> None:
    reference = await reported(sp_teams)
    fake.edit_item(INCIDENTS, item_id(fake, reference), Status="closed")
    await sp_teams.click("incident.acknowledge", {"reference": reference}, user=ALEX)
    await settle(sp_teams)
    await told(sp_teams)
    assert incident_item(fake, reference)["Status"] == "acknowledged"
    [message] = told_manager(connector, reference)
    assert "Status" in message
