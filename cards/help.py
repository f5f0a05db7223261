"""The welcome / help card: what the bot does, for this person's roles."""

from __future__ import annotations

from collections.abc import Sequence

from cards.common import Card, action_set, card, execute, facts, text, user_text
from cards.verbs import HelpVerb

EVERYONE_CAN = ("ask me about it in your own words", "report a problem online")


def _listed(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def build_help_card(
    *,
    org_name: str,
    person_name: str,
    role_titles: Sequence[str],
    commands: Sequence[tuple[str, str]],
    shortcuts: Sequence[tuple[str, str]] = (),
    welcome: bool = False,
    abilities: Sequence[str] = EVERYONE_CAN,
) -> Card:
    """``commands`` are (what to type, what it does); ``shortcuts`` are (button title, command).

    ``abilities`` finish the sentence "ask me … and …" with only what this person may do, so a
    volunteer is never promised sign-off they cannot ask for. A group chat's card passes no name
    and no roles: everyone in the chat sees it.
    """
    first_name = user_text(person_name.split(" ")[0]) if person_name else ""
    greeting = f"Hi {first_name}!" if first_name else "Hello!"
    intro = (
        f"I'm Policy Steward. I help everyone at {org_name} follow our Digital/Social Media policy: "
        f"{_listed(abilities)}."
    )
    body = [
        text(f"{greeting} 👋" if welcome else "How I can help", heading=True),
        text(intro),
        text("Type one of these:", weight="Bolder", spacing="Medium"),
        facts(commands),
        text("Or just ask a question, for example: can I add a family I support on Facebook?", subtle=True),
    ]
    if role_titles:
        body.append(text("Your roles: " + ", ".join(role_titles), subtle=True, size="Small"))
    buttons = [execute(title, HelpVerb.RUN, {"command": command}) for title, command in shortcuts[:5]]
    if buttons:
        body.append(action_set(buttons, spacing="Medium"))
    summary = f"Policy Steward help: {', '.join(c for c, _ in commands)}"
    return card(body, fallback_text=summary, speak=f"{greeting} {intro}")
