#include "core/security/ProfileInfo.h"

#include "core/security/KeyCheck.h"
#include "core/security/KeyStore.h"
#include "core/security/ProfileError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

constexpr qint64 kMaxProfileBytes = 64 * 1024;

[[noreturn]] void invalid(const QString &path, const QString &why)
{
    throw ProfileError(ProfileErrorKind::InvalidProfile, u"%1 is not a usable Panorama profile: %2"_s.arg(path, why));
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

QString ProfileInfo::profilePath() const
{
    return QDir(directory).filePath(profileFileName());
}

QString ProfileInfo::cachePath() const
{
    return QDir(directory).filePath(cacheFileName());
}

QUrl ProfileInfo::normalizedServer(const QUrl &server)
{
    QUrl url = server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (url.path() == u"/"_s)
        url.setPath({});
    return url;
}

QString ProfileInfo::keySourceName(KeySource source)
{
    return source == KeySource::Keychain ? u"keychain"_s : u"passphrase"_s;
}

QString ProfileInfo::problemWith(const QUrl &server, const QString &account)
{
    if (!server.isValid() || (server.scheme() != u"https"_s && server.scheme() != u"http"_s) || server.host().isEmpty())
        return u"the server must be an http:// or https:// URL with a host name, got \"%1\""_s.arg(server.toString());
    if (account.trimmed().isEmpty())
        return u"the account name is empty"_s;
    for (const QChar c : account)
        if (c == u'/' || c.category() == QChar::Other_Control)
            return u"the account name \"%1\" contains '/' or a control character"_s.arg(account);
    return {};
}

QJsonObject ProfileInfo::toJson() const
{
    QJsonObject json{
        {u"format"_s, u"panorama-profile"_s},
        {u"version"_s, FormatVersion},
        {u"server"_s, normalizedServer(server).toString()},
        {u"account"_s, account},
        {u"keySource"_s, keySourceName(keySource)},
        {u"keyCheck"_s,
         QJsonObject{{u"algorithm"_s, KeyCheck::algorithm()}, {u"value"_s, QString::fromLatin1(keyCheck.toBase64())}}},
        {u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODate)},
    };
    if (keySource == KeySource::Keychain)
        json.insert(u"keychain"_s, QJsonObject{{u"service"_s, KeyStore::serviceName()}, {u"entry"_s, keychainEntry}});
    else if (kdf)
        json.insert(u"kdf"_s, kdf->toJson());
    return json;
}

ProfileInfo ProfileInfo::load(const QString &dir)
{
    ProfileInfo info;
    info.directory = dir;
    const QString path = info.profilePath();
    QFile file(path);
    if (!file.exists())
        throw ProfileError(ProfileErrorKind::NotFound,
                           u"there is no Panorama profile in %1 (no %2)"_s.arg(dir, profileFileName()));
    if (!file.open(QIODevice::ReadOnly))
        throw ProfileError(ProfileErrorKind::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    if (file.size() > kMaxProfileBytes)
        invalid(path, u"it is %1 bytes, far more than a profile holds"_s.arg(file.size()));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        invalid(path, u"not valid JSON (%1 at byte %2; truncated or edited?)"_s.arg(parseError.errorString())
                          .arg(parseError.offset));
    if (!doc.isObject())
        invalid(path, u"the top level is not a JSON object"_s);
    const QJsonObject json = doc.object();
    if (json.value(u"format"_s).toString() != u"panorama-profile"_s)
        invalid(path, u"\"format\" is not \"panorama-profile\""_s);
    const int version = json.value(u"version"_s).toInt(-1);
    if (version > FormatVersion)
        invalid(path,
                u"it has format version %1, written by a newer Panorama (this one reads up to %2)"_s.arg(version).arg(
                    FormatVersion));
    if (version < 1)
        invalid(path, u"\"version\" is missing or not a positive integer"_s);

    info.server = QUrl(json.value(u"server"_s).toString(), QUrl::StrictMode);
    info.account = json.value(u"account"_s).toString();
    if (const QString problem = problemWith(info.server, info.account); !problem.isEmpty())
        invalid(path, problem);

    const QJsonObject check = json.value(u"keyCheck"_s).toObject();
    if (check.value(u"algorithm"_s).toString() != KeyCheck::algorithm())
        invalid(path, u"keyCheck.algorithm is not \"%1\""_s.arg(KeyCheck::algorithm()));
    info.keyCheck =
        QByteArray::fromBase64(check.value(u"value"_s).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (info.keyCheck.size() != 32)
        invalid(path, u"keyCheck.value must be 32 bytes of base64"_s);
    info.createdAt = QDateTime::fromString(json.value(u"createdAt"_s).toString(), Qt::ISODate);

    const QString source = json.value(u"keySource"_s).toString();
    if (source == u"keychain"_s) {
        info.keySource = KeySource::Keychain;
        info.keychainEntry = json.value(u"keychain"_s).toObject().value(u"entry"_s).toString();
        if (info.keychainEntry.isEmpty())
            invalid(path, u"keychain.entry is missing"_s);
    } else if (source == u"passphrase"_s) {
        info.keySource = KeySource::Passphrase;
        QString why;
        info.kdf = KdfParams::fromJson(json.value(u"kdf"_s).toObject(), &why);
        if (!info.kdf)
            invalid(path, why);
    } else {
        invalid(path, u"keySource is \"%1\", expected \"keychain\" or \"passphrase\""_s.arg(source));
    }
    return info;
}

void ProfileInfo::createFile() const
{
    const QString path = profilePath();
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            throw ProfileError(ProfileErrorKind::AlreadyExists, u"%1 already exists; it was left as it is"_s.arg(path));
        throw ProfileError(ProfileErrorKind::Io, u"cannot create %1: %2"_s.arg(path, errnoText()));
    }
    const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
    const bool ok = written == bytes.size() && ::fsync(fd) == 0;
    const QString why = errnoText();
    ::close(fd);
    if (!ok) {
        ::unlink(native.constData()); // our own half-written file, created a moment ago
        throw ProfileError(ProfileErrorKind::Io, u"cannot write %1: %2"_s.arg(path, why));
    }
}

} // namespace panorama
