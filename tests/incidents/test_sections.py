"""The incident card's smaller forms keep what was typed when the server sends them back.

"Add update", "Record support" and "Severity and owner" used to close on any problem and show
it at the top of the incident card: the choice or the text was gone, and the person had to open
the section and start again. Now the form comes back on a card of its own, every answer as it
was, the problem under its field, and nothing recorded; "Back to the incident" leaves it.
"""

from __future__ import annotations

from bot.context import AppContext
from graph.records.incidents import Severity
from tests.builders import NESTOR, TeamsClient, card_texts, settle
from tests.incidents.person import CardPerson, error_under, inputs_of
from tests.incidents.support import card_of, report

REF = "INC-2026-0001"
SUPPORT = "Offered a call with the coordinator"


async def manager_at(teams: TeamsClient, ctx: AppContext, category: str = "complaint") -> CardPerson:
    await report(teams, category)
    await settle(ctx)
    return CardPerson(teams, card_of(await teams.click("incident.view", {"reference": REF})))


async def audit_actions(ctx: AppContext) -> list[str]:
    return [e.action for e in await ctx.stores.incident_audit.entries(REF)]


async def test_setting_a_severity_without_one_keeps_the_owner_chosen(
    teams: TeamsClient, ctx: AppContext
) -> None:
    manager = await manager_at(teams, ctx)
    manager.open("Severity and owner")
    manager.fill("Owner", "Nestor Wilke")
    await manager.press("Set severity")  # no severity chosen
    form = manager.card
    assert card_texts(form["body"][0]) == f"{REF}: severity and owner"
    assert inputs_of(form)["owner"]["value"] == NESTOR.aad_object_id
    assert error_under(form, "severity") == "Choose a severity."
    assert [i for i in inputs_of(form) if error_under(form, i)] == ["severity"]
    assert await audit_actions(ctx) == ["reported"]
    manager.fill("Severity", "High")
    await manager.press("Set severity")
    assert "Severity set." in card_texts(manager.card)
    incident = await ctx.stores.incidents.get(REF)
    assert incident is not None
    assert incident.severity is Severity.HIGH
    await settle(ctx)


async def test_assigning_nobody_keeps_the_severity_chosen(teams: TeamsClient, ctx: AppContext) -> None:
    manager = await manager_at(teams, ctx)
    manager.open("Severity and owner")
    manager.fill("Severity", "Medium")
    await manager.press("Assign owner")
    assert inputs_of(manager.card)["severity"]["value"] == "medium"
    assert error_under(manager.card, "owner") == "Choose an owner from the list."
    manager.fill("Owner", "Nestor Wilke")
    await manager.press("Assign owner")
    assert "Owner assigned." in card_texts(manager.card)
    assert await audit_actions(ctx) == ["reported", "assigned"]
    await settle(ctx)


async def test_an_empty_update_comes_back_with_the_problem_under_it(
    teams: TeamsClient, ctx: AppContext
) -> None:
    manager = await manager_at(teams, ctx)
    manager.open("Add update")
    manager.fill("Update", "   ")  # the client lets spaces through
    await manager.press("Add update")
    assert card_texts(manager.card["body"][0]) == f"{REF}: add update"
    assert error_under(manager.card, "update_text") == "Please write the update."
    manager.fill("Update", "Replied under the post")
    await manager.press("Add update")
    assert "Update added." in card_texts(manager.card)
    assert "Replied under the post" in card_texts(manager.card)
    await settle(ctx)


async def test_support_that_cannot_be_recorded_keeps_the_text(teams: TeamsClient, ctx: AppContext) -> None:
    manager = await manager_at(teams, ctx, "online_abuse")
    manager.open("Record support")
    manager.fill("Support given", "x" * 2001)  # past the client's limit (an older client)
    await manager.press("Record support")
    assert inputs_of(manager.card)["support_text"]["value"] == "x" * 2001
    assert (
        error_under(manager.card, "support_text")
        == "Please keep what support was given under 2000 characters."
    )
    manager.fill("Support given", SUPPORT)
    await manager.press("Record support")
    assert "Support recorded." in card_texts(manager.card)
    assert SUPPORT in card_texts(manager.card)
    await settle(ctx)


async def test_back_to_the_incident_records_nothing(teams: TeamsClient, ctx: AppContext) -> None:
    manager = await manager_at(teams, ctx)
    manager.open("Add update")
    manager.fill("Update", " ")
    await manager.press("Add update")
    await manager.press("Back to the incident")
    assert "What happened" in card_texts(manager.card)
    assert await audit_actions(ctx) == ["reported"]
    await settle(ctx)


async def test_a_closed_incident_still_says_so_at_the_top(teams: TeamsClient, ctx: AppContext) -> None:
    manager = await manager_at(teams, ctx)
    await teams.click("incident.close", {"reference": REF, "outcome": "Resolved"})
    manager.open("Add update")
    manager.fill("Update", "Late news")
    await manager.press("Add update")
    assert f"{REF} is already closed." in card_texts(manager.card["body"][1])
    await settle(ctx)
