#pragma once

namespace fedibell {

struct CommandLine;

// Runs headless mode to the end (a QCoreApplication must exist). Returns the exit code.
int runHeadless(const CommandLine &options);

} // namespace fedibell
