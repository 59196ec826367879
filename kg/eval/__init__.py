"""Measuring tools: how good is the extraction, on data nobody on the team wrote.

scoring   pure precision/recall/F1 over gold and predicted span tuples (strict and lenient)
conll04   run the extractor on CoNLL04 sentences and score relations and entities
facts     score a reference-facts file (seed_gold.json format) against extracted triples
"""

from __future__ import annotations
