"""Deduplication steps: whole documents (exact and near, across scripts) and repeated paragraphs."""
from .minhash import MinHashDedup
from .paragraphs import ParagraphDedup

STEPS: list = [MinHashDedup, ParagraphDedup]
