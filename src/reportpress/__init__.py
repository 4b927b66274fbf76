"""reportpress: raw report text → semantic XML → PDF, DOCX and EPUB editions."""

__version__ = "0.1.0"
