"""Microsoft's published JSON schemas, read from the shared folder beside the repository.

The product never needs them; tests do, offline. They are found at ``$POLICY_STEWARD_SHARED``,
else ``<repo>/../shared`` (where CI and developers have it). A missing folder is an
error, never a skip: a card or manifest check that quietly stops running is worse than none.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
ENV_VAR = "POLICY_STEWARD_SHARED"


class SchemasNotFound(RuntimeError):
    """The shared schemas folder is missing, so card and manifest checks cannot run."""


def candidates() -> list[Path]:
    configured = os.environ.get(ENV_VAR, "").strip()
    if configured:
        return [Path(configured)]
    return [REPO_ROOT.parent / "shared"]


def schemas_dir() -> Path:
    tried = candidates()
    for base in tried:
        if (base / "schemas").is_dir():
            return base / "schemas"
    looked = ", ".join(str(p / "schemas") for p in tried)
    raise SchemasNotFound(
        f"JSON schemas not found (looked in {looked}). Clone the shared folder beside the "
        f"repository or set {ENV_VAR} to it."
    )


@cache
def load_schema(relative: str) -> Any:
    """Parse one schema file; ``utf-8-sig`` because Microsoft's own tooling tolerates a BOM."""
    path = schemas_dir() / relative
    if not path.is_file():
        raise SchemasNotFound(f"schema file missing: {path}")
    return json.loads(path.read_text(encoding="utf-8-sig"))
