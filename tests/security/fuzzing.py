"""How the property-based tests run: fixed in ``make test``, long and random in ``make fuzz``.

``make test`` must be green or red for a reason, never by chance: examples are derandomised
(the same ones every run) and no example store is read, so the run depends only on the code.
Every failure ever found is pinned with ``@example`` beside the test, so it is replayed on every
run even after the strategies change.

``make fuzz`` (``POLICY_STEWARD_FUZZ=long``) searches randomly for many more examples
(``FUZZ_EXAMPLES`` per test, 3,000 by default) and saves any failure in :data:`FOUND_DIR`, so
the next ``make fuzz`` replays it first; Hypothesis prints the shrunk example to copy into the
test's ``@example`` list.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

FOUND_DIR = Path(__file__).parent / "fuzz-found"
LONG_RUN = os.environ.get("POLICY_STEWARD_FUZZ") == "long"
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]


def fuzz_settings(test: Callable[..., Any], examples: int) -> Callable[..., Any]:
    """Apply the run's settings to a ``@given`` test: ``examples`` fixed ones, or a long search."""
    if LONG_RUN:
        chosen = settings(
            max_examples=int(os.environ.get("FUZZ_EXAMPLES", "3000")),
            derandomize=False,
            database=DirectoryBasedExampleDatabase(FOUND_DIR),
            deadline=None,
            print_blob=True,
            suppress_health_check=_QUIET,
        )
    else:
        chosen = settings(
            max_examples=examples,
            derandomize=True,
            database=None,
            deadline=None,
            print_blob=True,
            suppress_health_check=_QUIET,
        )
    wrapped: Callable[..., Any] = chosen(test)
    return wrapped
