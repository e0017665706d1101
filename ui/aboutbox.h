#pragma once

class QWidget;

namespace Glance {

// The About box: the application's name and version, window-modal over `parent`, without a
// nested event loop; it deletes itself when closed.
void showAboutBox(QWidget *parent);

} // namespace Glance
