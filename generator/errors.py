"""One error hierarchy. Every problem carries its place and is formatted in __str__."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem found in an input file: ``path:line:col: message``."""

    path: str
    line: int
    col: int
    message: str
    severity: str = "error"
    """"error" (exit 1) or "warning"."""

    def __str__(self) -> str:
        prefix = "" if self.severity == "error" else f"{self.severity}: "
        return f"{self.path}:{self.line}:{self.col}: {prefix}{self.message}"


class FactsheetsError(Exception):
    """Base class: an input problem the user can fix. The CLI turns it into exit 1."""

    def __init__(self, diagnostics: list[Diagnostic] | Diagnostic | str) -> None:
        if isinstance(diagnostics, str):
            diagnostics = [Diagnostic("factsheets", 0, 0, diagnostics)]
        elif isinstance(diagnostics, Diagnostic):
            diagnostics = [diagnostics]
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))


class SourceError(FactsheetsError):
    """A source text that cannot be read (encoding, binary, too large)."""


class ContentError(FactsheetsError):
    """A content YAML file that is malformed or breaks the contract."""
