"""Per-person rate limits: a sliding window, polite refusals, configurable by name."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pydantic import ValidationError

from bot.clock import ManualClock
from bot.config import Settings
from bot.limits import Limit, Limits, RateLimiter, parse_rate, refusal

REPORTS = Limit(3, timedelta(hours=1), what="reports", advice="If someone is at risk, phone the lead now.")


async def test_allows_up_to_the_limit_then_refuses_politely(clock: ManualClock) -> None:
    limiter = RateLimiter(3, timedelta(hours=1), clock, what="reports")
    assert [limiter.hit("alex").allowed for _ in range(3)] == [True, True, True]
    verdict = limiter.hit("alex")
    assert not verdict.allowed
    assert verdict.retry_after == timedelta(hours=1)
    assert verdict.message.startswith("You've sent a lot of reports in a short time")
    assert "try again in an hour" in verdict.message


async def test_the_window_slides(clock: ManualClock) -> None:
    limiter = RateLimiter(2, timedelta(minutes=10), clock)
    limiter.hit("alex")
    await clock.advance(timedelta(minutes=6))
    limiter.hit("alex")
    refused = limiter.hit("alex")
    assert not refused.allowed
    assert refused.retry_after == timedelta(minutes=4)
    assert "in 4 minutes" in refused.message
    await clock.advance(timedelta(minutes=4))
    assert limiter.hit("alex").allowed  # the first event has left the window
    assert not limiter.hit("alex").allowed


async def test_people_are_counted_separately(clock: ManualClock) -> None:
    limiter = RateLimiter(1, timedelta(minutes=1), clock)
    assert limiter.hit("alex").allowed
    assert limiter.hit("lee").allowed
    assert not limiter.hit("alex").allowed
    assert limiter.remaining("lee") == 0
    assert limiter.remaining("nestor") == 1


async def test_refused_attempts_do_not_extend_the_wait(clock: ManualClock) -> None:
    limiter = RateLimiter(1, timedelta(minutes=1), clock)
    limiter.hit("alex")
    for _ in range(100):
        limiter.hit("alex")
    await clock.advance(timedelta(minutes=1))
    assert limiter.hit("alex").allowed


async def test_only_the_first_refusal_in_a_run_is_marked(clock: ManualClock) -> None:
    limiter = RateLimiter(1, timedelta(minutes=1), clock)
    limiter.hit("alex")
    assert [limiter.hit("alex").first_refusal for _ in range(3)] == [True, False, False]
    await clock.advance(timedelta(minutes=1))
    limiter.hit("alex")
    assert limiter.hit("alex").first_refusal


async def test_memory_is_bounded(clock: ManualClock) -> None:
    limiter = RateLimiter(1, timedelta(hours=1), clock, max_keys=100)
    for n in range(1000):
        limiter.hit(f"person-{n}")
    assert len(limiter._events) == 100


def test_advice_is_added_for_the_urgent_case() -> None:
    message = refusal(REPORTS, timedelta(minutes=30))
    assert message.endswith("If someone is at risk, phone the lead now.")
    assert "in 30 minutes" in message


async def test_limits_are_named_and_configurable(clock: ManualClock) -> None:
    limits = Limits(clock, {"incident.report": "1/day", "turns": "off"})
    assert limits.hit("incident.report", "alex", REPORTS).allowed
    refused = limits.hit("incident.report", "alex", REPORTS)
    assert not refused.allowed
    assert "about 24 hours" in refused.message
    assert all(limits.hit("turns", "alex", REPORTS).allowed for _ in range(1000))
    assert [limits.hit("approval.request", "alex", REPORTS).allowed for _ in range(4)] == [
        True,
        True,
        True,
        False,
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10/hour", (10, timedelta(hours=1))),
        ("30 / 5 minutes", (30, timedelta(minutes=5))),
        ("1/day", (1, timedelta(days=1))),
        ("OFF", None),
    ],
)
def test_parse_rate(text: str, expected: tuple[int, timedelta] | None) -> None:
    assert parse_rate(text) == expected


@pytest.mark.parametrize("text", ["", "ten/hour", "0/hour", "5/0 minutes", "5/fortnight", "5 per hour"])
def test_parse_rate_refuses_typos(text: str) -> None:
    with pytest.raises(ValueError, match="should look like"):
        parse_rate(text)


def test_settings_refuse_a_bad_rate_at_start_up() -> None:
    with pytest.raises(ValidationError, match="should look like"):
        Settings(_env_file=None, rate_limits={"turns": "lots"})
