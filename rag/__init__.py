"""Offline question answering over news articles, with citations.

from rag import NewsQA
qa = NewsQA.open()
answer = qa.ask("How many documents were signed?")
"""

from .answer import NewsQA
from .errors import RagError
from .settings import Settings
from .types import Answer, Article, Chunk, Citation, Hit, Piece

__all__ = ["NewsQA", "Settings", "Answer", "Article", "Chunk", "Citation", "Hit", "Piece", "RagError"]
