# stratum_add_test(<name> SOURCES ... LIBS ... LABELS ... [TIMEOUT s] [GUI])
# is the one way to add a test: it builds a Qt Test executable, registers it
# with ctest under its labels, and records unit tests for the sanitizer build.
set_property(GLOBAL PROPERTY STRATUM_UNIT_TESTS "")

function(stratum_add_test name)
  cmake_parse_arguments(T "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
  if(T_GUI AND NOT STRATUM_BUILD_GUI)
    return()
  endif()
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS} stratum_warnings)
  target_compile_definitions(${name} PRIVATE
    STRATUM_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    STRATUM_BINARY_DIR="${PROJECT_BINARY_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set(env "QT_QPA_PLATFORM=offscreen" ${T_ENVIRONMENT})
  set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
                       ENVIRONMENT "${env}")
  if("unit" IN_LIST T_LABELS)
    set_property(GLOBAL APPEND PROPERTY STRATUM_UNIT_TESTS ${name})
  endif()
endfunction()

# A target that builds only the unit tests, for the sanitizer pass.
function(stratum_finish_tests)
  get_property(units GLOBAL PROPERTY STRATUM_UNIT_TESTS)
  add_custom_target(unit_tests)
  if(units)
    add_dependencies(unit_tests ${units})
  endif()
endfunction()
