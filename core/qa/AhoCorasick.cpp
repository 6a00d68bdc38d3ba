#include "core/qa/AhoCorasick.h"

#include <algorithm>
#include <deque>

namespace panorama::qa {

namespace {

bool isWordChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

} // namespace

int AhoCorasick::child(int node, char16_t ch) const
{
    const auto &edges = m_nodes[size_t(node)].edges;
    auto it = std::lower_bound(edges.begin(), edges.end(), ch, [](const Edge &e, char16_t c) { return e.ch < c; });
    return (it != edges.end() && it->ch == ch) ? it->to : -1;
}

int AhoCorasick::addChild(int node, char16_t ch)
{
    const int existing = child(node, ch);
    if (existing >= 0)
        return existing;
    const int id = int(m_nodes.size());
    m_nodes.push_back(Node{});
    auto &edges = m_nodes[size_t(node)].edges;
    auto it = std::lower_bound(edges.begin(), edges.end(), ch, [](const Edge &e, char16_t c) { return e.ch < c; });
    edges.insert(it, Edge{ch, id});
    return id;
}

void AhoCorasick::add(const QString &phrase, int id)
{
    if (phrase.isEmpty())
        return;
    int node = 0;
    for (QChar c : phrase)
        node = addChild(node, c.unicode());
    m_nodes[size_t(node)].patterns.push_back(int(m_patterns.size()));
    m_patterns.push_back(
        Pattern{id, int(phrase.size()), isWordChar(phrase.front().unicode()), isWordChar(phrase.back().unicode())});
    m_built = false;
}

void AhoCorasick::build()
{
    std::deque<int> queue;
    for (const Edge &e : m_nodes[0].edges) {
        m_nodes[size_t(e.to)].fail = 0;
        queue.push_back(e.to);
    }
    while (!queue.empty()) {
        const int u = queue.front();
        queue.pop_front();
        for (const Edge &e : m_nodes[size_t(u)].edges) {
            int f = m_nodes[size_t(u)].fail;
            int next = child(f, e.ch);
            while (next < 0 && f != 0) {
                f = m_nodes[size_t(f)].fail;
                next = child(f, e.ch);
            }
            const int fail = (next >= 0 && next != e.to) ? next : 0;
            Node &v = m_nodes[size_t(e.to)];
            v.fail = fail;
            v.outputLink = m_nodes[size_t(fail)].patterns.empty() ? m_nodes[size_t(fail)].outputLink : fail;
            queue.push_back(e.to);
        }
    }
    m_built = true;
}

void AhoCorasick::collect(int node, qsizetype end, QStringView text, QList<Match> &out) const
{
    for (int n = node; n > 0; n = m_nodes[size_t(n)].outputLink) {
        for (int p : m_nodes[size_t(n)].patterns) {
            const Pattern &pat = m_patterns[size_t(p)];
            const qsizetype start = end - pat.length;
            if (pat.boundaryStart && start > 0 && isWordChar(text[start - 1].unicode()))
                continue;
            if (pat.boundaryEnd && end < text.size() && isWordChar(text[end].unicode()))
                continue;
            out.append(Match{start, end, pat.id});
        }
        if (m_nodes[size_t(n)].outputLink < 0)
            break;
    }
}

QList<AhoCorasick::Match> AhoCorasick::findAll(QStringView text) const
{
    Q_ASSERT(m_built || m_patterns.empty());
    QList<Match> out;
    int state = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t ch = text[i].unicode();
        int next = child(state, ch);
        while (next < 0 && state != 0) {
            state = m_nodes[size_t(state)].fail;
            next = child(state, ch);
        }
        state = next < 0 ? 0 : next;
        if (state != 0)
            collect(state, i + 1, text, out);
    }
    return out;
}

} // namespace panorama::qa
