"""The demo content: the whole eCPR program as real pages, in English and Spanish."""
