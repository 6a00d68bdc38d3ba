#pragma once

#include <QList>
#include <QString>

#include <vector>

// Finds every occurrence of many phrases in one pass over a text (Aho–Corasick), so checking 200 phrase rules
// costs about as much as checking one. Phrases that start or end with an ASCII letter or digit only match at
// word boundaries ("hi" does not match inside "this"); CJK phrases match anywhere.
namespace panorama::qa {

class AhoCorasick
{
public:
    struct Match
    {
        qsizetype start = 0;
        qsizetype end = 0; // exclusive
        int id = 0;        // the id given to add()
    };

    // Adds a phrase (already folded by the caller). Empty phrases are ignored.
    void add(const QString &phrase, int id);
    // Builds failure links; call once after the last add().
    void build();
    // All matches, ordered by end offset then by length (longest first).
    QList<Match> findAll(QStringView text) const;
    bool isEmpty() const { return m_patterns.empty(); }
    int patternCount() const { return int(m_patterns.size()); }

private:
    struct Edge
    {
        char16_t ch;
        int to;
    };
    struct Node
    {
        std::vector<Edge> edges; // sorted by ch
        int fail = 0;
        int outputLink = -1;       // nearest proper suffix node that ends a pattern
        std::vector<int> patterns; // indices into m_patterns ending here
    };
    struct Pattern
    {
        int id;
        int length;
        bool boundaryStart;
        bool boundaryEnd;
    };

    int child(int node, char16_t ch) const;
    int addChild(int node, char16_t ch);
    void collect(int node, qsizetype end, QStringView text, QList<Match> &out) const;

    std::vector<Node> m_nodes{Node{}};
    std::vector<Pattern> m_patterns;
    bool m_built = false;
};

} // namespace panorama::qa
