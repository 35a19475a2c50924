"""The spaCy model and the components the project adds to its pipeline (the parse is cached per document)."""
