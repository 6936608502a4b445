"""Fake Pelican parts for the unit tests of the build session and quick rebuilds."""

import copy
from datetime import UTC, datetime
from gettext import NullTranslations
from pathlib import Path

import jinja2

from plugins.base.urls import SiteAddress
from plugins.multilingual.from_pelican import assign_url, item_from_content
from plugins.multilingual.latin_copies import latin_copies
from plugins.multilingual.registry import Registry
from plugins.multilingual.session import BuildSession, PelicanParts
from plugins.multilingual.state import SiteState
from tests.unit.multilingual_builders import BY_CODE, PAGE_TEMPLATES, SETTINGS

ADDRESS = SiteAddress("https://example.org")
BODY = """<title>{{ page_path }}</title>
{%- if item %}<h1>{{ item.title }}</h1>{{ item.content|safe }}{% endif %}
{%- for entry in entries or news or [] %}<li>{{ entry.item.title }}</li>{% endfor %}"""
TEMPLATES = dict.fromkeys(PAGE_TEMPLATES, BODY)
TEMPLATES["chooser.html"] = "{% for l in languages %}<a>{{ l.code }}</a>{% endfor %}"
ENV = jinja2.Environment(
    loader=jinja2.DictLoader(TEMPLATES),
    extensions=["jinja2.ext.i18n"],
    autoescape=True,
)


class FakeContent:
    """A Pelican content object, as quick.py and from_pelican.py read one."""

    def __init__(self, source, lang, slug, title, body, **attributes):
        self.relative_source_path = source
        self.lang = lang
        self.slug = slug
        self.title = title
        self.body = body
        self.metadata = {"title": title, "lang": lang}
        self.date = datetime(2024, 5, 3, tzinfo=UTC)
        self.modified = None
        self.tags = []
        self.status = "published"
        self.settings = {"TIMEZONE": "Europe/Riga"}
        self.override_url = ""
        self.__dict__.update(attributes)

    @property
    def url(self) -> str:
        """The address assign_url gave it."""
        return self.override_url

    def get_content(self, base_path: str) -> str:
        """Its body HTML."""
        return self.body

    def get_summary(self, base_path: str) -> str:
        """Its summary HTML: its `summary` when given, else the body."""
        return self.__dict__.get("summary", self.body)

    def edited(self, **changes) -> "FakeContent":
        """The same file read again after an edit."""
        new = copy.copy(self)
        new.metadata = dict(self.metadata)
        new.__dict__.update(changes)
        return new


class FakeReaders:
    """Pelican's readers: `read_file` answers the content objects it was given."""

    def __init__(self, files: dict[str, FakeContent] | None = None):
        self.files = dict(files or {})
        self.calls: list[tuple[str, str, type]] = []

    def read_file(self, base_path, path, content_class, context):
        """The content object of a file read again."""
        self.calls.append((base_path, path, content_class))
        return self.files[path]


def contents() -> list[tuple[FakeContent, bool]]:
    """A small site: Latvian news, an institutional page, a Cyrillic news item."""
    return [
        (
            FakeContent("news/report.lv.md", "lv", "report", "Ziņojums", "<p>Sen</p>"),
            False,
        ),
        (FakeContent("news/other.lv.md", "lv", "other", "Cits", "<p>Cits</p>"), False),
        (
            FakeContent("news/report.en.md", "en", "report", "Report", "<p>Old</p>"),
            False,
        ),
        (FakeContent("about.lv.md", "lv", "about", "Par mums", "<p>Mēs</p>"), True),
        (
            FakeContent(
                "news/vest.sr-Cyrl.md",
                "sr-Cyrl",
                "vest",
                "Вест",
                '<p>Стари <a href="/sr/news/druga/">текст</a></p>',
            ),
            False,
        ),
        (
            FakeContent(
                "news/druga.sr-Cyrl.md", "sr-Cyrl", "druga", "Друга", "<p>Д</p>"
            ),
            False,
        ),
    ]


def site_state(pairs, codes=("lv", "sr-Cyrl", "sr-Latn", "en")) -> SiteState:
    """The state a full build makes from these content objects."""
    languages = [BY_CODE[code] for code in codes]
    items = []
    for content, is_page in pairs:
        language = BY_CODE[content.lang]
        assign_url(content, language, is_page)
        items.append(item_from_content(content, language, is_page, ""))
    items += latin_copies(items, languages, ADDRESS)
    return SiteState(
        registry=Registry(languages, items),
        address=ADDRESS,
        settings={
            **SETTINGS,
            "MULTILINGUAL_FALLBACK": "en",
            "MULTILINGUAL_PROCESSES": 1,
            "MULTILINGUAL_TRANSLATIONS_DIR": "no-translations",
        },
        pelican_settings={},
        site_info={code: {"name": code} for code in codes},
        today=datetime(2024, 5, 10).date(),
        catalogs={code: NullTranslations() for code in codes},
    )


def session_of_site(root: Path, pairs=None, readers=None, statics=()) -> BuildSession:
    """A session over the small site, writing into `root/output`."""
    pairs = contents() if pairs is None else pairs
    theme = root / "theme"
    (theme / "static").mkdir(parents=True, exist_ok=True)
    (theme / "static" / "site.css").write_text("body{}")
    parts = PelicanParts(
        env=ENV,
        readers=readers or FakeReaders(),
        context={"staticfiles": list(statics)},
        settings={
            "PATH": "content",
            "OUTPUT_PATH": str(root / "output"),
            "THEME_TEMPLATES_OVERRIDES": [],
            "THEME_STATIC_DIR": "theme",
        },
        theme=theme,
        output_path=root / "output",
    )
    sources = {content.relative_source_path: (content, page) for content, page in pairs}
    return BuildSession(parts, site_state(pairs), sources)
