"""Signals through which other plugins add to every language site.

Receivers get the build's `SiteState` as sender; they return what they add.

What may go into a page context (a `page_context` receiver's dict, and the context
of a PageSpec a `language_pages` receiver plans): plain data (str, int, float, bool,
None, date, datetime), Items and the registry's Listed, Tag and Language, and
dataclasses, lists, tuples and dicts of those; and functions marked with
`page_independent`, whose result depends only on their arguments (never on the page,
the language or the build). A page's fingerprint (fingerprints.py) digests data by
value, but can only name a function: a page-dependent one would leave stale pages.
`check_page_context` enforces the rule at build time: the renderer and the planner
stop the build with a PageContextError naming the plugin, the page and the key.
"""

import dataclasses
from collections.abc import Callable, Mapping
from datetime import date, datetime

from blinker import signal

from plugins.base.items import Item, Tag
from plugins.base.languages import Language

from .registry import Listed

# kwargs: language. Return an iterable of PageSpec to render for that language.
language_pages = signal("multilingual-language-pages")
# kwargs: changed, quick. Return an iterable of (site-relative path, bytes) written
# as they are, after every page is rendered (sitemaps, feeds, calendars). `changed`
# is None when every file is asked for; when only the text of some items changed
# (the devserver's quick rebuild, quick.py, or a build that found so in the last
# build's record, dependencies.py) it holds their paths, and a receiver may return
# only the files that show them: the output already holds the others. Returning
# everything is always right. `quick` is True in the devserver's quick rebuild
# only: an index of the whole site that takes seconds (search) may wait for the
# next build; otherwise it must be brought up to date. A receiver that returns every
# file it makes whenever it returns any (under names that change with their
# content) says so with `replaces_its_files`: what it made before and does not
# return again is then removed.
site_files = signal("multilingual-site-files")
# kwargs: language, spec. Return a dict merged into that page's template context
# (see the rule above).
page_context = signal("multilingual-page-context")
# kwargs: language. Return (message id, site-relative path) pairs the language
# chooser at the site root links in that language (e.g. the accessibility
# statement); the message is translated with the language's catalog.
chooser_links = signal("multilingual-chooser-links")
# No kwargs. Return an iterable of PageVariant (variants.py): text-only and print
# versions rendered beside each page they apply to.
page_variants = signal("multilingual-page-variants")
# Sender: the multilingual generator (its `context` is Pelican's). Return a function
# (html, language, translations) -> html applied to every item's body and summary
# once sanitised, or None (media: responsive pictures, labelled document links).
# What it adds comes from the build, not from content: it is not sanitised again.
# A function marked with `rewrites_from` lets the build keep its results between
# builds (kept_html.py); one that is not turns that keeping off for every item.
item_html = signal("multilingual-item-html")
REWRITES_FROM = "rewrites_from"  # the mark rewrites_from() sets


def rewrites_from(inputs: str) -> Callable[[Callable], Callable]:
    """Mark an item_html rewrite whose result depends only on its arguments (the
    HTML, the language and its catalog), the plugin's code, the settings and
    `inputs`: a stable text (a digest) of anything else it reads, such as the
    build's pictures. Returns a decorator giving the function itself back."""

    def mark(rewrite: Callable) -> Callable:
        setattr(rewrite, REWRITES_FROM, inputs)
        return rewrite

    return mark


def item_html_rewriter(generator):
    """One function applying every item_html receiver's rewrite in turn; marked
    with `rewrites_from` (all their inputs) when every one of them is."""
    rewrites = [rewrite for _receiver, rewrite in item_html.send(generator) if rewrite]

    def rewrite_all(text: str, language, translations) -> str:
        for rewrite in rewrites:
            text = rewrite(text, language, translations)
        return text

    declared = [getattr(rewrite, REWRITES_FROM, None) for rewrite in rewrites]
    if None not in declared:
        rewrite_all = rewrites_from("|".join(declared))(rewrite_all)
    return rewrite_all


PLAIN = (str, int, float, bool, type(None), date, datetime, Item, Listed, Tag, Language)
PAGE_INDEPENDENT = "page_independent"  # the mark page_independent() sets


class PageContextError(TypeError):
    """A plugin put into a page context what the page's fingerprint cannot see."""


REPLACES_ITS_FILES = "replaces_its_files"  # the mark replaces_its_files() sets


def replaces_its_files(receiver: Callable) -> Callable:
    """Mark a site_files receiver that returns all its files whenever it returns any
    (see site_files). Returns the receiver itself."""
    setattr(receiver, REPLACES_ITS_FILES, True)
    return receiver


def page_independent(function: Callable) -> Callable:
    """Mark a function as allowed in page contexts: its result depends only on its
    arguments. Returns the function itself."""
    setattr(function, PAGE_INDEPENDENT, True)
    return function


def context_problem(value, fine: set[int] | None = None) -> str | None:
    """What makes a context value break the rule above, or None when it follows it.

    `fine` may hold the ids of containers already found to follow it: pages of one
    plan share their months, listings and menus, which are then looked at once.
    The caller keeps the containers alive (and unchanged) while it uses the set.
    """
    if isinstance(value, PLAIN):
        return None
    if callable(value) and not isinstance(value, type):
        if getattr(value, PAGE_INDEPENDENT, False):
            return None
        name = getattr(value, "__qualname__", type(value).__name__)
        return f"the function {name} is not marked page_independent"
    if fine is not None and id(value) in fine:
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = [getattr(value, field.name) for field in dataclasses.fields(value)]
    elif isinstance(value, Mapping):
        parts = [*value.keys(), *value.values()]
    elif isinstance(value, list | tuple):
        parts = value
    else:
        return f"a {type(value).__name__}, which is not plain data"
    for part in parts:
        problem = context_problem(part, fine)
        if problem is not None:
            return problem
    if fine is not None:
        fine.add(id(value))
    return None


def check_page_context(
    plugin: str, page: str, context: Mapping, fine: set[int] | None = None
) -> None:
    """Raise PageContextError when a value a plugin adds to a page's context breaks
    the rule above (`fine`: see context_problem)."""
    for key, value in context.items():
        problem = context_problem(value, fine)
        if problem is not None:
            raise PageContextError(
                f"{plugin} put {key!r} into the context of {page}: {problem}, and "
                "page fingerprints cannot see what it gives, so pages could stay "
                "stale. Fix: put plain data into the context, or mark a function "
                "whose result depends only on its arguments with "
                "plugins.multilingual.hooks.page_independent."
            )
