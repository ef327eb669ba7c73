# The console's SQL scanner and statement splitter (ui/console), built from
# their sources: they are pure QtCore logic, and fuzz builds have no GUI.
stratum_fuzz_target(splitter Qt6::Core)
target_sources(fuzz_splitter PRIVATE ${PROJECT_SOURCE_DIR}/ui/console/SqlScanner.cpp
                                     ${PROJECT_SOURCE_DIR}/ui/console/SqlStatementSplitter.cpp)
target_include_directories(fuzz_splitter PRIVATE ${PROJECT_SOURCE_DIR})
