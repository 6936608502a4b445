"""Browser tests: headless Chromium against the fixture site served on loopback.

Without Debian's Chromium these tests are skipped with the command that installs
it; with CI set they fail instead, so a missing browser is never a silent pass.
"""

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bench.browser import LAUNCH_ARGS  # the bench drives Chromium as the tests do
from tests.needs import missing
from tests.site.conftest import build_site

CHROMIUM_HINT = "install: apt-get install -y chromium chromium-driver"
# The policy the site is meant to pass: no inline script or style, nothing from
# elsewhere; WebAssembly (Pagefind's search) is the one exception.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"
)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's Chromium, which Playwright drives (it never downloads a browser)."""
    path = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if path is None:
        missing(CHROMIUM_HINT)
    return path


class PolicyHandler(SimpleHTTPRequestHandler):
    """Serves the output folder with the site's Content-Security-Policy, quietly."""

    def end_headers(self):
        """Add the policy to every answer."""
        self.send_header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        super().end_headers()

    def log_message(self, format, *args):
        """Keep test output clean."""


@pytest.fixture(scope="session")
def served_output(chromium_path, tmp_path_factory) -> Path:
    """The output folder of the fixture site the browser tests are served."""
    output = tmp_path_factory.mktemp("browser-site") / "output"
    result = build_site(output)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


@pytest.fixture(scope="session")
def served(served_output):
    """The fixture site, built once and served on a free loopback port."""
    handler = functools.partial(PolicyHandler, directory=str(served_output))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser(chromium_path):
    """One headless Chromium for the session."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("install: pip install -r requirements-dev.txt (playwright)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=chromium_path, args=LAUNCH_ARGS
        )
        yield chromium
        chromium.close()


def report(page, message) -> None:
    """Keep console errors, except the browser's own request for a favicon."""
    if message.type == "error" and not message.location.get("url", "").endswith(
        "/favicon.ico"
    ):
        page.problems.append(message.text)


@pytest.fixture
def new_page(browser):
    """Open pages in fresh contexts; `page.problems` collects errors and CSP reports,
    `page.requests` the address of every request the context makes."""
    contexts = []

    def open_page(javascript=True, scripts=(), **options):
        """scripts: files run first in every page, e.g. axe-core (CSP does not apply);
        options: Playwright's context options (viewport, color_scheme, …)."""
        context = browser.new_context(java_script_enabled=javascript, **options)
        contexts.append(context)
        for script in scripts:
            context.add_init_script(path=str(script))
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.problems = []
        page.requests = []
        context.on("request", lambda request: page.requests.append(request.url))
        page.on("pageerror", lambda error: page.problems.append(str(error)))
        page.on("console", lambda message: report(page, message))
        return page

    yield open_page
    for context in contexts:
        context.close()
