"""Site search: per-language stemming and the reader's search page."""
