"""The second reader: a small learned text classifier that can only send mail to a person.

The rules (:mod:`responder.detect`, :mod:`responder.reasons`) stay the first reader. This
package adds a character n-gram model (TF-IDF ``char_wb`` 2-5 and logistic regression)
trained at build time with scikit-learn on the labelled mail the project ships
(:mod:`responder.learn.corpus`, :mod:`responder.learn.train`) and exported to a compact
table (``data/model.tsv.gz``) that :mod:`responder.learn.model` scores in pure Python. The
daemon never imports scikit-learn or numpy.

* :mod:`responder.learn.opinion` (pure): how its scores may move a decision toward a
  person: the net (the rules say ``other``, the model says cancel or move: review) and the
  veto (the rules would answer, the model doubts it: review), and reasons in replies.
* :mod:`responder.learn.examples`: the business's own labelled examples (``labels`` table),
  ``responder label`` and ``--export``; :mod:`responder.learn.relearn`: ``responder learn``.
"""
