#pragma once

#include <QList>

#include <functional>

namespace panorama {

// Rows of a lazily loaded table: the total is known up front, pages are appended as the view asks for them
// (canFetchMore/fetchMore), so a 10k-row list costs one page of work to show.
template <typename Row> class PagedRows
{
public:
    using Loader = std::function<QList<Row>(int offset, int limit)>;

    void reset(qint64 total, Loader loader, int pageSize)
    {
        m_rows.clear();
        m_total = total;
        m_loader = std::move(loader);
        m_pageSize = pageSize;
    }
    bool canFetchMore() const { return m_loader && m_rows.size() < m_total; }
    // Loads the next page without keeping it (a model must know the count before beginInsertRows).
    QList<Row> loadNext()
    {
        if (!canFetchMore())
            return {};
        QList<Row> page = m_loader(int(m_rows.size()), m_pageSize);
        if (page.isEmpty())
            m_total = m_rows.size(); // the data shrank under us: stop asking
        return page;
    }
    void append(const QList<Row> &page) { m_rows += page; }
    // Loads and keeps the next page (for a reset, where no insert signals are needed).
    void fetchMore() { append(loadNext()); }
    const QList<Row> &rows() const { return m_rows; }
    int size() const { return int(m_rows.size()); }
    qint64 total() const { return m_total; }
    const Row &at(int i) const { return m_rows.at(i); }

private:
    QList<Row> m_rows;
    qint64 m_total = 0;
    Loader m_loader;
    int m_pageSize = 200;
};

} // namespace panorama
