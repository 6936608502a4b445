"""The baseline of `make bench`: plain Pelican, no plugins, default theme, no feeds.

It reads the same corpus and writes one page per item plus Pelican's index, tag,
category, author and archive pages, so the harness compares pages per second too.
"""

PATH = "content"  # the harness gives the corpus on the command line
ARTICLE_PATHS = ["news", "events"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
PLUGINS = []
TIMEZONE = "Europe/Prague"
DEFAULT_LANG = "en"
SITEURL = ""
FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
DELETE_OUTPUT_DIRECTORY = False
