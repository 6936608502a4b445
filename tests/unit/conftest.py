"""Unit tests see only the hook receivers they connect themselves.

A fixture-site test that builds in this process (the devserver's watcher) registers
every plugin, and blinker keeps their receivers connected for the rest of the run;
a unit test of the renderer would then call, say, the calendar's page_context
receiver with a state it never set up. Each unit-test module starts with the
multilingual hooks empty (before its own module fixtures) and puts back what was
connected before.
"""

import copy

import pytest
from blinker import Signal

from plugins.multilingual import hooks

# Every signal hooks.py declares, so a hook added there is emptied here too.
HOOKS = tuple(value for value in vars(hooks).values() if isinstance(value, Signal))
STATE = ("receivers", "_by_receiver", "_by_sender", "_weak_senders")


@pytest.fixture(autouse=True, scope="module")
def only_their_own_hook_receivers():
    """Empty the multilingual hooks for one module, then put their receivers back."""
    saved = [
        (signal, {name: copy.copy(getattr(signal, name)) for name in STATE})
        for signal in HOOKS
    ]
    for signal in HOOKS:
        for name in STATE:
            getattr(signal, name).clear()
    yield
    for signal, state in saved:
        for name, value in state.items():
            setattr(signal, name, value)
