"""Site settings: the file a site owner edits. README.md lists every setting."""

from pathlib import Path

HERE = Path(__file__).resolve().parent

# --- Where things are -------------------------------------------------------------
PATH = "content"
ARTICLE_PATHS = ["news", "events"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images", "documents"]
THEME = "theme"
OUTPUT_PATH = "output"
PLUGIN_PATHS = ["."]
PLUGINS = [
    "plugins.checks",
    "plugins.media",
    "plugins.multilingual",
    "plugins.aliases",
    "plugins.sitemap",
    "plugins.calendar",
    "plugins.views",
    "plugins.feeds",
    "plugins.search",
    "plugins.accessibility",
    "plugins.contact",
    "plugins.metadata",
]

# --- Addresses ---------------------------------------------------------------------
# The absolute address the site is served at (no trailing slash). Canonical links,
# hreflang alternates, sitemaps, feeds and share links use it; page links are
# root-relative under its path, so the same output works on any host for testing.
SITEURL = "http://localhost:8000"
TIMEZONE = "Europe/Prague"
DEFAULT_LANG = "en"

# --- Languages -----------------------------------------------------------------------
# Partner countries' languages first, then Ukrainian (the network's readers displaced
# from Ukraine), then English, the fallback, last.
MULTILINGUAL_LANGUAGES = ["cs", "lv", "sr-Cyrl", "sr-Latn", "bg", "uk", "en"]
MULTILINGUAL_FALLBACK = "en"
MULTILINGUAL_LIST_UNTRANSLATED = True
MULTILINGUAL_PAGE_SIZE = 10
MULTILINGUAL_SITE = {
    "cs": {
        "name": "Regionální síť proti obchodování s lidmi",
        "tagline": "Informace ministerstev a neziskových organizací",
        "publisher": "Ministerstvo vnitra České republiky",
        "address": "Nad Štolou 936/3, 170 34 Praha 7",
        "phone": "+420 974 832 421",
        "email": "obchodovani@example.cz",
    },
    "lv": {
        "name": "Reģionālais tīkls cilvēku tirdzniecības novēršanai",
        "tagline": "Ministriju un nevalstisko organizāciju informācija",
        "publisher": "Iekšlietu ministrija",
        "address": "Čiekurkalna 1. līnija 1, k-2, Rīga, LV-1026",
        "phone": "+371 67219263",
        "email": "cilvektirdznieciba@example.lv",
    },
    "sr-Cyrl": {
        "name": "Регионална мрежа против трговине људима",
        "tagline": "Информације министарстава и невладиних организација",
        "publisher": (
            "Канцеларија за координацију активности у борби против трговине људима"
        ),
        "address": "Булевар Михајла Пупина 2, 11070 Београд",
        "phone": "+381 11 311 7420",
        "email": "kancelarija@example.rs",
    },
    "bg": {
        "name": "Регионална мрежа срещу трафика на хора",
        "tagline": "Информация от министерства и неправителствени организации",
        "publisher": "Национална комисия за борба с трафика на хора",
        "address": "бул. „Дондуков“ 52, 1000 София",
        "phone": "+359 2 807 8050",
        "email": "komisia@example.bg",
    },
    "uk": {
        "name": "Регіональна мережа протидії торгівлі людьми",
        "tagline": "Інформація міністерств і громадських організацій",
        "publisher": "Секретаріат Регіональної мережі протидії торгівлі людьми",
        "address": "Rue de la Loi 42, 1040 Брюссель, Бельгія",
        "phone": "+32 2 555 01 20",
        "email": "dopomoha@example.eu",
    },
    "en": {
        "name": "Regional Anti-Trafficking Network",
        "tagline": "Information from ministries and NGOs",
        "publisher": "Regional Anti-Trafficking Network secretariat",
        "address": "Rue de la Loi 42, 1040 Brussels",
        "phone": "+32 2 555 01 00",
        "email": "secretariat@example.eu",
    },
}

# The English site is the secretariat's, in Brussels: numbers written without a
# country code there are Belgian (the language table's default for English is GB).
MULTILINGUAL_LANGUAGE_OVERRIDES = {"en": {"country": "BE"}}

# --- Urgent help (plugins.contact): shown on the home page and every page's footer,
# in the text and print views. DEMO VALUES: replace them with the real helplines.
# A phone may be written without the country code of the language's own country.
CONTACT_HELP = {
    "cs": {
        "service": "Linka pomoci obětem obchodu s lidmi",
        "phone": "800 077 777",
        "hours": "v pracovní dny 8:00–20:00, zdarma",
        "text": "Pomoc je bezplatná a důvěrná, nemusíte říkat své jméno. "
        "Jste-li v ohrožení, volejte ihned 112.",
    },
    "lv": {
        "service": "Palīdzības tālrunis cilvēku tirdzniecības upuriem",
        "phone": "8000 3030",
        "hours": "darbdienās 8.00–20.00, bez maksas",
        "text": "Palīdzība ir bezmaksas un konfidenciāla, savu vārdu varat nesaukt. "
        "Ja esat briesmās, nekavējoties zvaniet 112.",
    },
    "sr-Cyrl": {
        "service": "Линија помоћи жртвама трговине људима",
        "phone": "0800 100 200",
        "hours": "радним данима 8–20 часова, бесплатно",
        "text": "Помоћ је бесплатна и поверљива, не морате да кажете своје име. "
        "Ако сте у опасности, одмах позовите 112 или полицију на 192.",
    },
    "bg": {
        "service": "Гореща линия за пострадали от трафик на хора",
        "phone": "0800 20 100",
        "hours": "в работни дни 8:00–20:00 ч., безплатно",
        "text": "Помощта е безплатна и поверителна, не е нужно да казвате името си. "
        "Ако сте в опасност, веднага се обадете на 112.",
    },
    "uk": {
        "service": "Лінія допомоги мережі українською мовою",
        "phone": "+32 2 555 01 20",
        "hours": "у робочі дні 8:00–20:00 за місцевим часом",
        "text": "Розмова безкоштовна й конфіденційна, називати своє ім’я не потрібно. "
        "Якщо ви в небезпеці, негайно телефонуйте 112.",
    },
    "en": {
        "service": "Anti-trafficking helpline",
        "phone": "0800 12 345",
        "hours": "weekdays 8:00–20:00, free of charge",
        "text": "Help is free and confidential, and you do not have to give your "
        "name. If you are in danger, call 112 at once.",
    },
}
CONTACT_PAGE = "contacts"  # the slug of the contact page (schema.org data there too)
METADATA_FAVICON = "images/favicon.ico"  # published as /favicon.ico (theme/static/)

# --- Pelican's own output is off: the multilingual plugin writes every page ---------
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None
ARTICLE_SAVE_AS = ARTICLE_LANG_SAVE_AS = ""
PAGE_SAVE_AS = PAGE_LANG_SAVE_AS = ""
DRAFT_SAVE_AS = DRAFT_LANG_SAVE_AS = DRAFT_PAGE_SAVE_AS = DRAFT_PAGE_LANG_SAVE_AS = ""
INDEX_SAVE_AS = TAG_SAVE_AS = TAGS_SAVE_AS = ""
CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = YEAR_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_SAVE_AS = (
    DAY_ARCHIVE_SAVE_AS
) = ""
DIRECT_TEMPLATES = []
FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
STATIC_SAVE_AS = "{path}"
STATIC_URL = "{path}"
# Copy images only when they changed (tools/build.py unlinks the staged copy of a
# changed one first, so Pelican never writes through a hard link to the live file).
STATIC_CHECK_IF_MODIFIED = True
# Pelican always copies theme files over the old ones in place; the multilingual
# plugin writes them instead, replacing only those whose bytes changed.
THEME_STATIC_PATHS = []

# --- Feeds (plugins.feeds): RSS 2.0 and Atom per language, section and tag -------
# <prefix>/feeds/ lists them; plugins/feeds/settings.py explains each setting.
FEEDS_LIMIT = 50  # newest items per feed
FEEDS_CONTENT = "full"  # "full": summary and full text; "summary": summary only
FEEDS_INCLUDE_UNTRANSLATED = False  # items only in other languages stay out
FEEDS_ALL_LANGUAGES = True  # also feeds/all-languages.atom.xml

# --- Search (plugins.search): a Pagefind index per language, built with the site ---
# <prefix>/search/ is each language's search page; plugins/search/settings.py
# explains each setting.
SEARCH_KINDS = ["news", "events", "page"]  # "page": institutional pages
SEARCH_BUNDLE = "pagefind"  # folder of the index and pagefind.js in the output
SEARCH_PAGE_SIZE = 10  # results shown at first and added by "More results"
SEARCH_EXCERPT_WORDS = 30  # words in each result's excerpt
SEARCH_EXCLUDE_SELECTORS = [".page-tools", ".item-date", ".translations"]  # not indexed

# --- Accessibility statement (plugins.accessibility): <prefix>/accessibility/ -----
# The EU model statement in every language, linked from every page's footer;
# plugins/accessibility/settings.py explains each setting.
ACCESSIBILITY_STATUS = "partial"  # "full" | "partial" | "none" (WCAG 2.1 AA)
ACCESSIBILITY_PREPARED = "2026-11-23"  # the day the statement was prepared
ACCESSIBILITY_REVIEWED = ""  # the day it was last reviewed ("" : not yet)

# --- Reading -------------------------------------------------------------------
# Markdown only: reStructuredText can include local files (`.. include::`) and
# Pelican's HTML reader publishes raw pages; the checks report such files.
READERS = {"rst": None, "html": None, "htm": None, "mkd": None, "mdown": None}
# Never read or published, never reported by the checks: hidden files and folders
# (".htaccess", ".git"), what editors' programs leave behind (backups~, #Emacs#,
# ~$Office locks, Thumbs.db, desktop.ini) and README files (notes for editors).
# Pelican's default "**/.*" is matched against bare names and so never matches.
IGNORE_FILES = [
    ".*", "*~", "#*#", "~$*", "*.swp", "Thumbs.db", "desktop.ini",
    "README", "README.*", "Readme.*", "readme.*",
]  # fmt: skip
MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
        "plugins.editor_metadata.markdown_ext:EditorMetadataExtension": {},
        "plugins.figures.markdown_ext:FiguresExtension": {},
        # Dates at the start of a line, Word bullets, bare addresses: as typed.
        "plugins.text.markdown_ext:TypedTextExtension": {"language": DEFAULT_LANG},
    },
    "output_format": "html5",
}
SUMMARY_MAX_LENGTH = 40
# Pelican formats a date string of its own for every file it reads; the theme shows
# Babel's dates (CLDR) instead, so Pelican's is left empty (60 ms at N=1000).
DEFAULT_DATE_FORMAT = ""
JINJA_ENVIRONMENT = {
    "extensions": ["jinja2.ext.i18n"],
    "trim_blocks": True,
    "lstrip_blocks": True,
    "autoescape": True,
}
# Reuse parsed content between builds (invalidated when a file, the plugin code or
# the Markdown settings change: plugins/base/reader_cache.py).
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = str(HERE / "cache")
# The cache is read and written on every build: compressing it cost more time than
# the disk it saves.
GZIP_CACHE = False
DELETE_OUTPUT_DIRECTORY = False
