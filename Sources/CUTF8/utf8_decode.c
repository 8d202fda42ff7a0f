#include "utf8_decode.h"

// Why hand-written: decoding the lines (three times: the cleaner's pass, the line joiner, each
// item's paragraphs made again) was 6 % of the reader's machine instructions on the genre mix, a
// branchy loop of ~25 instructions a Han character. No library in Debian bookworm decodes UTF-8 to
// UTF-32 with vector instructions (simdutf is not packaged; glib's and ICU's decoders go a
// character at a time). On x86-64 this decodes 16 ASCII bytes, or four three-byte sequences (Han
// characters, CJK punctuation), with a few vector instructions; everything else, and every CPU
// without SSE4.1, goes through the same scalar steps as the Swift decoder it replaces.

/// One scalar at `in[*i]` as the Swift decoder reads it: returns 1 and sets `*v` when a value is
/// written, 0 when none is (a dropped byte order mark), -1 when the sequence is cut short.
static inline int decode_one(const uint8_t *in, size_t count, size_t *i, uint32_t *v, int dropping_bom) {
    uint32_t c = in[*i];
    if (c < 0x80) {
        *v = c;
        *i += 1;
        return 1;
    }
    if ((c & 0xF0) == 0xE0 && *i + 2 < count) {
        uint32_t x = (c & 0x0F) << 12 | (uint32_t)(in[*i + 1] & 0x3F) << 6 | (uint32_t)(in[*i + 2] & 0x3F);
        *i += 3;
        if (x >= 0xD800 && (x < 0xE000 || x == 0xFEFF)) {
            if (x != 0xFEFF) {
                x = 0xFFFD;
            } else if (dropping_bom) {
                return 0;
            }
        }
        *v = x;
        return 1;
    }
    if (c < 0xE0 && *i + 1 < count) {
        *v = (c & 0x1F) << 6 | (uint32_t)(in[*i + 1] & 0x3F);
        *i += 2;
        return 1;
    }
    if (c >= 0xF0 && *i + 3 < count) {
        uint32_t x = (c & 0x07) << 18 | (uint32_t)(in[*i + 1] & 0x3F) << 12 | (uint32_t)(in[*i + 2] & 0x3F) << 6
            | (uint32_t)(in[*i + 3] & 0x3F);
        *i += 4;
        if (dropping_bom && x == 0xFEFF) return 0;  // overlong: as the Swift decoder does
        if (x > 0x10FFFF || (x & 0xFFF800) == 0xD800) x = 0xFFFD;
        *v = x;
        return 1;
    }
    return -1;
}

static size_t decode_scalar(const uint8_t *in, size_t count, uint32_t *out, size_t capacity, int dropping_bom) {
    size_t i = 0, k = 0;
    while (i < count && k < capacity) {
        uint32_t v;
        int r = decode_one(in, count, &i, &v, dropping_bom);
        if (r < 0) break;
        if (r > 0) out[k++] = v;
    }
    return k;
}

#if defined(__x86_64__)
#include <immintrin.h>

__attribute__((target("sse4.1"))) static size_t decode_sse41(
    const uint8_t *in, size_t count, uint32_t *out, size_t capacity, int dropping_bom) {
    size_t i = 0, k = 0;
    // the three bytes of each of four sequences in a 32-bit lane: lead << 16 | second << 8 | third
    const __m128i gather = _mm_setr_epi8(2, 1, 0, -1, 5, 4, 3, -1, 8, 7, 6, -1, 11, 10, 9, -1);
    while (i < count && k < capacity) {
        // 16 bytes read: the block must lie inside the input (no read past its end). A block is
        // taken whole or not at all: advancing by how many of its sequences qualified (a count read
        // off a vector mask) made each step wait on the last and was twice as slow as the scalar
        // steps on the genre mix's short runs.
        if (i + 16 <= count) {
            __m128i block = _mm_loadu_si128((const __m128i *)(in + i));
            if (_mm_movemask_epi8(block) == 0 && k + 16 <= capacity) {
                // sixteen ASCII bytes, widened
                _mm_storeu_si128((__m128i *)(out + k), _mm_cvtepu8_epi32(block));
                _mm_storeu_si128((__m128i *)(out + k + 4), _mm_cvtepu8_epi32(_mm_srli_si128(block, 4)));
                _mm_storeu_si128((__m128i *)(out + k + 8), _mm_cvtepu8_epi32(_mm_srli_si128(block, 8)));
                _mm_storeu_si128((__m128i *)(out + k + 12), _mm_cvtepu8_epi32(_mm_srli_si128(block, 12)));
                i += 16;
                k += 16;
                continue;
            }
            if (k + 4 <= capacity) {
                __m128i lanes = _mm_shuffle_epi8(block, gather);
                // four three-byte sequences: leads 1110xxxx at 0, 3, 6 and 9 (the scalar steps take
                // the two bytes after such a lead whatever they are, and so do these)
                __m128i isLead = _mm_cmpeq_epi32(_mm_and_si128(lanes, _mm_set1_epi32(0x00F00000)), _mm_set1_epi32(0x00E00000));
                if (_mm_movemask_ps(_mm_castsi128_ps(isLead)) == 0xF) {
                    __m128i b0 = _mm_and_si128(_mm_srli_epi32(lanes, 4), _mm_set1_epi32(0xF000));  // (lead & 0x0F) << 12
                    __m128i b1 = _mm_and_si128(_mm_srli_epi32(lanes, 2), _mm_set1_epi32(0x0FC0));  // (second & 0x3F) << 6
                    __m128i b2 = _mm_and_si128(lanes, _mm_set1_epi32(0x3F));
                    __m128i v = _mm_or_si128(_mm_or_si128(b0, b1), b2);
                    // a surrogate (D800-DFFF) or a byte order mark (FEFF) among them: the scalar steps
                    __m128i surrogate = _mm_cmpeq_epi32(_mm_and_si128(v, _mm_set1_epi32(0xF800)), _mm_set1_epi32(0xD800));
                    __m128i bom = _mm_cmpeq_epi32(v, _mm_set1_epi32(0xFEFF));
                    if (_mm_movemask_epi8(_mm_or_si128(surrogate, bom)) == 0) {
                        _mm_storeu_si128((__m128i *)(out + k), v);
                        i += 12;
                        k += 4;
                        continue;
                    }
                }
            }
        }
        uint32_t v;
        int r = decode_one(in, count, &i, &v, dropping_bom);
        if (r < 0) break;
        if (r > 0) out[k++] = v;
    }
    return k;
}
#endif

size_t tongbao_utf8_decode(const uint8_t *in, size_t count, uint32_t *out, size_t capacity, int dropping_bom) {
    if (in == NULL || out == NULL) return 0;
#if defined(__x86_64__)
    if (__builtin_cpu_supports("sse4.1")) return decode_sse41(in, count, out, capacity, dropping_bom);
#endif
    return decode_scalar(in, count, out, capacity, dropping_bom);
}
