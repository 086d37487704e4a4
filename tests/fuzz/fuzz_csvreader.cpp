// libFuzzer entry point for the CSV reader (see tests/fuzz/README.md).

#include "csvinput.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ep::test::exerciseCsvInput(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
