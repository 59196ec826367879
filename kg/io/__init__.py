"""Readers: files and directories → a stream of `Article`s."""

from kg.io.readers import Fields, content_hash, read_articles, read_path

__all__ = ["Fields", "content_hash", "read_articles", "read_path"]
