#include "requestguard.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

// A connection's bytes through the request framer that stands before QHttpServer. However
// the bytes are cut into reads, the framer must find the same requests and the same
// refusal: a request that could be framed two ways could be smuggled.
namespace {

struct Outcome
{
    std::vector<qint64> ends;
    int refusal = 0;
    qint64 framedUpTo = 0;
};

Outcome frame(QByteArrayView bytes, size_t chunk)
{
    Http::RequestFramer framer(1024 * 1024);
    Outcome outcome;
    for (qsizetype at = 0; at < bytes.size() && outcome.refusal == 0; at += qsizetype(chunk)) {
        Http::Refusal refusal;
        bool continueWanted = false;
        if (!framer.feed(bytes.sliced(at, qMin<qsizetype>(qsizetype(chunk), bytes.size() - at)), &refusal, &continueWanted))
            outcome.refusal = refusal.status;
        while (framer.hasFramed()) {
            outcome.ends.push_back(framer.framed().front().end);
            framer.framed().pop_front();
        }
    }
    outcome.framedUpTo = framer.streamEnd();
    return outcome;
}

[[noreturn]] void fail(const char *what, size_t chunk)
{
    std::fprintf(stderr, "fuzz_requestframing: %s (reads of %zu bytes)\n", what, chunk);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses how the rest is cut into reads.
    const size_t chunk = 1 + data[0] % 64;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Outcome whole = frame(bytes, size_t(qMax<qsizetype>(1, bytes.size())));
    const Outcome cut = frame(bytes, chunk);
    if (whole.ends != cut.ends)
        fail("the requests found depend on how the bytes arrive", chunk);
    if (whole.refusal != cut.refusal)
        fail("the refusal depends on how the bytes arrive", chunk);
    qint64 previous = 0;
    for (const qint64 end : whole.ends) {
        if (end <= previous || end > bytes.size())
            fail("a request ends outside the stream or before the one before it", chunk);
        previous = end;
    }
    if (whole.refusal == 0 && whole.framedUpTo != bytes.size())
        fail("bytes were left unframed without a refusal", chunk);
    return 0;
}
