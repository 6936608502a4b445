"""The renderer: which pages it renders, which it keeps, what each file shows."""

import dataclasses
from gettext import NullTranslations

import jinja2
import pytest

from plugins.base.urls import SiteAddress
from plugins.multilingual import hooks, site_pages
from plugins.multilingual.output import OutputTree
from plugins.multilingual.render import Renderer, merge_context
from plugins.multilingual.state import SiteState
from plugins.multilingual.variants import PageVariant
from tests.unit.multilingual_builders import (
    BY_CODE,
    PAGE_TEMPLATES,
    SETTINGS,
    event,
    news,
    on,
    page,
    registry_of,
)

LV, EN = BY_CODE["lv"], BY_CODE["en"]
TODAY = on(10)
BODY = """{{ note(page_path, view) }}<title>{{ page_path }}</title>
{%- if item %}<h1>{{ item.title }}</h1>{{ item_html(item, "content") }}{% endif %}
{%- for entry in entries or news or [] %}<li>{{ entry.item.title }}</li>{% endfor %}
<a href="{{ url(home_path) }}">home</a>{{ views }}{{ full_url }}{{ head_links }}"""
TEMPLATES = dict.fromkeys(PAGE_TEMPLATES, BODY)
ITEMS = [
    news("lv", "report", 3, tags=("Atbalsts",)),
    news("lv", "other", 2),
    event("lv", "meeting", on(12)),
    page("lv", "about"),
    news("en", "report", 3),
]
LV_FILES = {
    "lv/index.html",
    "lv/news/index.html",
    "lv/events/index.html",
    "lv/news/report/index.html",
    "lv/news/other/index.html",
    "lv/events/meeting/index.html",
    "lv/about/index.html",
    "lv/tags/index.html",
    "lv/tags/atbalsts/index.html",
    "lv/sitemap/index.html",
    "lv/404.html",
}


def text_variant() -> PageVariant:
    """A text-only variant of item pages, at text/<path>, showing item bodies."""
    return PageVariant(
        name="text",
        applies=lambda spec: spec.item is not None,
        path_of=lambda path: f"text/{path}",
        link_target=lambda path: f"text/{path}",
        item_view=lambda item, language, gettext: dataclasses.replace(
            item, content=f"[{gettext('text')}] {item.content}"
        ),
    )


# One environment for every test: templates are compiled once.
ENV = jinja2.Environment(
    loader=jinja2.DictLoader(TEMPLATES),
    extensions=["jinja2.ext.i18n"],
    autoescape=True,
)


class Build:
    """One build of some items into `root`, with a tiny theme."""

    def __init__(self, root, items, previous=None, base="base", variants=()):
        self.rendered: list[tuple[str, str]] = []
        # the templates call note(): which pages this build rendered, in which view
        env = ENV
        env.globals["note"] = lambda path, view: (
            self.rendered.append((path, view)) or ""
        )
        registry = registry_of(items)
        self.state = SiteState(
            registry=registry,
            address=SiteAddress("https://example.org"),
            settings=SETTINGS,
            pelican_settings={},
            site_info={"lv": {"name": "Tīkls"}, "en": {"name": "Network"}},
            today=TODAY,
            catalogs={"lv": NullTranslations(), "en": NullTranslations()},
        )
        self.output = OutputTree(root)

        def give_variants(_state):
            return list(variants)

        with hooks.page_variants.connected_to(give_variants):
            self.renderer = Renderer(env, self.output, self.state, base, previous)

    def run(self, languages=(LV, EN)) -> "Build":
        """Plan and write every page of the languages."""
        for language in languages:
            specs = site_pages.language_site(
                self.state.registry, language, SETTINGS, TODAY
            )
            self.renderer.write_language(language, specs)
        return self

    @property
    def record(self):
        """This build's record of fingerprints and of what each file shows."""
        return self.renderer.record

    def rendered_paths(self, view="full") -> set[str]:
        """The page paths rendered in a view."""
        return {path for path, seen in self.rendered if seen == view}


def rebuild(tmp_path, items, first, **options) -> Build:
    """A build of the same output folder, with the first build's fingerprints."""
    return Build(tmp_path, items, first.record.current, **options).run()


def test_a_first_build_renders_and_writes_every_page(tmp_path):
    build = Build(tmp_path, ITEMS).run([LV])
    assert set(build.output.written) == LV_FILES
    assert set(build.record.current) == LV_FILES
    assert len(build.rendered) == len(LV_FILES)
    assert (
        (tmp_path / "lv/news/report/index.html")
        .read_text()
        .startswith("<title>lv/news/report/</title><h1>report (lv)</h1>")
    )


def test_a_build_with_the_same_inputs_renders_nothing(tmp_path):
    first = Build(tmp_path, ITEMS).run()
    again = rebuild(tmp_path, ITEMS, first)
    assert again.rendered == []
    assert again.output.written == []
    assert set(again.output.unchanged) == set(first.output.written)
    assert again.record.current == first.record.current


def test_a_changed_item_renders_exactly_the_pages_that_show_it(tmp_path):
    first = Build(tmp_path, ITEMS).run()
    changed = [dataclasses.replace(ITEMS[0], title="Jauns"), *ITEMS[1:]]
    again = rebuild(tmp_path, changed, first)
    assert again.rendered_paths() == {
        "lv/",  # the latest news
        "lv/news/",
        "lv/news/report/",
        "lv/tags/",
        "lv/tags/atbalsts/",
        "lv/sitemap/",
        "en/news/report/",  # its translations name it
    }
    assert "<h1>Jauns</h1>" in (tmp_path / "lv/news/report/index.html").read_text()
    assert "<li>Jauns</li>" in (tmp_path / "lv/index.html").read_text()


def test_a_file_gone_from_the_output_is_rendered_again(tmp_path):
    first = Build(tmp_path, ITEMS).run()
    (tmp_path / "lv/events/index.html").unlink()
    again = rebuild(tmp_path, ITEMS, first)
    assert again.rendered == [("lv/events/", "full")]
    assert again.output.written == ["lv/events/index.html"]


def test_another_build_base_renders_every_page(tmp_path):
    first = Build(tmp_path, ITEMS).run()
    again = rebuild(tmp_path, ITEMS, first, base="new templates")
    assert len(again.rendered) == len(first.rendered)
    assert again.output.written == []  # same bytes: files left alone


def test_a_new_menu_page_renders_every_page_of_its_language_only(tmp_path):
    first = Build(tmp_path, ITEMS).run()
    again = rebuild(tmp_path, [*ITEMS, page("lv", "contacts", 1)], first)
    assert {path for path in again.rendered_paths() if path.startswith("en/")} == {
        "en/sitemap/",  # lists the new page among items without a translation
        "en/not-translated/page/contacts/",  # the new page is not in English
        "en/not-translated/page/about/",  # lists the Latvian pages, the new one too
    }
    assert {path for path in again.rendered_paths() if path.startswith("lv/")} == (
        urls_of_every_lv_page() | {"lv/contacts/"}
    )


def urls_of_every_lv_page() -> set[str]:
    """The page paths of LV_FILES."""
    return {
        file.removesuffix("index.html") if file.endswith("index.html") else file
        for file in LV_FILES
    }


# --- variants ---------------------------------------------------------------------


def test_a_variant_is_written_beside_the_pages_it_applies_to(tmp_path):
    build = Build(tmp_path, ITEMS, variants=[text_variant()]).run([LV])
    assert build.rendered_paths("text") == {
        "lv/news/report/",
        "lv/news/other/",
        "lv/events/meeting/",
        "lv/about/",
    }
    full = (tmp_path / "lv/news/report/index.html").read_text()
    text = (tmp_path / "text/lv/news/report/index.html").read_text()
    assert "{&#39;text&#39;: &#39;/text/lv/news/report/&#39;}" in full
    assert '<a href="/text/lv/">home</a>' in text  # links stay in the text view
    assert "[text] &lt;p&gt;report in lv&lt;/p&gt;" in text  # the item as it shows
    assert "/lv/news/report/" in text.partition("{}")[2]  # full_url, no views
    fingerprint = build.record.current["lv/news/report/index.html"]
    assert build.record.current["text/lv/news/report/index.html"] == (
        f"{fingerprint}:text"
    )


def test_a_variant_follows_its_page(tmp_path):
    first = Build(tmp_path, ITEMS, variants=[text_variant()]).run()
    same = rebuild(tmp_path, ITEMS, first, variants=[text_variant()])
    assert same.rendered == []
    changed = [dataclasses.replace(ITEMS[1], content="<p>new</p>"), *ITEMS[2:]]
    changed.insert(0, ITEMS[0])
    again = rebuild(tmp_path, changed, same, variants=[text_variant()])
    assert again.rendered_paths("text") == {"lv/news/other/"}
    assert "lv/news/other/" in again.rendered_paths()


def test_a_variant_gone_from_the_output_is_rendered_alone(tmp_path):
    first = Build(tmp_path, ITEMS, variants=[text_variant()]).run()
    (tmp_path / "text/lv/about/index.html").unlink()
    again = rebuild(tmp_path, ITEMS, first, variants=[text_variant()])
    assert again.rendered == [("lv/about/", "text")]


# --- what each file shows ---------------------------------------------------------


@pytest.fixture(scope="module")
def shown(tmp_path_factory):
    """Output file -> the items it shows, in a build of both languages."""
    root = tmp_path_factory.mktemp("output")
    return Build(root, ITEMS, variants=[text_variant()]).run().record.shows


@pytest.mark.parametrize(
    ("target", "shows"),
    [
        ("lv/news/report/index.html", {"lv/news/report/", "en/news/report/"}),
        ("text/lv/news/report/index.html", {"lv/news/report/", "en/news/report/"}),
        ("lv/news/other/index.html", {"lv/news/other/"}),
        ("lv/index.html", {"lv/news/report/", "lv/news/other/", "lv/events/meeting/"}),
        ("lv/news/index.html", {"lv/news/report/", "lv/news/other/"}),
        ("lv/events/index.html", {"lv/events/meeting/"}),
        ("lv/tags/atbalsts/index.html", {"lv/news/report/"}),
        (
            "lv/sitemap/index.html",
            {"lv/news/report/", "lv/news/other/", "lv/events/meeting/", "lv/about/"},
        ),
        ("lv/404.html", set()),
        # the menu is the language's, not the page's: it is in the language base
        ("lv/about/index.html", {"lv/about/"}),
        ("en/news/index.html", {"en/news/report/", "lv/news/other/"}),
    ],
)
def test_the_record_names_the_items_each_file_shows(shown, target, shows):
    assert shown[target] == shows


# --- the page context -------------------------------------------------------------


def context_of(path: str, items=ITEMS, language=LV) -> dict:
    """The context the renderer gives the page at a path."""
    build = Build("/nonexistent", items)
    specs = site_pages.language_site(build.state.registry, language, SETTINGS, TODAY)
    (spec,) = [spec for spec in specs if spec.path == path]
    shared = build.renderer.language_context(language)
    return build.renderer.context_for(spec, language, shared)


@pytest.mark.parametrize(
    ("path", "switcher", "x_default"),
    [
        ("lv/", [("lv", "lv/", True), ("en", "en/", True)], ""),
        (
            "lv/news/report/",
            [("lv", "lv/news/report/", True), ("en", "en/news/report/", True)],
            "en/news/report/",
        ),
        (
            "lv/news/other/",
            [
                ("lv", "lv/news/other/", True),
                ("en", "en/not-translated/news/other/", False),
            ],
            "lv/news/other/",  # no English version: the page itself
        ),
        (
            "lv/about/",
            [("lv", "lv/about/", True), ("en", "en/not-translated/page/about/", False)],
            "lv/about/",
        ),
    ],
)
def test_the_switcher_and_alternates_of_a_page(path, switcher, x_default):
    context = context_of(path)
    assert [
        (entry.language.code, entry.path, entry.available)
        for entry in context["switcher"]
    ] == switcher
    assert [entry.current for entry in context["switcher"]] == [True, False]
    assert context["alternates"] == [
        (code, f"https://example.org/{other}")
        for code, other, available in switcher
        if available
    ] + [("x-default", f"https://example.org/{x_default}")]
    assert context["canonical"] == f"https://example.org/{path}"


def test_a_hidden_items_page_links_only_the_tags_that_have_a_page():
    items = [
        news("lv", "public", tags=("Shared",)),
        news("lv", "secret", tags=("Shared", "Secret"), hidden=True),
    ]
    assert context_of("lv/news/secret/", items)["tag_pages"] == ("shared",)
    assert context_of("lv/news/public/", items)["tag_pages"] == ("shared",)
    assert context_of("lv/news/", items)["tag_pages"] == ()


@pytest.mark.parametrize(
    ("context", "extra", "merged"),
    [
        ({"a": 1}, {"b": 2}, {"a": 1, "b": 2}),
        ({"a": 1}, {"a": 2}, {"a": 2}),
        ({"links": ["x"]}, {"links": ["y"]}, {"links": ["x", "y"]}),
        ({"links": ["x"]}, {"links": "y"}, {"links": "y"}),
        ({"links": "x"}, {"links": ["y"]}, {"links": ["y"]}),
        ({}, {"links": ["y"]}, {"links": ["y"]}),
    ],
)
def test_plugin_context_is_merged_and_lists_add_up(context, extra, merged):
    merge_context(context, extra)
    assert context == merged


def test_merging_a_list_does_not_change_the_shared_one():
    shared = []
    context = {"head_links": shared}
    merge_context(context, {"head_links": ["feed"]})
    assert (context["head_links"], shared) == (["feed"], [])


def test_what_a_plugin_adds_to_a_page_is_in_its_fingerprint(tmp_path):
    def feed_link(_state, language, spec):
        return {"head_links": [f"{language.prefix}/feed.xml"]}

    with hooks.page_context.connected_to(feed_link):
        first = Build(tmp_path, ITEMS).run([LV])
        assert "[&#39;lv/feed.xml&#39;]" in (tmp_path / "lv/index.html").read_text()
        same = Build(tmp_path, ITEMS, first.record.current).run([LV])
        assert same.rendered == []

    def other_link(_state, language, spec):
        return {"head_links": ["other.xml"]} if spec.path == "lv/" else {}

    with hooks.page_context.connected_to(other_link):
        again = Build(tmp_path, ITEMS, first.record.current).run([LV])
    assert again.rendered_paths() == urls_of_every_lv_page()
    assert "[&#39;other.xml&#39;]" in (tmp_path / "lv/index.html").read_text()
