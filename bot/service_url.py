"""Where the bot may post: the ``serviceUrl`` of an activity, checked the way it will be used.

A URL checker and an HTTP client that parse a URL differently can be played against each other:
``http://evil.example\\@127.0.0.1/`` has the host ``127.0.0.1`` for Python's ``urlsplit`` but
``evil.example`` for a browser-style parser. So the URL is parsed once, rebuilt from its parts,
and accepted only if the rebuilt text is exactly what was sent; anything a parser could read
two ways (backslashes, user info, spaces, control characters, percent-escapes or non-ASCII in
the host, queries and fragments) is refused. A refused URL is never stored, and the messenger
checks stored addresses again before posting to them.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from bot.config import LOOPBACK_HOSTS

MAX_LENGTH = 2048
_HOST = re.compile(r"^[a-z0-9.-]+$")
_PATH = re.compile(r"^[A-Za-z0-9._~!$&'()*+,;=:@/%-]*$")


class RefusedServiceUrl(ValueError):
    """The URL is not one the bot will post to; ``str(exc)`` is a short reason."""


def checked_service_url(url: str, *, loopback_only: bool) -> str:
    """``url`` itself when it is unambiguous (and loopback, in local mode); else raises."""
    if not url or len(url) > MAX_LENGTH or not url.isascii() or not url.isprintable():
        raise RefusedServiceUrl("serviceUrl must be a plain http(s) URL.")
    if "\\" in url or " " in url:
        raise RefusedServiceUrl("serviceUrl is ambiguous.")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise RefusedServiceUrl("serviceUrl must be a plain http(s) URL.") from None
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host or parts.query or parts.fragment:
        raise RefusedServiceUrl("serviceUrl must be a plain http(s) URL.")
    if parts.username is not None or "@" in parts.netloc or not _valid_host(host):
        raise RefusedServiceUrl("serviceUrl is ambiguous.")
    if not _PATH.match(parts.path):
        raise RefusedServiceUrl("serviceUrl is ambiguous.")
    shown_host = f"[{host}]" if ":" in host else host
    rebuilt = f"{parts.scheme}://{shown_host}{'' if port is None else f':{port}'}{parts.path}"
    if rebuilt != url:
        raise RefusedServiceUrl("serviceUrl is ambiguous.")
    if loopback_only and host not in LOOPBACK_HOSTS:
        # Without authentication anyone could make the bot post to any URL (SSRF).
        raise RefusedServiceUrl("Without an app id, only a local Teams client may talk to this bot.")
    return rebuilt


def is_acceptable(url: str, *, loopback_only: bool) -> bool:
    try:
        checked_service_url(url, loopback_only=loopback_only)
    except RefusedServiceUrl:
        return False
    return True


def _valid_host(host: str) -> bool:
    if ":" in host:
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return False
        return True
    return bool(_HOST.match(host)) and ".." not in host and not host.startswith((".", "-"))
