"""GBNF grammars that keep a small model's output to a given list of options.

Used with llama.cpp's grammar-constrained sampling (generate.py) when the model picks
among multiple-choice options.
"""

from __future__ import annotations

import json


def literal(text: str) -> str:
    """A GBNF string literal (JSON escaping is a subset GBNF accepts)."""
    return json.dumps(text, ensure_ascii=False)


def literal_grammar(options: list[str]) -> str:
    """Exactly one of `options`, as written."""
    return 'root ::= " "? (' + " | ".join(literal(o) for o in options) + ")\n"
