#pragma once

#include <QByteArray>
#include <QStringList>

// Builds an honest 200-rule file for the latency benchmark: the shipped rules plus synthetic phrase and regex
// rules in Chinese and English (deterministic), and drafts of a given length mixing ordinary service text with
// a few violations.
namespace panorama::qa::bench {

QByteArray rulesWithSynthetic(const QByteArray &shipped, int total, int regexRules);
QStringList drafts(int count, int length, quint32 seed);

} // namespace panorama::qa::bench
