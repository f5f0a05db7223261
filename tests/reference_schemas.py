"""Microsoft's published JSON schemas, from inside the repository and its installed packages.

The product never needs them; tests do, offline. The Adaptive Card schema is kept in
``tests/schemas/`` (source and licence beside it); the Teams manifest schemas come from the npm
package ``@microsoft/app-manifest`` that ``make`` installs. A missing file is an error, never a
skip: a card or manifest check that quietly stops running is worse than none.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
KEPT_SCHEMAS = REPO_ROOT / "tests" / "schemas"
MANIFEST_SCHEMAS = REPO_ROOT / "node_modules/@microsoft/app-manifest/build/json-schemas/teams"


class SchemaMissing(RuntimeError):
    """A reference schema is not where it should be, so a card or manifest check cannot run."""


def _read(path: Path, hint: str) -> Any:
    """Parse one schema; ``utf-8-sig`` because Microsoft's own tooling tolerates a BOM."""
    if not path.is_file():
        raise SchemaMissing(f"schema file missing: {path}. {hint}")
    return json.loads(path.read_text(encoding="utf-8-sig"))


@cache
def adaptive_card_schema() -> Any:
    path = KEPT_SCHEMAS / "adaptive-card" / "1.5.0" / "adaptive-card.json"
    return _read(path, "It is kept in the repository.")


@cache
def manifest_schema_file(version: str) -> Any:
    path = MANIFEST_SCHEMAS / f"v{version}" / "MicrosoftTeams.schema.json"
    return _read(path, "Run `make test` (or `npm ci`) to install @microsoft/app-manifest.")
