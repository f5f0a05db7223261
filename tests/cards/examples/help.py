"""The help card: the welcome on install, and help as each kind of person sees it."""

from __future__ import annotations

from typing import Any

from bot.config import DEFAULT_ORG_FILE
from bot.features import build_router
from bot.org import Role, role_titles
from bot.org_file import load_org_config
from bot.welcome import abilities
from cards.help import build_help_card


def _card(person: str, roles: frozenset[Role], *, welcome: bool = False) -> dict[str, Any]:
    """Built the way ``bot.welcome.help_card`` does, from the real router and organisation."""
    org = load_org_config(DEFAULT_ORG_FILE)
    usable = [c for c in build_router().commands if c.listed and c.allows(roles)]
    return build_help_card(
        org_name=org.name,
        person_name=person,
        role_titles=role_titles(org, roles),
        commands=[(c.name, c.description) for c in usable],
        shortcuts=[(c.button, c.name) for c in usable if c.button],
        welcome=welcome,
        abilities=abilities(roles),
    )


def examples() -> list[tuple[str, dict[str, Any]]]:
    ceo = frozenset({Role.CEO, Role.MANAGER, Role.SAFEGUARDING_LEAD, Role.ADMIN, Role.STAFF})
    return [
        ("welcome", _card("Alex Wilber", ceo, welcome=True)),
        ("volunteer", _card("Lee Gu", frozenset({Role.VOLUNTEER}))),
        ("ceo", _card("Alex Wilber", ceo)),
        ("no-role", _card("", frozenset())),
        ("group-welcome", _card("", frozenset(), welcome=True)),
        (
            "shortcuts",
            build_help_card(
                org_name="Home-Start in Suffolk",
                person_name="Nestor Wilke",
                role_titles=["Staff"],
                commands=[("help", "What I can do for you")],
                shortcuts=[("Show help", "help")],
            ),
        ),
    ]
