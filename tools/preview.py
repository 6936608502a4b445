"""The devserver's preview: what it adds to the pages it serves, and only to them.

Pure functions, no server: the reload script tag, the error overlay, the messages
of the event stream and the addresses of the pages a build changed. Files a build
writes never hold any of it; tools/devserver.py adds it to an HTML answer on the fly.
"""

import html
import json
from urllib.parse import quote

PREFIX = "/__devserver/"
EVENTS = PREFIX + "events"
SCRIPT = PREFIX + "reload.js"
STYLE = PREFIX + "overlay.css"
MARKER = 'data-devserver-build="'  # how a test knows the preview is there
ADDRESSES_SHOWN = 5


def preview_markup(build: int, failure: str | None) -> str:
    """The script (and, after a failed build, the overlay) for a served page."""
    markup = f'<script src="{SCRIPT}" defer {MARKER}{build}"></script>'
    if failure is not None:
        markup += overlay(failure)
    return markup


def overlay(failure: str) -> str:
    """The failed build's message over the page, escaped, one line each."""
    lines = "".join(
        f"<li>{html.escape(line)}</li>" for line in failure.splitlines() if line
    )
    return (
        f'<link rel="stylesheet" href="{STYLE}">'
        '<aside id="devserver-overlay" role="alert" lang="en">'
        "<h2>The last build failed: the page shows the last good one.</h2>"
        f"<ul>{lines}</ul>"
        "<p>Fix the file and save it: this page reloads by itself.</p>"
        "</aside>"
    )


def with_preview(page: bytes, build: int, failure: str | None) -> bytes:
    """An HTML page with the preview added before </body> (or at its end)."""
    markup = preview_markup(build, failure).encode("utf-8")
    end = page.lower().rfind(b"</body>")
    if end == -1:
        return page + markup
    return page[:end] + markup + page[end:]


def missing_page(address: str, build: int, failure: str | None) -> bytes:
    """The answer for an address with no page yet: it reloads once a build made it."""
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Not built (yet)</title></head><body>"
        f"<h1>No page at {html.escape(address)} (yet)</h1>"
        "<p>The page appears here by itself as soon as a build makes it."
        "</p></body></html>"
    )
    return with_preview(page.encode("utf-8"), build, failure)


def event_message(build: int, failure: str | None) -> bytes:
    """One server-sent event: the build number, and whether that build failed."""
    data = json.dumps({"build": build, "failed": failure is not None})
    return f"event: build\nid: {build}\ndata: {data}\n\n".encode()


def page_address(base: str, relative: str) -> str | None:
    """The address of an output file if it is a page: lv/news/x/index.html →
    http://127.0.0.1:8000/lv/news/x/."""
    if not relative.endswith(".html"):
        return None
    if relative == "index.html" or relative.endswith("/index.html"):
        relative = relative[: -len("index.html")]
    return base.rstrip("/") + "/" + quote(relative)


def changed_pages(base: str, written: list[str], shown: int = ADDRESSES_SHOWN) -> str:
    """The lines that name the pages a build changed, a few at most."""
    addresses = sorted(
        {address for name in written if (address := page_address(base, name))},
        key=lambda address: (address.count("/"), address),
    )
    if not addresses:
        return "No page changed."
    lines = ["Changed pages:", *(f"  {address}" for address in addresses[:shown])]
    if len(addresses) > shown:
        lines.append(f"  and {len(addresses) - shown} more")
    return "\n".join(lines)
