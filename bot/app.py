"""The composition root: the one place where the bot is wired together.

``create_app(settings)`` returns an aiohttp application. Everything with a lifetime (the SQLite
store, botbuilder's adapter, background tasks) is opened in ``lifespan`` when the app starts and
closed when it stops, so importing this module does nothing and tests can build as many apps as
they like, each with its own store and clock.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from aiohttp import web

from bot import sync_notices
from bot.answers.document import load_policy
from bot.answers.index import PolicyIndex
from bot.clock import Clock, SystemClock
from bot.config import Settings, check_bind
from bot.context import AppContext
from bot.conversation.classifiers import start_training, trained
from bot.features import build_router
from bot.http import MessagesEndpoint, error_middleware
from bot.log import guard_server_log
from bot.org import OrgConfig, Role
from bot.org_file import load_org_config
from bot.pages import privacy_handler, terms_handler
from bot.report.shelf import LocalShelf
from bot.router import StartupHook
from bot.scheduler import Scheduler
from bot.serve import HEADER_TIMEOUT
from bot.storage import store_config
from bot.teams.adapter import build_adapter, prewarm_token_keys
from bot.teams.bot import PolicyStewardBot
from bot.teams.messenger import TeamsMessenger
from graph.stores import SyncTiming, held_elsewhere, open_stores

log = logging.getLogger(__name__)
STARTUP_PATIENCE = 5.0  # seconds
STARTUP_RETRY = "startup-retry"  # the name of each deferred hook's background task

# What any client may make the server do before it is authenticated: bodies are never inflated
# (see bot/http.py); a body refused unread is not drained for seconds afterwards (aiohttp's
# "lingering"), the connection is closed; an idle kept-alive connection is closed after 75 s.
# Request headers have their own deadline (BOT_HEADER_TIMEOUT_SECONDS, bot/serve.py).
SERVER_LIMITS = {"auto_decompress": False, "lingering_time": 0.0, "keepalive_timeout": 75.0}

CONTEXT = web.AppKey("context", AppContext)
ENDPOINT = web.AppKey("endpoint", MessagesEndpoint)


@dataclass(frozen=True)
class Overrides:
    """Seams for tests and benchmarks; production passes none."""

    clock: Clock | None = None
    credentials_factory: Any = None  # a botbuilder ServiceClientCredentialsFactory
    run_scheduler: bool = True  # tests that drive jobs step by step call scheduler.run_due instead
    sync_timing: SyncTiming | None = None  # SharePoint sync retry delays (tests shrink them)


def create_app(settings: Settings, overrides: Overrides | None = None) -> web.Application:
    check_bind(settings)
    guard_server_log()  # the HTTP parser's refusals are logged by size, never by content
    org = load_org_config(settings.org_file)  # fail at start-up, naming the line, not on first use
    policy = PolicyIndex(load_policy(org.policy_path))
    seams = overrides or Overrides()
    app = web.Application(
        client_max_size=settings.max_body_bytes,
        middlewares=[error_middleware],
        handler_args=SERVER_LIMITS,
    )

    async def lifespan(app: web.Application) -> AsyncIterator[None]:
        config = store_config(settings, org.tenant_id, seams.sync_timing)
        async with open_stores(config) as (stores, services):
            adapter = build_adapter(settings, credentials_factory=seams.credentials_factory)
            clock = seams.clock or SystemClock()
            router = build_router()
            ctx = AppContext(
                settings=settings,
                org=org,
                clock=clock,
                stores=stores,
                router=router,
                messenger=TeamsMessenger(
                    adapter, stores.people, app_id=settings.app_id, tenant_id=org.tenant_id
                ),
                scheduler=Scheduler(
                    stores.jobs, clock, org, router.jobs, paused=lambda: held_elsewhere(stores)
                ),
                policy=policy,
            )
            app[CONTEXT] = ctx
            app[ENDPOINT] = endpoint_for(settings, org, adapter, PolicyStewardBot(ctx))
            ctx.tasks.start(prewarm_token_keys(settings), name="prewarm-token-keys")
            await run_startup_hooks(ctx)
            if seams.run_scheduler:
                ctx.tasks.start_service(ctx.scheduler.run_forever(ctx), name="scheduler")
            for name, service in services:
                ctx.tasks.start_service(service(), name=name)
            if stores.outbox is not None:
                ctx.tasks.start_service(sync_notices.run(ctx), name="sync-notices")
            # Last, so start-up does not share the interpreter with it: the conversation classifiers
            # are read from their snapshot, or train from the repository's examples (seconds of CPU),
            # in a daemon thread while /healthz answers; a message that comes first waits for them
            # (unless the word rules alone see a concern in it), and shutdown does not.
            start_training(policy, settings.classifier_snapshot)
            try:
                yield
            finally:
                await ctx.tasks.close()

    app[HEADER_TIMEOUT] = settings.header_timeout_seconds  # read by bot.serve.BotRunner
    app.cleanup_ctx.append(lifespan)
    app.router.add_post("/api/messages", _messages)
    app.router.add_get("/healthz", _healthz)
    app.router.add_get("/privacy", _privacy)
    app.router.add_get("/terms", _terms)
    if not settings.authenticated:  # local mode: loopback only, reports linked from the card
        app.router.add_get("/reports/{token}/{name}", _report_file)
    return app


async def _healthz(request: web.Request) -> web.Response:
    """Always 200 once serving: the host's health check must not restart a bot whose classifiers
    are still training. ``conversation`` says whether they have, so a first message will not wait."""
    ready = trained(request.app[CONTEXT].policy)
    return web.json_response({"status": "ok", "conversation": "ready" if ready else "training"})


def endpoint_for(settings: Settings, org: OrgConfig, adapter: Any, bot: PolicyStewardBot) -> MessagesEndpoint:
    return MessagesEndpoint(
        adapter,
        bot,
        tenant_id=org.tenant_id,
        loopback_only=not settings.authenticated,
        read_timeout=settings.read_timeout_seconds,
    )


async def _messages(request: web.Request) -> web.StreamResponse:
    return await request.app[ENDPOINT].post(request)


async def _privacy(request: web.Request) -> web.Response:
    org = request.app[CONTEXT].org
    return privacy_handler(org.name, org.title(Role.MANAGER))


async def _terms(request: web.Request) -> web.Response:
    org = request.app[CONTEXT].org
    return terms_handler(org.name, org.title(Role.MANAGER))


async def _report_file(request: web.Request) -> web.StreamResponse:
    settings = request.app[CONTEXT].settings
    found = LocalShelf(settings.data_dir, None).find(request.match_info["token"], request.match_info["name"])
    if found is None:
        raise web.HTTPNotFound(text="No such report.")
    return web.FileResponse(
        found,
        headers={"Content-Disposition": f'attachment; filename="{found.name}"', "Cache-Control": "no-store"},
    )


async def run_startup_hooks(ctx: AppContext, *, patience: float = STARTUP_PATIENCE) -> None:
    """Run each feature's start-up work (seeding reviews and checks) before taking requests.

    Work that fails or takes longer than ``patience`` (SharePoint slow or down) carries on in the
    background with retries, so the bot still starts and answers.
    """
    for hook in ctx.router.startup_hooks:
        try:
            await asyncio.wait_for(hook(ctx), timeout=patience)
        except Exception:
            log.warning("start-up work deferred", exc_info=True, extra={"event": "startup_deferred"})
            ctx.tasks.start_service(_retry(hook, ctx), name=STARTUP_RETRY)  # shutdown need not wait


async def _retry(hook: StartupHook, ctx: AppContext) -> None:
    """Try deferred start-up work again after 1 s, then backing off to at most 5 minutes.

    The waits go through the application's clock, so tests bring a retry forward by moving
    their clock instead of sleeping; in production the clock is the system's.
    """
    delay = 1.0
    while True:
        await ctx.clock.sleep_until(ctx.clock.now() + timedelta(seconds=delay))
        try:
            await hook(ctx)
            return
        except Exception:
            log.warning("start-up work failed again", extra={"event": "startup_retry"})
            delay = min(delay * 2, 300.0)
