# SPDX-License-Identifier: Apache-2.0
# headroom_add_layer(NAME [PREFIX prefix] SOURCES ... [PUBLIC_DEPS ...] [PRIVATE_DEPS ...])
#
# A layer is a folder, a static library (headroom_NAME) and an include prefix ("PREFIX/x.h",
# the folder's name unless given). Each layer gets an include root of its own in the build
# tree that holds only a link to its folder, so a layer's headers can be reached only by
# targets that link it: an include of a layer not declared as a dependency (a reach upward)
# fails to compile instead of quietly working.
function(headroom_add_layer name)
  cmake_parse_arguments(ARG "" "PREFIX" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  if(NOT ARG_PREFIX)
    set(ARG_PREFIX ${name})
  endif()
  set(target headroom_${name})
  add_library(${target} STATIC ${ARG_SOURCES})
  set(include_root ${CMAKE_BINARY_DIR}/layers/${name})
  file(MAKE_DIRECTORY ${include_root})
  file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${include_root}/${ARG_PREFIX} SYMBOLIC)
  target_include_directories(${target} PUBLIC ${include_root})
  target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  if(TARGET headroom_warnings)
    target_link_libraries(${target} PRIVATE headroom_warnings)
  endif()
endfunction()
