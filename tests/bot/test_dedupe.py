"""The recent-activity memory behind "a Teams retry does not run the turn twice"."""

from __future__ import annotations

from bot.dedupe import RecentActivities


async def test_a_repeat_gets_the_first_outcome() -> None:
    recent = RecentActivities()
    first = recent.arrive("a:chat", "act-1")
    repeat = recent.arrive("a:chat", "act-1")
    assert first.first
    assert not repeat.first
    recent.finish(first, "the card")
    assert await repeat.outcome == "the card"
    assert not recent.arrive("a:chat", "act-1").first


async def test_same_activity_id_in_another_chat_is_new() -> None:
    recent = RecentActivities()
    recent.arrive("a:chat", "act-1")
    assert recent.arrive("a:other", "act-1").first


async def test_a_failed_run_may_be_retried() -> None:
    recent = RecentActivities()
    first = recent.arrive("a:chat", "act-1")
    waiting = recent.arrive("a:chat", "act-1")
    recent.forget(first)
    assert await waiting.outcome is None
    assert recent.arrive("a:chat", "act-1").first


async def test_without_ids_nothing_is_remembered() -> None:
    recent = RecentActivities()
    assert recent.arrive("a:chat", None).first
    assert recent.arrive("a:chat", None).first
    assert recent.arrive("", "act-1").first
    assert len(recent) == 0


async def test_memory_is_bounded_and_keys_are_small() -> None:
    recent = RecentActivities(capacity=10)
    for n in range(100):
        recent.finish(recent.arrive("a:chat" * 10_000, f"act-{n}"))
    assert len(recent) == 10
    assert all(len(key) == 16 for key in recent._runs)
    assert recent.arrive("a:chat" * 10_000, "act-0").first  # evicted long ago
