#pragma once

// A scratch panorama-server database (SQLite) filled with the demo data, for the server-side QA and routing
// benchmarks (bench_qa_server, bench_routing_server): generated in-process and imported with the server's own
// importer, exactly what `panorama-server --demo` does.
#include "server/ServerCore.h"

#include <QTemporaryDir>

#include <memory>

namespace panorama::bench {

struct EngineBenchWorld
{
    QTemporaryDir dir;
    std::unique_ptr<server::ServerCore> core;
    qint64 importedRows = 0;
    double generateSeconds = 0;
    double importSeconds = 0;

    // `customers` demo customers (orders ×5, tickets ×1, as --demo). Returns an error message or "".
    QString build(int customers);
    // build() with --customers N from the command line (default 2000); prints the problem and returns false.
    bool buildFromArguments(const QStringList &args, const char *program);
    int customers = 0;
    qint64 count(const QString &sql);
};

// The integer value of "--name N" in args, or fallback.
int intOption(const QStringList &args, const QString &name, int fallback);

// Median and percentile of a sample (sorted copy).
double percentile(std::vector<double> v, double p);

} // namespace panorama::bench
