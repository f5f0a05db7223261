"""Which handler answers which message or card button.

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

if TYPE_CHECKING:
    from bot.context import AppContext

MessageHandler = Callable[[Turn, "AppContext"], Awaitable[None]]
ActionHandler = Callable[[Turn, "AppContext", CardAction], Awaitable[CardReply]]

ALL_SCOPES = ("personal", "team", "groupChat")
_WORDS = re.compile(r"[a-z0-9@']+")


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
        # Longest phrase first, so "open incidents" wins over a one-word command.
        self._commands.sort(key=lambda c: -max(len(p) for p in (c.name, *c.aliases)))

    def action(self, verb: str, handler: ActionHandler, *, roles: Iterable[Role] = ()) -> None:
        """``roles``: who may press it (checked centrally, like commands); empty: everyone."""
        if verb in self._actions:
            raise ValueError(f"card verb {verb!r} registered twice")
        self._actions[verb] = handler
        self._action_roles[verb] = frozenset(roles)

    def fallback(self, handler: MessageHandler) -> None:
        """What to do with a message that is no command (policy questions, once registered)."""
        self._fallback = handler

    def welcome(self, handler: MessageHandler) -> None:
        """What to send when the bot is installed or added to a chat."""
        self._welcome = handler

    @property
    def welcome_handler(self) -> MessageHandler | None:
        return self._welcome

    @property
    def commands(self) -> tuple[Command, ...]:
        return tuple(self._commands)

    @property
    def verbs(self) -> frozenset[str]:
        return frozenset(self._actions)

    def find_command(self, text: str) -> Command | None:
        words = normalise(text)
        return next((c for c in self._commands if c.matches(words)), None)

    @property
    def fallback_handler(self) -> MessageHandler | None:
        return self._fallback

    def action_handler(self, verb: str) -> ActionHandler | None:
        return self._actions.get(verb)

    def action_roles(self, verb: str) -> frozenset[Role]:
        return self._action_roles.get(verb, frozenset())
