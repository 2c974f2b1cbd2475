"""The demo site's content as plain data: pages, snippets and documents, in English and Spanish."""
