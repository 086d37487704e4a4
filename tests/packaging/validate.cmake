# cmake "-DVALIDATOR=program;arguments" -DPACKAGE=… -DFILE=… [-DSILENT=ON] -P validate.cmake
# Fails when the validator is missing, fails, or (SILENT) says anything.
list(GET VALIDATOR 0 program)
if(NOT EXISTS "${program}")
    message(FATAL_ERROR "The validator is missing: apt-get install ${PACKAGE}")
endif()
execute_process(COMMAND ${VALIDATOR} ${FILE}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR (SILENT AND NOT output STREQUAL ""))
    message(FATAL_ERROR "${FILE}:\n${output}")
endif()
message(STATUS "${output}")
