# Warnings and sanitizers shared by every Stratum target.
add_library(stratum_warnings INTERFACE)
target_compile_options(stratum_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(STRATUM_WERROR)
  target_compile_options(stratum_warnings INTERFACE -Werror)
endif()

if(STRATUM_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# stratum_layer(<name> SOURCES ... DEPENDS ...) declares one core layer as its
# own static library, so that an include pointing the wrong way fails to link.
function(stratum_layer name)
  cmake_parse_arguments(L "" "" "SOURCES;DEPENDS" ${ARGN})
  add_library(${name} STATIC ${L_SOURCES})
  target_link_libraries(${name} PUBLIC ${L_DEPENDS} PRIVATE stratum_warnings)
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR} ${CMAKE_BINARY_DIR}/generated)
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()
