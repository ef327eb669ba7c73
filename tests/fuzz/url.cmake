# Fuzzes Url::parse, the render round trip and toConninfo().
stratum_fuzz_target(url stratum_config)
# No Q_OBJECT here; without this, AUTOMOC leaves a fuzz_url_autogen directory
# next to the binary, which scripts/fuzz.sh would try to run as a fuzzer.
set_target_properties(fuzz_url PROPERTIES AUTOMOC OFF)
