"""Reading a corpus: files, tables, web pages and mail archives -> documents with their text and metadata."""
