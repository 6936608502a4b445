"""A corpus of hostile and careless content (issue 13), as data.

Each `Refused` case is a few files that the build must refuse: the report names
each `file:line` in `expect` with an error, and nothing is published. Each
`Accepted` case builds; the output scan in test_hostile_content.py proves that
nothing in it runs script, loads from another origin or leaks a local file.
Files are added to a copy of the fixture content; `Link` makes a symbolic link.
"""

from dataclasses import dataclass, field

from tests.media_samples import tiny_picture

OUTSIDE_SECRET = "TOP-SECRET-OUTSIDE-THE-CONTENT-FOLDER"
# Files that programs and editors leave behind: skipped silently, never published.
LEFT_BEHIND = (
    "images/Thumbs.db", "images/desktop.ini", "images/.DS_Store", "README.md",
    "news/report.en.md~", "news/#report.en.md#", "documents/~$form.docx",
    "images/readme.txt",
)  # fmt: skip
# A real picture (the media plugin decodes every one).
PNG_PICTURE = tiny_picture("PNG")
TRACKER = "tracker.example.net"


@dataclass(frozen=True)
class Link:
    """A symbolic link to `target`; "{outside}" is a folder outside the content."""

    target: str


@dataclass(frozen=True)
class Refused:
    """Files the checks refuse; `expect` lists (path, line) of their errors
    (line None: any line of that file)."""

    name: str
    files: dict
    expect: tuple
    words: tuple = ()  # words the report must contain besides file:line


@dataclass(frozen=True)
class Accepted:
    """Files that build; `present` must appear on this page of the output."""

    name: str
    files: dict
    page: str = ""
    present: tuple = field(default_factory=tuple)


def news(title="Hostile item", slug="hostile", body="Text.", lang="en", **extra):
    """A news file's text with one metadata line per keyword (Key_name → Key-name)."""
    lines = [f"Title: {title}", "Date: 2024-05-01", f"Lang: {lang}"]
    if slug is not None:
        lines.append(f"Slug: {slug}")
    lines += [f"{key.replace('_', '-')}: {value}" for key, value in extra.items()]
    return "\n".join(lines) + "\n\n" + body + "\n"


def event(start, end, extra="", slug="hostile-event"):
    """An event file's text; the start is on line 5, the end on line 6."""
    return (
        f"Title: Hostile event\nDate: 2024-05-01\nLang: en\nSlug: {slug}\n"
        f"Event-start: {start}\nEvent-end: {end}\nLocation: Riga\n"
        f"Category: events\n{extra}\nText.\n"
    )


def nested_list(depth: int) -> str:
    """A list nested `depth` levels deep."""
    return "\n".join("    " * level + "- level" for level in range(depth))


N = "news/hostile.en.md"
E = "events/hostile.en.md"
P = "pages/hostile.en.md"
TAGS_30 = ", ".join(f"topic {number}" for number in range(30))

REFUSED = (
    # 1. Local files read into the site: only Markdown is read.
    Refused(
        "rst-include",
        {"news/leak.rst": "Leak\n====\n\n.. include:: /etc/passwd\n   :literal:\n"},
        (("news/leak.rst", 1),),
    ),
    Refused(
        "html-article",
        {
            "news/leak.html": '<html><head><title>x</title><meta name="slug" '
            'content="../../../../tmp/x"></head><body>x</body></html>\n'
        },
        (("news/leak.html", 1),),
    ),
    # 2. Slugs and tags that would write outside their place.
    Refused("slug-traversal", {N: news(slug="../../../../tmp/x")}, ((N, 4),)),
    Refused("slug-dot", {N: news(slug=".")}, ((N, 4),)),
    Refused("slug-dot-dot", {N: news(slug="..")}, ((N, 4),)),
    Refused("slug-separator", {N: news(slug="a/b")}, ((N, 4),)),
    Refused("slug-backslash", {N: news(slug="a\\b")}, ((N, 4),)),
    Refused("page-slug-404", {P: news(slug="404.html")}, ((P, 4),)),
    Refused("page-slug-index", {P: news(slug="index.html")}, ((P, 4),)),
    Refused("slug-300", {N: news(slug="a" * 300)}, ((N, 4),)),
    Refused("title-emoji-only", {N: news(title="🎉🎉🎉", slug=None)}, ((N, 1),)),
    Refused("title-punctuation", {N: news(title="!!! ??? ...", slug=None)}, ((N, 1),)),
    Refused("slug-cyrillic-a", {N: news(slug="\u0430nnual-report")}, ((N, 4),)),
    Refused("slug-zero-width", {N: news(slug="annual\u200breport")}, ((N, 4),)),
    Refused("slug-upper-case", {N: news(slug="Annual-Report")}, ((N, 4),)),
    Refused("slug-nfd", {N: news(slug="zpra\u0301va")}, ((N, 4),)),
    Refused("tags-punctuation", {N: news(Tags="!!!")}, ((N, 5),)),
    Refused("tags-collide", {N: news(Tags="C++, C#, c")}, ((N, 5),)),
    Refused("tags-too-many", {N: news(Tags=TAGS_30)}, ((N, 5),)),
    # 3. Symbolic links leaving the content folder.
    Refused(
        "symlink-image-file",
        {"images/secret.png": Link("{outside}/secret.png")},
        (("images/secret.png", 1),),
    ),
    Refused(
        "symlink-image-folder",
        {"images/outside": Link("{outside}")},
        (("images/outside", 1),),
    ),
    Refused(
        "symlink-markdown",
        {"news/outside.en.md": Link("{outside}/outside.en.md")},
        (("news/outside.en.md", 1),),
    ),
    # 4. Files in images/ that are not images or documents.
    Refused(
        "images-html",
        {"images/login.html": '<form><input type="password"></form>'},
        (("images/login.html", 1),),
    ),
    Refused("images-js", {"images/evil.js": "alert(1)\n"}, (("images/evil.js", 1),)),
    Refused(
        "images-svg-script",
        {
            "images/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" '
            'onload="alert(1)"></svg>'
        },
        (("images/logo.svg", 1),),
    ),
    Refused(
        "images-html-named-jpg",
        {"images/photo.jpg": "<html><script>alert(1)</script></html>"},
        (("images/photo.jpg", 1),),
    ),
    # 5. Third-party resources.
    Refused(
        "external-image",
        {N: news(body=f"![pixel](https://{TRACKER}/p.gif)")},
        ((N, 6),),
    ),
    Refused(
        "protocol-relative-image",
        {N: news(body=f"![pixel](//{TRACKER}/p.gif)")},
        ((N, 6),),
    ),
    Refused(
        "external-raw-img",
        {N: news(body=f'<img src="https://{TRACKER}/p.gif" alt="x">')},
        ((N, 6),),
    ),
    Refused(
        "external-srcset",
        {
            N: news(
                body=f'<img src="images/chart.png" srcset="//{TRACKER}/p 2x" alt="x">'
            )
        },
        ((N, 6),),
    ),
    Refused(
        "external-video",
        {N: news(body=f'<video src="https://{TRACKER}/v.mp4"></video>')},
        ((N, 6),),
    ),
    Refused(
        "external-image-in-summary",
        {N: news(Summary=f"![pixel](https://{TRACKER}/p.gif)")},
        ((N, 5),),
    ),
    Refused(
        "script-in-summary",
        {N: news(Summary="<script>alert(1)</script>")},
        ((N, 5),),
    ),
    # 6. Aliases that would break the web server or replace site files.
    Refused("alias-redirects-map", {N: news(Aliases="/_redirects-old.map")}, ((N, 5),)),
    Refused("alias-theme-file", {N: news(Aliases="/theme/css/site.css")}, ((N, 5),)),
    Refused("alias-traversal", {N: news(Aliases="/../../etc/x.html")}, ((N, 5),)),
    Refused("alias-backslash", {N: news(Aliases="/old/x\\y/")}, ((N, 5),)),
    # 10. What used to give tracebacks.
    Refused("template-traversal", {N: news(Template="../../x")}, ((N, 5),)),
    Refused("form-feed-title", {N: news(title="Form\x0cfeed")}, ((N, 1),)),
    Refused("vertical-tab-summary", {N: news(Summary="Vertical\x0btab")}, ((N, 5),)),
    Refused("nul-in-body", {N: news(body="Nul\x00byte")}, ((N, 6),)),
    Refused(
        "date-year-zero", {N: news().replace("2024-05-01", "0000-01-01")}, ((N, 2),)
    ),
    Refused(
        "date-year-9999", {N: news().replace("2024-05-01", "9999-12-31")}, ((N, 2),)
    ),
    # 11. Unbounded work.
    Refused("event-1000-to-9999", {E: event("1000-01-01", "9999-12-31")}, ((E, 5),)),
    Refused(
        "event-timed-start-whole-day-end",
        {E: event("2027-02-10 10:00", "2027-02-11")},
        ((E, 6),),
    ),
    Refused("nested-lists", {N: news(body=nested_list(300))}, ((N, None),)),
    Refused("nested-quotes", {N: news(body=">" * 500 + " deep")}, ((N, None),)),
    # 12. Silent wrong output.
    Refused(
        "event-in-dst-gap",
        {E: event("2021-03-28 03:30", "2021-03-28 05:00", "Timezone: Europe/Riga\n")},
        ((E, 5),),
    ),
    Refused("title-right-to-left-override", {N: news(title="Re\u202eport")}, ((N, 1),)),
    Refused(
        "file-name-bidi",
        {"news/\u202egpj.en.md": news()},
        (("news/\\u202egpj.en.md", 1),),  # escaped: the report cannot turn
    ),
    Refused(
        "link-to-draft",
        {
            N: news(body="[Read the draft](news/draft.en.md)"),
            "news/draft.en.md": news(title="Draft", slug="draft", Status="draft"),
        },
        ((N, 6),),
    ),
    # Script shapes the checks always refused; kept so a regression shows.
    Refused("script-tag", {N: news(body="<script>alert(1)</script>")}, ((N, 6),)),
    Refused("javascript-link", {N: news(body="[x](javascript:alert(1))")}, ((N, 6),)),
    Refused(
        "onerror-attribute",
        {N: news(body='<img src="images/chart.png" alt="x" onerror="alert(1)">')},
        ((N, 6),),
    ),
    Refused(
        "iframe", {N: news(body='<iframe src="https://x.example"></iframe>')}, ((N, 6),)
    ),
    Refused("video", {N: news(body='<video src="talk.mp4">Video</video>')}, ((N, 6),)),
    Refused("inline-svg", {N: news(body='<svg onload="alert(1)"></svg>')}, ((N, 6),)),
    Refused(
        "base-tag", {N: news(body='<base href="https://evil.example/">')}, ((N, 6),)
    ),
    Refused(
        "meta-refresh",
        {N: news(body='<meta http-equiv="refresh" content="0;url=https://e.example">')},
        ((N, 6),),
    ),
    Refused(
        "password-form",
        {
            N: news(
                body='<form action="https://e.example"><input type="password"></form>'
            )
        },
        ((N, 6),),
    ),
    Refused(
        "data-image",
        {N: news(body="![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")},
        ((N, 6),),
    ),
    Refused("not-utf8", {N: news(body="Ž").encode("cp1250")}, ((N, 6),)),
    # 13. Files in the wrong place (issue 15): the site would leave them out.
    Refused("item-at-the-top", {"lost.en.md": news(slug="lost")}, (("lost.en.md", 1),)),
    Refused(
        "item-in-images",
        {"images/lost2.en.md": news(slug="lost2")},
        (("images/lost2.en.md", 1),),
    ),
    Refused(
        "item-in-a-new-folder",
        {"newdir/lost3.en.md": news(slug="lost3")},
        (("newdir/lost3.en.md", 1),),
    ),
    Refused(
        "item-saved-as-txt",
        {"news/praha.cs.txt": news(lang="cs", slug="praha")},
        (("news/praha.cs.txt", 1),),
    ),
    Refused("picture-at-the-top", {"foto.jpg": b"\xff\xd8\xff"}, (("foto.jpg", 1),)),
    Refused("unknown-folder", {"photos/a.jpg": b"\xff\xd8\xff"}, (("photos", 1),)),
    # 14. Pictures and documents that cannot work (issue 15).
    Refused(
        "picture-on-the-editors-computer",
        {N: news(body="![a](C:\\Users\\anna\\Desktop\\foto.jpg)")},
        ((N, 6),),
    ),
    Refused("picture-file-url", {N: news(body="![b](file:///C:/x.jpg)")}, ((N, 6),)),
    Refused(
        "picture-in-other-letter-case",
        {N: news(body="![Chart](images/Chart.PNG)")},
        ((N, 6),),
    ),
    Refused(
        "missing-picture-with-a-space",
        {N: news(body="![c](../images/my photo.jpg)")},
        ((N, 6),),
    ),
    Refused(
        "missing-pdf", {N: news(body="[pdf](../documents/missing.pdf)")}, ((N, 6),)
    ),
    # 15. The editors' own words: keys, dates and time zones (issue 15).
    Refused(
        "timezone-too-long-for-a-file-name",
        {E: event("2027-05-03", "2027-05-04", extra="Timezone: +" + "1" * 300 + "\n")},
        ((E, 9),),
        ("is not a time zone name",),
    ),
    Refused(
        "unknown-key-outside-a-to-z",
        {N: news(**{"Název2": "x"})},
        ((N, 5),),
        ('did you mean "Název" (Title)?',),
    ),
    Refused(
        "time-range-in-event-start",
        {E: event("2027-05-03 10:00–12:00", "2027-05-03 12:00")},
        ((E, 5),),
        ("is a time range",),
    ),
)

ACCEPTED = (
    Accepted(
        "markup-in-a-quoted-title-under-a-czech-key",
        {
            "news/quoted.cs.md": 'Název: "<script>alert(6)</script>"\n'
            "Datum: 2024-05-01\nJazyk: cs\nSlug: quoted-markup\n\nText.\n"
        },
        "cs/news/quoted-markup/",
        ("<h1>&lt;script&gt;alert(6)&lt;/script&gt;</h1>",),
    ),
    Accepted(
        "script-in-code-block",
        {N: news(body="Code:\n\n    <script>alert('code')</script>\n")},
        "en/news/hostile/",
        ("&lt;script&gt;alert('code')&lt;/script&gt;",),
    ),
    Accepted(
        "javascript-in-inline-code",
        {
            N: news(
                slug="inline-code", body="Never type `javascript:alert(1)` anywhere."
            )
        },
        "en/news/inline-code/",
        ("<code>javascript:alert(1)</code>",),
    ),
    Accepted(
        "markup-in-title",
        {N: news(title='Quote "><script>alert(2)</script>', slug="markup-title")},
        "en/news/markup-title/",
        ("&lt;script&gt;alert(2)&lt;/script&gt;",),
    ),
    Accepted(
        "markup-in-location",
        {
            E: event("2027-05-03", "2027-05-04").replace(
                "Location: Riga", 'Location: <img src=x onerror="alert(3)">'
            )
        },
        "en/events/hostile-event/",
        ("&lt;img src=x onerror=",),
    ),
    Accepted(
        "markup-in-tag",
        {N: news(slug="markup-tag", Tags="<b>bold</b>")},
        "en/news/markup-tag/",
        ("&lt;b&gt;bold&lt;/b&gt;",),
    ),
    Accepted(
        "entities",
        {N: news(slug="entities", body="&lt;script&gt;alert(4)&lt;/script&gt;")},
        "en/news/entities/",
        ("&lt;script&gt;alert(4)&lt;/script&gt;",),
    ),
    Accepted(
        "link-title-with-quotes",
        {
            N: news(
                slug="link-title",
                body='[a](https://example.org/ "x\\" onmouseover=\\"alert(5)")',
            )
        },
        "en/news/link-title/",
        ('href="https://example.org/"',),
    ),
    Accepted(
        "bare-addresses",
        {
            N: news(
                slug="bare-addresses",
                body='See https://example.org/"onmouseover=alert(6) and'
                " javascript:alert(7) or www.example.org/<b>x</b>.",
            )
        },
        "en/news/bare-addresses/",
        (
            '<a href="https://example.org/">https://example.org/</a>',
            "and javascript:alert(7) or",
            '<a href="https://www.example.org/">www.example.org/</a><b>x</b>',
        ),
    ),
    Accepted(
        "external-link",
        {
            N: news(
                slug="external-link", body=f"[The tracker's site](https://{TRACKER}/)"
            )
        },
        "en/news/external-link/",
        (f'href="https://{TRACKER}/"',),
    ),
    Accepted(
        "image-alt-with-markup",
        {N: news(slug="image-alt", body='![A "chart" <b>bold</b>](images/chart.png)')},
        "en/news/image-alt/",
        ("&lt;b&gt;bold&lt;/b&gt;",),
    ),
    Accepted(
        "continuation-lines",
        {
            N: "Title: A title written\n    over two lines\nDate: 2024-05-01\n"
            "Lang: en\nSlug: continued\nPublisher: Ministry of\n    the Interior\n"
            "\nText.\n"
        },
        "en/news/continued/",
        ("A title written over two lines", "Ministry of the Interior"),
    ),
    Accepted(
        "mailto-with-odd-characters",
        {
            N: news(
                slug="mailto", body="[Write](mailto:a@example.org?subject=%3Cscript%3E)"
            )
        },
        "en/news/mailto/",
        ('href="mailto:a@example.org?subject=%3Cscript%3E"',),
    ),
    Accepted(
        "aliases-nginx-must-read",
        {
            N: news(
                slug="moved",
                Aliases='/stará-adresa/zpráva"1".html, /old/a;b{c}.php, /old/$x/',
            )
        },
        "en/news/moved/",
        ("<h1",),
    ),
    Accepted(
        "cyrillic-text-latin-slug",
        {
            "news/hostile.sr.md": news(
                title="Извештај о раду", slug="work-report", lang="sr", body="Текст."
            )
        },
        "sr-latn/news/work-report/",
        ("Izveštaj o radu",),
    ),
    Accepted(
        "picture-name-with-spaces",
        {
            "images/my photo.png": PNG_PICTURE,
            N: news(
                slug="spaces",
                body="![Spaces](images/my photo.png)\n\n"
                "![Encoded](images/my%20photo.png)",
            ),
        },
        "en/news/spaces/",
        (
            'alt="Spaces" src="/images/my%20photo.',
            'alt="Encoded" src="/images/my%20photo.',
        ),
    ),
    Accepted(
        "left-behind-by-editors-programs",
        {name: "left behind" for name in LEFT_BEHIND},
        "en/news/annual-report/",
        ("<h1",),
    ),
)
