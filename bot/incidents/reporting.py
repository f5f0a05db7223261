"""Reporting an incident: the command, the two-step form, and the reporter's answer.

Reports are only taken in a 1:1 chat. Asked in a channel or group chat, the bot opens a
private chat, says why in the group, and never repeats anything about the incident there.
"""

from __future__ import annotations

import logging
import uuid

from bot.context import AppContext
from bot.incidents import service
from bot.incidents.changes import Refused, Unknown, request_support
from bot.incidents.follow_up import notify, schedule_follow_up
from bot.incidents.form import form_values, parse_category, parse_report
from bot.incidents.triage import RULES, asks_questions
from bot.messaging import NotDelivered
from bot.turn import CardAction, CardReply, ChatKind, Turn
from cards.common import Card
from cards.incidents import (
    CATEGORY,
    KEY,
    build_cancelled_card,
    build_category_card,
    build_moved_notice,
    build_report_form,
)
from graph.records.incidents import REFERENCE, Category, Report

log = logging.getLogger(__name__)
REPORT_LIMIT = "incident.report"

SYNC_NOTE = (
    "Recorded safely here; it will reach SharePoint when SharePoint is back. Nothing more is needed from you."
)
PRIVATE_ONLY = "Incident reports are only taken in a 1:1 chat with me. Type report incident there."
MOVE_FAILED = (
    "I couldn't open a private chat with you ({reason}). Please open Policy Steward from the Teams "
    "app bar and type report incident there: reports stay out of group chats."
)


def _key(action: CardAction) -> str:
    key = action.text(KEY, limit=64)
    return key if key.isalnum() else uuid.uuid4().hex


async def report_command(turn: Turn, ctx: AppContext) -> None:
    card = build_category_card(key=uuid.uuid4().hex)
    if turn.chat_kind is ChatKind.PERSONAL:
        await turn.send_card(card)
        return
    try:
        await ctx.messenger.send_card(turn.person.aad_object_id, card)
    except NotDelivered as exc:
        await turn.send_text(MOVE_FAILED.format(reason=exc.reason))
        return
    log.info("report moved to a 1:1 chat", extra={"event": "incident_moved"})
    await turn.send_text(build_moved_notice(ctx.org.name))


def _form(
    ctx: AppContext, key: str, category: Category, values: dict[str, str], errors: dict[str, str]
) -> Card:
    local = ctx.clock.now().astimezone(ctx.org.timezone)
    return build_report_form(
        key=key,
        category=category,
        platforms=[(p.name, p.key) for p in ctx.org.platforms],
        values=values,
        errors=errors,
        today=local.date(),
        now_time=f"{local:%H:%M}",
        asks_questions=asks_questions(category),
        ico_clock=RULES[category].ico_clock,
    )


async def start(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    if turn.chat_kind is not ChatKind.PERSONAL:
        return CardReply.say(PRIVATE_ONLY)
    key = _key(action)
    category = parse_category(action.data.get(CATEGORY))
    if category is None:
        return CardReply.show(build_category_card(key=key, error="Choose what kind of incident it is."))
    if category is Category.SAFEGUARDING:  # logged at once: no form, so no details are ever typed
        report = Report(category, turn.person.aad_object_id, turn.person.name, ctx.clock.now())
        return await _logged(ctx, report, key)
    return CardReply.show(_form(ctx, key, category, {}, {}))


async def submit(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    if turn.chat_kind is not ChatKind.PERSONAL:
        return CardReply.say(PRIVATE_ONLY)
    key = _key(action)
    category = parse_category(action.data.get(CATEGORY))
    if category is None:
        return CardReply.show(build_category_card(key=key, error="Choose what kind of incident it is."))
    parsed = parse_report(
        action.data,
        category=category,
        person=turn.person,
        now=ctx.clock.now(),
        tz=ctx.org.timezone,
        platforms=[p.key for p in ctx.org.platforms],
    )
    if parsed.report is None:
        log.info(
            "report form rejected", extra={"event": "form_invalid", "reason": ",".join(sorted(parsed.errors))}
        )
        return CardReply.show(_form(ctx, key, category, parsed.values, parsed.errors))
    return await _logged(ctx, parsed.report, key)


async def as_sent(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    """The answer to an automatic refresh of the reporting buttons: the category choice or the
    form as it was sent, and nothing logged (a safeguarding choice would log at once)."""
    if turn.chat_kind is not ChatKind.PERSONAL:
        return CardReply.say(PRIVATE_ONLY)
    key = _key(action)
    category = parse_category(action.data.get(CATEGORY))
    if category is None or category is Category.SAFEGUARDING:
        return CardReply.show(build_category_card(key=key))
    return CardReply.show(_form(ctx, key, category, form_values(action.data), {}))


async def _logged(ctx: AppContext, report: Report, key: str) -> CardReply:
    verdict = ctx.limits.check(REPORT_LIMIT, report.reporter_id)
    if not verdict.allowed:
        log.info("rate limited", extra={"event": "rate_limited", "reason": REPORT_LIMIT})
        return CardReply.say(verdict.message)
    recorded = await service.record(ctx, report, key)
    if recorded.created:
        ctx.limits.hit(REPORT_LIMIT, report.reporter_id)
    # Queued whether or not this press created the record: if the turn that created it failed
    # before queueing, the reporter presses again and the follow-up is queued now (once).
    await schedule_follow_up(ctx, recorded.incident)
    return CardReply.show(service.reporter_card(ctx, recorded.incident, sync_note=await sync_note(ctx)))


async def sync_note(ctx: AppContext) -> str:
    """A line for the reporter when the record could not reach SharePoint yet."""
    if ctx.stores.sync is not None and await ctx.stores.sync.behind():
        return SYNC_NOTE
    return ""


async def cancel(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    return CardReply.show(build_cancelled_card())


async def reporter_view(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    """The reporter's own card as it stands (an automatic refresh): anyone else learns nothing."""
    reference = action.text("reference", limit=32)
    incident = await ctx.stores.incidents.get(reference) if REFERENCE.match(reference) else None
    if incident is None or incident.report.reporter_id != turn.person.aad_object_id:
        return CardReply.say(service.not_found(ctx, turn.person))
    return CardReply.show(service.reporter_card(ctx, incident))


async def support_request(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    reference = action.text("reference", limit=32)
    if not REFERENCE.match(reference):
        return CardReply.say(service.not_found(ctx, turn.person))
    try:
        incident, _ = await service.apply_change(
            ctx,
            reference,
            service.actor_of(turn.person),
            lambda inc: request_support(inc, service.actor_of(turn.person)),
        )
    except Unknown:  # not theirs, or no such incident: the same answer either way
        return CardReply.say(service.not_found(ctx, turn.person))
    except Refused as refused:
        return CardReply.say(refused.message)
    await notify(
        ctx,
        incident,
        RULES[incident.category].notify,
        occasion=f"support-{incident.version}",
        notice="The person targeted asked for support.",
        report_missed=False,
    )
    return CardReply.show(service.reporter_card(ctx, incident))
