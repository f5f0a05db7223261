"""Create the bot's SharePoint lists, or bring them up to date, from their schemas.

Run by ``python -m bot provision``. It is safe to re-run: existing lists only get their
missing columns and indexes. Creating lists and columns needs more than the ``write``
role of a Sites.Selected grant, so this is the one step that needs ``fullcontrol`` (or an
admin); the running bot can then live with ``write``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from graph.sharepoint.lists import EnsureResult, SharePointLists
from graph.sharepoint.schema import ListSchema


@dataclass(frozen=True)
class ProvisionReport:
    site_id: str
    results: tuple[EnsureResult, ...]

    @property
    def changed(self) -> bool:
        return any(r.created or r.added_columns or r.indexed_columns for r in self.results)

    @property
    def mismatched(self) -> tuple[str, ...]:
        return tuple(f"{r.name}.{c}" for r in self.results for c in r.mismatched)

    def lines(self) -> list[str]:
        """Human-readable summary for the command line."""
        out = [f"site {self.site_id}"]
        for r in self.results:
            if r.created:
                out.append(f"  {r.name}: created with {len(r.added_columns)} columns")
                continue
            parts = [f"added {', '.join(r.added_columns)}"] if r.added_columns else []
            parts += [f"indexed {', '.join(r.indexed_columns)}"] if r.indexed_columns else []
            parts += [f"WRONG TYPE (left alone) {', '.join(r.mismatched)}"] if r.mismatched else []
            out.append(f"  {r.name}: {'; '.join(parts) or 'up to date'}")
        return out


async def provision(lists: SharePointLists, schemas: Sequence[ListSchema]) -> ProvisionReport:
    """Ensure every list; stops at the first error (missing site, missing permission)."""
    site_id = await lists.site_id()
    results = [await lists.ensure_list(schema) for schema in schemas]
    return ProvisionReport(site_id, tuple(results))
