"""An automatic refresh of an incident card changes nothing; it only redraws the card.

Teams sends a card's ``refresh`` action as an ``adaptiveCard/action`` invoke with ``trigger:
"automatic"`` whenever it shows the card again. A refresh naming one of the change verbs (a card
sent with the wrong refresh, or a crafted invoke) used to be carried out: it acknowledged,
assigned, added notes, closed. Approvals have always answered such a refresh with the card only;
incidents now do the same: the presser's current view of the incident, and nothing recorded,
queued or sent. A refresh of the reporting buttons logs nothing either.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.context import AppContext
from cards.verbs import IncidentVerb
from tests.builders import ALEX, LEE, NESTOR, TeamsClient, card_texts, settle
from tests.fakes.connector import FakeConnector
from tests.incidents.support import ANSWERS, CHANGE_VERBS, HIDDEN, action_data, card_of, message_of, report

REF = "INC-2026-0001"


async def _state(ctx: AppContext, connector: FakeConnector) -> tuple[Any, ...]:
    """Everything a press could change: the records, their audit, queued work and messages sent."""
    return (
        await ctx.stores.incidents.list_open(),
        await ctx.stores.incidents.get(REF),
        await ctx.stores.incident_audit.entries(REF),
        [job.key for job in await ctx.scheduler.pending()],
        len(connector.posted),
        len(connector.updates),
    )


@pytest.mark.parametrize("verb", sorted(CHANGE_VERBS))
async def test_a_change_verb_as_an_automatic_refresh_only_redraws_the_card(
    verb: str, teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await report(teams, "online_abuse", user=LEE)
    await settle(ctx)
    before = await _state(ctx, connector)
    view = await teams.click(IncidentVerb.VIEW, {"reference": REF}, user=ALEX, trigger="automatic")
    data = {**CHANGE_VERBS[verb], "reference": REF}
    refreshed = await teams.click(verb, data, user=ALEX, trigger="automatic")
    assert card_of(refreshed) == card_of(view)  # the manager's current card, buttons and all
    # Someone who may not see it learns nothing, as from the view's own refresh.
    assert message_of(await teams.click(verb, data, user=NESTOR, trigger="automatic")) == HIDDEN
    await settle(ctx)
    assert await _state(ctx, connector) == before


async def test_the_reporters_support_request_as_a_refresh_asks_for_nothing(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    reporter = card_of(await report(teams, "online_abuse", user=LEE))
    await settle(ctx)
    before = await _state(ctx, connector)
    data = action_data(reporter, IncidentVerb.SUPPORT_REQUEST)
    refreshed = card_of(await teams.click(IncidentVerb.SUPPORT_REQUEST, data, user=LEE, trigger="automatic"))
    assert REF in card_texts(refreshed)
    assert IncidentVerb.SUPPORT_REQUEST in str(refreshed)  # still offered: not asked for yet
    other = await teams.click(IncidentVerb.SUPPORT_REQUEST, data, user=NESTOR, trigger="automatic")
    assert message_of(other) == HIDDEN
    await settle(ctx)
    assert await _state(ctx, connector) == before


async def test_reporting_buttons_as_a_refresh_log_nothing(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await teams.say("report incident", user=NESTOR)
    category_card = connector.posted_to(NESTOR.personal_chat)[-1].card
    assert category_card is not None
    key = action_data(category_card, IncidentVerb.START)["report_key"]
    start = {"report_key": key, "category": "safeguarding"}
    again = card_of(await teams.click(IncidentVerb.START, start, user=NESTOR, trigger="automatic"))
    assert IncidentVerb.START in str(again)  # the choice of category, as it was
    sent = {"report_key": key, "category": "online_abuse", **ANSWERS}
    form = card_of(await teams.click(IncidentVerb.SUBMIT, sent, user=NESTOR, trigger="automatic"))
    assert IncidentVerb.SUBMIT in str(form)
    assert ANSWERS["summary"] in card_texts(form)  # the form as it was sent
    await settle(ctx)
    assert await ctx.stores.incidents.list_open() == []
