"""``my incidents``: a reporter follows what they reported, and sees no one else's."""

from __future__ import annotations

from datetime import timedelta

from bot.context import AppContext
from bot.incidents.service import triage_of
from bot.messaging import NotDelivered
from bot.org import role_titles
from bot.turn import CardAction, CardReply, ChatKind, Turn
from cards.common import Card
from cards.incident_manage import when
from cards.incident_mine import MineRow, build_my_incidents_card
from graph.records.incidents import Category, Incident, Status

LOOK_BACK = timedelta(days=2 * 366)  # reports older than two years are long closed


def _row(ctx: AppContext, inc: Incident) -> MineRow:
    tz = ctx.org.timezone
    if inc.status is Status.CLOSED:
        state = f"Closed {when(inc.closed_at, tz)}" if inc.closed_at else "Closed"
        step = "Nothing more to do. Thank you for reporting it."
    else:
        state = "Received, not yet picked up" if inc.status is Status.NEW else "Being handled"
        if inc.category is Category.SAFEGUARDING:
            step = "The safeguarding lead handles it under the safeguarding procedure."
        else:
            who = " and the ".join(role_titles(ctx.org, triage_of(ctx, inc.report).notify))
            step = f"The {who} will follow it up and contact you if they need anything."
    return MineRow(inc.reference, inc.category.label, when(inc.report.reported_at, tz), state, step)


async def my_incidents_card(ctx: AppContext, reporter_id: str) -> Card:
    now = ctx.clock.now()
    mine = [
        i
        for i in await ctx.stores.incidents.reported_between(now - LOOK_BACK, now + timedelta(minutes=5))
        if i.report.reporter_id == reporter_id
    ]
    mine.sort(key=lambda i: i.report.reported_at, reverse=True)
    return build_my_incidents_card([_row(ctx, i) for i in mine])


async def my_incidents(turn: Turn, ctx: AppContext) -> None:
    card = await my_incidents_card(ctx, turn.person.aad_object_id)
    if turn.chat_kind is ChatKind.PERSONAL:
        await turn.send_card(card)
        return
    try:
        await ctx.messenger.send_card(turn.person.aad_object_id, card)
    except NotDelivered as exc:
        await turn.send_text(f"I couldn't message you privately ({exc.reason}). Ask me in a 1:1 chat.")
        return
    await turn.send_text(
        "I've sent you your incident reports in a private chat: they stay out of group chats."
    )


async def refresh(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    """Teams redrawing a "my incidents" card: the reports of whoever it is redrawn for, as they stand."""
    return CardReply.show(await my_incidents_card(ctx, turn.person.aad_object_id))
