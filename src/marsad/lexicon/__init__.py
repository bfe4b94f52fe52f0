"""Dictionaries as data: loading, schema checking and lookup helpers.

`load_lexicon(extra_dirs)` reads every `*.json` file under the built-in `data/` folder and the
user's folders (a user file with the same relative path replaces the built-in one), checks each
against the JSON Schema of its `lexicon` kind (`schemas/<kind>.schema.json`) and returns a
`Lexicon`. See docs/dictionaries.md for the formats.
"""

from marsad.lexicon.loader import Lexicon, LexiconFile, builtin_data_dir, load_lexicon, validate_dir

__all__ = ["Lexicon", "LexiconFile", "load_lexicon", "validate_dir", "builtin_data_dir"]
