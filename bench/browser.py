"""From a saved file to the open page showing it, in `make devserver` (issue 20).

The devserver (tools/devserver.py, through bench/devserver.py) serves the bench
corpus into a folder of its own; Debian's Chromium, driven by Playwright as the
browser tests drive it, opens the edited item's page. The item is then saved EDITS
times with a new last sentence, and each wait is timed from the write until the
page, reloaded by the devserver's own script, shows that sentence: the rebuild,
the event that tells the page, and the reload, as an editor sees them. Without
Chromium or Playwright it says so and measures nothing.

"Shows" is the reloaded page's first contentful paint, which Chromium times itself
(Performance API, on the same clock as the write): the page is on screen with the
sentence then. Playwright finds the sentence 40-100 ms later, as it polls the new
page over its own connection; that time is kept too (`found_s`), but it measures
the harness, not the devserver.
"""

import importlib.util
import os
import shutil
import time
from pathlib import Path
from statistics import median

from . import corpus
from .devserver import WATCHING, DevserverProcess

EDITS = 5
BROWSER_RUN = 200  # marks these edits apart from the other scenarios' (corpus.py)
FIRST_BUILD_S = 1800  # the devserver's first, full build of the corpus
SEEN_WITHIN_MS = 30_000  # an edit not seen by then is a failure, not a number
SETTLE_S = 1.0  # between edits: the devserver reports the last build first
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# When the current page was first painted with content, in milliseconds since
# the epoch (the clock time.time() reads); null if Chromium did not time it.
FIRST_PAINT = """() => {
  const [paint] = performance.getEntriesByName("first-contentful-paint");
  return paint ? performance.timeOrigin + paint.startTime : null;
}"""
CHROMIUM_HINT = "apt-get install -y chromium"
PLAYWRIGHT_HINT = "pip install -r requirements-dev.txt, as make venv does"


def chromium() -> str | None:
    """Debian's Chromium (or the one CHROMIUM names), if there is one."""
    return os.environ.get("CHROMIUM") or shutil.which("chromium")


def unavailable() -> str | None:
    """Why the browser cannot be measured here, or None."""
    if chromium() is None:
        return f"Chromium is not installed ({CHROMIUM_HINT}): not measured."
    if importlib.util.find_spec("playwright") is None:
        return f"Playwright is not installed ({PLAYWRIGHT_HINT}): not measured."
    return None


def page_of(output: Path, edited: Path) -> str:
    """The address of the edited item's page, below the site root."""
    slug = edited.name.split(".")[0]
    found = sorted(output.glob(f"en/*/{slug}/index.html"))
    if not found:
        raise AssertionError(f"no page of {edited.name} in {output}")
    return found[0].parent.relative_to(output).as_posix() + "/"


def seen_after_saves(
    settings: Path, content: Path, edited: Path, output: Path, env: dict
) -> dict:
    """Start a devserver, open the page of the edited item, save the item EDITS
    times; each save's seconds until the page showed it, and their median."""
    from playwright.sync_api import sync_playwright

    original = edited.read_text(encoding="utf-8")
    server = DevserverProcess(settings, content, output, env)
    seen, found = [], []
    try:
        server.wait_for(WATCHING, FIRST_BUILD_S)
        address = server.base + page_of(output, edited)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=chromium(), args=LAUNCH_ARGS
            )
            page = browser.new_page()
            page.goto(address)
            for number in range(EDITS):
                sentence = f"{corpus.EDIT_MARK} run {BROWSER_RUN + number}."
                text = corpus.edited_text(original, BROWSER_RUN + number)
                started, clock = time.perf_counter(), time.time()
                edited.write_text(text, encoding="utf-8")
                page.wait_for_function(
                    "text => document.body.innerText.includes(text)",
                    arg=sentence,
                    timeout=SEEN_WITHIN_MS,
                )
                found.append(round(time.perf_counter() - started, 3))
                page.wait_for_load_state("load")
                painted = page.evaluate(FIRST_PAINT)  # the page that has the text
                if painted is None:
                    raise AssertionError(f"Chromium timed no paint of {address}")
                seen.append(round(painted / 1000 - clock, 3))
                time.sleep(SETTLE_S)
            browser.close()
    finally:
        edited.write_text(original, encoding="utf-8")
        server.stop()
    return {"seen_s": seen, "wall_s": median(seen), "found_s": found, "page": address}
