"""Thin receivers: read the build's SiteState, call the feed cores, return results."""

from functools import cache, partial
from pathlib import Path

from plugins.base import urls
from plugins.base.cache import Store, source_digest
from plugins.base.settings import Declaration
from plugins.multilingual.site_pages import PageSpec

from .files import EntryMaker, FeedVoice, feed_files, feed_spec, newest_items
from .layout import (
    SECTION_FEEDS,
    TAG,
    all_languages_address,
    feed_address,
    feeds_page_path,
    stylesheet_path,
)
from .plan import (
    FEED_ITEM_KINDS,
    all_languages_plan,
    language_plan,
    may_hold,
    newest_update,
    page_feed,
)
from .settings import DECLARATION
from .stylesheet import feed_stylesheet
from .words import autodiscovery_links, stylesheet_words


def declare_settings(sender) -> Declaration:
    """`settings_declarations` receiver: the FEEDS_ options, validated at start."""
    return DECLARATION


def language_feeds(state, language, options) -> list:
    """The planned feeds of one language, from the registry's lists and tags."""
    prefix = language.prefix
    pages = {
        "all": urls.home_path(prefix),
        "news": urls.section_path(prefix, "news"),
        "events": urls.section_path(prefix, "events"),
    }
    return language_plan(
        prefix,
        state.registry.listing(language.code, FEED_ITEM_KINDS),
        state.registry.tags_in(language.code),
        pages,
        partial(urls.tag_path, prefix),
        options["FEEDS_INCLUDE_UNTRANSLATED"],
    )


def feed_voice(state, language, gettext) -> FeedVoice:
    """The names a language's feeds carry, from MULTILINGUAL_SITE (or SITENAME)."""
    info = state.site_info.get(language.code, {})
    name = info.get("name") or state.pelican_settings.get("SITENAME", "")
    return FeedVoice(
        language.code,
        name,
        info.get("publisher", ""),
        gettext,
        state.address.link(stylesheet_path(language.prefix)),
    )


def stylesheet_files(state) -> list[tuple[str, bytes]]:
    """Each language's feed.xsl, in its words, with the theme's style sheet."""
    css = state.address.link(
        f"{state.pelican_settings['THEME_STATIC_DIR']}/css/site.css"
    )
    return [
        (
            stylesheet_path(language.prefix),
            feed_stylesheet(
                stylesheet_words(state.catalogs[language.code].gettext, css)
            ),
        )
        for language in state.languages
    ]


def feeds_page(state, language) -> list[PageSpec]:
    """language_pages receiver: the Feeds page listing every feed of the language."""
    options = state.settings
    plan = language_feeds(state, language, options)
    addresses = [planned.address for planned in plan]
    context = {
        "section_feeds": [a for a in addresses if a.kind != TAG],
        "tag_feeds": [a for a in addresses if a.kind == TAG],
        "all_languages_feed": (
            all_languages_address() if options["FEEDS_ALL_LANGUAGES"] else None
        ),
        "include_untranslated": options["FEEDS_INCLUDE_UNTRANSLATED"],
    }
    path = feeds_page_path(language.prefix)
    return [
        PageSpec(
            "feeds.html",
            path,
            context,
            same_page_in=lambda other: (feeds_page_path(other.prefix), True),
        )
    ]


def page_feeds(state, language, spec) -> dict:
    """page_context receiver: autodiscovery links and the feeds a page may link to."""
    options = state.settings
    prefix = language.prefix
    here = page_feed(
        prefix, spec.template, spec.context, options["FEEDS_INCLUDE_UNTRANSLATED"]
    )
    main = feed_address(prefix, "all")
    voice = feed_voice(state, language, state.catalogs[language.code].gettext)
    head_links = autodiscovery_links(
        [address for address in (here, main) if address],
        voice.site_name,
        voice.gettext,
        language.code,
        state.address.absolute,
    )
    feed_links = {kind: feed_address(prefix, kind) for kind in SECTION_FEEDS}
    return {
        "head_links": head_links,
        "feed_links": {**feed_links, "here": here},
        "feeds_page": feeds_page_path(prefix),
    }


def write_feeds(state, changed=None, quick=False) -> list[tuple[str, bytes]]:
    """site_files receiver: the RSS and Atom files of every feed of every language,
    or of those that hold a changed item."""
    options = state.settings
    gettexts = {code: catalog.gettext for code, catalog in state.catalogs.items()}
    locales = {language.code: language.babel for language in state.languages}
    absolute = state.address.absolute
    entry_of = EntryMaker(absolute, locales, gettexts)
    # An empty feed's date, looked for once a feed is written (a quick rebuild
    # may write none).
    when_empty = cache(lambda: newest_update(state.registry))
    memo = feed_memo(state)
    files = []
    include_untranslated = options["FEEDS_INCLUDE_UNTRANSLATED"]
    for language in state.languages:
        listing = state.registry.listing(language.code, FEED_ITEM_KINDS)
        if changed is not None and not may_hold(listing, changed, include_untranslated):
            continue  # a quick rebuild: no feed of the language shows an edit
        voice = feed_voice(state, language, gettexts[language.code])
        for planned in language_feeds(state, language, options):
            if holds_changed(planned, changed, options["FEEDS_LIMIT"]):
                spec = feed_spec(planned, voice, absolute, options, when_empty())
                files += feed_files(planned, spec, entry_of, memo)
    if options["FEEDS_ALL_LANGUAGES"]:
        fallback = state.registry.by_code[state.registry.fallback]
        voice = feed_voice(state, fallback, gettexts[fallback.code])
        planned = all_languages_plan(state.registry, "")
        if holds_changed(planned, changed, options["FEEDS_LIMIT"]):
            spec = feed_spec(planned, voice, absolute, options, when_empty())
            files += feed_files(planned, spec, entry_of, memo)
    if changed is None:  # a quick rebuild asks for a few feeds: keep the others
        memo.forget_unused()
        files += stylesheet_files(state)
    return files


def holds_changed(planned, changed, limit=None) -> bool:
    """True in a full build, else when the feed holds one of the changed items
    among the `limit` newest it shows (FEEDS_LIMIT): an older one's edit leaves
    the feed's bytes as they were."""
    if changed is None:
        return True
    if not any(item.path in changed for item in planned.items):
        return False
    return any(item.path in changed for item in newest_items(planned.items, limit))


def feed_memo(state) -> Store:
    """Feeds kept between builds in the cache's `feeds` namespace."""
    salt = source_digest(Path(__file__).parent)
    return Store.in_cache(state.pelican_settings, "feeds", salt=salt)
