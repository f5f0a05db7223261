"""The privacy and terms pages the Teams app package links to.

Teams shows these links on the app's details page; admins read them before installing. They
are short, plain and true to what the bot actually stores.
"""

from __future__ import annotations

import html

from aiohttp import web

PRIVACY = """<p>Policy Steward is run by {org} for its staff, volunteers and trustees.</p>
<ul>
<li>It stores who used it (Teams name and Entra object id) and the 1:1 chat it uses to reach them.</li>
<li>Approval requests, decisions and comments are kept as an audit trail for the CEO and Board.</li>
<li>Incident reports are seen only by the reporter and the roles that must know. Safeguarding
concerns are recorded with category, time, reporter and reference only, never the details.</li>
<li>Policy questions are kept without the name of the person who asked, for the annual review.</li>
<li>Nothing is shared outside {org}'s Microsoft 365 tenant. Message and incident text never goes
into logs.</li>
</ul>
<p>Questions: ask the {manager}.</p>"""

TERMS = """<p>Policy Steward helps people at {org} follow its Digital/Social Media policy. It quotes the
policy; it does not replace it, the safeguarding procedure, or advice from the {manager}.</p>
<p>Use it only for {org}'s work. Access follows the roles set by the organisation.</p>"""


def page(title: str, body: str) -> web.Response:
    document = (
        "<!doctype html><html lang='en-GB'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width'><title>{html.escape(title)}</title></head>"
        f"<body style='font-family:sans-serif;max-width:40em;margin:2em auto;line-height:1.5'>"
        f"<h1>{html.escape(title)}</h1>{body}</body></html>"
    )
    return web.Response(text=document, content_type="text/html")


def privacy_handler(org_name: str, manager_title: str) -> web.Response:
    return page(
        "Policy Steward: privacy",
        PRIVACY.format(org=html.escape(org_name), manager=html.escape(manager_title)),
    )


def terms_handler(org_name: str, manager_title: str) -> web.Response:
    return page(
        "Policy Steward: terms of use",
        TERMS.format(org=html.escape(org_name), manager=html.escape(manager_title)),
    )
