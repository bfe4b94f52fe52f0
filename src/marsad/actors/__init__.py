"""Actor recognition helpers for the 'actors' stage (see `marsad.stages.actors`).

- `forms`: dictionary keys, nisba and dual forms, allowed proclitics;
- `gazetteer`: the compiled dictionaries (one Aho-Corasick automaton) and the office index;
- `matcher`: clitic-aware longest-match search over the normalised text;
- `offices`: office holders by date;
- `compose`: the composer of mentions from dictionary matches (`Composer.run`), with its rules by
  concern as mixin classes: `person_names` (unknown persons' names), `title_mentions` (titles
  and offices), `body_mentions` (bodies and organisations), `place_mentions` (places and
  capitals), and `composer_base` (the Mention it builds and what the rules share);
- `coref`: clause subjects, counterparts (نظيره), the two countries (البلدين);
- `romanize`: cached transliteration of unknown names;
- `beam`: the transliterator's beam search, doing less work for the same results;
- `calls`: a batch's calls of the transliterator as one pass, their model runs decoded together.
"""
