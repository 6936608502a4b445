"""What a plugin may put into a page context (plugins/multilingual/hooks.py)."""

from dataclasses import dataclass
from datetime import date

import jinja2
import pytest
from babel.support import NullTranslations

from plugins.base.items import Item, Tag
from plugins.base.languages import build_languages
from plugins.base.urls import SiteAddress
from plugins.multilingual import hooks
from plugins.multilingual.hooks import (
    PageContextError,
    check_page_context,
    context_problem,
    page_independent,
)
from plugins.multilingual.output import OutputTree
from plugins.multilingual.registry import Listed, Registry
from plugins.multilingual.render import Renderer
from plugins.multilingual.site_pages import PageSpec
from plugins.multilingual.state import SiteState

ITEM = Item("news", "en", "report", "Report", "en/news/report/", "news/report.en.md")


@dataclass(frozen=True)
class Link:
    path: str
    label: str


@page_independent
def anchor(day) -> str:
    return f"d{day}"


@pytest.mark.parametrize(
    "value",
    [
        "text",
        3,
        2.5,
        True,
        None,
        date(2024, 5, 1),
        ITEM,
        Listed(ITEM, foreign=False),
        Tag("Reports", "reports"),
        [Link("en/", "Home"), (1, "a")],
        {"feeds": {"all": "en/feeds/all.xml"}, "links": [Link("en/x/", "X")]},
        anchor,
    ],
)
def test_plain_data_and_marked_functions_may_go_into_a_page_context(value):
    assert context_problem(value) is None
    check_page_context("plugins.demo.handlers", "en/", {"key": value})


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (lambda day: day, "the function <lambda> is not marked page_independent"),
        (len, "the function len is not marked page_independent"),
        ({"nested": [object()]}, "a object, which is not plain data"),
        ([Link("en/", "Home"), {1, 2}], "a set, which is not plain data"),
    ],
)
def test_anything_else_is_refused_with_what_is_wrong(value, problem):
    assert context_problem(value) == problem


def starts_at(event) -> str:
    """A function not marked page_independent."""
    return str(event)


def test_the_error_names_the_plugin_the_page_and_the_key():
    with pytest.raises(PageContextError) as refused:
        check_page_context("plugins.demo.handlers", "lv/news/", {"when": starts_at})
    assert str(refused.value) == (
        "plugins.demo.handlers put 'when' into the context of lv/news/: the "
        "function starts_at is not marked page_independent, and page fingerprints "
        "cannot see what it gives, so pages could stay stale. Fix: put plain data "
        "into the context, or mark a function whose result depends only on its "
        "arguments with plugins.multilingual.hooks.page_independent."
    )


def page_dependent(state, language, spec):
    """A page_context receiver breaking the rule."""
    return {"title_of": lambda: spec.path}


@pytest.fixture
def renderer(tmp_path):
    languages = build_languages(["en"])
    state = SiteState(
        registry=Registry(languages, [ITEM]),
        address=SiteAddress("https://example.org"),
        settings={},
        pelican_settings={},
        site_info={"en": {}},
        today=date(2024, 5, 1),
        catalogs={"en": NullTranslations()},
    )
    env = jinja2.Environment(
        loader=jinja2.DictLoader({"item.html": "{{ item.title }}"}),
        extensions=["jinja2.ext.i18n"],
    )
    return Renderer(env, OutputTree(tmp_path), state)


def test_the_renderer_stops_at_a_receiver_breaking_the_rule(renderer, tmp_path):
    language = renderer.registry.languages[0]
    spec = PageSpec(
        "item.html", ITEM.path, item=ITEM, same_page_in=lambda other: (ITEM.path, True)
    )
    renderer.write_language(language, [spec])
    assert (tmp_path / "en/news/report/index.html").read_text() == "Report"
    hooks.page_context.connect(page_dependent)
    try:
        with pytest.raises(PageContextError, match=r"^tests\.unit\.test_page_context"):
            renderer.write_language(language, [spec])
    finally:
        hooks.page_context.disconnect(page_dependent)


def test_a_container_found_fine_is_not_looked_at_again_but_a_bad_one_still_fails():
    shared = [Link("en/", "Home"), {"when": date(2024, 5, 1)}]
    first, fine = {"months": shared}, set()  # alive while `fine` is used
    assert context_problem(first, fine) is None
    assert id(shared) in fine
    shared.append(starts_at)  # changed after the check: the caller's promise broken
    again = {"months": shared}
    assert context_problem(again, fine) is None
    bad = [Link("en/", "Home"), starts_at]
    second = {"months": bad}
    assert context_problem(second, fine) == (
        "the function starts_at is not marked page_independent"
    )
    assert id(bad) not in fine
