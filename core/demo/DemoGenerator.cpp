#include "core/demo/DemoGenerator.h"

#include "core/demo/CustomerGenerator.h"
#include "core/demo/CustomerWriter.h"
#include "core/demo/DemoOutput.h"
#include "core/demo/DemoTime.h"
#include "core/demo/DemoWorld.h"
#include "core/demo/Fulfilment.h"
#include "core/demo/JsonLineWriter.h"
#include "core/demo/KbSource.h"
#include "core/demo/OrderGenerator.h"
#include "core/demo/OrderWriter.h"
#include "core/demo/Partition.h"
#include "core/demo/TicketPlanner.h"
#include "core/demo/TicketWriter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace panorama::demo {

namespace {

constexpr int64_t kCustomersPerPartition = 1600;
constexpr int64_t kMaxCount = 99999999; // order, ticket and phone numbers have 8 free digits

// Typical bytes per row, to size the buffers once instead of growing them by copying (measured on the default run).
void reserve(Partition &p)
{
    const auto size = [&p](Table t, double rows, double bytes) { p.buffer(t).reserve(qsizetype(rows * bytes * 1.1)); };
    size(Table::Customers, double(p.customerCount), 450);
    size(Table::Identities, double(p.customerCount), 1050);
    size(Table::Tags, double(p.customerCount), 1200);
    size(Table::Memberships, double(p.customerCount), 230);
    size(Table::Addresses, double(p.customerCount), 500);
    size(Table::Orders, double(p.orderCount), 440);
    size(Table::OrderItems, double(p.orderCount), 510);
    size(Table::Shipments, double(p.orderCount), 990);
    size(Table::Returns, double(p.orderCount), 90);
    size(Table::Tickets, double(p.ticketCount), 680);
    size(Table::TicketMessages, double(p.ticketCount), 1560);
}

void buildPartition(const DemoWorld &world, Partition &p)
{
    reserve(p);
    CustomerGenerator customers(world, p);
    customers.generatePeople();
    OrderGenerator(world, p).placeOrders();
    customers.assignMemberships();
    Fulfilment(world, p).run();
    CustomerWriter(world, p).write();
    OrderWriter(world, p).write();
    const std::vector<TicketPlan> plans = TicketPlanner(world, p).plan();
    TicketWriter(world, p).write(plans);
    // Only the text is needed from here on.
    p.customers = {};
    p.orders = {};
    p.items = {};
    p.shipments = {};
    p.returns = {};
}

// Splits `total` over `parts`: the first (total % parts) get one more.
int64_t share(int64_t total, int parts, int index)
{
    return total / parts + (index < total % parts ? 1 : 0);
}

int64_t offset(int64_t total, int parts, int index)
{
    return (total / parts) * index + std::min<int64_t>(index, total % parts);
}

} // namespace

int64_t DemoSummary::totalRows() const
{
    int64_t n = 0;
    for (int64_t r : rows)
        n += r;
    return n;
}

DemoGenerator::DemoGenerator(const DemoOptions &options) : m_options(options) {}

int DemoGenerator::partitionCount(int64_t customers)
{
    return int(std::clamp<int64_t>((customers + kCustomersPerPartition - 1) / kCustomersPerPartition, 1, 4096));
}

QString DemoGenerator::validate(const DemoOptions &o)
{
    if (o.customers < 0 || o.orders < 0 || o.tickets < 0)
        return u"counts must not be negative"_s;
    if (o.customers > kMaxCount || o.orders > kMaxCount || o.tickets > kMaxCount)
        return u"counts are limited to %1 (order, ticket and phone numbers have 8 digits)"_s.arg(kMaxCount);
    if (o.customers == 0 && (o.orders > 0 || o.tickets > 0))
        return u"orders and tickets need at least one customer"_s;
    if (o.threads < 1 || o.threads > 64)
        return u"--threads must be between 1 and 64"_s;
    if (o.nowMs < DemoTime::daysFromCivil(2021, 1, 1) * DemoTime::kDay)
        return u"--now must be 2021-01-01 or later (the history reaches six years back)"_s;
    return {};
}

DemoSummary DemoGenerator::run(const QString &dir, bool force)
{
    const QString invalid = validate(m_options);
    if (!invalid.isEmpty())
        throw DemoError(invalid);
    QElapsedTimer timer;
    timer.start();
    DemoSummary summary;

    // The knowledge base first: a malformed article should fail the run before minutes of generation.
    QString kbRoot = m_options.kbDir;
    summary.kbSource = kbRoot.isEmpty() ? u"embedded"_s : kbRoot;
    if (kbRoot.isEmpty())
        kbRoot = KbSource::embeddedRoot();
    std::vector<KbEntry> kb;
    if (!kbRoot.isEmpty())
        kb = KbSource::load(kbRoot, m_options.nowMs);
    else
        summary.kbSource = u"none"_s;
    summary.kbEntries = int(kb.size());

    const DemoWorld world(m_options);
    DemoOutput out(dir, force);
    {
        QByteArray buf;
        world.workforce().writeStores(buf);
        out.append(Table::Stores, buf, int64_t(world.workforce().stores().size()));
        buf.clear();
        world.workforce().writeStaff(buf);
        out.append(Table::Staff, buf, int64_t(world.workforce().staff().size()));
        buf.clear();
        world.catalogue().writeSizeCharts(buf);
        out.append(Table::SizeCharts, buf, int64_t(world.catalogue().charts().size()));
        buf.clear();
        world.catalogue().writeProducts(buf);
        out.append(Table::Products, buf, int64_t(world.catalogue().products().size()));
        buf.clear();
        KbSource::write(kb, world.ids(), buf);
        out.append(Table::KbArticles, buf, int64_t(kb.size()));
    }

    const int parts = m_options.customers == 0 ? 0 : partitionCount(m_options.customers);
    summary.partitions = parts;
    std::vector<std::unique_ptr<Partition>> done(static_cast<size_t>(parts));
    std::mutex mutex;
    std::condition_variable changed;
    int next = 0;    // next partition to start
    int written = 0; // partitions written so far
    bool stop = false;
    std::exception_ptr failure;
    const int window = m_options.threads + 2; // bounded memory: at most this many partitions held
    auto worker = [&] {
        for (;;) {
            int index;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || next >= parts || next < written + window; });
                if (stop || next >= parts)
                    return;
                index = next++;
            }
            auto p = std::make_unique<Partition>();
            p->index = index;
            p->firstCustomer = offset(m_options.customers, parts, index);
            p->customerCount = share(m_options.customers, parts, index);
            p->firstOrder = offset(m_options.orders, parts, index);
            p->orderCount = share(m_options.orders, parts, index);
            p->firstTicket = offset(m_options.tickets, parts, index);
            p->ticketCount = share(m_options.tickets, parts, index);
            try {
                buildPartition(world, *p);
            } catch (...) {
                std::lock_guard lock(mutex);
                if (!failure)
                    failure = std::current_exception();
                stop = true;
                changed.notify_all();
                return;
            }
            std::lock_guard lock(mutex);
            done[size_t(index)] = std::move(p);
            changed.notify_all();
        }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < std::min(m_options.threads, std::max(parts, 1)); ++t)
        threads.emplace_back(worker);
    auto joinAll = [&] {
        {
            std::lock_guard lock(mutex);
            stop = true;
            changed.notify_all();
        }
        for (std::thread &t : threads)
            t.join();
        threads.clear();
    };
    try {
        for (int k = 0; k < parts; ++k) {
            std::unique_ptr<Partition> p;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return done[size_t(k)] != nullptr || failure != nullptr; });
                if (failure)
                    break;
                p = std::move(done[size_t(k)]);
            }
            for (int t = 0; t < kTableCount; ++t)
                out.append(Table(t), p->out[size_t(t)], p->rows[size_t(t)]);
            p.reset();
            std::lock_guard lock(mutex);
            ++written;
            changed.notify_all();
        }
    } catch (...) {
        joinAll();
        throw;
    }
    joinAll();
    if (failure)
        std::rethrow_exception(failure);

    out.seal();
    for (int t = 0; t < kTableCount; ++t) {
        summary.rows[size_t(t)] = out.rows(Table(t));
        summary.bytes[size_t(t)] = out.bytes(Table(t));
        summary.sha256[size_t(t)] = out.sha256Hex(Table(t));
    }
    out.finish(manifest(summary));
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    return summary;
}

QByteArray DemoGenerator::manifest(const DemoSummary &s) const
{
    // Written by hand so key order and number formats never change between runs (nothing time-dependent here).
    QByteArray out;
    auto line = [&out](const char *text) { out.append(text); };
    line("{\n  \"generator\": \"panoramactl demo-data\",\n  \"generator_version\": ");
    JsonLineWriter::appendInt(out, kVersion);
    line(",\n  \"seed\": ");
    JsonLineWriter::appendInt(out, int64_t(m_options.seed));
    line(",\n  \"now\": ");
    const DemoTime::Date d = DemoTime::civilFromDays(m_options.nowMs / DemoTime::kDay);
    const int64_t secondOfDay = (m_options.nowMs % DemoTime::kDay) / 1000;
    char now[32];
    std::snprintf(now, sizeof now, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year, d.month, d.day, int(secondOfDay / 3600),
                  int(secondOfDay / 60 % 60), int(secondOfDay % 60));
    JsonLineWriter::appendEscaped(out, now);
    line(",\n  \"requested\": {\"customers\": ");
    JsonLineWriter::appendInt(out, m_options.customers);
    line(", \"orders\": ");
    JsonLineWriter::appendInt(out, m_options.orders);
    line(", \"tickets\": ");
    JsonLineWriter::appendInt(out, m_options.tickets);
    line("},\n  \"knowledge_base\": ");
    JsonLineWriter::appendEscaped(
        out, s.kbSource == u"none"_s ? "none" : (m_options.kbDir.isEmpty() ? "embedded" : "directory"));
    line(",\n  \"counts\": {");
    for (int t = 0; t < kTableCount; ++t) {
        line(t ? ", " : "");
        JsonLineWriter::appendEscaped(out, tableName(Table(t)));
        line(": ");
        JsonLineWriter::appendInt(out, s.rows[size_t(t)]);
    }
    line("},\n  \"files\": {\n");
    for (int t = 0; t < kTableCount; ++t) {
        line("    ");
        JsonLineWriter::appendEscaped(out, std::string(tableName(Table(t))) + ".jsonl");
        line(": {\"rows\": ");
        JsonLineWriter::appendInt(out, s.rows[size_t(t)]);
        line(", \"bytes\": ");
        JsonLineWriter::appendInt(out, s.bytes[size_t(t)]);
        line(", \"sha256\": ");
        JsonLineWriter::appendEscaped(out, s.sha256[size_t(t)].toStdString());
        line(t + 1 < kTableCount ? "},\n" : "}\n");
    }
    line("  }\n}\n");
    return out;
}

} // namespace panorama::demo
