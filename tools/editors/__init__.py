"""What editors run besides the build: new items, translation stubs and a table of
which translations are missing or outdated. Pure modules; no Pelican imports."""
