"""The devserver's quick rebuild: new text in existing items, without a full build.

A full build reads every file, plans every page and digests every page's context.
When an editor changed only the text of items that exist (their metadata, and so
their titles, dates, tags and addresses, are as they were), every page plan stays
the same. The quick rebuild re-reads the edited files, revises those items in place
(so every list and page planned with them shows the new text), renders only the
files whose last fingerprint included one of them (`Record.shows`), then writes the
site-wide files (feeds, calendars, sitemap, search) as a full build does.

Whenever it cannot be sure that a full build would give the same site, it answers
None and the caller builds in full.
"""

from pathlib import Path

from plugins.base import urls
from plugins.base.items import FIXED_FIELDS, Item

from . import hooks
from .fingerprints import Record
from .from_pelican import (
    SOURCE_LISTS,
    assign_url,
    content_sources,
    item_from_content,
    language_of,
)
from .generator import RECORD_KEY, STATE_KEY
from .latin_copies import latin_copy, latin_link_map
from .output import OutputTree
from .render import Renderer


class QuickRebuild:
    """What a successful full build leaves for quick rebuilds of its output."""

    def __init__(self, generator):
        self.generator = generator
        self.context = generator.context
        self.state = self.context[STATE_KEY]
        self.record: Record = self.context[RECORD_KEY]

    def rebuild(self, changed: list[str], root: Path) -> OutputTree | None:
        """Write the files the edits change into `root` (a copy of the last output),
        or None, having changed nothing, when only a full build can tell."""
        edits = self.read_edits(changed)
        if edits is None:
            return None
        revised = self.apply(edits)
        output = OutputTree(root)
        self.render_showing(revised, output)
        for _receiver, files in hooks.site_files.send(self.state, changed=revised):
            for path, data in files or ():
                output.write(path, data)
        record = Record(output, self.record.base, {}, self.record.place)
        record.current = self.record.current
        record.save()
        return output

    def sources(self) -> dict[str, tuple[object, bool]]:
        """The content objects of the last build by source path, and whether each
        is a page."""
        return {
            content.relative_source_path: (content, is_page)
            for content, is_page in content_sources(self.context)
        }

    def read_edits(self, changed: list[str]) -> list[tuple] | None:
        """(old content, new content, item, new item) per edited file, or None when
        a file is new or an institutional page, or its metadata or anything but its
        text changed."""
        sources = self.sources()
        settings = self.generator.settings
        registry = self.state.registry
        edits = []
        for relative in changed:
            if relative not in sources:
                return None
            old, is_page = sources[relative]
            new = self.generator.readers.read_file(
                base_path=settings["PATH"],
                path=relative,
                content_class=type(old),
                context=self.context,
            )
            if new.metadata != old.metadata:
                return None
            language = language_of(new, registry.by_code)
            item = registry.item_at(old.url)
            # Institutional pages are in every page's menu, which fingerprints take
            # as part of each language's base, not as what a page shows.
            if language is None or item is None or item.kind == "page":
                return None
            assign_url(new, language, is_page)
            base_path = self.state.address.base_path
            fresh = item_from_content(new, language, is_page, base_path)
            if any(getattr(fresh, f) != getattr(item, f) for f in FIXED_FIELDS):
                return None
            edits.append((old, new, item, fresh))
        return edits

    def apply(self, edits) -> set[str]:
        """Put the new content in place; the paths of every item revised."""
        revised = set()
        for old, new, item, fresh in edits:
            self.replace_content(old, new)
            item.revise_text(fresh)
            revised.add(item.path)
            copy = self.latin_copy_of(item)
            if copy is not None:
                revised.add(copy.path)
        return revised

    def replace_content(self, old, new) -> None:
        """The new content object where the last build's context had the old one."""
        for name, _is_page in SOURCE_LISTS:
            contents = self.context.get(name, [])
            for index, content in enumerate(contents):
                if content is old:
                    contents[index] = new
        self.context["generated_content"][new.relative_source_path] = new

    def latin_copy_of(self, item: Item) -> Item | None:
        """Revise the Latin copy generated from an item, if it has one."""
        registry = self.state.registry
        for target in registry.languages:
            copy = registry.versions(item.key).get(target.code)
            if target.generated_from != item.lang or copy is None:
                continue
            if copy.generated_from != item.lang:
                return None  # written by an editor, not generated
            source = registry.by_code[item.lang]
            sources = [other for other in registry if other.lang == item.lang]
            link_map = latin_link_map(sources, source, target, self.state.address)
            copy.revise_text(latin_copy(item, target, link_map))
            return copy
        return None

    def render_showing(self, revised: set[str], output: OutputTree) -> None:
        """Render again every page (and its variants) that shows a revised item."""
        showing = {
            target for target, shows in self.record.shows.items() if shows & revised
        }
        renderer = Renderer(
            self.generator.env,
            output,
            self.state,
            self.record.base,
            previous=self.record.current,
        )
        for language in self.state.languages:
            specs = [
                spec
                for spec in self.state.pages[language.code]
                if urls.output_file(spec.path) in showing
            ]
            if not specs:
                continue
            renderer.use_language(language)
            shared = renderer.language_context(language)
            base = renderer.language_base(language, shared)
            for spec in specs:
                renderer.write_page(spec, language, shared, base)
        self.record.current.update(renderer.record.current)
        self.record.shows.update(renderer.record.shows)
