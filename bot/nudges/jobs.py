"""Job kinds and keys for nudges; one key per occurrence so a restart never sends one twice."""

from __future__ import annotations

from datetime import date

REVIEW_REMIND = "nudge.review.remind"
REVIEW_OVERDUE = "nudge.review.overdue"
REGISTER_CHECK = "nudge.register.check"
LEAVER_REMIND = "nudge.leaver.remind"
LEAVER_ESCALATE = "nudge.leaver.escalate"
LEAVERS_DETECT = "nudge.leavers.detect"
SNOOZE_END = -1  # "days_before" of the reminder sent when a snooze ends


def review_key(cycle: str, due: date, what: str) -> str:
    return f"review:{cycle}:{due.isoformat()}:{what}"


def register_check_key(day: date) -> str:
    return f"register-check:{day.isoformat()}"


def leaver_key(leaver_id: int, what: str) -> str:
    return f"leaver:{leaver_id}:{what}"
