"""Loading a script of scripts/ (benchmarks are scripts, not a package) so a test can call it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def load_script(name: str, *, as_name: str | None = None) -> ModuleType:
    """scripts/<name>.py as a module, registered in sys.modules under `as_name` (default `name`):
    its dataclasses look their module up while being built."""
    spec = importlib.util.spec_from_file_location(as_name or name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
