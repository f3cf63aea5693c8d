"""Pure Chinese text functions: ranges, scripts, sentences, n-grams, lexicons."""
