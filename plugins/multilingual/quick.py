"""The devserver's quick rebuild: new text in existing items, without a full build.

A full build reads every file, plans every page and digests every page's context.
When an editor changed only the text of items that exist (their metadata, and so
their titles, dates, tags and addresses, are as they were), every page stays where
it was. The quick rebuild (BuildSession.quick, session.py) reads the edited files
again, derives a new registry in which the edited items (and the Latin copies made
from them) are new `Item`s, plans the pages from it, renders only the files whose
last fingerprint included one of them (`Record.shows`), then writes the site-wide
files (feeds, calendars, sitemap) as a full build does. Nothing of the last build
is changed: neither its items nor Pelican's context.

Whenever it cannot be sure that a full build would give the same site, it answers
`Declined` with the reason, and the caller builds in full.
"""

from dataclasses import dataclass
from functools import partial

from plugins.base import schedule, urls
from plugins.base.items import FIXED_FIELDS, SHOWN_FIELDS, Item

from . import hooks
from .fingerprints import Record
from .from_pelican import assign_url, item_from_content, language_of
from .latin_copies import latin_copy, latin_link_map
from .output import OutputTree
from .registry import Registry
from .render import Renderer
from .site_pages import item_pages
from .state import SiteState


@dataclass(frozen=True)
class Declined:
    """A quick rebuild that did not happen: only a full build can tell; `reason`
    says why, in an editor's words."""

    reason: str


@dataclass(frozen=True)
class Edit:
    """One edited content file: the content object read again and its new item."""

    source: str  # content-relative path
    read: tuple[object, bool]  # the new content object, and whether it is a page
    item: Item


def read_edits(session, changed: list[str]) -> list[Edit] | Declined:
    """The edits of these content files, or Declined when a file is new or an
    institutional page, or anything but its text changed."""
    edits = []
    for relative in changed:
        edit = read_edit(session, relative)
        if isinstance(edit, str):
            return Declined(edit)
        edits.append(edit)
    return edits


def read_edit(session, relative: str) -> Edit | str:
    """One edited file as an Edit, or the reason only a full build can tell."""
    if relative not in session.sources:
        return f"{relative} is a new file"
    old, is_page = session.sources[relative]
    new = session.pelican.readers.read_file(
        base_path=session.pelican.settings["PATH"],
        path=relative,
        content_class=type(old),
        context=session.pelican.context,
    )
    if new.metadata != old.metadata:
        return f"the metadata of {relative} changed"
    registry = session.registry
    language = language_of(new, registry.by_code)
    item = registry.item_at(old.url)
    if language is None or item is None:
        return f"{relative} is not an item of the site"
    # Institutional pages are in every page's menu, which fingerprints take as part
    # of each language's base, not as what a page shows.
    if item.kind == "page":
        return f"{relative} is an institutional page, in every page's menu"
    assign_url(new, language, is_page)
    rewrite = partial(
        hooks.item_html_rewriter(session.pelican),
        language=language,
        translations=session.state.catalogs[language.code],
    )
    base_path = session.state.address.base_path
    fresh = item_from_content(
        new, language, is_page, base_path, rewrite, registry.tag_table
    )
    fresh = schedule.marked(fresh, session.state.today)  # as the full build did
    for name in FIXED_FIELDS + SHOWN_FIELDS:  # a text edit leaves all metadata
        if getattr(fresh, name) != getattr(item, name):
            return f"the {name} of {relative} changed"
    return Edit(relative, (new, is_page), fresh)


def revised_registry(state: SiteState, edits: list[Edit]) -> tuple[Registry, set]:
    """A new registry with the edited items and the Latin copies generated from
    them; the paths of every item it revised."""
    registry = state.registry
    revised = {edit.item.path: edit.item for edit in edits}
    for edit in edits:
        copy = latin_copy_of(state, edit.item)
        if copy is not None:
            revised[copy.path] = copy
    return registry.with_items(revised), set(revised)


def changed_faces(before: Registry, after: Registry, revised: set) -> set:
    """The revised items whose face (what other pages show of them) changed."""
    return {
        path
        for path in revised
        if before.item_at(path).face_revision != after.item_at(path).face_revision
    }


def latin_copy_of(state: SiteState, item: Item) -> Item | None:
    """The Latin copy generated from an item's new text, if the item has one."""
    registry = state.registry
    for target in registry.languages:
        copy = registry.versions(item.key).get(target.code)
        if target.generated_from != item.lang or copy is None:
            continue
        if copy.generated_from != item.lang:
            return None  # written by an editor, not generated
        source = registry.by_code[item.lang]
        # As the full build maps links: to every item of the language, hidden too.
        sources = [other for other in registry.every_item() if other.lang == item.lang]
        link_map = latin_link_map(sources, source, target, state.address)
        return latin_copy(item, target, link_map, registry.tag_table)
    return None


def specs_showing(state: SiteState, language, revised: set, showing: set) -> list:
    """The language's pages of the revised items and those among `showing`. When
    no page shows a revised item's face, only the items' own pages are made, from
    the registry: the language is not planned (40-60 ms at N=1000)."""
    if not showing:
        notices = state.settings["MULTILINGUAL_NOT_TRANSLATED_PAGES"]
        return list(item_pages(state.registry, language, notices, only=revised))
    return [
        spec
        for spec in state.pages[language.code]
        if urls.output_file(spec.path) in showing
        or (spec.item is not None and spec.item.path in revised)
    ]


def render_showing(
    session, state: SiteState, revised: set, output: OutputTree, faces=None
):
    """Render again, from the new state, the pages (and their variants) of the
    revised items and every page that shows the face of one whose face changed
    (`faces`, a subset of `revised`; None: all of them); the last build's record
    with theirs in it (a new Record)."""
    last: Record = session.record
    faces = revised if faces is None else faces
    showing = {target for target, shows in last.shows.items() if shows & faces}
    own_languages = {state.registry.item_at(path).lang for path in revised}
    renderer = Renderer(
        session.pelican.env, output, state, last.base, previous=last.current
    )
    for language in state.languages:
        code = language.code
        if code not in own_languages and not session.page_files[code] & showing:
            continue  # not planned: what it shows is as it was
        specs = specs_showing(state, language, revised, showing)
        if not specs:
            continue
        renderer.use_language(language)
        shared = renderer.language_context(language)
        base = renderer.language_base(language, shared)
        for spec in specs:
            renderer.write_page(spec, language, shared, base)
    record = Record(output, last.base, last.current, last.place)
    record.current = {**last.current, **renderer.record.current}
    record.shows = {**last.shows, **renderer.record.shows}
    return record
