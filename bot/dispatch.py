"""From a message or a button press to the feature that answers it, with the role check.

Lives outside `bot/teams/` so the rules (who may run what, what happens in channels) are plain
Python that any channel adapter, and any test, can call.
"""

from __future__ import annotations

import logging

from bot.context import AppContext
from bot.log import bound
from bot.org import Role
from bot.refusals import refusal
from bot.turn import CardAction, CardReply, ChatKind, Turn
from cards.sanitise import check_length
from graph.records.people import Person
from graph.sharepoint.lease import AnotherInstance

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side and nothing was changed. Please try again in a minute."
NOT_RECORDING = (
    "Sorry, I can't record anything at the moment, so nothing was changed. Please try again in a few "
    "minutes; if it is urgent, tell the person you would normally tell."
)
UNKNOWN_BUTTON = "That button is no longer in use. Type help to see what I can do."
NOT_UNDERSTOOD = "Sorry, I didn't understand that. Type help to see what I can do."
MAX_MESSAGE_CHARS = 4000  # the longest message any command or question is read from


def roles_of(ctx: AppContext, person: Person) -> frozenset[Role]:
    return ctx.org.roles_of(person.aad_object_id, person.upn)


def only_for(
    ctx: AppContext, roles: frozenset[Role], person: Person | None = None, *, action: str = "do that"
) -> str:
    """The one refusal sentence (bot/refusals.py) for ``person``, who lacks every role in ``roles``."""
    asker = roles_of(ctx, person) if person is not None else frozenset()
    return refusal(ctx.org, roles, asker, action=action)


async def handle_message(turn: Turn, ctx: AppContext) -> None:
    if turn.chat_kind is not ChatKind.PERSONAL and not turn.mentions_bot:
        return  # in group chats and channels the bot speaks only when spoken to
    if too_long := check_length(turn.text, MAX_MESSAGE_CHARS, label="message"):
        log.info("message too long", extra={"event": "refused", "reason": "too_long"})
        await turn.send_text(too_long)
        return
    command = ctx.router.find_command(turn.text) if turn.text else None
    if command is not None:
        with bound(verb=command.name):
            if not command.allows(roles_of(ctx, turn.person)):
                log.info("command refused", extra={"event": "refused"})
                await turn.send_text(only_for(ctx, command.roles, turn.person))
                return
            await command.handler(turn, ctx)
        return
    fallback = ctx.router.fallback_handler
    if turn.text and fallback is not None:
        await fallback(turn, ctx)
    else:
        await turn.send_text(NOT_UNDERSTOOD)


async def handle_action(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    handler = ctx.router.action_handler(action.verb)
    with bound(verb=action.verb[:64]):
        if handler is None:
            log.info("unknown card verb", extra={"event": "unknown_verb"})
            return CardReply.say(UNKNOWN_BUTTON)
        allowed = ctx.router.action_roles(action.verb)
        if allowed and not allowed & roles_of(ctx, turn.person):
            log.info("card action refused", extra={"event": "refused"})
            return CardReply.say(only_for(ctx, allowed, turn.person))
        try:
            return await handler(turn, ctx, action)
        except AnotherInstance:  # logged when the site changed hands; no detail of the press here
            log.error("card action refused: another process holds the site", extra={"event": "not_recording"})
            return CardReply.say(NOT_RECORDING)
        except Exception:
            log.exception("card action failed", extra={"event": "card_action_error"})
            return CardReply.say(APOLOGY)


async def handle_welcome(turn: Turn, ctx: AppContext) -> None:
    welcome = ctx.router.welcome_handler
    if welcome is not None:
        await welcome(turn, ctx)
