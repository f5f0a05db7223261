"""The settings, read as where the stores live and how to reach Microsoft Graph.

``settings.storage`` chooses the mode: ``sqlite`` (the default, and what ``make run`` uses) keeps
everything in one local SQLite file; ``sharepoint`` makes the lists on
``settings.sharepoint_site_url`` the system of record. The stores themselves are assembled in one
place, :func:`graph.stores.open_stores`, which says what lives where. The lists are created by
``python -m bot provision``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.config import Settings
from graph.msgraph.client import GraphAccess, open_graph
from graph.sharepoint.lists import SharePointLists
from graph.stores import StoreConfig, SyncTiming


def graph_access(settings: Settings, tenant_id: str) -> GraphAccess:
    """The credential and endpoint the settings describe for Microsoft Graph."""
    return GraphAccess(
        settings.graph_credential,
        tenant_id=settings.app_tenant_id or tenant_id,
        client_id=settings.graph_client_id or None,
        client_secret=settings.graph_client_secret.get_secret_value() or None,
        certificate_path=settings.graph_certificate_path or None,
        base_url=settings.graph_base_url,
    )


def store_config(settings: Settings, tenant_id: str, timing: SyncTiming | None = None) -> StoreConfig:
    """What :func:`graph.stores.open_stores` needs: Graph is reached only in SharePoint mode or
    when leavers are read from the directory."""
    sharepoint = settings.storage == "sharepoint"
    needs_graph = sharepoint or settings.leaver_detection
    return StoreConfig(
        database_path=settings.database_path,
        site_url=settings.sharepoint_site_url if sharepoint else "",
        graph=graph_access(settings, tenant_id) if needs_graph else None,
        timing=timing or SyncTiming(),
        backup_dir=settings.data_backup_dir,
        backup_seconds=settings.data_backup_seconds,
    )


@asynccontextmanager
async def graph_lists(
    settings: Settings, tenant_id: str, timing: SyncTiming
) -> AsyncIterator[SharePointLists]:
    """SharePoint lists on the configured site, for the command-line tools (doctor, provision)."""
    access = graph_access(settings, tenant_id)
    retry_delay, max_retries = timing.sdk_retry_delay, timing.sdk_max_retries
    async with open_graph(access, retry_delay=retry_delay, max_retries=max_retries) as transport:
        yield SharePointLists(
            transport, settings.sharepoint_site_url, base_delay=timing.base_delay, max_delay=timing.max_delay
        )
