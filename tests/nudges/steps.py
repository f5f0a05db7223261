"""Moving time in nudge tests: advance the ManualClock step by step, running due jobs."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.clock import ManualClock
from bot.context import AppContext
from tests.builders import User, card_texts
from tests.fakes.connector import FakeConnector

LONDON = ZoneInfo("Europe/London")


async def run_until(
    ctx: AppContext, clock: ManualClock, until: datetime, step: timedelta = timedelta(hours=1)
) -> int:
    ran = 0
    while clock.now() < until:
        await clock.advance(min(step, until - clock.now()))
        ran += await ctx.scheduler.run_due(ctx)
    return ran


def at_london(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON).astimezone(UTC)


def shown(card: object) -> str:
    """A card's visible text as a person reads it: Markdown escapes of typed text removed."""
    return card_texts(card).replace("\\", "")  # type: ignore[arg-type]


def cards_to(connector: FakeConnector, user: User, since: int = 0) -> list[str]:
    """Texts of the cards posted into ``user``'s 1:1 chat (from call number ``since``)."""
    return [
        shown(c.card) for c in connector.posted[since:] if c.conversation_id == user.personal_chat and c.card
    ]


def texts_to(connector: FakeConnector, user: User, since: int = 0) -> list[str]:
    return [c.text for c in connector.posted[since:] if c.conversation_id == user.personal_chat and c.text]
