"""In a frozen bundle ``sys.executable`` is the app, not Python: the file reader child must be
started through the app's private worker flag, and that flag must reach the worker."""

from __future__ import annotations

import json
import sys

from zoneeditor.__main__ import main
from zoneeditor.io import sandbox


def test_worker_command_plain_and_frozen(monkeypatch):
    assert sandbox.worker_command()[1:] == ["-m", "zoneeditor.io.sandbox_worker"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert sandbox.worker_command() == [sys.executable, sandbox.WORKER_FLAG]


def test_app_entry_serves_the_worker_flag(tmp_path, monkeypatch):
    calls = []
    import zoneeditor.io.sandbox_worker as worker

    monkeypatch.setattr(worker, "main", lambda argv: calls.append(argv) or 0)
    request, answer = tmp_path / "r.json", tmp_path / "a.json"
    request.write_text(json.dumps({}), encoding="utf-8")
    assert main([sandbox.WORKER_FLAG, str(request), str(answer)]) == 0
    assert calls == [[str(request), str(answer)]]
