"""Red, amber or green for each area of the report, with the rule behind each colour in words.

Trustees may print in black and white or not see colour at all, so the document always shows
the word (Red, Amber, Green), the rule for every colour, and what in the records set it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.report.figures import ICO_MISSED, Figures

LONG_OPEN_DAYS = 30
LEAVER_WORKING_DAYS = 2  # the CEO is told after two working days (policy §2.6 nudges)
QUESTIONS_NEEDING_SHARE = 0.2


class Rag(StrEnum):
    RED = "Red"
    AMBER = "Amber"
    GREEN = "Green"


@dataclass(frozen=True)
class AreaStatus:
    area: str
    rag: Rag
    because: str  # what in the records set the colour
    rules: tuple[tuple[Rag, str], ...]  # the rule for each colour, always all three


def statuses(figures: Figures) -> tuple[AreaStatus, ...]:
    return (_incidents(figures), _approvals(figures), _oversight(figures), _questions(figures))


def _pick(area: str, rules: tuple[tuple[Rag, str], ...], red: list[str], amber: list[str]) -> AreaStatus:
    if red:
        return AreaStatus(area, Rag.RED, "; ".join(red) + ".", rules)
    if amber:
        return AreaStatus(area, Rag.AMBER, "; ".join(amber) + ".", rules)
    return AreaStatus(area, Rag.GREEN, "None of the amber or red conditions applies.", rules)


def _incidents(f: Figures) -> AreaStatus:
    i = f.incidents
    missed = i.ico_count(ICO_MISSED)
    long_open = sum(1 for o in i.still_open if o.age_days > LONG_OPEN_DAYS)
    rules = (
        (
            Rag.RED,
            f"an ICO 72-hour clock was missed, or an incident has been open over {LONG_OPEN_DAYS} days",
        ),
        (Rag.AMBER, "an incident is still open"),
        (Rag.GREEN, "every ICO clock met and no incident open"),
    )
    red = [f"{missed} ICO clock(s) missed"] if missed else []
    red += [f"{long_open} incident(s) open over {LONG_OPEN_DAYS} days"] if long_open else []
    still = len(i.still_open) + i.open_safeguarding
    return _pick("Incidents", rules, red, [f"{still} incident(s) still open"] if still else [])


def _approvals(f: Figures) -> AreaStatus:
    a = f.approvals
    rules = (
        (Rag.RED, "a request went out approved without a non-digital version arranged"),
        (Rag.AMBER, "a request needed a reminder, or went to the Board because the CEO was unavailable"),
        (Rag.GREEN, "every request decided without reminders, each with a non-digital version where needed"),
    )
    red = [f"{a.without_non_digital} approved without a non-digital version"] if a.without_non_digital else []
    amber = [f"{a.reminded} needed a reminder"] if a.reminded else []
    amber += [f"{a.to_board} went to the Board"] if a.to_board else []
    return _pick("Approvals", rules, red, amber)


def _oversight(f: Figures) -> AreaStatus:
    o = f.oversight
    slow = sum(1 for le in o.leavers if le.working_days is not None and le.working_days > LEAVER_WORKING_DAYS)
    untrained = sum(r.untrained for r in o.register)
    stale = sum(r.not_reviewed_for_a_year for r in o.register)
    rules = (
        (
            Rag.RED,
            "a review is overdue, an account has fewer than two people who can recover it, "
            "or a leaver still has access",
        ),
        (
            Rag.AMBER,
            f"a review was done late, someone has access without training or not reviewed for "
            f"a year, or a leaver's access took over {LEAVER_WORKING_DAYS} working days to remove",
        ),
        (Rag.GREEN, "reviews on time, every account recoverable, leavers' access removed promptly"),
    )
    red = [f"{o.overdue_reviews} review(s) overdue"] if o.overdue_reviews else []
    red += (
        [f"{o.short_of_recovery} account(s) with fewer than two recovery holders"]
        if o.short_of_recovery
        else []
    )
    red += [f"{o.leavers_outstanding} leaver(s) with access still to remove"] if o.leavers_outstanding else []
    amber = [f"{o.late_reviews} review(s) done late"] if o.late_reviews else []
    amber += [f"{untrained} without a training date"] if untrained else []
    amber += [f"{stale} not reviewed for a year"] if stale else []
    amber += [f"{slow} leaver(s) took over {LEAVER_WORKING_DAYS} working days"] if slow else []
    return _pick("Oversight", rules, red, amber)


def _questions(f: Figures) -> AreaStatus:
    q = f.questions
    needing = q.not_covered + q.unhelpful
    share = needing / q.asked if q.asked else 0.0
    rules = (
        (Rag.RED, "never: questions are input for the annual review, not a failing"),
        (
            Rag.AMBER,
            f"more than {QUESTIONS_NEEDING_SHARE:.0%} of questions were not covered or answered unhelpfully",
        ),
        (Rag.GREEN, f"{QUESTIONS_NEEDING_SHARE:.0%} or fewer were not covered or answered unhelpfully"),
    )
    amber = (
        [f"{needing} of {q.asked} questions ({share:.0%}) need the policy's attention"]
        if (share > QUESTIONS_NEEDING_SHARE)
        else []
    )
    return _pick("Questions", rules, [], amber)
