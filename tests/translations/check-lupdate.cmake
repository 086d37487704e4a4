# Runs lupdate over the program's sources, as `update_translations` does,
# into copies of the committed .ts files, and fails when a copy changed: a
# string in the code is missing from the translations, or the .ts files hold
# one the code no longer has. Fix: cmake --build build --target
# update_translations, translate the new entries, commit.
#
# -DLUPDATE=… -DPROJECT_IN=<build>/models/.lupdate/models_project.cmake
# -DGENERATOR=<Qt6LinguistTools>/GenerateLUpdateProject.cmake -DWORK_DIR=…
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/ts")

include("${PROJECT_IN}") # sets lupdate_translations, among others
set(copies)
foreach(ts IN LISTS lupdate_translations)
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK_DIR}/ts")
    list(APPEND copies "${WORK_DIR}/ts/${name}")
endforeach()

execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN}
        -DOUT_FILE=${WORK_DIR}/project.json -P "${GENERATOR}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project")
endif()
file(READ "${WORK_DIR}/project.json" project)
foreach(ts IN LISTS lupdate_translations)
    get_filename_component(name "${ts}" NAME)
    string(REPLACE "\"${ts}\"" "\"${WORK_DIR}/ts/${name}\"" project "${project}")
endforeach()
file(WRITE "${WORK_DIR}/project.json" "${project}")

execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -no-obsolete
        -locations none
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()

set(stale)
foreach(ts IN LISTS lupdate_translations)
    get_filename_component(name "${ts}" NAME)
    file(SHA256 "${ts}" committed)
    file(SHA256 "${WORK_DIR}/ts/${name}" updated)
    if(NOT committed STREQUAL updated)
        list(APPEND stale "${name}")
    endif()
endforeach()
if(stale)
    list(JOIN stale ", " stale)
    message(FATAL_ERROR "lupdate changes ${stale}: the translations do not match the code. "
        "Run: cmake --build build --target update_translations, translate, commit. "
        "(The updated files are in ${WORK_DIR}/ts.)")
endif()
message(STATUS "lupdate leaves the translations unchanged")
