# SPDX-License-Identifier: Apache-2.0
# Run by the headroom_lupdate target: refreshes the .ts files from the folders listed in
# sources.txt that exist now. Locations are left out so the files change only when text does.
file(STRINGS ${SOURCE_DIR}/translations/sources.txt lines)
set(dirs)
foreach(line IN LISTS lines)
  string(STRIP "${line}" line)
  if(line AND NOT line MATCHES "^#" AND IS_DIRECTORY ${SOURCE_DIR}/${line})
    list(APPEND dirs ${line})
  endif()
endforeach()
# Include roots, so that lupdate finds the class (and its namespace) of "layer/x.h" includes.
set(common -locations none -no-obsolete -extensions cpp,h -I core -I .)
execute_process(COMMAND ${LUPDATE} ${common} ${dirs} -target-language ko -ts translations/headroom_ko.ts
                WORKING_DIRECTORY ${SOURCE_DIR} COMMAND_ERROR_IS_FATAL ANY)
# English needs only the plural forms of %n messages ("1 node", "2 nodes").
execute_process(COMMAND ${LUPDATE} ${common} -pluralonly ${dirs} -target-language en -ts translations/headroom_en.ts
                WORKING_DIRECTORY ${SOURCE_DIR} COMMAND_ERROR_IS_FATAL ANY)
