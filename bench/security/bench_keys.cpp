// What getting the cache key costs when a profile opens: Argon2id at the stored cost (MODERATE, the
// default, and INTERACTIVE), the key check, a keychain read (when a Secret Service is reachable), and the
// whole ProfileManager::open() against a bare Database::open() with the key already in hand.
// Prints medians; asserts nothing. Run it under tests/with-keyring.sh for the keychain figures.
#include "core/security/KeyCheck.h"
#include "core/security/PassphraseKey.h"
#include "core/security/ProfileManager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace panorama;

namespace {

QTextStream out(stdout);

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

template <typename F> double medianMs(int runs, F &&body)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        body();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

// The benchmark's own top-level wait for an asynchronous result (the library never does this).
template <typename Result, typename Start> Result wait(Start start)
{
    std::optional<Result> result;
    QEventLoop loop;
    start([&](auto r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

ProfileResult openWith(ProfileManager &m, const ProfileOpenRequest &request)
{
    return wait<ProfileResult>([&](auto done) { m.open(request, done); });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString passphrase = u"客服 Panorama 全景 bench"_s;
    const int runs = 7;

    QString error;
    const KdfParams moderate = KdfParams::moderate();
    const KdfParams interactive = KdfParams::interactive();
    const double moderateMs = medianMs(runs, [&] { PassphraseKey::derive(passphrase, moderate, &error); });
    const double interactiveMs = medianMs(runs, [&] { PassphraseKey::derive(passphrase, interactive, &error); });
    const QByteArray key = PassphraseKey::derive(passphrase, interactive, &error);
    const double checkUs = medianMs(1001, [&] { KeyCheck::compute(key); }) * 1000.0;
    out << "argon2id MODERATE (3 passes, 256 MiB)   median " << moderateMs << " ms over " << runs << " runs\n";
    out << "argon2id INTERACTIVE (2 passes, 64 MiB) median " << interactiveMs << " ms over " << runs << " runs\n";
    out << "ratio MODERATE / INTERACTIVE            " << moderateMs / interactiveMs << "\n";
    out << "key check (keyed BLAKE2b-256)           median " << checkUs << " us\n";

    QTemporaryDir tmp;
    ProfileManager manager;
    const auto bench = [&](const QString &name, const KdfParams &cost) {
        manager.setKdfDefaults(cost);
        const QString dir = tmp.filePath(name);
        ProfileResult created = wait<ProfileResult>([&](auto done) {
            manager.create(
                {dir, QUrl(u"https://bench.example"_s), u"agent01"_s, KeySourceChoice::Passphrase, passphrase}, done);
        });
        if (!created.ok()) {
            out << "cannot create a profile: " << created.message << "\n";
            return;
        }
        created.database->exec("CREATE TABLE t(v TEXT); INSERT INTO t VALUES ('x')");
        const DatabaseKey raw = created.key;
        created.database.reset();
        const double openMs = medianMs(runs, [&] { openWith(manager, {dir, passphrase, false, false}); });
        const double rawMs = medianMs(runs, [&] { Database::open(created.info.cachePath(), raw); });
        out << "open passphrase profile (" << name << ")   median " << openMs << " ms; Database::open with the key "
            << rawMs << " ms; ratio " << openMs / rawMs << "\n";
    };
    bench(u"moderate"_s, moderate);
    bench(u"interactive"_s, interactive);

    KeyStore &store = manager.keyStore();
    store.setTimeout(std::chrono::seconds(10));
    const KeychainResult probe = wait<KeychainResult>([&](auto done) { store.probe(done); });
    if (!probe.ok()) {
        out << "keychain: " << KeyStore::statusName(probe.status) << " (" << probe.message
            << "), no keychain figures\n";
        return 0;
    }
    const QString entry = u"bench.example:443/bench/cache-key"_s;
    wait<KeychainResult>([&](auto done) { store.write(entry, key, done); });
    const double readMs =
        medianMs(runs * 3, [&] { wait<KeychainResult>([&](auto done) { store.read(entry, done); }); });
    out << "keychain read (probe + Secret Service)  median " << readMs << " ms over " << runs * 3 << " runs\n";
    wait<KeychainResult>([&](auto done) { store.remove(entry, done); });
    return 0;
}
