"""GBNF grammars that keep a small model's answer inside the retrieved text.

`span_grammar` allows exactly: any run of consecutive words of one of the given
sentences (with the punctuation between them as written), or one of the fixed
`alternatives` (such as the refusal phrase). The first letter may be upper or lower case.
Used with llama.cpp's grammar-constrained sampling (generate.py).
"""

from __future__ import annotations

import json
import re

WORD = re.compile(r"[\w$€£%][\w$€£%'’.,:/-]*[\w%$]|[\w$€£%]")


def literal(text: str) -> str:
    """A GBNF string literal (JSON escaping is a subset GBNF accepts)."""
    return json.dumps(text, ensure_ascii=False)


def _first(word: str) -> str:
    """The word as a literal, with its first letter allowed in either case."""
    head, tail = word[0], word[1:]
    if head.lower() == head.upper():
        return literal(word)
    options = f"({literal(head.lower())} | {literal(head.upper())})"
    return f"{options} {literal(tail)}" if tail else options


def words(sentence: str) -> list[str]:
    """The words a span is made of; span_grammar numbers them in this order."""
    return [m.group() for m in WORD.finditer(sentence)]


def span_grammar(
    sentences: list[str], alternatives: list[str] = (), starts: list[set[int]] | None = None
) -> str:
    """`starts[i]`, when given, lists the word positions of sentence i a span may begin at."""
    rules = []
    begin = []
    for i, sentence in enumerate(sentences):
        words = list(WORD.finditer(sentence))
        for j, match in enumerate(words):
            name = f"s{i}w{j}"
            rest = ""
            if j + 1 < len(words):
                gap = sentence[match.end() : words[j + 1].start()]
                rest = f" ({literal(gap)} s{i}w{j + 1})?"
            rules.append(f"{name} ::= {literal(match.group())}{rest}")
            if starts is None or j in starts[i]:
                rules.append(f"{name}f ::= {_first(match.group())}{rest}")
                begin.append(f"{name}f")
    choices = begin + [literal(a) for a in alternatives]
    # Completion models put a space after "Answer:"; allow one so their usual first token fits.
    root = 'root ::= " "? (' + " | ".join(choices) + ")" if choices else 'root ::= ""'
    return "\n".join([root, *rules]) + "\n"


def literal_grammar(options: list[str]) -> str:
    """Exactly one of `options`, as written."""
    return 'root ::= " "? (' + " | ".join(literal(o) for o in options) + ")\n"
