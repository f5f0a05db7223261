"""How pytest-xdist shares the tests out when ``make test`` runs them on every core: a pytest plugin.

Tests go one by one to whichever worker is free, except in the modules named below: their tests
share a module-scoped fixture that takes many seconds to build (cross-validating the conversation
classifiers, drawing cards in chromium), so a whole module goes to one worker and the fixture is
built once. (pytest-xdist's own ``xdist_group`` mark cannot do this with pytest 9, whose node ids
that mark's scheduler rewrites are read-only.) The snapshot's tests were tried here too and made
the run slower: sent out first, their second training ran beside both workers' own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
WHOLE_MODULES = frozenset(
    {
        "tests/conversation/test_figures.py",
        "tests/cards/test_render.py",
    }
)


def _listed_module(nodeid: str) -> str | None:
    """The test's module when it is one of those above."""
    module = nodeid.split("::", 1)[0]
    return module if module in WHOLE_MODULES else None


def work_unit(nodeid: str) -> str:
    """What is sent to one worker together: the module for those above, else the test alone."""
    return _listed_module(nodeid) or nodeid


def slow_first(nodeid: str) -> int:
    """Sort key: the modules above go out first, so their minutes overlap the other worker's
    thousands of short tests instead of running on alone at the end."""
    return 0 if _listed_module(nodeid) else 1


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: slow_first(item.nodeid))  # stable: the rest keep their order


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    if config.getvalue("dist") != "load":  # the default with -n; an explicit --dist is obeyed
        return None
    from xdist.scheduler import LoadScopeScheduling

    class Scheduling(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            return work_unit(nodeid)

    return Scheduling(config, log)
