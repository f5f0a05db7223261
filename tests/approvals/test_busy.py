"""A press turned down because someone else wrote first keeps what the person typed.

The first decision wins, and a later one is told who decided. But the request can also change
under an approver without being decided: the Board is offered it when the CEO's deadline passes,
say. The approver's comment used to vanish with the refusal; now the card comes back with the
comment as typed and a line asking them to try again in a moment. The same goes for a comment
too long, a card for an older version, and the requester's resubmitted form.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.approvals import states
from bot.approvals.service import BUSY, SYSTEM
from bot.context import AppContext
from cards.verbs import ApprovalVerb
from graph.records.approvals import ApprovalRequest, ApprovalState, AuditAction, AuditEntry
from tests.approvals.flow import FORM, approver_cards, card_of, data_of, request
from tests.builders import ALEX, NESTOR, TeamsClient, card_texts, settle
from tests.fakes.connector import FakeConnector

COMMENT = "Please name the venue and say which day it starts"


def comment_of(card: dict[str, Any]) -> str:
    [box] = [e for e in card["body"] if e.get("id") == "comment"]
    return str(box.get("value", ""))


async def _asked(teams: TeamsClient, ctx: AppContext, connector: FakeConnector) -> dict[str, Any]:
    await teams.say("help", user=ALEX)
    await request(teams, ctx, connector)
    [asked] = approver_cards(connector, ALEX.personal_chat)
    return data_of(asked.card, ApprovalVerb.REJECT)


def board_offered_first(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """The next save finds that the Board was offered the request a moment before."""
    store = ctx.stores.approvals
    save = store.save

    async def raced(request: ApprovalRequest, entry: AuditEntry) -> ApprovalRequest | None:
        monkeypatch.setattr(store, "save", save)
        stored = await store.get(request.id)
        assert stored is not None
        await save(*states.offer_to_board(stored, SYSTEM, ctx.clock.now()))
        return await save(request, entry)

    monkeypatch.setattr(store, "save", raced)


async def test_a_decision_that_loses_a_race_keeps_the_comment(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector, monkeypatch: pytest.MonkeyPatch
) -> None:
    decision = await _asked(teams, ctx, connector)
    board_offered_first(ctx, monkeypatch)
    card = card_of(await teams.click(ApprovalVerb.REJECT, {**decision, "comment": COMMENT}, user=ALEX))
    assert BUSY in card_texts(card)
    assert "try again in a moment" in BUSY
    assert comment_of(card) == COMMENT
    [req] = await ctx.stores.approvals.pending()
    assert req.state is ApprovalState.PENDING
    again = data_of(card, ApprovalVerb.REJECT)
    done = card_of(await teams.click(ApprovalVerb.REJECT, {**again, "comment": comment_of(card)}, user=ALEX))
    assert "You rejected this request" in card_texts(done)
    [req] = await ctx.stores.approvals.of_requester(NESTOR.aad_object_id)
    assert req.state is ApprovalState.REJECTED
    await settle(ctx)


async def test_a_comment_too_long_or_for_an_older_version_is_kept(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    decision = await _asked(teams, ctx, connector)
    long = "x" * 1500  # past the client's limit (an older client): kept whole, not cut after 1,001
    too_long = card_of(await teams.click(ApprovalVerb.REJECT, {**decision, "comment": long}, user=ALEX))
    assert "Keep the comment under 1000 characters." in card_texts(too_long)
    assert comment_of(too_long) == long
    stale = {**decision, "revision": 7, "comment": COMMENT}
    card = card_of(await teams.click(ApprovalVerb.REJECT, stale, user=ALEX))
    assert "read it again before deciding" in card_texts(card)
    assert comment_of(card) == COMMENT
    await settle(ctx)


async def test_a_resubmission_that_loses_a_race_keeps_the_form(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector, monkeypatch: pytest.MonkeyPatch
) -> None:
    decision = await _asked(teams, ctx, connector)
    await teams.click(ApprovalVerb.CHANGES, {**decision, "comment": COMMENT}, user=ALEX)
    await settle(ctx)
    [req] = await ctx.stores.approvals.of_requester(NESTOR.aad_object_id)
    store = ctx.stores.approvals
    save = store.save

    async def lost(request: ApprovalRequest, entry: AuditEntry) -> ApprovalRequest | None:
        monkeypatch.setattr(store, "save", save)
        return None  # someone else wrote first; the request is still waiting for changes

    monkeypatch.setattr(store, "save", lost)
    text = "We are opening a new group for families at the Ipswich hub on Tuesdays at 10am."
    again = {"request_id": decision["request_id"], "revision": 1}
    form = card_of(await teams.click(ApprovalVerb.RESUBMIT, {**again, **FORM, "text": text}, user=NESTOR))
    assert BUSY in card_texts(form)
    assert "Please fix" not in card_texts(form)
    [box] = [e for e in form["body"] if e.get("id") == "text"]
    assert box["value"] == text
    resent = card_of(await teams.click(ApprovalVerb.RESUBMIT, {**again, **FORM, "text": text}, user=NESTOR))
    assert "Version 2 sent" in card_texts(resent)
    assert [e.action for e in await store.history(req.id)][-1] is AuditAction.RESUBMITTED
    await settle(ctx)
