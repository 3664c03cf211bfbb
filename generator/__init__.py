"""factsheets: source texts -> checked YAML fact sheets -> a themed site with PDFs and data."""

__version__ = "0.1.0"
