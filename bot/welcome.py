"""Welcome and help: the first thing a person sees, tailored to what they are allowed to do."""

from __future__ import annotations

from bot.approvals import rules
from bot.context import AppContext
from bot.dispatch import only_for, roles_of
from bot.nudges.common import STEWARDS
from bot.org import Role, role_titles
from bot.report.feature import READERS as REPORT_READERS
from bot.router import Router
from bot.turn import CardAction, CardReply, ChatKind, Turn
from cards.common import Card
from cards.help import EVERYONE_CAN, build_help_card
from cards.verbs import HelpVerb


def register(router: Router) -> None:
    router.command(
        "help",
        send_help,
        description="What I can do for you",
        aliases=("hi", "hello", "hey", "start", "menu", "commands"),
    )
    router.welcome(send_welcome)
    router.action(HelpVerb.RUN, run_shortcut)


def abilities(roles: frozenset[Role]) -> tuple[str, ...]:
    """What this person can do, in the words of the card's first sentence."""
    found = list(EVERYONE_CAN)
    if rules.may_request(roles):
        found.append("get sign-off for posts that need it")
    if rules.may_decide(roles):
        found.append("decide on posts sent to you for sign-off")
    if roles & STEWARDS:
        found.append("keep the register of accounts, the reviews and leavers up to date")
    if roles & REPORT_READERS:
        found.append("build the Board report for the trustees (type board report)")
    return tuple(found)


def help_card(turn: Turn, ctx: AppContext, *, welcome: bool = False) -> Card:
    """Tailored in a 1:1 chat; general in a group chat or channel, where everyone sees it."""
    personal = turn.chat_kind is ChatKind.PERSONAL
    roles = roles_of(ctx, turn.person) if personal else frozenset()
    usable = [c for c in ctx.router.commands if c.listed and c.allows(roles)]
    # Install events may come without a display name; the organisation file knows its people.
    member = ctx.org.member(turn.person.aad_object_id, turn.person.upn)
    return build_help_card(
        org_name=ctx.org.name,
        person_name=(turn.person.name or (member.name if member else "")) if personal else "",
        role_titles=role_titles(ctx.org, roles),
        commands=[(c.name, c.description) for c in usable],
        shortcuts=[(c.button, c.name) for c in usable if c.button],
        welcome=welcome,
        abilities=abilities(roles),
    )


async def send_help(turn: Turn, ctx: AppContext) -> None:
    await turn.send_card(help_card(turn, ctx))


async def send_welcome(turn: Turn, ctx: AppContext) -> None:
    await turn.send_card(help_card(turn, ctx, welcome=True))


async def run_shortcut(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
    """A help-card button does exactly what typing the command would do."""
    command = ctx.router.find_command(action.text("command", limit=80))
    if command is None or not command.button:
        return CardReply.say("That shortcut is no longer available. Type help to see what I can do.")
    if not command.allows(roles_of(ctx, turn.person)):
        return CardReply.say(only_for(ctx, command.roles, turn.person))
    await command.handler(turn, ctx)
    return CardReply.show(help_card(turn, ctx))
