"""One build session: what a build knows, a full build, and quick rebuilds.

The multilingual generator starts a `BuildSession` once Pelican has read every file.
The session holds what that build knows: the validated settings, the registry and
every language's page plan (its `SiteState`), the content Pelican read, and, once it
has written a site, the fingerprints of its files (`Record`) and its output.

`full()` writes every language site. `quick(changed, root)` is the devserver's
quick rebuild (quick.py): it answers a new session derived from this one, with a
new registry holding the edited items, or `Declined` with the reason only a full
build can tell. A session is never changed once made; the tools keep the last one.
"""

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import partial
from pathlib import Path

from plugins.base import urls
from plugins.base.beside import tree_identity
from plugins.base.progress import working_on

from . import dependencies, fingerprints, hooks, parallel, quick, site_pages
from .fingerprints import Dependencies, Record, RecordPlace
from .output import OutputTree
from .quick import Declined
from .render import Renderer
from .state import SiteState

logger = logging.getLogger(__name__)


class BuildKind(Enum):
    """Which kind of build a session made."""

    FULL = "full"
    QUICK = "quick"
    # A full build that rendered only the pages showing items whose text changed
    # since the recorded last build (dependencies.py), and kept every other file.
    REVISED = "revised"


@dataclass(frozen=True)
class PelicanParts:
    """What a session takes from Pelican's run: templates, readers, what was read."""

    env: object  # the generator's Jinja2 environment
    readers: object  # pelican.readers.Readers, to read an edited file again
    context: Mapping  # Pelican's context: read, never written to
    settings: dict  # Pelican's settings
    theme: Path
    output_path: Path


@dataclass(frozen=True)
class BuildSession:
    """What one build knows; `full()` and `quick()` write a site from it."""

    pelican: PelicanParts
    state: SiteState
    # Content objects Pelican read, by source path, and whether each is a page.
    sources: Mapping[str, tuple[object, bool]]
    # Language code -> the output files of its pages: the same in every build of
    # the session (a quick rebuild moves no page), found when the site was planned.
    page_files: Mapping[str, frozenset[str]] = field(default_factory=dict)
    kind: BuildKind | None = None  # None until the session wrote a site
    output: OutputTree | None = None  # what the last build wrote and kept
    record: Record | None = field(default=None, repr=False)  # its fingerprints
    # A quick rebuild asked not to save its record yet (quick(keep_record=False)):
    # saves it for the published output, once the editor's page is told to reload.
    unsaved_record: Callable[[Path], bool] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def registry(self):
        """The registry of every item in every language."""
        return self.state.registry

    @property
    def settings(self) -> Mapping[str, object]:
        """Every plugin's validated settings, defaults filled in."""
        return self.state.settings

    @property
    def pages(self) -> Mapping[str, list]:
        """The page plan of each language, by language code."""
        return self.state.pages

    def produced(self) -> set[str]:
        """Every file of the site: what the last build wrote or kept, and the static
        files Pelican copies."""
        files = set(self.output.produced) if self.output is not None else set()
        statics = self.pelican.context.get("staticfiles", [])
        return files | {static.save_as for static in statics}

    def full(self) -> "BuildSession":
        """Write every page of every language, then the site-wide files; when the
        last build's record shows that only the text of some news or events
        changed, only what shows them (see write_revised)."""
        output = OutputTree(self.pelican.output_path)
        base = self.build_base()
        place = RecordPlace.for_settings(self.pelican.settings)
        last = place.read(base)
        state = with_plans(replace(self.state))
        inputs = dependencies.site_inputs(self.pelican.settings)
        revised = dependencies.revised_since(state, last, inputs)
        if isinstance(revised, set):
            built = self.write_revised(state, last, revised, output, inputs)
            if isinstance(built, BuildSession):
                return built
            revised, output = built, OutputTree(self.pelican.output_path)
        logger.info("multilingual: every page is checked: %s", revised)
        page_files = {
            code: frozenset(urls.output_file(spec.path) for spec in specs)
            for code, specs in state.pages.items()  # every language planned first
        }
        built = replace(self, state=state, page_files=page_files)
        previous = last.files if last is not None else {}
        return built.write_full(base, previous, output, inputs)

    def write_full(
        self, base: str, previous, output: OutputTree, inputs: str
    ) -> "BuildSession":
        """Write the whole planned site into `output` (see full)."""
        record = self.render_languages(base, previous, output)
        replaced = self.write_site_wide(self.state, output, base, previous)
        logger.info(
            "multilingual: %d files written, %d unchanged",
            len(output.written),
            len(output.unchanged),
        )
        self.save_record(
            record, self.state, self.page_files, output.produced, inputs, replaced
        )
        return replace(self, kind=BuildKind.FULL, output=output, record=record)

    def write_revised(
        self, state, last, revised: set, output: OutputTree, inputs: str
    ) -> "BuildSession | str":
        """Render only the pages that show a revised item (with their variants) and
        the site-wide files holding one; keep every other file of the last build.
        The reason to check every page instead when the last build's files are not
        all there (nothing is written then)."""
        recorded = last.dependencies
        try:
            shows = dependencies.shows_of(recorded)
        except ValueError as error:
            return str(error)
        remade = set(recorded.replaced)  # made again, under new names
        missing = output.keep_listed(
            relative for relative in recorded.produced if relative not in remade
        )
        if missing is not None:
            return f"{missing} of the last build is missing"
        page_files = {
            code: frozenset(files) for code, files in recorded.languages.items()
        }
        place = RecordPlace.for_settings(self.pelican.settings)
        previous = Record(output, last.base, last.files, place)
        previous.current, previous.shows = dict(last.files), shows  # as if made now
        built = replace(self, state=state, page_files=page_files, record=previous)
        faces = dependencies.changed_faces(state, last, revised)
        record = quick.render_showing(built, state, revised, output, faces)
        replaced = self.write_site_wide(state, output, last.base, last.files, revised)
        written = set(output.written)
        output.unchanged = [
            path for path in dict.fromkeys(output.unchanged) if path not in written
        ]
        built.save_record(
            record, state, page_files, output.produced, inputs, replaced, recorded
        )
        return replace(built, kind=BuildKind.REVISED, output=output, record=record)

    def write_site_wide(
        self, state, output: OutputTree, base: str, previous, changed=None
    ) -> list:
        """The language chooser at the root, the theme's files and every site_files
        receiver's (only those holding `changed` items when given); the paths of
        those whose receiver replaces its files (see write_site_files)."""
        chooser = Renderer(self.pelican.env, output, state, base, previous)
        chooser.write_chooser(
            state.registry.by_code[state.settings["MULTILINGUAL_FALLBACK"]]
        )
        self.write_theme_files(output)
        return write_site_files(state, output, changed=changed)

    def save_record(
        self,
        record: Record,
        state,
        page_files,
        produced,
        inputs: str,
        replaced,
        earlier: Dependencies | None = None,
        tree: Path | None = None,
    ):
        """Save the build's fingerprints with what its files depend on; `earlier`:
        the dependencies of the record this build started from (this session's),
        whose unchanged parts are taken over (dependencies.recorded); `tree`: the
        folder the record is for (the one the build wrote unless told)."""
        with working_on("saving the fingerprints of the pages"):
            record.dependencies = dependencies.recorded(
                state,
                record.shows,
                page_files,
                produced,
                inputs,
                replaced,
                earlier,
                self.record.shows if earlier is not None else None,
            )
            record.save(tree)

    def quick(
        self, changed: list[str], root: Path, keep_record: bool = True
    ) -> "BuildSession | Declined":
        """Write into `root` (a copy of this session's output) what edits of the
        text of these content files change; Declined, having written nothing,
        when only a full build can tell.

        The new session's record is saved beside the output at once, or, with
        `keep_record=False`, when its `unsaved_record(published)` is called: the
        devserver tells the editor's page first (see tools/watch.py)."""
        edits = quick.read_edits(self, changed)
        if isinstance(edits, Declined):
            return edits
        registry, revised = quick.revised_registry(self.state, edits)
        state = with_plans(replace(self.state, registry=registry))
        output = OutputTree(root)
        faces = quick.changed_faces(self.registry, registry, revised)
        record = quick.render_showing(self, state, revised, output, faces)
        replaced = write_site_files(state, output, changed=revised, quick=True)
        sources = {**self.sources, **{edit.source: edit.read for edit in edits}}
        rebuilt = replace(
            self,
            state=state,
            sources=sources,
            kind=BuildKind.QUICK,
            output=output,
            record=record,
        )
        save = partial(self.save_quick_record, rebuilt, replaced, tree_identity(root))
        if keep_record:
            save(Path(root))
            return rebuilt
        return replace(rebuilt, unsaved_record=save)

    def save_quick_record(
        self,
        rebuilt: "BuildSession",
        replaced: list,
        identity: str | None,
        tree: Path,
    ) -> bool:
        """Save the record of `rebuilt`, a quick rebuild of this session, for the
        folder `tree` it wrote, unless `tree` is no longer that folder (`identity`,
        taken when it was written: another build may have published since).
        Whether it was saved."""
        if identity is None or tree_identity(tree) != identity:
            return False
        record, output = rebuilt.record, rebuilt.output
        earlier = self.record.dependencies
        if earlier is not None:
            produced = set(earlier.produced) | output.produced
            inputs = dependencies.site_inputs(self.pelican.settings)
            replaced = replaced or earlier.replaced
            self.save_record(
                record,
                rebuilt.state,
                self.page_files,
                produced,
                inputs,
                replaced,
                earlier,
                tree,
            )
        else:
            record.save(tree)
        return True

    def build_base(self) -> str:
        """What every page depends on: theme, catalogs, plugin code, settings, day."""
        project = Path(__file__).resolve().parents[2]
        pelican = self.pelican.settings
        templates = [
            *pelican["THEME_TEMPLATES_OVERRIDES"],
            self.pelican.theme / "templates",
        ]
        parts = [
            fingerprints.files_digest(templates, {".html"}),
            fingerprints.files_digest(
                [self.settings["MULTILINGUAL_TRANSLATIONS_DIR"]], {".po"}
            ),
            fingerprints.files_digest([project / "plugins"], {".py"}),
            fingerprints.settings_digest(pelican),
            self.state.today.isoformat(),
        ]
        return "|".join(parts)

    def render_languages(self, base: str, previous, output: OutputTree) -> Record:
        """Render the language sites, on several cores where possible."""
        state = self.state
        codes = [language.code for language in state.languages]

        def render(code: str):
            part = OutputTree(output.root)
            renderer = Renderer(self.pelican.env, part, state, base, previous)
            renderer.write_language(state.registry.by_code[code], state.pages[code])
            made = renderer.record
            return part.written, part.unchanged, made.current, made.shows

        workers = parallel.worker_count(
            state.settings["MULTILINGUAL_PROCESSES"], len(codes)
        )
        weights = [len(state.pages[code]) for code in codes]
        groups = parallel.share_out(codes, weights, workers)
        place = RecordPlace.for_settings(self.pelican.settings)
        record = Record(output, base, previous, place)
        for written, unchanged, current, shows in parallel.run_in_parallel(
            render, groups
        ):
            output.written.extend(written)
            output.unchanged.extend(unchanged)
            record.current.update(current)
            record.shows.update(shows)
        return record

    def write_theme_files(self, output: OutputTree) -> None:
        """The theme's CSS, scripts and images, written only when their bytes change."""
        static = self.pelican.theme / "static"
        destination = self.pelican.settings["THEME_STATIC_DIR"]
        for path in sorted(static.rglob("*")):
            if path.is_file():
                relative = path.relative_to(static).as_posix()
                output.write(f"{destination}/{relative}", path.read_bytes())


def write_site_files(state, output: OutputTree, changed=None, quick=False) -> list:
    """Every site_files receiver's files (see hooks.site_files); the paths of those
    written by receivers that replace their files."""
    replaced = []
    for receiver in hooks.site_files.receivers_for(state):
        replaces = getattr(receiver, hooks.REPLACES_ITS_FILES, False)
        with working_on(f"writing the site-wide files of {receiver.__module__}"):
            for path, data in receiver(state, changed=changed, quick=quick) or ():
                output.write(path, data)
                if replaces:
                    replaced.append(path)
    return replaced


class PagePlans(Mapping):
    """The page plan of each language of a state, made when first asked for: a
    quick rebuild plans only the languages whose pages it renders again."""

    def __init__(self, state: SiteState):
        self.state = state
        self._plans: dict[str, list] = {}

    def __getitem__(self, code: str) -> list:
        if code not in self._plans:
            language = self.state.registry.by_code[code]
            self._plans[code] = plan_language(self.state, language)
        return self._plans[code]

    def __iter__(self):
        return (language.code for language in self.state.languages)

    def __len__(self) -> int:
        return len(self.state.languages)


def with_plans(state: SiteState) -> SiteState:
    """The state with page plans of its own (made from its registry)."""
    state.pages = PagePlans(state)
    return state


def plan_language(state: SiteState, language) -> list:
    """Every page of a language: the core's and those plugins add."""
    specs = list(
        site_pages.language_site(state.registry, language, state.settings, state.today)
    )
    fine: set[int] = set()  # the specs hold what it names while the plan lives
    for receiver, extra in hooks.language_pages.send(state, language=language):
        for spec in extra or ():
            check = partial(
                hooks.check_page_context, receiver.__module__, spec.path, fine=fine
            )
            if isinstance(spec.context, site_pages.DeferredContext):
                spec.context = spec.context.checked_by(check)  # when it is made
            else:
                check(spec.context)
            specs.append(spec)
    return specs
