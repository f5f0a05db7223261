"""Cards for the register of official accounts: the register itself with what needs
attention, and the forms to grant access, revoke it and add a private group."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from cards.common import (
    Card,
    Element,
    action_set,
    card,
    choice_set,
    container,
    execute,
    field_error,
    input_text,
    refresh_own,
    text,
    user_text,
)
from cards.nudges import day_text, input_date, input_toggle
from cards.verbs import NudgeVerb

LEVELS = (
    ("Admin (full control)", "admin"),
    ("Editor (can post)", "editor"),
    ("Moderator (comments and members)", "moderator"),
    ("Analyst / view only", "viewer"),
)


@dataclass(frozen=True)
class GrantRow:
    id: int
    person: str
    level: str
    granted: str  # "by Alex Wilber on 1 Dec 2026"
    trained_on: date | None
    holds_recovery: bool


@dataclass(frozen=True)
class ResourceRows:
    key: str
    name: str
    rows: Sequence[GrantRow]
    note: str = ""  # for groups: moderator and risk assessment


def _grant_line(row: GrantRow) -> Element:
    trained = f"trained {day_text(row.trained_on)}" if row.trained_on else "no training date"
    recovery = " · holds recovery" if row.holds_recovery else ""
    return text(
        f"{user_text(row.person)}: {row.level}, {trained}{recovery}. Granted {user_text(row.granted)}.",
        size="Small",
    )


def register_card(resources: Sequence[ResourceRows], findings: Sequence[str]) -> Card:
    body: list[Element] = [text("Register of official accounts", heading=True)]
    if findings:
        body.append(
            container(
                [text("Needs attention", weight="Bolder")]
                + [text("• " + user_text(f), size="Small") for f in findings],
                style="warning",
            )
        )
    empty = []
    for resource in resources:
        if not resource.rows and not resource.note:
            empty.append(resource.name)  # listed together below: one line, not one per platform
            continue
        items = [text(resource.name, weight="Bolder")]
        if resource.note:
            items.append(text(user_text(resource.note), subtle=True, size="Small"))
        items += [_grant_line(r) for r in resource.rows] or [text("Nobody registered.", subtle=True)]
        body.append(container(items, spacing="Medium"))
    if empty:
        lead = (
            "Nobody is registered yet for "
            if len(empty) < len(resources)
            else "Nobody is registered yet for any account: "
        )
        body.append(text(lead + ", ".join(user_text(n) for n in empty) + ".", spacing="Medium"))
    actions = [
        execute("Grant access", NudgeVerb.REGISTER_GRANT),
        execute("Revoke access", NudgeVerb.REGISTER_REVOKE),
        execute("Add private group", NudgeVerb.REGISTER_GROUP),
        execute("I've reviewed everyone's access", NudgeVerb.REGISTER_REVIEWED),
    ]
    count = sum(len(r.rows) for r in resources)
    summary = f"Register of official accounts: {count} people with access, {len(findings)} to look at."
    # Redrawn whenever Teams shows it again: a grant or revocation elsewhere shows at once.
    return card(body, fallback_text=summary, actions=actions, refresh=refresh_own(NudgeVerb.REGISTER_SHOW))


def grant_form_card(
    resources: Sequence[tuple[str, str]],
    people: Sequence[tuple[str, str]],
    *,
    values: Mapping[str, str] | None = None,
    errors: Mapping[str, str] | None = None,
) -> Card:
    """``resources``: (name, key); ``people``: (name, email) of people the bot knows."""
    values, errors = values or {}, errors or {}
    body: list[Element] = [
        text("Grant access to an official account", heading=True),
        choice_set("resource", "Platform or group", resources, required=True, value=values.get("resource")),
    ]
    if people:
        body.append(choice_set("person", "Person", people, value=values.get("person")))
    body.append(
        input_text(
            "email",
            "Or their email" if people else "Their email",
            placeholder="name@example.org",
            max_length=200,
            value=values.get("email"),
        )
    )
    if errors.get("email"):
        body.append(field_error(errors["email"]))
    body += [
        input_text("name", "Their name (if not picked above)", max_length=120, value=values.get("name")),
        choice_set("level", "Access level", LEVELS, required=True, value=values.get("level", "editor")),
        input_date("trained_on", "Trained on (leave empty if not yet)"),
        input_toggle(
            "recovery", "Account recovery", "Holds a recovery method (email, phone or backup admin)"
        ),
        action_set(
            [
                execute("Save", NudgeVerb.REGISTER_GRANT_SAVE, style="positive"),
                # Back to the register, saving nothing.
                execute("Cancel", NudgeVerb.REGISTER_SHOW, associated_inputs="none"),
            ]
        ),
    ]
    return card(body, fallback_text="Grant access to an official account.")


def revoke_form_card(grants: Sequence[tuple[str, str]], *, error: str = "") -> Card:
    """``grants``: (label, grant id)."""
    if not grants:
        return card([text("Nobody has access in the register yet.")], fallback_text="Register empty.")
    body: list[Element] = [
        text("Revoke access", heading=True),
        choice_set("grant", "Whose access", grants, required=True),
        input_text("reason", "Why", max_length=300, placeholder="e.g. changed role"),
    ]
    if error:
        body.append(field_error(error))
    body.append(action_set([execute("Revoke", NudgeVerb.REGISTER_REVOKE_SAVE, style="destructive")]))
    return card(body, fallback_text="Revoke access to an official account.")


def group_form_card(platforms: Sequence[tuple[str, str]], *, error: str = "") -> Card:
    body: list[Element] = [
        text("Add a private group or forum", heading=True),
        text("The policy (2.1) asks that each private group is risk assessed and moderated.", subtle=True),
        input_text("name", "Group name", required=True, max_length=120),
        choice_set("platform", "Where", platforms, required=True),
        input_text("moderator", "Named moderator", max_length=120),
        input_date("risk_assessed_on", "Risk assessed on (leave empty if not yet)"),
    ]
    if error:
        body.append(field_error(error))
    body.append(action_set([execute("Save", NudgeVerb.REGISTER_GROUP_SAVE, style="positive")]))
    return card(body, fallback_text="Add a private group or forum.")


def register_saved_card(headline: str, lines: Sequence[str]) -> Card:
    body = [text(headline, heading=True), *[text(user_text(line)) for line in lines]]
    body.append(action_set([execute("Show the register", NudgeVerb.REGISTER_SHOW)]))
    return card(body, fallback_text=headline)


def register_check_card(findings: Sequence[str]) -> Card:
    body = [
        text("The register needs a look", heading=True),
        *[text("• " + user_text(f)) for f in findings],
        action_set([execute("Open the register", NudgeVerb.REGISTER_SHOW)]),
    ]
    return card(
        body, fallback_text=f"The register of official accounts has {len(findings)} things to look at."
    )
