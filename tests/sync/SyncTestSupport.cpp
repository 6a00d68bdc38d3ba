#include "SyncTestSupport.h"

#include "core/sync/SyncProtocol.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <csignal>

using namespace Qt::StringLiterals;

namespace panorama::testing {

QString serverBinary()
{
    return QStringLiteral(PANORAMA_BINARY_DIR) + u"/server/panorama-server"_s;
}

bool waitFor(const std::function<bool()> &pred, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!pred()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

QString postgresBaseUrl()
{
    QString url = qEnvironmentVariable("PANORAMA_TEST_PG_URL");
    if (url.isEmpty()) {
        QFile f(QStringLiteral(PANORAMA_SOURCE_DIR) + u"/build/pg/url"_s);
        if (f.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(f.readAll()).trimmed();
    }
    return url;
}

namespace {

QSqlDatabase adminConnection(const QUrl &u, QString *why)
{
    const QString name = u"pg-admin-"_s + QString::number(QRandomGenerator::global()->generate());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setUserName(u.userName());
    db.setPassword(u.password());
    db.setDatabaseName(u.path().mid(1));
    if (!db.open() && why)
        *why = db.lastError().text();
    return db;
}

} // namespace

QString createPostgresDatabase(QString *why)
{
    const QString base = postgresBaseUrl();
    if (base.isEmpty()) {
        *why = u"no PostgreSQL test cluster: set PANORAMA_TEST_PG_URL or run scripts/postgres.sh start"_s;
        return {};
    }
    QUrl u(base);
    QString name;
    {
        QSqlDatabase db = adminConnection(u, why);
        if (!db.isOpen()) {
            *why = u"cannot reach PostgreSQL at %1: %2"_s.arg(base, *why);
            return {};
        }
        name = u"panorama_test_%1_%2"_s.arg(QCoreApplication::applicationPid())
                   .arg(QRandomGenerator::global()->bounded(1000000));
        QSqlQuery q(db);
        if (!q.exec(u"CREATE DATABASE "_s + name)) {
            *why = q.lastError().text();
            return {};
        }
        db.close();
    }
    u.setPath(u'/' + name);
    return u.toString();
}

void dropPostgresDatabase(const QString &url)
{
    QUrl u(url);
    const QString name = u.path().mid(1);
    QUrl base(postgresBaseUrl());
    QSqlDatabase db = adminConnection(base, nullptr);
    QSqlQuery q(db);
    q.exec(u"DROP DATABASE IF EXISTS "_s + name + u" WITH (FORCE)"_s);
}

QStringList Backend::args() const
{
    return dbUrl.isEmpty() ? QStringList{u"--data"_s, dataDir} : QStringList{u"--db"_s, dbUrl};
}

namespace {

void writeLines(const QString &path, const QList<QJsonObject> &rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    for (const QJsonObject &o : rows) {
        f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        f.write("\n");
    }
}

} // namespace

Fixture writeFixture(const QString &dir, int customers)
{
    Fixture fx;
    QList<QJsonObject> stores, staff, custs, identities, addresses, orders, tickets;
    const QStringList regions = {u"east"_s, u"east"_s, u"north"_s};
    for (int s = 0; s < 3; ++s) {
        const QString id = SyncProtocol::uuidV7();
        fx.storeIds << id;
        stores << QJsonObject{{u"id"_s, id},
                              {u"code"_s, u"S%1"_s.arg(s + 1)},
                              {u"name"_s, u"门店%1"_s.arg(s + 1)},
                              {u"name_en"_s, u"Store %1"_s.arg(s + 1)},
                              {u"province"_s, u"上海"_s},
                              {u"city"_s, u"上海"_s},
                              {u"region"_s, regions[s]}};
    }
    fx.agentStaffId = SyncProtocol::uuidV7();
    staff << QJsonObject{{u"id"_s, fx.agentStaffId},     {u"username"_s, u"fixture.agent"_s},
                         {u"display_name"_s, u"李娜"_s}, {u"role"_s, u"agent"_s},
                         {u"team"_s, u"general"_s},      {u"languages"_s, QJsonArray{u"zh-CN"_s}},
                         {u"skills"_s, QJsonArray{}},    {u"capacity"_s, 10}};
    const qint64 t0 = 1767225600000LL;
    for (int i = 0; i < customers; ++i) {
        const QString cid = SyncProtocol::uuidV7();
        const QString store = i % 5 == 4 ? QString() : fx.storeIds[i % 3];
        fx.customerIds << cid;
        fx.customerStore.insert(cid, store);
        QJsonObject c{{u"id"_s, cid},
                      {u"display_name"_s, i % 2 ? u"Zhang Wei %1"_s.arg(i) : u"王芳%1"_s.arg(i)},
                      {u"gender"_s, u"female"_s},
                      {u"language"_s, u"zh-CN"_s},
                      {u"created_at"_s, t0 + i},
                      {u"height_cm"_s, 160 + i % 20},
                      {u"weight_kg"_s, 50 + i % 30}};
        c.insert(u"home_store_id"_s, store.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(store));
        custs << c;
        identities << QJsonObject{{u"id"_s, SyncProtocol::uuidV7()},
                                  {u"customer_id"_s, cid},
                                  {u"kind"_s, u"phone"_s},
                                  {u"channel"_s, u"web"_s},
                                  {u"value"_s, u"1380013%1"_s.arg(i, 4, 10, QChar(u'0'))},
                                  {u"verified"_s, 1},
                                  {u"first_seen_at"_s, t0}};
        addresses << QJsonObject{{u"id"_s, SyncProtocol::uuidV7()},
                                 {u"customer_id"_s, cid},
                                 {u"recipient"_s, u"王芳"_s},
                                 {u"phone"_s, u"1390013%1"_s.arg(i, 4, 10, QChar(u'0'))},
                                 {u"province"_s, u"上海"_s},
                                 {u"city"_s, u"上海"_s},
                                 {u"district"_s, u"浦东新区"_s},
                                 {u"line"_s, u"世纪大道100号%1室"_s.arg(i)},
                                 {u"is_default"_s, 1}};
        for (int k = 0; k < 2; ++k) {
            QJsonObject o{
                {u"id"_s, SyncProtocol::uuidV7()}, {u"order_no"_s, u"LL260101%1"_s.arg(i * 2 + k, 8, 10, QChar(u'0'))},
                {u"customer_id"_s, cid},           {u"channel"_s, k ? u"web"_s : u"store"_s},
                {u"status"_s, u"paid"_s},          {u"placed_at"_s, t0 + i},
                {u"total_cents"_s, 19900 + i},     {u"payment_method"_s, u"card"_s},
                {u"payment_last4"_s, u"4242"_s}};
            o.insert(u"store_id"_s, k || store.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(store));
            orders << o;
        }
        const QString tid = SyncProtocol::uuidV7();
        fx.ticketIds << tid;
        tickets << QJsonObject{{u"id"_s, tid},
                               {u"ticket_no"_s, u"T%1"_s.arg(i + 1, 8, 10, QChar(u'0'))},
                               {u"customer_id"_s, cid},
                               {u"subject"_s, u"尺码不合适 size exchange %1"_s.arg(i)},
                               {u"category"_s, u"size_problem"_s},
                               {u"status"_s, u"open"_s},
                               {u"channel"_s, u"phone"_s},
                               {u"created_at"_s, t0 + i},
                               {u"assignee_id"_s, fx.agentStaffId}};
    }
    QDir().mkpath(dir);
    writeLines(dir + u"/stores.jsonl"_s, stores);
    writeLines(dir + u"/staff.jsonl"_s, staff);
    writeLines(dir + u"/customers.jsonl"_s, custs);
    writeLines(dir + u"/identities.jsonl"_s, identities);
    writeLines(dir + u"/addresses.jsonl"_s, addresses);
    writeLines(dir + u"/orders.jsonl"_s, orders);
    writeLines(dir + u"/tickets.jsonl"_s, tickets);
    return fx;
}

int runServerCommand(const Backend &backend, const QStringList &args, QString *out, const QByteArray &stdinData)
{
    QProcess p;
    p.start(serverBinary(), backend.args() + args);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(3600000); // bulk imports in benchmarks take minutes
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool addUser(const Backend &backend, const QString &username, const QString &role, const QString &store,
             const QString &region)
{
    QStringList args{u"user"_s, u"add"_s, u"--username"_s, username, u"--role"_s, role, u"--password-stdin"_s};
    if (!store.isEmpty())
        args << u"--store"_s << store;
    if (!region.isEmpty())
        args << u"--region"_s << region;
    QString out;
    const int rc = runServerCommand(backend, args, &out, "test-password\n");
    if (rc != 0)
        qWarning("user add %s failed: %s", qPrintable(username), qPrintable(out));
    return rc == 0;
}

ServerProcess::ServerProcess(Backend backend, QStringList extraArgs)
    : m_backend(std::move(backend)), m_extra(std::move(extraArgs))
{}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(int port)
{
    if (port)
        m_port = port;
    const QString portFile = m_tmp.filePath(u"port"_s);
    QFile::remove(portFile);
    m_proc = std::make_unique<QProcess>();
    m_proc->setProcessChannelMode(QProcess::MergedChannels);
    m_proc->start(serverBinary(),
                  m_backend.args() + m_extra +
                      QStringList{u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port), u"--port-file"_s, portFile});
    if (!m_proc->waitForStarted(10000))
        return false;
    const bool up = waitFor([&] { return QFile::exists(portFile) || m_proc->state() == QProcess::NotRunning; }, 60000);
    if (!up || !QFile::exists(portFile)) {
        qWarning("panorama-server did not start: %s", qPrintable(log()));
        return false;
    }
    QFile f(portFile);
    f.open(QIODevice::ReadOnly);
    m_port = f.readAll().toInt();
    return m_port > 0;
}

void ServerProcess::stop()
{
    if (m_proc && m_proc->state() != QProcess::NotRunning) {
        m_proc->terminate();
        if (!m_proc->waitForFinished(10000))
            m_proc->kill();
        m_proc->waitForFinished(5000);
    }
}

void ServerProcess::kill()
{
    if (m_proc && m_proc->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_proc->processId()), SIGKILL);
        m_proc->waitForFinished(5000);
    }
}

bool ServerProcess::isRunning() const
{
    return m_proc && m_proc->state() == QProcess::Running;
}

QUrl ServerProcess::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QString ServerProcess::log() const
{
    return m_proc ? QString::fromUtf8(m_proc->readAll()) : QString();
}

Client::Client(const QString &path, const QUrl &server, SyncEngine::Options options, const QByteArray &fixedKey)
{
    QByteArray key = fixedKey;
    if (key.isEmpty()) {
        key.resize(32);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    }
    m_db = Database::open(path, DatabaseKey::raw(key), {.create = true});
    m_engine = std::make_unique<SyncEngine>(*m_db, server, options);
    QObject::connect(m_engine.get(), &SyncEngine::syncFinished, m_engine.get(), [this](const SyncReport &) {
        m_done = true;
        m_ok = true;
    });
    QObject::connect(m_engine.get(), &SyncEngine::syncFailed, m_engine.get(), [this](const QString &msg) {
        m_done = true;
        m_ok = false;
        m_error = msg;
    });
}

bool Client::login(const QString &username, const QString &password)
{
    bool done = false, ok = false;
    auto c1 = QObject::connect(m_engine.get(), &SyncEngine::loggedIn, m_engine.get(),
                               [&](const QJsonObject &) { done = ok = true; });
    auto c2 = QObject::connect(m_engine.get(), &SyncEngine::loginFailed, m_engine.get(), [&](const QString &m) {
        done = true;
        m_error = m;
    });
    m_engine->login(username, password, u"test"_s);
    waitFor([&] { return done; }, 30000);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return ok;
}

bool Client::sync(int timeoutMs)
{
    m_done = false;
    m_ok = false;
    m_engine->syncNow();
    if (!waitFor([&] { return m_done; }, timeoutMs)) {
        m_error = u"timed out"_s;
        return false;
    }
    return m_ok;
}

qint64 Client::count(const char *sql)
{
    return m_db->scalar(sql).toLongLong();
}

QString Client::text(const char *sql, const QString &bind)
{
    Query q = m_db->query(sql);
    if (!bind.isNull())
        q.bind(1, bind);
    return q.next() ? q->text(0) : QString();
}

QJsonObject httpLogin(const QUrl &server, const QString &username, const QString &password)
{
    const HttpAnswer a =
        http(server, "POST", u"/api/v1/auth/login"_s,
             QJsonDocument(QJsonObject{{u"username"_s, username}, {u"password"_s, password}}).toJson());
    return a.status == 200 ? a.json : QJsonObject{};
}

HttpAnswer http(const QUrl &server, const QByteArray &method, const QString &path, const QByteArray &body,
                const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkAccessManager nam;
    QUrl u = server;
    const qsizetype q = path.indexOf(u'?');
    u.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    QNetworkRequest req(u);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    reply->deleteLater();
    return a;
}

QSqlDatabase serverDb(const Backend &b)
{
    const QString name = u"check-%1"_s.arg(QRandomGenerator::global()->generate());
    QSqlDatabase db;
    if (b.dbUrl.isEmpty()) {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(b.dataDir + u"/panorama-server.db"_s);
    } else {
        const QUrl u(b.dbUrl);
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
    }
    db.open();
    return db;
}

qint64 serverScalar(const Backend &b, const QString &sql)
{
    qint64 v = -1;
    QSqlDatabase db = serverDb(b);
    {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            v = q.value(0).toLongLong();
        else
            qWarning() << "server query failed:" << q.lastError().text();
    }
    db.close();
    return v;
}

} // namespace panorama::testing
