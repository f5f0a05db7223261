"""Every SharePoint list the bot uses, for ``python -m bot provision``.

Each SharePoint store module declares its lists in a module-level ``SCHEMAS`` tuple; this
is the one place that gathers them, so provisioning creates exactly what the stores use.
A new store adds its module to the tuple in :func:`all_schemas`. The store modules are
imported here, inside the function, so the SQLite-only setup never loads them.
"""

from __future__ import annotations

from graph.sharepoint.schema import ListSchema


def all_schemas() -> tuple[ListSchema, ...]:
    """The lists in a stable order; a list name used twice is a programming error."""
    from graph.sharepoint import approvals as sharepoint_approvals
    from graph.sharepoint import incidents as sharepoint_incidents
    from graph.sharepoint import lease
    from graph.sharepoint import leavers as sharepoint_leavers
    from graph.sharepoint import register as sharepoint_register
    from graph.sharepoint import reviews as sharepoint_reviews

    modules = (
        sharepoint_register,
        sharepoint_reviews,
        sharepoint_leavers,
        sharepoint_incidents,
        sharepoint_approvals,
        lease,
    )
    schemas = tuple(schema for module in modules for schema in module.SCHEMAS)
    names = [s.name for s in schemas]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"SharePoint lists declared twice: {', '.join(duplicates)}")
    return schemas
