#include "core/routing/TextNormalizer.h"

#include <opencc.h>

#include <QLoggingCategory>

#include <mutex>

namespace panorama::routing {

namespace {

Q_LOGGING_CATEGORY(lcNormalizer, "panorama.routing.normalizer")

// One OpenCC converter for the process: opening it parses the dictionaries (tens of milliseconds),
// far too slow to repeat per ticket. OpenCC documents no thread-safety guarantee, hence the mutex.
class T2sConverter
{
public:
    T2sConverter()
    {
        m_handle = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
        if (m_handle == reinterpret_cast<opencc_t>(-1)) {
            m_handle = nullptr;
            qCWarning(lcNormalizer, "OpenCC t2s unavailable (%s); Traditional Chinese is not folded", opencc_error());
        }
    }
    ~T2sConverter()
    {
        if (m_handle)
            opencc_close(m_handle);
    }
    T2sConverter(const T2sConverter &) = delete;
    T2sConverter &operator=(const T2sConverter &) = delete;

    bool isValid() const { return m_handle != nullptr; }

    QString convert(const QString &text)
    {
        if (!m_handle)
            return text;
        const QByteArray utf8 = text.toUtf8();
        std::lock_guard lock(m_mutex);
        char *out = opencc_convert_utf8(m_handle, utf8.constData(), size_t(utf8.size()));
        if (!out)
            return text;
        QString result = QString::fromUtf8(out);
        opencc_convert_utf8_free(out);
        return result;
    }

private:
    opencc_t m_handle = nullptr;
    std::mutex m_mutex;
};

T2sConverter &converter()
{
    static T2sConverter instance;
    return instance;
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2EBEF) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

} // namespace

bool TextNormalizer::containsHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.isHighSurrogate() || isHan(c.unicode()))
            return true;
    }
    return false;
}

bool TextNormalizer::hasTraditionalConverter()
{
    return converter().isValid();
}

QString TextNormalizer::toSimplified(const QString &text)
{
    return containsHan(text) ? converter().convert(text) : text;
}

QString TextNormalizer::normalize(const QString &text, Options options)
{
    QString s = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    if (options.traditionalToSimplified)
        s = toSimplified(s);
    // Collapse every run of whitespace (including U+3000, already folded by NFKC) to one space.
    QString out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (const QChar c : std::as_const(s)) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

} // namespace panorama::routing
