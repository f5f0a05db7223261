"""The single catalogue of example cards: one per state of every card the bot can send.

Each feature adds a module ``tests/cards/examples/<feature>.py`` with
``examples() -> list[tuple[str, dict]]`` (state name, card). They are collected here
automatically, so the schema tests and the browser renderer check every card, including ones
added later, without anyone remembering to register them.

``python -m tests.cards.catalogue`` prints them as one JSON object, name -> card, for tools
outside Python (the browser renderer).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from typing import Any

from tests.cards import examples as examples_package

Example = tuple[str, dict[str, Any]]


class CatalogueError(RuntimeError):
    pass


def feature_modules() -> list[str]:
    """Every example module, in name order so the catalogue is the same on every run."""
    return sorted(m.name for m in pkgutil.iter_modules(examples_package.__path__) if not m.ispkg)


def all_examples() -> list[Example]:
    """``("<feature>/<state>", card)`` for every example, each name unique."""
    collected: list[Example] = []
    for feature in feature_modules():
        module = importlib.import_module(f"{examples_package.__name__}.{feature}")
        provided = getattr(module, "examples", None)
        if not callable(provided):
            raise CatalogueError(f"tests/cards/examples/{feature}.py has no examples() function")
        found = provided()
        if not found:
            raise CatalogueError(f"tests/cards/examples/{feature}.py has no examples")
        collected += [(f"{feature}/{state}", card) for state, card in found]
    names = [name for name, _ in collected]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise CatalogueError(f"example names used twice: {', '.join(duplicates)}")
    return collected


def main() -> int:
    json.dump(dict(all_examples()), sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
