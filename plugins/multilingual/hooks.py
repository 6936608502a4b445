"""Signals through which other plugins add to every language site.

Receivers get the build's `SiteState` as sender; they return what they add.
"""

from blinker import signal

# kwargs: language. Return an iterable of PageSpec to render for that language.
language_pages = signal("multilingual-language-pages")
# kwargs: changed. Return an iterable of (site-relative path, bytes) written as they
# are, after every page is rendered (sitemaps, feeds, calendars). `changed` is None
# in a full build; in the devserver's quick rebuild (quick.py) it holds the paths of
# the items whose text changed, and a receiver may return only the files that show
# them: the output already holds the others. Returning everything is always right.
site_files = signal("multilingual-site-files")
# kwargs: language, spec. Return a dict merged into that page's template context.
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
item_html = signal("multilingual-item-html")


def item_html_rewriter(generator):
    """One function applying every item_html receiver's rewrite in turn."""
    rewrites = [rewrite for _receiver, rewrite in item_html.send(generator) if rewrite]

    def rewrite_all(text: str, language, translations) -> str:
        for rewrite in rewrites:
            text = rewrite(text, language, translations)
        return text

    return rewrite_all
