// ui_demo_data: writes the demo retailer's JSON Lines (the same generator as `panoramactl demo-data`) without
// building the whole CLI, for the workstation's screenshots and benchmarks.
// Usage: ui_demo_data OUT_DIR CUSTOMERS ORDERS TICKETS [SEED]
#include "core/demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QTextStream>

#include <exception>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 5) {
        err << "usage: ui_demo_data OUT_DIR CUSTOMERS ORDERS TICKETS [SEED]\n";
        return 2;
    }
    panorama::demo::DemoOptions options;
    options.customers = args.at(2).toLongLong();
    options.orders = args.at(3).toLongLong();
    options.tickets = args.at(4).toLongLong();
    if (args.size() > 5)
        options.seed = args.at(5).toULongLong();
    if (const QString problem = panorama::demo::DemoGenerator::validate(options); !problem.isEmpty()) {
        err << "ui_demo_data: " << problem << '\n';
        return 2;
    }
    try {
        const auto summary = panorama::demo::DemoGenerator(options).run(args.at(1), true);
        QTextStream(stdout) << "rows " << summary.totalRows() << " in " << summary.seconds << " s\n";
    } catch (const std::exception &e) {
        err << "ui_demo_data: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
