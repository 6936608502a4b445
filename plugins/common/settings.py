"""What every plugin does with its PREFIX_ settings: defaults, unknown names."""

from collections.abc import Mapping


def with_defaults(settings: Mapping[str, object], defaults: Mapping) -> dict:
    """A new dict of a plugin's settings, defaults filled in (settings untouched)."""
    return {key: settings.get(key, default) for key, default in defaults.items()}


def unknown_settings(
    settings: Mapping[str, object], prefix: str, defaults: Mapping
) -> list[str]:
    """One problem per setting that starts with the prefix but is not a known one."""
    return [
        f"{key}: unknown setting. Expected one of: {', '.join(defaults)}."
        for key in sorted(settings)
        if key.startswith(prefix) and key not in defaults
    ]


def whole_number_problem(key: str, value: object, minimum: int) -> list[str]:
    """A problem when a setting is not a whole number of at least `minimum`."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= minimum:
        return []
    return [
        f"{key}: {value!r} is not valid. Expected a whole number of {minimum} or more."
    ]
