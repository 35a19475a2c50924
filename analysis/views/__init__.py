"""The read side: DataFrames in, DataFrames, figures and HTML out. Nothing here imports spaCy."""
