"""Records from one parsed document: entity mentions, quotes and their speakers, temporal expressions, terms."""
