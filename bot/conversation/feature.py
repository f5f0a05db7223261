"""In Teams: any 1:1 message that is no command goes where ``route.decide`` sends it.

Only plain policy questions (answered or not covered) reach the questions log, with personal
data taken out first; a safeguarding concern, an incident or a question that may hide a concern
(one with the safety note) is never kept there, because its words may describe a family.
"""

from __future__ import annotations

import asyncio
import uuid

from bot.answers.privacy import Scrubber
from bot.approvals.handlers import request_approval
from bot.approvals.rules import REQUESTER_ROLES
from bot.context import AppContext
from bot.conversation.classifiers import start_training, trained
from bot.conversation.route import Chat, Decision, Route, decide, raised_by_rules
from bot.nudges.common import STEWARDS
from bot.nudges.register_flow import known_people
from bot.org import Member, OrgConfig, Role
from bot.router import Router
from bot.turn import Turn
from cards.answer import build_abstain_card, build_answer_card
from cards.contact import Contact
from cards.conversation import build_ask_card, build_report_offer_card, build_safeguarding_card
from cards.nudges_leavers import leaver_form_card
from cards.safety_note import SafetyNote, build_chat_card
from graph.records.incidents import Category

SMALL_TALK = {
    Chat.GREETING: (
        "Hello! Ask me anything about our social media policy in your own words, "
        "or type help to see what else I can do."
    ),
    Chat.THANKS: "You're welcome. I'm here whenever you need me.",
    Chat.FAREWELL: "Bye for now, take care.",
    Chat.OTHER: (
        "That one's not for me, I'm afraid: I only know our social media policy. "
        "Ask me anything about it, or type help."
    ),
}
APPROVAL_REFUSED = (
    "Sign-off is asked for by staff and trustees: please ask your coordinator or a staff member "
    "to request it for you."
)


def register(router: Router) -> None:
    router.fallback(converse)


def contact_of(member: Member, title: str, *, phone: str = "") -> Contact:
    return Contact(member.name, title, member.chat_link, member.email, phone or member.phone)


def person_for(org: OrgConfig, role: Role) -> Contact | None:
    """The person to name for a role, with how to reach them, from the organisation file."""
    member = org.first_holder(role)
    if member is None:
        return None
    phone = org.safeguarding_phone if role is Role.SAFEGUARDING_LEAD else ""
    return contact_of(member, org.title(role), phone=phone)


def _roles(ctx: AppContext, turn: Turn) -> frozenset[Role]:
    return ctx.org.roles_of(turn.person.aad_object_id, turn.person.upn)


async def converse(turn: Turn, ctx: AppContext) -> None:
    if trained(ctx.policy):
        decision = decide(ctx.policy, turn.text)
    else:  # only while the app warms up
        # Safeguarding first: a concern the word rules see gets its card at once; anything else
        # waits for the classifiers, without holding up other turns.
        found = raised_by_rules(ctx.policy, turn.text)
        if found is None:
            await asyncio.wrap_future(start_training(ctx.policy))
            found = decide(ctx.policy, turn.text)
        decision = found
    handler = {
        Route.SAFEGUARDING: _safeguarding,
        Route.REPORT: _report,
        Route.LEAVER: _leaver,
        Route.APPROVAL: _approval,
        Route.SMALL_TALK: _small_talk,
    }.get(decision.route, _answer)
    await handler(turn, ctx, decision)


async def _safeguarding(turn: Turn, ctx: AppContext, decision: Decision) -> None:
    card = build_safeguarding_card(
        lead=person_for(ctx.org, Role.SAFEGUARDING_LEAD),
        procedure=ctx.org.safeguarding_procedure,
        backup=ctx.org.safeguarding_backup,
        passages=decision.passages,
        report_key=uuid.uuid4().hex,
        urgent=decision.urgent,
        office_phone=ctx.org.office.phone,
        office_hours=ctx.org.office.hours,
        unread=decision.unread,
    )
    await turn.send_card(card)


async def _report(turn: Turn, ctx: AppContext, decision: Decision) -> None:
    category = Category(decision.category)
    card = build_report_offer_card(
        category=category.value,
        label=category.label,
        passages=decision.passages,
        report_key=uuid.uuid4().hex,
        ask=person_for(ctx.org, Role.MANAGER),
    )
    await turn.send_card(card)


async def _leaver(turn: Turn, ctx: AppContext, decision: Decision) -> None:
    if _roles(ctx, turn) & STEWARDS:
        await turn.send_card(leaver_form_card(await known_people(ctx)))
        return
    manager = person_for(ctx.org, Role.MANAGER)
    who = manager.sentence() if manager else f"the {ctx.org.title(Role.MANAGER)}."
    sentence = f"So their access to our accounts is removed, please tell {who}"
    await turn.send_card(build_ask_card(passages=decision.passages, sentence=sentence))


async def _approval(turn: Turn, ctx: AppContext, decision: Decision) -> None:
    if _roles(ctx, turn) & REQUESTER_ROLES:
        await request_approval(turn, ctx)
        return
    await turn.send_card(build_ask_card(passages=decision.passages, sentence=APPROVAL_REFUSED))


async def _small_talk(turn: Turn, ctx: AppContext, decision: Decision) -> None:
    reply = SMALL_TALK[decision.chat or Chat.OTHER]
    if decision.safety_note:
        await turn.send_card(build_chat_card(reply, _safety_note(ctx)))
        return
    await turn.send_text(reply)


def _safety_note(ctx: AppContext) -> SafetyNote:
    return SafetyNote(person_for(ctx.org, Role.SAFEGUARDING_LEAD), uuid.uuid4().hex)


def scrubber(ctx: AppContext) -> Scrubber:
    return Scrubber(ctx.policy.known_words, (member.name for member in ctx.org.members))


async def _answer(turn: Turn, ctx: AppContext, decision: Decision) -> None:
    """A policy answer or "not covered"; a message that may hide a concern is not kept in the
    questions log (its words may describe a family), and its reply carries the safety note."""
    answer = decision.answer
    note = _safety_note(ctx) if decision.safety_note else None
    question_id = None
    if note is None:
        kept = scrubber(ctx).scrub(turn.text)
        question_id = await ctx.stores.questions.record_question(
            kept, not answer.abstained, answer.sections, ctx.clock.now()
        )
    ask_title = ctx.org.title(Role.MANAGER)
    ask = person_for(ctx.org, Role.MANAGER)
    if answer.abstained:
        await turn.send_card(build_abstain_card(ask_title=ask_title, ask=ask, note=note))
        return
    card = build_answer_card(
        decision.passages, question_id=question_id, ask_title=ask_title, ask=ask, note=note
    )
    await turn.send_card(card)
