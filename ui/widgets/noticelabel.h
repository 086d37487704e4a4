#pragma once

class QLabel;

namespace ep {

// Makes `label` a notice above what it concerns — a record changed
// elsewhere, a lost connection, a role that may only read: wrapped text on
// the tooltip colours, in a frame, hidden until there is something to say.
void makeNotice(QLabel *label);

} // namespace ep
