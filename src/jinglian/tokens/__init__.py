"""Tokens: fast byte-level BPE encoders (fastokens, tiktoken) with Hugging Face's ids, for counting and export."""
from .encoder import DEFAULT_TOKENIZER, TOKENIZERS, Tokenizer, TokenizerError, load_tokenizer

__all__ = ["DEFAULT_TOKENIZER", "TOKENIZERS", "Tokenizer", "TokenizerError", "load_tokenizer"]
