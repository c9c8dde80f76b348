#pragma once

#include <QString>

namespace fedibell {

// Finds a program that fedibell runs (fedibell-headless, fedibell-demo-instance): beside the
// running binary, as in the build tree, or in the private directory it is installed to, whose
// path relative to the binary's directory CMake decides (FEDIBELL_INSTALL_PRIVATEDIR).
// Returns the canonical path, or an empty string when neither is an executable file.
// Needs no QCoreApplication, so main() can use it first thing.
QString findPrivateProgram(const QString &name);

} // namespace fedibell
