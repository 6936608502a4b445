"""The first screen of each page type at 375 and 1280 px in lv, bg and sr-Latn.

Saved for people to look at, in tests/artifacts/screenshots/theme/ (git-ignored);
the theme's committed set in tests/artifacts/theme/ is a copy of them (README:
Tests). Each is a 128-colour PNG, so a set stays small.
"""

import pytest
from PIL import Image

from tests.browser.pages import ARTIFACTS, SEARCH_WORDS, page_types

pytestmark = pytest.mark.browser

SHOWN = ("lv", "bg", "sr-latn")
SCREENS = {"375": (375, 667), "1280": (1280, 800)}
OWN_LAYOUT = ("text view of a list", "not-translated notice")
FOLDER = ARTIFACTS / "theme"


def save_first_screen(page, name: str):
    """The window's content as a small palette PNG; its path."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    path = FOLDER / f"{name}.png"
    page.screenshot(path=str(path))
    with Image.open(path) as shot:
        small = shot.convert("RGB").quantize(colors=128)
    small.save(path, optimize=True)
    return path


@pytest.mark.parametrize("width", SCREENS)
@pytest.mark.parametrize("prefix", SHOWN)
def test_every_page_type_is_photographed(new_page, served, prefix, width):
    columns, rows = SCREENS[width]
    page = new_page(viewport={"width": columns, "height": rows})
    saved = []
    for name, address in page_types(prefix).items():
        if name in OWN_LAYOUT:
            continue
        if name == "search":
            page.goto(f"{served}/{address}?q={SEARCH_WORDS[prefix]}")
            page.wait_for_selector(".search-result")
        else:
            page.goto(f"{served}/{address}")
        saved.append(
            save_first_screen(page, f"{prefix}-{name.replace(' ', '-')}-{width}")
        )
    for path in saved:
        with Image.open(path) as shot:
            assert shot.size == (columns, rows), path
