"""Text as typed, as a browser under the site's CSP shows it: aligned table columns
keep their alignment (classes, not the inline styles the policy would block)."""

import pytest

pytestmark = pytest.mark.browser

ALIGNMENTS = """() => [...document.querySelectorAll(".content table tr > *")]
  .map(cell => getComputedStyle(cell).textAlign)"""


def test_aligned_columns_keep_their_alignment(new_page, served):
    page = new_page()
    page.goto(f"{served}/lv/news/typed-text/")
    assert page.evaluate(ALIGNMENTS) == ["left", "right", "center"] * 2
    assert page.problems == []
