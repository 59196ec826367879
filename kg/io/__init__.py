"""Readers: files and directories → a stream of `Article`s."""

from kg.io.readers import read_articles, read_path

__all__ = ["read_articles", "read_path"]
