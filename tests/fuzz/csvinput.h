#pragma once

#include <QByteArrayView>

namespace ep::test {

// Runs `bytes` through everything that reads a CSV file before the database
// sees it: format detection, the reader with each delimiter, decoding of
// every field in each encoding, the column names, the preview. Shared by the
// fuzz target and the regression test that replays its findings.
void exerciseCsvInput(QByteArrayView bytes);

} // namespace ep::test
