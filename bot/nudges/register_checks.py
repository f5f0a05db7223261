"""Checks on the register that nudge the manager (§2.3 recovery, §2.4 training, §2.6 access).

- a platform with fewer than two people able to recover it (someone may be away);
- someone with access but no training date;
- access not reviewed for a year (counted from the grant when never reviewed);
- a private group with no risk assessment or no named moderator (§2.1).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bot.org import Platform
from graph.records.register import Grant, PrivateGroup, group_resource

REVIEW_EVERY = timedelta(days=365)
MIN_RECOVERY_HOLDERS = 2


class FindingKind(StrEnum):
    RECOVERY = "recovery"
    TRAINING = "training"
    REVIEW = "review"
    GROUP_RISK = "group_risk"
    GROUP_MODERATOR = "group_moderator"


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    resource: str
    message: str  # plain words for the manager; names come from the register
    grant_id: int | None = None


def check_register(
    platforms: Sequence[Platform], groups: Sequence[PrivateGroup], grants: Sequence[Grant], today: date
) -> list[Finding]:
    names = {p.key: p.name for p in platforms} | {group_resource(g.id): g.name for g in groups}
    active = [g for g in grants if g.active]
    return [
        *_recovery(platforms, active),
        *_training(active, names),
        *_stale(active, names, today),
        *_groups(groups),
    ]


def _recovery(platforms: Sequence[Platform], grants: Sequence[Grant]) -> list[Finding]:
    """One line per shortfall, listing its platforms, so an empty register is one sentence, not seven."""
    nobody: list[Platform] = []
    one: list[Platform] = []
    for platform in platforms:
        holders = {g.person_email for g in grants if g.resource == platform.key and g.holds_recovery}
        if len(holders) < MIN_RECOVERY_HOLDERS:
            (one if holders else nobody).append(platform)
    found = []
    if nobody:
        names = ", ".join(p.name for p in nobody)
        found.append(Finding(FindingKind.RECOVERY, nobody[0].key, f"Nobody can recover {names}."))
    if one:
        names = ", ".join(p.name for p in one)
        found.append(Finding(FindingKind.RECOVERY, one[0].key, f"Only one person can recover {names}."))
    if found:
        last = found[-1]
        why = " The policy needs a way back in when the usual person is away: name at least two for each."
        found[-1] = Finding(last.kind, last.resource, last.message + why)
    return found


def _training(grants: Sequence[Grant], names: dict[str, str]) -> list[Finding]:
    return [
        Finding(
            FindingKind.TRAINING,
            g.resource,
            f"{g.person_name} has {g.level} access to {names.get(g.resource, g.resource)} "
            "but no training date.",
            g.id,
        )
        for g in grants
        if g.trained_on is None
    ]


def _stale(grants: Sequence[Grant], names: dict[str, str], today: date) -> list[Finding]:
    found = []
    for g in grants:
        last = (g.last_reviewed or g.granted_at).date()
        if today - last >= REVIEW_EVERY:
            found.append(
                Finding(
                    FindingKind.REVIEW,
                    g.resource,
                    f"{g.person_name}'s access to {names.get(g.resource, g.resource)} has not been "
                    f"reviewed since {last:%-d %B %Y}.",
                    g.id,
                )
            )
    return found


def _groups(groups: Sequence[PrivateGroup]) -> list[Finding]:
    found = []
    for group in groups:
        key = group_resource(group.id)
        if group.risk_assessed_on is None:
            found.append(
                Finding(FindingKind.GROUP_RISK, key, f"Private group {group.name} has no risk assessment.")
            )
        if not group.moderator.strip():
            found.append(
                Finding(
                    FindingKind.GROUP_MODERATOR, key, f"Private group {group.name} has no named moderator."
                )
            )
    return found
