#pragma once

namespace fedibell {

// How much of a message Fedibell shows on screen.
enum class Privacy {
    FullText,   // sender and text (or the content warning)
    SenderOnly, // who wrote, not what
    Nothing,    // only that a direct message arrived
};

} // namespace fedibell
