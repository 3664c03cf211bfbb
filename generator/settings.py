"""One validated Settings, from the command line or the plugin config."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .ingest import DEFAULT_MAX_BYTES

SOURCE_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True, slots=True)
class Settings:
    root: Path
    """The project folder; nothing is written outside it or the output folders."""
    seeds_dir: Path
    content_dir: Path
    templates_dir: Path
    max_source_bytes: int = DEFAULT_MAX_BYTES
    strict: bool = False
    """Treat warnings as errors."""

    @property
    def taxonomy_path(self) -> Path:
        return self.content_dir / "taxonomy.yml"

    @property
    def sources_path(self) -> Path:
        return self.content_dir / "sources.yml"

    def seed_paths(self) -> list[Path]:
        """Every source text, in a fixed order so output never depends on the file system."""
        if not self.seeds_dir.is_dir():
            return []
        return sorted(
            p for p in self.seeds_dir.iterdir()
            if p.suffix.lower() in SOURCE_SUFFIXES and p.is_file() and not p.name.startswith(".")
        )


def make_settings(
    root: Path | str = ".",
    seeds: Path | str | None = None,
    content: Path | str | None = None,
    templates: Path | str | None = None,
    max_source_bytes: int = DEFAULT_MAX_BYTES,
    strict: bool = False,
) -> Settings:
    base = Path(root).resolve()

    def under(value: Path | str | None, default: str) -> Path:
        return (base / (value if value is not None else default)).resolve()

    return Settings(
        root=base,
        seeds_dir=under(seeds, "seeds"),
        content_dir=under(content, "content"),
        templates_dir=under(templates, "templates"),
        max_source_bytes=max_source_bytes,
        strict=strict,
    )


def package_templates_dir() -> Path:
    """Templates shipped next to the package, used when a project has none of its own."""
    return Path(__file__).resolve().parent.parent / "templates"
