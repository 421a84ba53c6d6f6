# ch01.5 vectorise: checks GCC's vectorisation report for a file (test ch01.5-vectorise-remarks).
#   cmake -DREMARKS=file -DEXPECT=regex [-DFORBID=regex] -P check_remarks.cmake
if(NOT EXISTS "${REMARKS}")
  message(FATAL_ERROR "no report at ${REMARKS}: build the chapter first (GCC only)")
endif()
file(READ "${REMARKS}" text)
if(NOT text MATCHES "${EXPECT}")
  message(FATAL_ERROR "${REMARKS} does not say \"${EXPECT}\":\n${text}")
endif()
if(DEFINED FORBID AND text MATCHES "${FORBID}")
  message(FATAL_ERROR "${REMARKS} says \"${FORBID}\":\n${text}")
endif()
message(STATUS "${REMARKS}: \"${EXPECT}\" found")
