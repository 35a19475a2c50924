"""The SPEC tables: their schema, building them from records (canonical names, speakers' names, copies),
and querying them (the store)."""
