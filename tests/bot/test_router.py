"""Commands are matched on their leading words, card buttons on their verb."""

from __future__ import annotations

import pytest

from bot.context import AppContext
from bot.features import build_router
from bot.org import Role
from bot.router import Router, normalise
from bot.turn import Turn


async def nothing(turn: Turn, ctx: AppContext) -> None:
    return None


async def other(turn: Turn, ctx: AppContext) -> None:
    return None


def test_normalise_keeps_words_only() -> None:
    assert normalise("  Request   APPROVAL!! ") == "request approval"


def test_longest_phrase_wins_and_prefix_needs_a_word_break() -> None:
    router = Router()
    router.command("open", nothing, description="x")
    router.command("open incidents", other, description="y")
    assert router.find_command("Open incidents please") is not None
    assert router.find_command("open incidents please").handler is other  # type: ignore[union-attr]
    assert router.find_command("opening hours") is None
    assert [c.name for c in router.commands] == ["open", "open incidents"]


def test_aliases_and_roles() -> None:
    router = Router()
    router.command(
        "policy questions", nothing, description="x", aliases=("questions log",), roles=[Role.MANAGER]
    )
    command = router.find_command("questions log")
    assert command is not None
    assert command.allows(frozenset({Role.MANAGER}))
    assert not command.allows(frozenset({Role.VOLUNTEER}))


def test_a_verb_cannot_be_registered_twice() -> None:
    router = Router()

    async def handler(*_: object) -> None:
        return None

    router.action("x.y", handler)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="registered twice"):
        router.action("x.y", handler)  # type: ignore[arg-type]


def test_the_real_router_has_help_first() -> None:
    assert build_router().commands[0].name == "help"
