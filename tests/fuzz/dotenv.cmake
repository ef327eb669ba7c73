# The .env parser and its ${VAR} interpolation (core/config/DotEnv).
stratum_fuzz_target(dotenv stratum_config)
