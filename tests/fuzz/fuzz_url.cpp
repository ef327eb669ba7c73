// libFuzzer target for stratum::config::Url. For arbitrary bytes read as
// UTF-8: parsing never crashes, an error names a column inside the text, and
// every URL that parses renders back to itself: parse(toString(false)) == url.
#include "core/config/Url.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using stratum::config::Url;

namespace {

[[noreturn]] void fail(const char *what, const QString &input, const QString &rendered)
{
    std::fprintf(stderr, "fuzz_url: %s\n  input:    %s\n  rendered: %s\n", what,
                 input.toUtf8().constData(), rendered.toUtf8().constData());
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = Url::parse(text);
    if (!parsed) {
        const auto &e = parsed.error();
        if (e.column < 1 || e.column > text.size() + 1 || e.source != QLatin1String("URL"))
            fail("error column outside the text", text, e.toString());
        return 0;
    }
    const Url &url = parsed.value();
    const QString rendered = url.toString(false);
    const auto again = Url::parse(rendered);
    if (!again)
        fail("rendered URL does not parse", text,
             rendered + QLatin1String(" -> ") + again.error().toString());
    if (!(again.value() == url))
        fail("parse(toString(false)) != url", text, rendered);
    if (again.value().toString(false) != rendered)
        fail("rendering is not stable", text, rendered);

    const auto hidden = Url::parse(url.toString(true));
    if (!hidden || hidden.value().password().has_value() != url.password().has_value() ||
        (url.password() && *hidden.value().password() != QLatin1String("***")))
        fail("hidden rendering does not hide the password", text, rendered);

    const QString conninfo = url.toConninfo();
    if (!url.host().isEmpty() && !conninfo.contains(QLatin1String("host='")))
        fail("conninfo lost the host", text, rendered);
    return 0;
}
