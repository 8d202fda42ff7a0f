#ifndef TONGBAO_UTF8_DECODE_H
#define TONGBAO_UTF8_DECODE_H

#include <stddef.h>
#include <stdint.h>

/// Decodes the UTF-8 bytes `in[0..<count]` into at most `capacity` scalar values at `out`, step for
/// step as the reader's Swift decoder did (kept in `CleanPassTests.vectorDecoderAsTheScalarSteps`
/// as the reference): U+FEFF dropped when `dropping_bom`, a surrogate or a value above U+10FFFF
/// written as U+FFFD, a sequence cut short by the end of the bytes ends the decoding. Returns the
/// number of values written.
size_t tongbao_utf8_decode(const uint8_t *in, size_t count, uint32_t *out, size_t capacity, int dropping_bom);

#endif
