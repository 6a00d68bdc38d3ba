#include "core/demo/DemoOutput.h"

#include <QDir>
#include <QSaveFile>

#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace panorama::demo {

namespace {

const char *const kTableNames[] = {"stores",      "staff",     "customers",   "identities", "tags",
                                   "memberships", "addresses", "size_charts", "products",   "orders",
                                   "order_items", "shipments", "returns",     "tickets",    "ticket_messages",
                                   "kb_articles", "qa_alerts", "audit_events"};
static_assert(std::size(kTableNames) == kTableCount);

} // namespace

const char *tableName(Table t)
{
    return kTableNames[int(t)];
}

DemoOutput::DemoOutput(const QString &dir, bool force) : m_dir(dir)
{
    QDir d(dir);
    if (d.exists()) {
        const QStringList entries = d.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        if (!entries.isEmpty() && !force)
            throw DemoError(
                u"%1 is not empty (%2 entries); pass --force to overwrite the demo files in it"_s.arg(dir).arg(
                    entries.size()));
        // The old manifest would vouch for files this run is about to replace.
        if (d.exists(u"manifest.json"_s) && !d.remove(u"manifest.json"_s))
            throw DemoError(u"cannot remove the old %1"_s.arg(d.filePath(u"manifest.json"_s)));
    } else if (!QDir().mkpath(dir)) {
        throw DemoError(u"cannot create directory %1"_s.arg(dir));
    }
    for (int t = 0; t < kTableCount; ++t) {
        auto f = std::make_unique<QFile>(partPath(Table(t)));
        if (!f->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
            throw DemoError(u"cannot write %1: %2"_s.arg(f->fileName(), f->errorString()));
        m_files[size_t(t)] = std::move(f);
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
        m_hash[size_t(t)] = ctx;
    }
}

DemoOutput::~DemoOutput()
{
    for (void *ctx : m_hash)
        EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(ctx));
    if (!m_finished) {
        for (auto &f : m_files) {
            if (f) {
                f->close();
                f->remove();
            }
        }
    }
}

QString DemoOutput::partPath(Table t) const
{
    return QDir(m_dir).filePath(u"."_s + QLatin1StringView(tableName(t)) + u".jsonl.part"_s);
}

QString DemoOutput::fileName(Table t) const
{
    return QLatin1StringView(tableName(t)) + u".jsonl"_s;
}

void DemoOutput::append(Table table, const QByteArray &bytes, int64_t rows)
{
    const size_t i = size_t(table);
    m_rows[i] += rows;
    if (bytes.isEmpty())
        return;
    if (m_files[i]->write(bytes) != bytes.size())
        throw DemoError(u"cannot write %1: %2"_s.arg(m_files[i]->fileName(), m_files[i]->errorString()));
    EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_hash[i]), bytes.constData(), size_t(bytes.size()));
    m_bytes[i] += bytes.size();
}

void DemoOutput::seal()
{
    for (int t = 0; t < kTableCount; ++t) {
        if (!m_sha[size_t(t)].isEmpty())
            continue;
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_hash[size_t(t)]), digest, &length);
        m_sha[size_t(t)] = QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
        QFile &f = *m_files[size_t(t)];
        if (!f.flush())
            throw DemoError(u"cannot write %1: %2"_s.arg(f.fileName(), f.errorString()));
        f.close();
    }
}

void DemoOutput::finish(const QByteArray &manifestJson)
{
    seal();
    QDir d(m_dir);
    for (int t = 0; t < kTableCount; ++t) {
        const QString target = d.filePath(fileName(Table(t)));
        if (QFile::exists(target) && !QFile::remove(target))
            throw DemoError(u"cannot replace %1"_s.arg(target));
        if (!QFile::rename(partPath(Table(t)), target))
            throw DemoError(u"cannot rename %1 to %2"_s.arg(partPath(Table(t)), target));
    }
    m_finished = true;
    QSaveFile manifest(d.filePath(u"manifest.json"_s));
    if (!manifest.open(QIODevice::WriteOnly) || manifest.write(manifestJson) != manifestJson.size() ||
        !manifest.commit())
        throw DemoError(u"cannot write %1: %2"_s.arg(manifest.fileName(), manifest.errorString()));
}

} // namespace panorama::demo
