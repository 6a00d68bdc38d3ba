#pragma once

#include <QtGlobal>

// The workstation's business clock (SLA countdowns, "breaching" queues, today's figures): the system time, shifted
// by an offset. A demo cache lives at the moment its data was generated; tests pin the clock. Grants from the
// server (reveals) and sync times use the real time, not this.
namespace panorama::Clock {

qint64 now(); // ms since the epoch
void setOffset(qint64 ms);
qint64 offset();
// Shifts the clock so that now() reads `ms` at this moment.
void pretendNowIs(qint64 ms);

} // namespace panorama::Clock
