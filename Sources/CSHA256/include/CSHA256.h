#ifndef CSHA256_H
#define CSHA256_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// Whether this processor has the SHA extensions (and the SSSE3 and SSE4.1 instructions used with them).
bool csha256_has_sha_extensions(void);

/// SHA-256's 64 round constants (FIPS 180-4, 4.2.2), for the Swift compression as well.
const uint32_t *csha256_round_constants(void);

/// Runs SHA-256's compression over `count` whole 64-byte blocks with the SHA extensions, updating the eight words
/// of `state` (a, b, ..., h). Call only when csha256_has_sha_extensions() is true.
void csha256_compress_blocks(uint32_t state[8], const uint8_t *blocks, size_t count);

#endif
