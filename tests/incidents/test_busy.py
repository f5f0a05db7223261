"""When someone else keeps changing an incident, a form comes back as typed, not lost.

A change is re-applied to the latest record a few times when someone else wrote first; when the
record is still changing after that, the whole form is refused. The person used to get the
incident card with the refusal at the top and every answer they typed gone. Now the form comes
back on a card of its own with every answer kept, a plain line asking them to try again in a
moment, and nothing recorded; pressing its button again records it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.context import AppContext
from bot.incidents.changes import BUSY
from graph.records.incidents import AuditEntry, Incident, VersionConflict
from tests.builders import TeamsClient, card_texts, settle
from tests.incidents.person import CardPerson, error_under, inputs_of
from tests.incidents.support import card_of, report

REF = "INC-2026-0001"
UPDATE = "Spoke to the parent; the comment is hidden"
WHY_NOT = "Only two of our own staff saw the list and it was deleted at once"
OUTCOME = "List recalled and deleted; the staff member re-trained"
# The ICO decision went in before the close was turned away: the top line must not say nothing was.
BUSY_AFTER_SOME = (
    "Decision recorded, but someone else is changing this incident right now, so the rest was not. "
    "Please try again in a moment."
)


@dataclass
class Writes:
    """How many more writes land; after that every write finds someone else wrote first."""

    left: int | None = None  # None: all of them

    def busy(self) -> None:
        self.left = 0


@pytest.fixture
def writes(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Writes:
    state = Writes()
    store = ctx.stores.incidents
    write = store.update

    async def update(incident: Incident, audit: AuditEntry) -> Incident:
        if state.left is not None:
            if state.left <= 0:
                raise VersionConflict(incident.reference)
            state.left -= 1
        return await write(incident, audit)

    monkeypatch.setattr(store, "update", update)
    return state


async def manager_at(teams: TeamsClient, ctx: AppContext, category: str, **more: str) -> CardPerson:
    await report(teams, category, answers=more)
    await settle(ctx)
    return CardPerson(teams, card_of(await teams.click("incident.view", {"reference": REF})))


async def decided_and_closing(teams: TeamsClient, ctx: AppContext) -> CardPerson:
    """A manager with the ICO's decision and the outcome typed on a data breach's form."""
    manager = await manager_at(teams, ctx, "data_breach")
    manager.open("Decisions and close")
    manager.fill("The ICO: decision", "Not reported")
    manager.fill("The ICO: why not reported", WHY_NOT)
    manager.fill("Outcome (to close)", OUTCOME)
    return manager


async def audit_actions(ctx: AppContext) -> list[str]:
    return [e.action for e in await ctx.stores.incident_audit.entries(REF)]


async def test_an_update_refused_while_someone_else_writes_keeps_the_text(
    teams: TeamsClient, ctx: AppContext, writes: Writes
) -> None:
    manager = await manager_at(teams, ctx, "complaint")
    manager.open("Add update")
    manager.fill("Update", UPDATE)
    writes.busy()
    await manager.press("Add update")
    form = manager.card
    assert card_texts(form["body"][0]) == f"{REF}: add update"
    assert card_texts(form["body"][1]) == BUSY
    assert "try again in a moment" in BUSY
    assert inputs_of(form)["update_text"]["value"] == UPDATE
    assert not error_under(form, "update_text")
    assert await audit_actions(ctx) == ["reported"]
    writes.left = None
    await manager.press("Add update")
    assert "Update added." in card_texts(manager.card)
    assert UPDATE in card_texts(manager.card)
    await settle(ctx)


async def test_severity_and_owner_refused_while_someone_else_writes_keep_both_choices(
    teams: TeamsClient, ctx: AppContext, writes: Writes
) -> None:
    manager = await manager_at(teams, ctx, "complaint")
    manager.open("Severity and owner")
    manager.fill("Severity", "High")
    manager.fill("Owner", "Nestor Wilke")
    writes.busy()
    await manager.press("Assign owner")
    inputs = inputs_of(manager.card)
    assert inputs["severity"]["value"] == "high"
    assert inputs["owner"]["value"]
    assert BUSY in card_texts(manager.card)
    writes.left = None
    await manager.press("Assign owner")
    assert "Owner assigned." in card_texts(manager.card)
    await settle(ctx)


async def test_support_refused_while_someone_else_writes_keeps_the_text(
    teams: TeamsClient, ctx: AppContext, writes: Writes
) -> None:
    manager = await manager_at(teams, ctx, "online_abuse")
    manager.open("Record support")
    manager.fill("Support given", "Offered a call with the coordinator")
    writes.busy()
    await manager.press("Record support")
    assert inputs_of(manager.card)["support_text"]["value"] == "Offered a call with the coordinator"
    assert BUSY in card_texts(manager.card)
    await settle(ctx)


async def test_the_decisions_form_refused_while_someone_else_writes_keeps_every_answer(
    teams: TeamsClient, ctx: AppContext, writes: Writes
) -> None:
    manager = await decided_and_closing(teams, ctx)
    sent = dict(manager.typed)
    writes.busy()
    await manager.press("Record and close")
    form = manager.card
    assert card_texts(form["body"][0]) == f"{REF}: decisions and closing"
    assert card_texts(form["body"][1]) == BUSY
    inputs = inputs_of(form)
    for input_id, value in sent.items():
        assert inputs[input_id].get("value") == value, input_id
    assert await audit_actions(ctx) == ["reported"]
    writes.left = None
    await manager.press("Record and close")
    assert "Decision recorded and closed." in card_texts(manager.card)
    assert await audit_actions(ctx) == ["reported", "reporting decision", "closed"]
    await settle(ctx)


async def test_decisions_already_recorded_are_not_offered_again(
    teams: TeamsClient, ctx: AppContext, writes: Writes
) -> None:
    """The ICO's decision went in before the close was refused: the form keeps only the rest."""
    manager = await decided_and_closing(teams, ctx)
    writes.left = 1  # the ICO decision lands; the close then finds the record always changing
    await manager.press("Record and close")
    form = manager.card
    assert card_texts(form["body"][1]) == BUSY_AFTER_SOME
    inputs = inputs_of(form)
    assert "ico_reported" not in inputs  # recorded: not asked again
    assert inputs["outcome"]["value"] == OUTCOME
    assert await audit_actions(ctx) == ["reported", "reporting decision"]
    writes.left = None
    await manager.press("Close incident")
    assert "Closed." in card_texts(manager.card)
    assert await audit_actions(ctx) == ["reported", "reporting decision", "closed"]
    await settle(ctx)
