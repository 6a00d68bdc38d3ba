#pragma once

#include <QString>

// Display formatting shared by the models: translated vocabulary, money and time stamps in the user's locale.
namespace panorama::Display {

QString money(qint64 cents);                      // "¥1,234.50"
QString dateTime(qint64 msSinceEpoch);            // local time, "2026-11-01 14:05"; empty for 0
QString date(qint64 msSinceEpoch);                // "2026-11-01"
QString vocabulary(const QString &word);          // "size_too_small" -> "Too small" / "偏小"; unknown words unchanged
QString vocabularyWords(const QString &text);     // each space-separated word through vocabulary()
QString slaRemaining(qint64 dueMs, qint64 nowMs); // "2 h 05 min", "overdue 15 min"

} // namespace panorama::Display
