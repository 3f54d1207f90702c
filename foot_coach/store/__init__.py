"""The local history database: stdlib sqlite3, schema and migrations, no Qt."""
