#pragma once

#include <cstdio>
#include <cstdlib>

// Stops the run when an invariant does not hold: libFuzzer then saves the input as a crash.
#define FEDIBELL_FUZZ_CHECK(condition)                                                             \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "invariant failed: %s (%s:%d)\n", #condition, __FILE__,           \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
