"""Validate a Teams manifest against Microsoft's schema for its own ``manifestVersion``.

The Teams schemas declare draft-04 but use ``const`` (draft-06, on ``manifestVersion``) and
``if``/``then`` (draft-07). A plain draft-04 validator ignores both, so a manifest claiming
version "1.99" would pass; the validator here adds the two keywords. It is built on the schema
itself, not on a ``$ref`` to it, which would switch back to plain draft-04.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jsonschema import Draft4Validator, _keywords, validators

from tests.reference_schemas import manifest_schema_file


@cache
def manifest_validator_class() -> Any:
    return validators.extend(Draft4Validator, {"const": _keywords.const, "if": _keywords.if_})


def manifest_schema(version: str) -> dict[str, Any]:
    schema: dict[str, Any] = manifest_schema_file(version)
    return schema


def manifest_errors(manifest: dict[str, Any], *, schema_version: str | None = None) -> list[str]:
    """``path: message`` for each schema error, against the schema the manifest names."""
    version = schema_version or str(manifest.get("manifestVersion"))
    validator = manifest_validator_class()(manifest_schema(version))
    found = sorted(validator.iter_errors(manifest), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{e.json_path}: {e.message}" for e in found]
