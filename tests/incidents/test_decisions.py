"""The manager records reporting decisions and closes from one form, as a person uses the card.

A data breach where a crime may have been committed needs two decisions (the ICO, the police)
and an outcome. With a form per decision, each slip closed the form and forgot every answer:
closing took 13 interactions without a slip and 18 with one (forgetting the police date). On
one form that keeps what was typed it takes 8, and 9 with the same slip. An interaction is one
section opened, one answer chosen or typed, or one button pressed.
"""

from __future__ import annotations

import json
import logging

import pytest

from bot.context import AppContext
from bot.incidents.service import ICO_REMINDER_KIND
from bot.log import QUIET_LOGGERS, JsonFormatter
from cards.incident_returned import SUMMARY
from graph.records.incidents import Route, Status
from tests.builders import ADELE, ALEX, LEE, MEGAN, NESTOR, STRANGER, TeamsClient, User, card_texts, settle
from tests.incidents.person import CardPerson, error_under, inputs_of
from tests.incidents.support import HIDDEN, card_of, message_of, report

REF = "INC-2026-0001"
WHY_NOT = "Only two of our own staff saw the list and it was deleted at once"
OUTCOME = "List recalled and deleted; the staff member re-trained"
SECTION = "Decisions and close"


async def manager_at(
    teams: TeamsClient, ctx: AppContext, category: str = "data_breach", **more: str
) -> CardPerson:
    """Report an incident (as Nestor) and open its card as Alex, the manager."""
    await report(teams, category, answers=more)
    await settle(ctx)
    return CardPerson(teams, card_of(await teams.click("incident.view", {"reference": REF})))


async def audit_actions(ctx: AppContext) -> list[str]:
    return [e.action for e in await ctx.stores.incident_audit.entries(REF)]


async def _outcome_only(teams: TeamsClient, ctx: AppContext) -> CardPerson:
    """The manager on a breach's decisions form with the outcome typed and no body decided."""
    manager = await manager_at(teams, ctx)
    manager.open(SECTION)
    manager.fill("Outcome (to close)", OUTCOME)
    return manager


def _fill_breach(manager: CardPerson, *, police_date: str) -> None:
    manager.open(SECTION)
    manager.fill("The ICO: decision", "Not reported")
    manager.fill("The ICO: why not reported", WHY_NOT)
    manager.fill("The police: decision", "Reported")
    if police_date:
        manager.fill("The police: date reported", police_date)
    manager.fill("The police: reported by (if not you)", "Alex on 101")
    manager.fill("Outcome (to close)", OUTCOME)


async def test_a_slip_keeps_every_answer_and_shows_the_problem_under_its_field(
    teams: TeamsClient, ctx: AppContext
) -> None:
    manager = await manager_at(teams, ctx, crime="unsure")
    _fill_breach(manager, police_date="")
    sent = dict(manager.typed)
    await manager.press("Record and close")
    form = manager.card
    assert form["body"][1]["style"] == "attention"  # a short summary at the top
    assert SUMMARY in card_texts(form["body"][1])
    inputs = inputs_of(form)
    for input_id, value in sent.items():
        assert inputs[input_id].get("value") == value, input_id  # every answer as typed
    assert error_under(form, "police_on") == "Please give the date it was reported to the police."
    assert [i for i in inputs if error_under(form, i)] == ["police_on"]  # only that field
    assert await audit_actions(ctx) == ["reported"]  # nothing recorded from a form with a problem
    manager.fill("The police: date reported", "2026-12-01")
    await manager.press("Record and close")
    assert "2 decisions recorded and closed." in card_texts(manager.card)
    assert f"Outcome: {OUTCOME}" in card_texts(manager.card)
    await settle(ctx)


async def test_closing_a_breach_takes_eight_interactions(teams: TeamsClient, ctx: AppContext) -> None:
    manager = await manager_at(teams, ctx, crime="unsure")
    _fill_breach(manager, police_date="2026-12-01")
    await manager.press("Record and close")
    assert manager.interactions == 8  # 13 with a form per decision
    assert (await ctx.stores.incidents.get(REF)).status is Status.CLOSED  # type: ignore[union-attr]
    await settle(ctx)


async def test_with_one_slip_it_takes_nine(teams: TeamsClient, ctx: AppContext) -> None:
    manager = await manager_at(teams, ctx, crime="unsure")
    _fill_breach(manager, police_date="")
    await manager.press("Record and close")
    manager.fill("The police: date reported", "2026-12-01")
    await manager.press("Record and close")
    assert manager.interactions == 9  # 18 with a form per decision
    assert (await ctx.stores.incidents.get(REF)).status is Status.CLOSED  # type: ignore[union-attr]
    await settle(ctx)


async def test_each_decision_is_its_own_audit_entry_and_the_ico_reminders_stop(
    teams: TeamsClient, ctx: AppContext
) -> None:
    manager = await manager_at(teams, ctx, harms="people", crime="yes")
    assert await ctx.scheduler.pending(ICO_REMINDER_KIND) != []
    manager.open(SECTION)
    manager.fill("The ICO: decision", "Reported")
    manager.fill("The ICO: date reported", "2026-12-01")
    manager.fill("The Charity Commission: decision", "Reported")
    manager.fill("The Charity Commission: date reported", "2026-12-01")
    manager.fill("The Charity Commission: reported by (if not you)", "The CEO")
    manager.fill("Home-Start UK (HSUK): decision", "Not reported")
    manager.fill("Home-Start UK (HSUK): why not reported", "Not serious for the federation")
    await manager.press("Record decisions")  # the police decision is left for later
    shown = card_texts(manager.card)
    assert "3 decisions recorded." in shown
    assert "The police: not decided yet" in shown
    assert "The ICO: reported Tue 1 Dec 2026 by Alex Wilber" in shown  # "by" left blank: whoever pressed
    assert await audit_actions(ctx) == ["reported", *["reporting decision"] * 3]
    details = [e.detail for e in await ctx.stores.incident_audit.entries(REF)][1:]
    assert details == [
        "route=ico reported=yes",
        "route=charity_commission reported=yes",
        "route=hsuk reported=no",
    ]
    incident = await ctx.stores.incidents.get(REF)
    assert incident is not None
    assert incident.decision(Route.CHARITY_COMMISSION).reported_by == "The CEO"  # type: ignore[union-attr]
    assert incident.is_open
    assert await ctx.scheduler.pending(ICO_REMINDER_KIND) == []
    manager.open("Decisions and close")
    assert [e["label"] for e in inputs_of(manager.section or {}).values()][:1] == ["The police: decision"]
    await settle(ctx)


async def test_closing_with_a_decision_missing_keeps_the_outcome_and_names_the_body(
    teams: TeamsClient, ctx: AppContext
) -> None:
    manager = await _outcome_only(teams, ctx)
    await manager.press("Record and close")
    assert inputs_of(manager.card)["outcome"]["value"] == OUTCOME
    assert error_under(manager.card, "ico_reported") == (
        "Before closing, record whether it was reported to the ICO, and if not, why."
    )
    manager.fill("The ICO: decision", "Not reported")
    await manager.press("Record and close")
    assert error_under(manager.card, "ico_why") == "Please write why it was not reported to the ICO."
    assert inputs_of(manager.card)["ico_reported"]["value"] == "no"
    assert inputs_of(manager.card)["outcome"]["value"] == OUTCOME
    manager.fill("The ICO: why not reported", WHY_NOT)
    await manager.press("Record and close")
    assert "Decision recorded and closed." in card_texts(manager.card)
    assert await audit_actions(ctx) == ["reported", "reporting decision", "closed"]
    await settle(ctx)


async def test_a_complaint_closes_from_the_same_form_and_an_empty_outcome_is_shown_there(
    teams: TeamsClient, ctx: AppContext
) -> None:
    manager = await manager_at(teams, ctx, "complaint")
    manager.open("Close")
    await manager.press("Close incident")
    assert error_under(manager.card, "outcome") == "Please write the outcome."
    manager.fill("Outcome (to close)", "Replied under the post")
    await manager.press("Close incident")
    assert "Outcome: Replied under the post" in card_texts(manager.card)
    await settle(ctx)


async def test_recording_nothing_says_so_and_keeps_what_was_typed(
    teams: TeamsClient, ctx: AppContext
) -> None:
    manager = await _outcome_only(teams, ctx)
    await manager.press("Record decisions")
    assert "Choose a decision for at least one body" in card_texts(manager.card["body"][1])
    assert inputs_of(manager.card)["outcome"]["value"] == OUTCOME
    await manager.press("Back to the incident")
    assert "ICO deadline" in card_texts(manager.card)
    assert await audit_actions(ctx) == ["reported"]
    await settle(ctx)


async def test_another_body_answered_twice_is_pointed_out(teams: TeamsClient, ctx: AppContext) -> None:
    manager = await manager_at(teams, ctx)
    manager.open(SECTION)
    manager.fill("The ICO: decision", "Not reported")
    manager.fill("The ICO: why not reported", WHY_NOT)
    manager.fill("Report to", "The police")
    manager.fill("Decision", "Reported")
    manager.fill("Date reported", "2026-12-01")
    await manager.press("Record decisions")
    assert "2 decisions recorded." in card_texts(manager.card)
    assert await audit_actions(ctx) == ["reported", "reporting decision", "reporting decision"]
    await settle(ctx)


@pytest.mark.parametrize("user", [NESTOR, LEE, MEGAN, ADELE, STRANGER])
@pytest.mark.parametrize("verb", ["incident.decide", "incident.close"])
async def test_only_the_people_named_may_record_decisions_or_close(
    user: User, verb: str, teams: TeamsClient, ctx: AppContext
) -> None:
    await report(teams, "data_breach", crime="unsure")
    await settle(ctx)
    data = {"reference": REF, "ico_reported": "no", "ico_why": WHY_NOT, "police_reported": "no"}
    answer = message_of(await teams.click(verb, {**data, "police_why": "No", "outcome": "x"}, user=user))
    assert answer == HIDDEN
    assert await audit_actions(ctx) == ["reported"]


async def test_nothing_typed_on_the_form_reaches_the_logs(
    teams: TeamsClient, ctx: AppContext, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        monkeypatch.setattr(logger, "level", logger.level)
        logger.setLevel(logging.WARNING)
    manager = await manager_at(teams, ctx, crime="unsure")
    _fill_breach(manager, police_date="")
    await manager.press("Record and close")  # refused: the form comes back
    manager.fill("The police: date reported", "2026-12-01")
    await manager.press("Record and close")
    await settle(ctx)
    lines = [JsonFormatter().format(record) for record in caplog.records]
    assert any("incident_changed" in line for line in lines), lines
    for line in lines:
        for typed in (WHY_NOT, OUTCOME, "Alex on 101"):
            assert typed not in line
        assert "why" not in json.loads(line).get("message", "")
    assert ALEX.name  # the actor is in the audit, never the text
