"""Date expressions: lexicon (month, weekday and Hijri month names), number words, resolution."""
