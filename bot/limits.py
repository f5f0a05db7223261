"""Per-person rate limits, so one compromised or runaway account cannot flood the lists or the
approvers.

Every limit is named in :data:`KNOWN` with its default; the organisation can change or switch
off any of them with ``BOT_RATE_LIMITS`` (JSON such as ``{"incident.report": "20/hour",
"turns": "off"}``) without a code change, and a name not in :data:`KNOWN` stops start-up (a
typo must not silently leave a limit at its default). Refusals are polite and say when to try
again, and a limit can add advice for the urgent case (a safeguarding concern must never wait
for a rate limit: point to the phone). The window slides, refused attempts do not count, and
memory is bounded.

Usage in a handler, counting only what was really created::

    verdict = ctx.limits.check("approval.request", person.aad_object_id)
    if not verdict.allowed:
        return CardReply.say(verdict.message)
    ...  # create it
    if created:
        ctx.limits.hit("approval.request", person.aad_object_id)
"""

from __future__ import annotations

import re
from collections import OrderedDict, deque
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.clock import Clock

_RATE = re.compile(r"^\s*(\d{1,6})\s*/\s*(\d{0,4})\s*(second|minute|hour|day)s?\s*$")
_UNITS = {
    "second": timedelta(seconds=1),
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "day": timedelta(days=1),
}
OFF = "off"
MAX_KEYS = 10_000


@dataclass(frozen=True)
class Limit:
    max_events: int
    per: timedelta
    what: str = "messages"  # plural, as in "You've sent a lot of {what}"
    advice: str = ""  # added to the refusal, e.g. where to go if it is urgent


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: timedelta = timedelta(0)
    message: str = ""
    first_refusal: bool = False  # the first "no" in a run: answer a flood once, not per message


ALLOWED = Verdict(allowed=True)
TURNS = Limit(60, timedelta(minutes=1), what="messages")  # the generic limit on inbound turns
INCIDENT_REPORTS = Limit(
    20,
    timedelta(hours=1),
    what="incident reports",
    advice=(
        "If someone is in danger, call 999 now; for a safeguarding concern, phone the "
        "safeguarding lead straight away rather than waiting."
    ),
)
APPROVAL_REQUESTS = Limit(10, timedelta(hours=1), what="approval requests")
BOARD_REPORTS = Limit(6, timedelta(hours=1), what="Board reports")  # each one is seconds of CPU
KNOWN: dict[str, Limit] = {
    "turns": TURNS,
    "incident.report": INCIDENT_REPORTS,
    "approval.request": APPROVAL_REQUESTS,
    "report.build": BOARD_REPORTS,
}


class RateLimiter:
    """A sliding-window log per key (a person's object id)."""

    def __init__(
        self,
        max_events: int,
        per: timedelta,
        clock: Clock,
        *,
        what: str = "messages",
        advice: str = "",
        max_keys: int = MAX_KEYS,
    ) -> None:
        if max_events < 1 or per <= timedelta(0):
            raise ValueError("a rate limit needs at least one event per positive period")
        self.limit = Limit(max_events, per, what, advice)
        self._clock = clock
        self._max_keys = max_keys
        self._events: OrderedDict[str, deque[datetime]] = OrderedDict()
        self._refused: set[str] = set()

    def hit(self, key: str) -> Verdict:
        """Count one event for ``key`` if it is within the limit; refused events are not counted."""
        verdict = self.check(key)
        if verdict.allowed:
            self._events[key].append(self._clock.now())
        return verdict

    def check(self, key: str) -> Verdict:
        """Whether one more event for ``key`` is within the limit, without counting it."""
        now = self._clock.now()
        events = self._window(key, now)
        if len(events) < self.limit.max_events:
            self._refused.discard(key)
            return ALLOWED
        retry_after = events[0] + self.limit.per - now
        first = key not in self._refused
        self._refused.add(key)
        return Verdict(False, retry_after, refusal(self.limit, retry_after), first)

    def remaining(self, key: str) -> int:
        return self.limit.max_events - len(self._window(key, self._clock.now()))

    def _window(self, key: str, now: datetime) -> deque[datetime]:
        events = self._events.pop(key, None) or deque()
        while events and events[0] <= now - self.limit.per:
            events.popleft()
        self._events[key] = events  # most recently used last
        if len(self._events) > self._max_keys:
            self._forget_oldest()
        return events

    def _forget_oldest(self) -> None:
        while len(self._events) > self._max_keys:
            key, _ = self._events.popitem(last=False)
            self._refused.discard(key)


class _Unlimited:
    def hit(self, key: str) -> Verdict:
        return ALLOWED

    def check(self, key: str) -> Verdict:
        return ALLOWED

    def remaining(self, key: str) -> int:
        return 2**31


class Limits:
    """Every named limit of one running bot, created on first use with its configured rate."""

    def __init__(self, clock: Clock, configured: Mapping[str, str] | None = None) -> None:
        self._clock = clock
        self._configured = dict(configured or {})
        self._limiters: dict[str, RateLimiter | _Unlimited] = {}

    def hit(self, name: str, key: str, default: Limit | None = None) -> Verdict:
        return self.limiter(name, default).hit(key)

    def check(self, name: str, key: str) -> Verdict:
        return self.limiter(name).check(key)

    def limiter(self, name: str, default: Limit | None = None) -> RateLimiter | _Unlimited:
        if name not in self._limiters:
            self._limiters[name] = self._build(name, default or KNOWN[name])
        return self._limiters[name]

    def _build(self, name: str, default: Limit) -> RateLimiter | _Unlimited:
        setting = self._configured.get(name)
        rate = parse_rate(setting) if setting is not None else (default.max_events, default.per)
        if rate is None:
            return _Unlimited()
        return RateLimiter(rate[0], rate[1], self._clock, what=default.what, advice=default.advice)


def check_names(configured: Mapping[str, str]) -> None:
    """Raise ValueError naming every known limit when ``configured`` names one that isn't."""
    unknown = sorted(set(configured) - set(KNOWN))
    if unknown:
        names = ", ".join(sorted(KNOWN))
        raise ValueError(f"unknown rate limit {', '.join(map(repr, unknown))}; the limits are {names}")


def parse_rate(value: str) -> tuple[int, timedelta] | None:
    """ "10/hour", "30 / 5 minutes", "off" (None). Raises ValueError with the accepted forms."""
    if value.strip().lower() == OFF:
        return None
    match = _RATE.match(value.lower())
    if not match or int(match[1]) < 1 or (match[2] and int(match[2]) < 1):
        raise ValueError(f'rate limit {value!r} should look like "10/hour", "30/5 minutes" or "off"')
    return int(match[1]), _UNITS[match[3]] * int(match[2] or 1)


def refusal(limit: Limit, retry_after: timedelta) -> str:
    message = (
        f"You've sent a lot of {limit.what} in a short time, so I'm pausing for a moment to keep "
        f"things manageable for everyone. Please try again {_in_about(retry_after)}."
    )
    return f"{message} {limit.advice}".strip()


def _in_about(wait: timedelta) -> str:
    seconds = max(1, int(wait.total_seconds()))
    if seconds <= 60:
        return "in a minute"
    minutes = -(-seconds // 60)
    if minutes < 60:
        return f"in {minutes} minutes"
    hours = -(-minutes // 60)
    return "in an hour" if hours == 1 else f"in about {hours} hours"
