# The restricted-Python reader (revision scripts, env.py, models.py).
stratum_fuzz_target(pyread stratum_pyread)
