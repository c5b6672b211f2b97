"""Language knowledge kept as data, one table per subject with every language side by side (the words
folded as :func:`responder.reasons.fold_text` folds text: lower case, no accents); the code that builds
patterns from them is shared."""
