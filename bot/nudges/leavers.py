"""What has to happen when someone with access to an official account leaves (§2.6).

For every platform or group they could get into: remove their role, rotate any shared password
they knew, and check the recovery options still point at someone who is staying. The manager
is reminded each working day until all is ticked; after two working days the CEO is told.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.org import WorkingHours
from bot.working_time import add_working_days, local_day_at
from graph.records.leavers import ChecklistItem, Task
from graph.records.register import Grant

TASKS = (Task.REMOVE_ROLE, Task.ROTATE_PASSWORD, Task.CHECK_RECOVERY)
CEO_AFTER_WORKING_DAYS = 2
TASK_LABELS = {
    Task.REMOVE_ROLE: "Remove their role or page access",
    Task.ROTATE_PASSWORD: "Change any shared password they knew",
    Task.CHECK_RECOVERY: "Check the recovery email, phone and backup admins",
}


def checklist(grants: Sequence[Grant]) -> list[tuple[str, Task]]:
    """One set of tasks per platform or group the leaver had access to, in register order."""
    resources = list(dict.fromkeys(g.resource for g in grants if g.active))
    return [(resource, task) for resource in resources for task in TASKS]


def all_done(items: Sequence[ChecklistItem]) -> bool:
    return all(item.done for item in items)


def next_reminder(after: datetime, hours: WorkingHours, tz: ZoneInfo) -> datetime:
    """The start of the next working day after ``after``."""
    return local_day_at(after.astimezone(tz).date() + timedelta(days=1), hours, tz)


def ceo_escalation(recorded_at: datetime, hours: WorkingHours, tz: ZoneInfo) -> datetime:
    return add_working_days(recorded_at, CEO_AFTER_WORKING_DAYS, hours, tz)
