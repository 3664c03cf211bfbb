"""Copies of the example project, for tests and benchmarks alike (no pytest needed here)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("seeds", "content", "templates", "docs", "mkdocs.yml")


def copy_project(dest: Path, parts: tuple[str, ...] = PROJECT_PARTS) -> Path:
    for part in parts:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part)
        elif src.exists():
            shutil.copy2(src, dest / part)
    return dest


def stop_server(process: subprocess.Popen[bytes] | subprocess.Popen[str], timeout: float) -> None:
    """Stop a server started in its own process group (start_new_session=True) as Ctrl-C
    would, and kill it if it does not stop within ``timeout`` seconds."""
    os.killpg(process.pid, signal.SIGINT)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
