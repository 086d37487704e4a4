#pragma once

#include <QString>

namespace ep::cli {

class Console;
class Invocation;

// "export messages EVENT --template NAME --output DIR": a personalised .eml
// draft per participant with an email address, from the database's message
// template in the language each reads (export/messagedrafts.h). The
// recipients are those the template is meant for (defaultRecipientStatuses)
// unless --status or --role choose; --language is the language of whoever's
// is not known. Called by "export" (exportcommand.h) for "messages".
QString checkMessagesUsage(const Invocation &invocation);
int runMessagesExport(const Invocation &invocation, Console &console);

} // namespace ep::cli
