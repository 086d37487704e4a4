#include "widgets/windowfilters.h"

#include "widgets/accessiblenames.h"
#include "widgets/keyboardfocus.h"
#include "widgets/mnemonics.h"
#include "widgets/scrollingdialogs.h"

namespace ep::windowfilters {

void install()
{
    accessiblenames::install();
    scrollingdialogs::install();
    keyboardfocus::install();
    mnemonics::install();
}

} // namespace ep::windowfilters
