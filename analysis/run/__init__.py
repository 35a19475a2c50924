"""Annotating a corpus: the cache, the engines that parse (in process, worker processes, Dask), and the run itself."""
