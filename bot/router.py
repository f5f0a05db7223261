"""Which handler answers which message, card button or due job.

A plain ordered table, as in the Teams SDK: text commands are matched on their leading words
after the @mention is removed, card buttons on the verb they carry. Each feature adds its own
entries in its ``register(router)``; the manifest's command list is checked against this table.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.org import Role
from bot.turn import CardAction, CardReply, Turn
from graph.records.jobs import Job

if TYPE_CHECKING:
    from bot.context import AppContext

MessageHandler = Callable[[Turn, "AppContext"], Awaitable[None]]
ActionHandler = Callable[[Turn, "AppContext", CardAction], Awaitable[CardReply]]
JobHandler = Callable[[Job, "AppContext"], Awaitable[None]]
StartupHook = Callable[["AppContext"], Awaitable[None]]

ALL_SCOPES = ("personal", "team", "groupChat")
_WORDS = re.compile(r"[a-z0-9@']+")


def view_only(handler: ActionHandler, view: ActionHandler) -> ActionHandler:
    """``handler`` for a press; ``view`` (which changes nothing) for an automatic refresh.

    Teams sends a card's ``refresh`` as an ``adaptiveCard/action`` invoke with ``trigger:
    "automatic"`` each time it shows the card again, without anyone pressing anything. The invoke
    can name any verb (a card built with the wrong refresh, or one crafted by hand), so a verb that
    changes or records something answers a refresh with what the person would see now.
    """

    async def answer(turn: Turn, ctx: AppContext, action: CardAction) -> CardReply:
        if action.trigger == "automatic":
            return await view(turn, ctx, action)
        return await handler(turn, ctx, action)

    return answer


def normalise(text: str) -> str:
    """Lower-case words only, so "Request approval!" and "request  approval" match alike."""
    return " ".join(_WORDS.findall(text.lower()))


@dataclass(frozen=True)
class Command:
    name: str
    description: str
    handler: MessageHandler
    aliases: tuple[str, ...] = ()
    scopes: tuple[str, ...] = ALL_SCOPES
    listed: bool = True  # shown in the Teams command menu (manifest commandLists)
    roles: frozenset[Role] = frozenset()  # empty: everyone in the organisation
    button: str = ""  # title of a shortcut button on the help card, if any

    def allows(self, roles: frozenset[Role]) -> bool:
        return not self.roles or bool(self.roles & roles)

    def matches(self, words: str) -> bool:
        return any(words == phrase or words.startswith(phrase + " ") for phrase in (self.name, *self.aliases))


class Router:
    def __init__(self) -> None:
        self._commands: list[Command] = []
        self._actions: dict[str, ActionHandler] = {}
        self._action_roles: dict[str, frozenset[Role]] = {}
        self._fallback: MessageHandler | None = None
        self._welcome: MessageHandler | None = None
        self._jobs: dict[str, JobHandler] = {}
        self._startup: list[StartupHook] = []

    def command(
        self,
        name: str,
        handler: MessageHandler,
        *,
        description: str,
        aliases: Iterable[str] = (),
        scopes: Iterable[str] = ALL_SCOPES,
        listed: bool = True,
        roles: Iterable[Role] = (),
        button: str = "",
    ) -> None:
        self._commands.append(
            Command(
                name=normalise(name),
                description=description,
                handler=handler,
                aliases=tuple(normalise(a) for a in aliases),
                scopes=tuple(scopes),
                listed=listed,
                roles=frozenset(roles),
                button=button,
            )
        )

    def action(self, verb: str, handler: ActionHandler, *, roles: Iterable[Role] = ()) -> None:
        """``roles``: who may press it (checked centrally, like commands); empty: everyone."""
        if verb in self._actions:
            raise ValueError(f"card verb {verb!r} registered twice")
        self._actions[verb] = handler
        self._action_roles[verb] = frozenset(roles)

    def fallback(self, handler: MessageHandler) -> None:
        """What to do with a message that is no command (policy questions, once registered)."""
        self._fallback = handler

    def job(self, kind: str, handler: JobHandler) -> None:
        """What to run when a scheduled job of this kind comes due (see bot/scheduler.py)."""
        if kind in self._jobs:
            raise ValueError(f"job kind {kind!r} registered twice")
        self._jobs[kind] = handler

    def on_startup(self, hook: StartupHook) -> None:
        """Run once the application context exists (e.g. to schedule a yearly review)."""
        self._startup.append(hook)

    @property
    def jobs(self) -> dict[str, JobHandler]:
        return dict(self._jobs)

    @property
    def startup_hooks(self) -> tuple[StartupHook, ...]:
        return tuple(self._startup)

    def welcome(self, handler: MessageHandler) -> None:
        """What to send when the bot is installed or added to a chat."""
        self._welcome = handler

    @property
    def welcome_handler(self) -> MessageHandler | None:
        return self._welcome

    @property
    def commands(self) -> tuple[Command, ...]:
        """In the order features registered them: the order people see in help and menus."""
        return tuple(self._commands)

    @property
    def verbs(self) -> frozenset[str]:
        return frozenset(self._actions)

    def find_command(self, text: str) -> Command | None:
        words = normalise(text)
        # Longest phrase first, so "open incidents" wins over a shorter command it starts with.
        by_length = sorted(self._commands, key=lambda c: -max(len(p) for p in (c.name, *c.aliases)))
        return next((c for c in by_length if c.matches(words)), None)

    @property
    def fallback_handler(self) -> MessageHandler | None:
        return self._fallback

    def action_handler(self, verb: str) -> ActionHandler | None:
        return self._actions.get(verb)

    def action_roles(self, verb: str) -> frozenset[Role]:
        return self._action_roles.get(verb, frozenset())
