"""Settings declared once: each plugin's options, one validation pass, one ConfigError.

As MkDocs does with a plugin's `config_scheme`, every plugin declares its PREFIX_
options in one `Declaration`: name, default, the rule a value must follow, and help.
At Pelican's `initialized` signal, before any content is read, `check_site_settings`
validates the declaration of every plugin at once and raises one `ConfigError` that
lists every problem, each naming the setting, the value and what was expected. The
build then reads the values (defaults filled in, copies: the site's settings are
never changed) from one read-only mapping on its state.

Imports nothing else of the project (the base layer).
"""

import copy
import re
from collections import ChainMap
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from blinker import signal

# No kwargs. Each plugin with settings returns its Declaration (see `declared`).
settings_declarations = signal("site-settings-declarations")


class SiteError(Exception):
    """A site owner's or editor's mistake: the message says what is wrong and how
    to fix it, and the build tools print it without a traceback."""


class ConfigError(SiteError):
    """Settings the site cannot be built with; the message lists every problem."""


@dataclass(frozen=True)
class Rule:
    """What a value must be: a test, and the words that say what was expected."""

    accepts: Callable[[object], bool]
    expected: str  # completes "Expected ...", e.g. "True or False"


@dataclass(frozen=True)
class Option:
    """One setting of a plugin: its name, default, rule and what it is for."""

    name: str
    default: object
    rule: Rule
    help: str


@dataclass(frozen=True)
class CrossCheck:
    """A check of settings together (or of Pelican's own); skipped when one of the
    declared settings it reads already has a problem, which is reported instead."""

    reads: tuple[str, ...]
    problems: Callable[[Mapping[str, object]], list[str]]


@dataclass(frozen=True)
class Declaration:
    """Every setting of one plugin: the prefix they share, and their options."""

    prefix: str
    options: tuple[Option, ...]
    cross_checks: tuple[CrossCheck, ...] = ()

    @property
    def defaults(self) -> Mapping[str, object]:
        """The default of every option, by name (read-only)."""
        return MappingProxyType(
            {option.name: option.default for option in self.options}
        )


def boolean() -> Rule:
    """True or False, nothing else (not 1, not "yes")."""
    return Rule(lambda value: isinstance(value, bool), "True or False")


def one_of(choices: Sequence[object]) -> Rule:
    """One of a few values."""
    return Rule(
        lambda value: is_hashable(value) and value in choices,
        f"one of: {', '.join(map(repr, choices))}",
    )


def whole_number(minimum: int, maximum: int | None = None) -> Rule:
    """A whole number of at least `minimum` (and at most `maximum` when given)."""
    if maximum is None:
        expected = f"a whole number of {minimum} or more"
    else:
        expected = f"a whole number from {minimum} to {maximum}"

    def accepts(value: object) -> bool:
        if not is_whole_number(value) or value < minimum:
            return False
        return maximum is None or value <= maximum

    return Rule(accepts, expected)


def day(expected: str, empty: bool = False) -> Rule:
    """A day written "YYYY-MM-DD"; also "" when `empty`."""
    return Rule(
        lambda value: (empty and value == "") or iso_day(value) is not None, expected
    )


def list_of(choices: Sequence[str]) -> Rule:
    """A non-empty list (or tuple) of values each one of `choices`."""
    return Rule(
        lambda value: (
            is_sequence(value)
            and bool(value)
            and all(is_hashable(item) and item in choices for item in value)
        ),
        f"a non-empty list of {', '.join(map(repr, choices))}",
    )


def texts(expected: str, empty: bool = True) -> Rule:
    """A list (or tuple) of texts that are not blank; not empty unless `empty`."""
    return Rule(
        lambda value: (
            is_sequence(value)
            and (empty or bool(value))
            and all(isinstance(item, str) and item.strip() for item in value)
        ),
        expected,
    )


def text(expected: str = "a text", pattern: str | None = None) -> Rule:
    """A text; with `pattern`, one that matches it whole."""
    compiled = re.compile(pattern) if pattern else None
    return Rule(
        lambda value: (
            isinstance(value, str)
            and (compiled is None or compiled.fullmatch(value) is not None)
        ),
        expected,
    )


def mapping(expected: str) -> Rule:
    """A dict whose keys are texts and whose values are dicts."""
    return Rule(
        lambda value: (
            isinstance(value, dict)
            and all(
                isinstance(k, str) and isinstance(v, dict) for k, v in value.items()
            )
        ),
        expected,
    )


def is_whole_number(value: object) -> bool:
    """An int that is not a bool (True is an int to Python, not to a site owner)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_sequence(value: object) -> bool:
    """A list or a tuple (a text is a sequence too, but never meant as a list)."""
    return isinstance(value, list | tuple)


def is_hashable(value: object) -> bool:
    """True when `value in some_set` can be asked without a TypeError."""
    try:
        hash(value)
    except TypeError:
        return False
    return True


def iso_day(value: object) -> date | None:
    """A "YYYY-MM-DD" text as a date; None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def unknown_settings(
    settings: Mapping[str, object], declaration: Declaration
) -> list[str]:
    """One problem per setting that starts with the prefix but is not an option."""
    names = [option.name for option in declaration.options]
    return [
        f"{key}: unknown setting. Expected one of: {', '.join(names)}."
        for key in sorted(settings)
        if key.startswith(declaration.prefix) and key not in names
    ]


def option_problem(option: Option, value: object) -> str:
    """The problem of a value its option's rule refuses."""
    return f"{option.name}: {value!r} is not valid. Expected {option.rule.expected}."


def site_values(
    declarations: Iterable[Declaration], settings: Mapping[str, object]
) -> Mapping[str, object]:
    """Every declared option's value, default filled in, as a read-only mapping of
    copies: whatever a plugin does with them, the site's settings stay as written."""
    return MappingProxyType(
        {
            option.name: copy.deepcopy(settings.get(option.name, option.default))
            for declaration in declarations
            for option in declaration.options
        }
    )


def settings_problems(
    declarations: Sequence[Declaration], settings: Mapping[str, object]
) -> list[str]:
    """Every problem of every plugin's settings, plugin by plugin, each naming the
    setting, its value and what was expected."""
    values = site_values(declarations, settings)
    refused = {
        option.name: option_problem(option, values[option.name])
        for declaration in declarations
        for option in declaration.options
        if not option.rule.accepts(values[option.name])
    }
    seen = ChainMap(dict(values), dict(settings))  # cross checks read Pelican's too
    problems = []
    for declaration in declarations:
        problems += unknown_settings(settings, declaration)
        problems += [
            refused[option.name]
            for option in declaration.options
            if option.name in refused
        ]
        for check in declaration.cross_checks:
            if not refused.keys() & set(check.reads):
                problems += check.problems(seen)
    return problems


def validated(
    declarations: Sequence[Declaration], settings: Mapping[str, object]
) -> Mapping[str, object]:
    """The declared settings' values; ConfigError listing every problem if any."""
    problems = settings_problems(declarations, settings)
    if problems:
        raise ConfigError("\n".join(problems))
    return site_values(declarations, settings)


def declared() -> list[Declaration]:
    """The declaration of every plugin that answers `settings_declarations`."""
    return [declaration for _receiver, declaration in settings_declarations.send()]


def check_site_settings(pelican) -> None:
    """Pelican's `initialized` receiver: stop before any content is read when the
    settings of any plugin are wrong, with one ConfigError listing every problem.

    Every plugin with settings connects it; the signal calls it once per build.
    """
    validated(declared(), pelican.settings)
