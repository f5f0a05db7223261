"""Teams resends an activity when the bot is slow to answer; a retry must not run the turn twice.

A bounded memory of recent (conversation id, activity id) pairs: the first arrival runs, a
repeat gets the first run's outcome (for a button press, the same card back) without running
anything. A run that failed is forgotten, so Teams' retry of it is a fresh attempt. Keys are
hashed so an oversized id cannot grow the memory; the memory is per process (one bot instance,
as deployed).
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import OrderedDict
from dataclasses import dataclass

CAPACITY = 4096


@dataclass(frozen=True)
class Arrival:
    first: bool
    outcome: asyncio.Future[object]  # the first run's result: for an invoke, its response
    key: bytes = b""


class RecentActivities:
    def __init__(self, capacity: int = CAPACITY) -> None:
        self._capacity = capacity
        self._runs: OrderedDict[bytes, asyncio.Future[object]] = OrderedDict()

    def arrive(self, conversation_id: str | None, activity_id: str | None) -> Arrival:
        future: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        if not conversation_id or not activity_id:
            return Arrival(True, future)  # nothing to recognise a retry by
        key = hashlib.blake2b(f"{conversation_id}\x00{activity_id}".encode(), digest_size=16).digest()
        earlier = self._runs.get(key)
        if earlier is not None:
            return Arrival(False, earlier, key)
        self._runs[key] = future
        while len(self._runs) > self._capacity:
            self._runs.popitem(last=False)
        return Arrival(True, future, key)

    def finish(self, arrival: Arrival, outcome: object = None) -> None:
        if not arrival.outcome.done():
            arrival.outcome.set_result(outcome)

    def forget(self, arrival: Arrival) -> None:
        """The run failed: let a retry run again; repeats already waiting get ``None``."""
        if self._runs.get(arrival.key) is arrival.outcome:
            del self._runs[arrival.key]
        self.finish(arrival, None)

    def __len__(self) -> int:
        return len(self._runs)
