"""`make bench`: a synthetic corpus, timed builds, and a report against targets."""
